"""The `dossier` plugin's options in mkdocs.yml, declared once; the CLI reads the same ones."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from .clean import load_rules
from .core import Settings
from .errors import DossierError


class DossierConfig(base.Config):
    title = c.Optional(c.Type(str))
    """The dossier's title; defaults to `site_name`."""

    seeds_dir = c.Type(str, default="seeds")
    """Folder of source articles (.txt, .html, .htm, .md), relative to mkdocs.yml."""

    boilerplate = c.ListOfItems(c.Type(dict), default=[])
    """Extra cleaning rules: each `{id, reason, line: REGEX}` or `{id, reason, search: REGEX}`."""

    disable_rules = c.ListOfItems(c.Type(str), default=[])
    """Ids of built-in cleaning rules to switch off (see build_dossier/data/boilerplate.yaml)."""

    outlets = c.ListOfItems(c.Type(str), default=[])
    """Extra outlet names recognised as a source credit alone on a line."""

    json_path = c.Type(str, default="dossier.json")
    """Where the dossier as data is written, relative to the built site."""


def settings_from(config: DossierConfig, site_name: str | None) -> Settings:
    """Core settings from validated plugin options; errors name the offending key."""
    try:
        rules = load_rules(config.boilerplate, config.disable_rules, config.outlets)
    except DossierError as exc:
        raise DossierError(f"mkdocs.yml: plugins.dossier.{exc.message}") from None
    return Settings(title=config.title or site_name or "Dossier", rules=rules)
