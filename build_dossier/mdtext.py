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

_BACKSLASH = re.compile(r"([\\`*_{}\[\]()#+!|~^])")
_LINE_START = re.compile(r"^(\s*)([-+>=]|\d+[.)])", re.M)


def escape(text: str) -> str:
    """Text shown literally, whatever Markdown or HTML it contains."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _BACKSLASH.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if m.group(2)[0] in "-+=" else
                           m.group(1) + m.group(2).replace(".", "\\.").replace(")", "\\)"), text)
    # "&gt;" at a line start is already harmless; ":" and "." elsewhere are plain text.
    return text


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
