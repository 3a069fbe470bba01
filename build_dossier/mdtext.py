"""Writing untrusted article text into Markdown safely, and the page addresses we link to.

Everything from an article goes through `escape`: no HTML, link, emphasis or block syntax in a
source can reach the rendered page. Only plain Python-Markdown features are emitted
(attr_list, footnotes, tables, admonition/details), so any renderer that reads mkdocs.yml builds it.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import quote, urlsplit

# Python-Markdown's backslash-escapable characters (with the tables extension's "|").
_BACKSLASH = re.compile(r"([\\`*_{}\[\]()#+!|])")
# Characters that must not start a line but cannot be backslash-escaped: written as entities.
_ENTITIES = {"~": "&#126;", "^": "&#94;"}
_LINE_START = re.compile(r"^([-+]|\d+[.)]|=|\?)", re.M)


def escape(text: str) -> str:
    """Text shown literally, whatever Markdown or HTML it contains."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Indentation would make a code block, two trailing spaces a line break, a blank line a
    # new paragraph: whitespace at line ends only, which a page does not show anyway.
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    text = _BACKSLASH.sub(r"\\\1", text)
    for char, entity in _ENTITIES.items():
        text = text.replace(char, entity)
    # List markers, setext underlines ("==="), collapsible blocks ("???"): not at a line start.
    return _LINE_START.sub(_line_start, text)


def _line_start(m: re.Match[str]) -> str:
    mark = m.group(1)
    if mark in "-+":
        return "\\" + mark
    if mark == "=":
        return "&#61;"
    if mark == "?":
        return "&#63;"
    return mark[:-1] + "\\" + mark[-1]  # "1." -> "1\."


def escape_inline(text: str) -> str:
    """Escaped text on one line (table cells, link labels, list items)."""
    return escape(re.sub(r"\s*\n\s*", " ⏎ ", text.strip()))


def escape_attr(text: str) -> str:
    """Text inside a double-quoted link title or YAML-free attribute."""
    return escape_inline(text).replace('"', "&quot;")


def page_title(text: str) -> str:
    """A page's `title` in front matter. MkDocs treats a title as HTML (a title taken from a
    page's heading is rendered Markdown) and themes print it unescaped in <title>, the header,
    the navigation and search results: an article's headline must arrive escaped."""
    return html.escape(" ".join(text.split()), quote=False)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL percent-encoded for a Markdown link target, else None."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="/:?#[]@!$&'*+,;=%~-._")  # spaces, quotes, <>, () are encoded


def anchor(paragraph: int) -> str:
    """The HTML id of paragraph `paragraph` (0-based, as in dossier.json); shown 1-based."""
    return f"p{paragraph + 1}"


def relative(from_uri: str, to_uri: str) -> str:
    """Relative link from one generated page to another (both docs-relative .md paths)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def yaml_front_matter(fields: dict) -> str:
    import yaml

    if not fields:
        return ""
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"
