"""YAML front matter (`---` ... `---` at the top of a Markdown file), read the same way everywhere:
seeds in Markdown, editors' pages and annotations."""

from __future__ import annotations

import re

import yaml

from .errors import DossierError

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIRST_YAML_LINE = 2  # the line of the file where the YAML starts (after the opening ---)


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def yaml_error_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + FIRST_YAML_LINE if mark is not None else 1


def split(text: str, path: str) -> tuple[dict, str, int]:
    """(fields, body, number of lines before the body) of a normalised Markdown text.

    Raises a one-line DossierError naming the file and line for invalid YAML."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or exc
        raise DossierError(f"invalid YAML front matter: {problem}", path, yaml_error_line(exc)) from None
    except ValueError as exc:  # a well-formed but impossible value, e.g. date: 2024-13-01
        raise DossierError(f"invalid value in front matter: {exc}", path, 1) from None
    if not isinstance(data, dict):
        raise DossierError("front matter must be a mapping of fields", path, 1)
    return data, text[m.end():], m.group(0).count("\n")
