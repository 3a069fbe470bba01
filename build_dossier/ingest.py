"""Ingest: turn a source file's text into blocks and format-level metadata.

Three formats: plain text copied from a web page (.txt), a saved web page (.html/.htm) whose
article body is found by main-content extraction, and Markdown with YAML front matter (.md).
No cleaning happens here beyond what the format itself implies (HTML site chrome).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import PurePosixPath

import markdown as md
from bs4 import BeautifulSoup

from . import frontmatter
from .errors import DossierError
from .model import Block, Metadata, RawDocument, SourceFile

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES

_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")


def ingest(source: SourceFile) -> RawDocument:
    suffix = PurePosixPath(source.path).suffix.lower()
    text = source.text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if suffix in TEXT_SUFFIXES:
        return RawDocument(source.path, "text", text_blocks(text))
    if suffix in MARKDOWN_SUFFIXES:
        return ingest_markdown(source.path, text)
    if suffix in HTML_SUFFIXES:
        from .html import ingest_html  # trafilatura is slow to import; only load it for HTML

        return ingest_html(source.path, text)
    raise unsupported(source.path)


def unsupported(path: str) -> DossierError:
    suffix = PurePosixPath(path).suffix.lower()
    return DossierError(
        f"unsupported file type {suffix or '(none)'}; use one of "
        + ", ".join(sorted(SUPPORTED_SUFFIXES)),
        path,
    )


def text_blocks(text: str, first_line: int = 1) -> list[Block]:
    """One block per non-blank line: copied web text keeps one paragraph per line."""
    return [
        Block(line.strip(), first_line + i)
        for i, line in enumerate(text.split("\n"))
        if line.strip()
    ]


def ingest_markdown(path: str, text: str) -> RawDocument:
    data, body, offset = frontmatter.split(text, path)
    meta = metadata_from_mapping(data, path) if data else Metadata()
    return RawDocument(path, "markdown", markdown_blocks(body, offset + 1), meta)


# Other names of front-matter fields, as static-site generators and newsletter exports write
# them (Hugo "publishDate", Jekyll and Ghost exports "publisher"/"publication", Substack
# "publication", Open Graph "site_name", newsletter exports "newsletter"); the field's own name
# wins. `newsletter: true` (a flag) is no name.
FIELD_ALIASES = {
    "outlet": ("publication", "publisher", "site_name", "sitename", "site", "source", "newspaper", "newsletter"),
    "date": ("publishDate", "published", "published_at", "pubdate", "date_published"),
}


def metadata_from_mapping(data: dict, path: str) -> Metadata:
    meta = Metadata()
    for key in Metadata.FIELDS:
        value = data.get(key)
        if value is None:
            value = next((v for alias in FIELD_ALIASES.get(key, ()) if _usable(key, v := data.get(alias), path)), None)
        if value is None:
            continue
        if key == "date":
            value = normalise_date(value, path)
        if key == "outlet":
            value = outlet_without_tagline(str(value))
        setattr(meta, key, str(value).strip())
    return meta


# "Example Lions – the supporters' newsletter", "Valley Post - news for the valley since 1901":
# a name, a spaced dash, then a tagline in lower case (or "the"/"a"/"an" and a lower-case word).
_TAGLINE = re.compile(r"^(?P<name>\S.*?)\s+[—–-]\s+(?:(?:the|a|an|your|our)\s+)?(?-i:[a-z])[^—–]*$", re.I)


def outlet_without_tagline(name: str) -> str:
    """An outlet's name without the tagline a publication field may carry after a dash ("Example
    Lions – the supporters' newsletter" is Example Lions); "Valley Post - English Edition" and
    "Valley News - World" keep their capitalised parts."""
    m = _TAGLINE.match(name.strip())
    return m.group("name").strip() if m and m.group("name")[0].isupper() else name


def _usable(key: str, value: object, path: str) -> bool:
    """Whether another field's value can stand for `key`: an outlet's name (not a web address),
    a date that is a day (`published: true` is a flag)."""
    if not isinstance(value, (str, date)) or not str(value).strip():
        return False
    if key == "outlet":
        text = str(value).strip()
        return not re.match(r"(?:https?://|www\.)", text, re.I) and len(text.split()) <= 8
    try:
        normalise_date(value, path)
    except DossierError:
        return False
    return True


def normalise_date(value: object, path: str) -> str:
    """A front-matter date as YYYY-MM-DD: an article's date is a day (dossier.json contract).
    YAML reads 2024-10-28 and 2024-10-28T10:00:00Z as date objects; a time is dropped, the day
    kept as written."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    m = _ISO_DAY.fullmatch(text)
    if m:
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            pass
    else:
        from .dates import find_full_dates

        found = find_full_dates(text)
        if len(found) == 1 and found[0].text.strip() == text.rstrip("."):
            return found[0].iso
    raise DossierError(f"date {text!r} is not a day: write it as YYYY-MM-DD", path)


def markdown_blocks(body: str, first_line: int) -> list[Block]:
    """Blocks separated by blank lines; inline Markdown reduced to its text."""
    blocks: list[Block] = []
    current: list[str] = []
    start = first_line
    lines = body.split("\n")
    for i, line in enumerate(lines + [""]):
        if line.strip():
            if not current:
                start = first_line + i
            current.append(line)
            continue
        if current:
            blocks.extend(_list_items(current, start) or [_markdown_block(current, start)])
            current = []
    return [b for b in blocks if b.text]


_LIST_MARKER = re.compile(r"\s*([-*+]|\d+[.)])\s+")


def _list_items(lines: list[str], line: int) -> list[Block]:
    """A bulleted or numbered list, one block per item (a reader sees each item apart, and a
    note can cite the one it rests on); an item's indented continuation lines stay with it.
    Empty when the block is no list (its first line has no marker)."""
    if not _LIST_MARKER.match(lines[0]) or len(lines) < 2:
        return []
    items: list[tuple[int, list[str]]] = []
    for k, text in enumerate(lines):
        if _LIST_MARKER.match(text):
            items.append((line + k, [text.strip()]))
        elif text.startswith((" ", "\t")):
            items[-1][1].append(text.strip())
        else:
            return []  # a paragraph after the list: read as before
    if len(items) < 2:
        return []
    return [Block(_inline_text(" ".join(parts)), start) for start, parts in items]


def _markdown_block(lines: list[str], line: int) -> Block:
    first = lines[0].lstrip()
    if all(l.lstrip().startswith(">") for l in lines):
        inner = [re.sub(r"^\s*>\s?", "", l) for l in lines]
        return Block("\n".join(_inline_text(l) for l in inner if l.strip()), line, "quote")
    if first.startswith("#"):
        return Block(_inline_text(first.lstrip("#").strip()), line, "heading")
    if all(_LIST_MARKER.match(l) for l in lines):
        return Block("\n".join(_inline_text(l.strip()) for l in lines), line)
    return Block(_inline_text(" ".join(l.strip() for l in lines)), line)


def _inline_text(text: str) -> str:
    html = md.markdown(text)
    return BeautifulSoup(html, "html.parser").get_text().strip()
