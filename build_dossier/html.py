"""Ingest of saved web pages: main-content extraction with trafilatura, chrome accounted for.

trafilatura finds the article body (it scores about F1 0.95 on public news benchmarks). Its
blocks are then put back in page order, and text it left out from inside the article's own
container (a standfirst, a live blog's subheadings, an embedded post's attribution) is
recovered unless it sits in page furniture (data/html.yaml). Every other text block of the page
is recorded as dropped, so nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from .model import Block, Metadata, RawDocument, Removed
from .resources import load_data

# Elements whose text forms one block of a page.
_BLOCK_TAGS = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "td", "th", "dt",
    "dd", "blockquote", "pre", "div", "section", "article", "nav", "header", "footer", "aside",
    "main", "body", "form", "ul", "ol", "table", "figure", "address", "label", "button", "option",
}
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Only whole text elements are recovered: loose text in a <div> is labels, dates and buttons.
_RECOVERABLE = _HEADINGS | {"p", "blockquote"}
# Shorter blocks (a nav item, a button) may occur inside the article's text by chance.
_LONG = 25


@dataclass(frozen=True)
class PageBlock:
    text: str
    norm: str
    caption: bool
    quote: int | None  # which blockquote it sits in, if any
    element: Tag
    origin: Tag  # the element holding its first text (a link or span inside `element`)


def ingest_html(path: str, text: str) -> RawDocument:
    text = _br_paragraphs(text)
    xml = trafilatura.extract(
        text,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
    )
    page = _page_blocks(text)
    if not xml:
        # No article body found: keep every visible block and let the cleaner judge.
        return RawDocument(path, "html", [Block(b.text, None) for b in page])
    root = etree.fromstring(xml.encode("utf-8"))
    title, sitename = _headline_and_site(_attr(root, "title"), _attr(root, "sitename"))
    meta = Metadata(
        title=title,
        date=_attr(root, "date"),
        outlet=sitename or _title_suffix(text, title),
        url=_attr(root, "url"),
        author=_author(_attr(root, "author")),
    )
    blocks = list(_xml_blocks(root.find("main")))
    kept = _norm(" ".join(b.text for b in blocks))
    # A short block counts as extracted only when found whole (a block, a line or a table cell)
    # and inside the article: a menu item may read like a subheading.
    pieces = {_norm(part) for b in blocks for line in b.text.split("\n") for part in (line, *line.split(" | "))}
    pieces |= {_norm(b.text) for b in blocks}
    # The article's element: around the page blocks the extractor kept whole, else around those
    # found anywhere in its text (a block of lines split at <br>)
    long_ = [b for b in page if len(b.norm) >= _LONG]
    container = _container([b.element for b in long_ if b.norm in pieces]) \
        or _container([b.element for b in long_ if b.norm in kept])

    def inside(b: PageBlock) -> bool:
        return container is not None and (b.element is container or container in b.element.parents)

    # A long block outside the article counts as extracted only when it is one of the extractor's
    # blocks whole: a cookie notice must not match across the end of one block and the next.
    extracted = {
        i for i, b in enumerate(page)
        if b.norm and (len(b.norm) >= _LONG and b.norm in kept and (container is None or inside(b) or b.norm in pieces)
                       or b.norm in pieces and (container is None or inside(b)))
    }
    compact_kept = lru_cache(maxsize=1)(lambda: _compact(kept))
    placed: list[tuple[int, int, Block]] = []  # (page position, tie-break, block)
    dropped: list[tuple[int, Removed]] = []
    # Page furniture the extractor kept (a share row, a photo caption or the reporter's line
    # beside the article's element, a section label inside it) is recorded as dropped.
    furniture = {i for i in extracted if _kept_furniture(page[i], container)}
    if furniture:
        by_norm = {page[i].norm: i for i in sorted(furniture, reverse=True)}
        kept_blocks = []
        for block in blocks:
            i = by_norm.get(_norm(block.text))
            lines = block.text.split("\n")
            if i is None and len(lines) > 1 and all(_norm(line) in by_norm for line in lines):
                i = by_norm[_norm(lines[0])]  # a list whose items are all furniture ("Most viewed")
            if i is None:
                kept_blocks.append(block)
            else:
                if inside(page[i]) and _is_label(page[i], container):
                    # the cleaner's own rule for a section label above the article
                    dropped.append((i, Removed(block.text, "section label above the article (kicker)", None, "kicker")))
                else:
                    where = "page furniture in the article's element" if inside(page[i]) else "outside the article text"
                    dropped.append((i, Removed(block.text, _drop_reason(page[i], where), None, "html-main-content")))
        blocks = kept_blocks
        extracted -= furniture
    for i, b in enumerate(page):
        if not b.norm or i in extracted or i in furniture:
            continue
        # An embedded post's attribution ("— Name (@handle) date") sits beside its text in the
        # blockquote, and the extractor leaves it out: it belongs to the quotation.
        owner = _quote_owner(blocks, page, b.quote)
        if owner is not None:
            blocks[owner] = replace(blocks[owner], text=blocks[owner].text + "\n" + b.text)
        elif inside(b) and b.element.name in _RECOVERABLE and not b.caption and not _is_chrome(b.element, container):
            if len(b.norm) >= _LONG and _compact(b.norm) in compact_kept():
                # the same words the extractor kept, only spaced differently: never twice
                dropped.append((i, Removed(b.text, "repeats a paragraph already kept (spacing differs)", None, "html-main-content")))
                continue
            placed.append((i, 1, Block(b.text, None, "heading" if b.element.name in _HEADINGS else "text")))
        else:
            dropped.append((i, Removed(b.text, _drop_reason(b), None, "html-main-content")))
    # The extractor's blocks where their text is on the page (it may move a block, e.g. an intro
    # printed above a live blog's first post): the longest page block each one contains.
    position = -1
    for block in blocks:
        text = _norm(block.text)
        found = [i for i in extracted if page[i].norm in text]
        if found:
            position = max(found, key=lambda i: (len(page[i].norm), -i))
        placed.append((position, 0, block))
    ordered = sorted(placed, key=lambda p: (p[0], p[1]))
    blocks = _mark_standfirst(ordered, page, container, _norm(root.get("description") or ""))
    return RawDocument(path, "html", blocks, meta, [r for _, r in sorted(dropped, key=lambda d: d[0])])


_DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)
# Inline elements: text in them runs on within a paragraph.
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "br",
}


def _br_paragraphs(html: str) -> str:
    """Paragraphs separated only by a blank line (two or more <br>) inside one element become
    <p> elements, so that each is a block of its own, as a reader sees them. A single <br> (an
    address, a verse) stays a line break. Pages without a double <br> are passed on unchanged."""
    if not _DOUBLE_BR.search(html):
        return html
    soup = BeautifulSoup(html, "lxml")
    parents = {id(br.parent): br.parent for br in soup.find_all("br") if br.parent is not None}
    for parent in parents.values():
        children = list(parent.children)
        segments: list[list] = [[]]
        i = 0
        while i < len(children):
            j, brs = i, 0
            while j < len(children) and (getattr(children[j], "name", None) == "br"
                                         or (isinstance(children[j], NavigableString) and not children[j].strip()
                                             and type(children[j]) is NavigableString)):
                brs += getattr(children[j], "name", None) == "br"
                j += 1
            if brs >= 2:
                segments.append([])
                i = j
                continue
            segments[-1].extend(children[i:max(j, i + 1)])
            i = max(j, i + 1)
        if len(segments) < 2:
            continue
        if parent.name == "p":  # a paragraph may not hold paragraphs
            parent.name = "div"
        for segment in segments:
            inline = all(isinstance(c, NavigableString) or c.name in _INLINE for c in segment)
            if not inline or not "".join(c.get_text() if isinstance(c, Tag) else str(c) for c in segment).strip():
                continue
            wrapper = soup.new_tag("p")
            segment[0].insert_before(wrapper)
            for child in segment:
                wrapper.append(child.extract())
    return str(soup)


def _headline_and_site(title: str | None, sitename: str | None) -> tuple[str | None, str | None]:
    """(headline, site name) as the extractor read them from a <title> "Headline - Site", unless it
    swapped the parts: without <h1> or site-name tag it takes the part with a dot for the site
    (a domain name), and a headline may hold one ("U.S.", "St. Louis"). A headline is a sentence-long
    line, a site's name a few words."""
    if title and sitename and len(sitename.split()) > 6 and len(sitename.split()) >= 2 * len(title.split()):
        return sitename, title
    # "Headline :: Site" (a double colon, as Korean and Japanese portals write it): the extractor
    # splits a <title> at bars and dashes only.
    m = re.fullmatch(r"(?P<head>.+?)\s+::\s+(?P<site>[^:]{2,60})", title or "")
    if m and len(m.group("site").split()) <= 6:
        return m.group("head").strip(), sitename or m.group("site").strip()
    return title, sitename


def _title_suffix(page: str, title: str | None) -> str | None:
    """The outlet a page's <title> names after its headline ("Headline | The Coast Herald",
    "Headline - Daily Ledger"), when the page gives no site name."""
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.I | re.S)
    if not m or not title:
        return None
    full = " ".join(BeautifulSoup(m.group(1), "html.parser").get_text().split())
    rest = full[len(title):] if full.startswith(title) else ""
    tail = re.fullmatch(r"\s*(?:[|–—-]|::)\s*(?P<name>[^|–—:]{2,60})", rest)
    return tail.group("name").strip() if tail and len(tail.group("name").split()) <= 6 else None


def _mark_standfirst(ordered, page: list[PageBlock], container: Tag | None, description: str) -> list[Block]:
    """The first text block near the top that is the page's description, or that its template
    marks as a standfirst (data/html.yaml), becomes the standfirst."""
    blocks = [block for _, _, block in ordered]
    names = re.compile(rf"(?:^|[-_])(?:{'|'.join(load_data('html')['standfirst_names'])})(?:$|[-_])", re.I)
    for n, (position, _, block) in enumerate(ordered[:4]):
        if block.kind != "text":
            continue
        marked = description and _norm(block.text) == description
        if not marked and 0 <= position < len(page):
            for el in (page[position].element, *page[position].element.parents):
                if el is container or el.name in ("body", "html", "[document]"):
                    break
                labels = list(el.get("class") or []) + ([el["id"]] if el.get("id") else [])
                if any(names.search(label) for label in labels):
                    marked = True
                    break
        if marked:
            blocks[n] = replace(block, kind="standfirst")
            break
    return blocks


def _container(elements: list[Tag]) -> Tag | None:
    """The article's container: the <article> around the extracted text, else the smallest
    element holding all of it; none when that is the whole page."""
    if not elements:
        return None
    common = [elements[0], *elements[0].parents]
    for el in elements[1:]:
        ancestors = {id(a) for a in (el, *el.parents)}
        common = [a for a in common if id(a) in ancestors]
    lca = common[0]
    article = next((a for a in common if getattr(a, "name", None) == "article"), None)
    if article is not None:
        return article
    return None if lca.name in ("body", "html", "[document]") else lca


@lru_cache(maxsize=1)
def _chrome_rules() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_data("html")
    names = "|".join(data["chrome_names"])
    return frozenset(data["chrome_tags"]), re.compile(rf"(?:^|[-_])(?:{names})(?:$|[-_])", re.I)


@lru_cache(maxsize=1)
def _reason_rules() -> tuple[tuple[frozenset[str], re.Pattern[str] | None, str], ...]:
    rules = []
    for entry in load_data("html")["reasons"]:
        names = entry.get("names")
        pattern = re.compile(rf"(?:^|[-_])(?:{'|'.join(names)})(?:$|[-_])", re.I) if names else None
        rules.append((frozenset(entry.get("tags", [])), pattern, entry["reason"]))
    return tuple(rules)


def _drop_reason(block: PageBlock, where: str = "outside the article text") -> str:
    """What the dropped block is, from its element and ancestors (data/html.yaml)."""
    for el in (block.origin, *block.origin.parents):
        labels = list(el.get("class") or []) + ([el["id"]] if el.get("id") else []) if isinstance(el, Tag) else []
        for tags, names, reason in _reason_rules():
            if el.name in tags or (names is not None and any(names.search(label) for label in labels)):
                return f"{reason} ({where})"
    return f"{where} (site chrome)"


def _is_chrome(element: Tag, container: Tag) -> bool:
    tags, names = _chrome_rules()
    for el in (element, *element.parents):
        if el is container:
            return False
        if el.name in tags:
            return True
        labels = list(el.get("class") or []) + ([el["id"]] if el.get("id") else [])
        if any(names.search(label) for label in labels):
            return True
    return False


def _labels(el: Tag) -> list[str]:
    return list(el.get("class") or []) + ([el["id"]] if el.get("id") else [])


def _kept_furniture(block: PageBlock, container: Tag | None) -> bool:
    """Whether a block the extractor kept is page furniture: outside the article's element, in
    an element (below what it shares with the article) that page templates name as chrome
    (data/html.yaml: a share row, a photo caption, the reporter's line); inside it, a short
    block whose element is named so, or a section label ("kicker"). A standfirst's element, a
    quotation and a table are never furniture."""
    if container is None or block.quote is not None:
        return False
    tags, names = _chrome_rules()
    holds_article = {id(a) for a in (container, *container.parents)}
    inside = block.element is container or container in block.element.parents
    path = []
    for el in (block.element, *block.element.parents):
        if id(el) in holds_article or el.name in ("body", "html", "[document]"):
            break
        path.append(el)
    if any(el.name in ("table", "tr", "td", "th") for el in path):
        return False
    if any(_standfirst_names().search(label) for el in path for label in _labels(el)):
        return False
    if inside:
        return _is_label(block, container) or len(block.text.split()) <= 60 and any(
            names.search(label) for el in path for label in _labels(el))
    return any(el.name in tags or any(names.search(label) for label in _labels(el)) for el in path)


def _is_label(block: PageBlock, container: Tag) -> bool:
    """A short block whose element inside the article is named as a section label ("kicker")."""
    if len(block.text.split()) > 8:
        return False
    for el in (block.element, *block.element.parents):
        if el is container or el.name in ("body", "html", "[document]"):
            return False
        if any(_label_names().search(label) for label in _labels(el)):
            return True
    return False


@lru_cache(maxsize=1)
def _standfirst_names() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[-_])(?:{'|'.join(load_data('html')['standfirst_names'])})(?:$|[-_])", re.I)


@lru_cache(maxsize=1)
def _label_names() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[-_])(?:{'|'.join(load_data('html')['label_names'])})(?:$|[-_])", re.I)


def _quote_owner(blocks: list[Block], page: list[PageBlock], quote: int | None) -> int | None:
    """Index of the kept quote block holding text of page blockquote `quote`, if any."""
    if quote is None:
        return None
    siblings = [b.norm for b in page if b.quote == quote and b.norm]
    for i, b in enumerate(blocks):
        if b.kind == "quote" and any(s in _norm(b.text) for s in siblings):
            return i
    return None


def _author(value: str | None) -> str | None:
    """The extractor's author, unless it reads as a sentence (an author box's "Jane Doe is our
    correspondent. Follow her ...") rather than names: better no author than a wrong one."""
    if value is None:
        return None
    words = value.replace(";", " ").split()
    lowercase = [w for w in words if w[:1].islower() and w not in _NAME_PARTICLES]
    return None if len(words) > 12 or len(lowercase) > 2 else value


# Lower-case words that occur in names and bylines ("Ludwig van Beethoven", "A and B").
_NAME_PARTICLES = {"and", "&", "de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "la", "le",
                   "bin", "ibn", "al", "el", "y", "e", "dos", "das", "ter", "zu"}


def _attr(root, name: str) -> str | None:
    value = (root.get(name) or "").strip()
    return value or None


def _xml_blocks(main):
    if main is None:
        return
    for el in main:
        tag = el.tag
        if tag == "head":
            yield Block(_text(el), None, "heading")
        elif tag == "quote":
            parts = [_text(p) for p in el] or [_text(el)]
            yield Block("\n".join(p for p in parts if p), None, "quote")
        elif tag == "list":
            items = [_text(i) for i in el.iter("item")]
            yield Block("\n".join(i for i in items if i), None)
        elif tag == "table" and len(list(el.iter("row"))) == 1:
            # A one-row table is page layout (old sites): each cell's paragraphs are blocks.
            for cell in el.iter("cell"):
                if (cell.text or "").strip():
                    yield Block(_text_of(cell.text), None)
                yield from _xml_blocks(cell)
        elif tag == "table":
            rows = [" | ".join(_text(c) for c in row.iter("cell")).rstrip(" |") for row in el.iter("row")]
            yield Block("\n".join(r for r in rows if r), None)
        else:
            yield Block(_text(el), None)


def _text(el) -> str:
    parts: list[str] = []
    _collect(el, parts, top=True)
    return _text_of("".join(parts))


def _collect(el, parts: list[str], top: bool) -> None:
    # A line break or a nested paragraph separates words, though it holds no text itself.
    if not top and el.tag in ("lb", "p", "item", "cell", "row", "head", "quote"):
        parts.append(" ")
    parts.append(el.text or "")
    for child in el:
        _collect(child, parts, top=False)
        parts.append(child.tail or "")


def _text_of(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def _compact(text: str) -> str:
    """Text without spaces: "Name 's" and "Name's" are the same words."""
    return re.sub(r"\s+", "", text)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _page_blocks(html: str) -> list[PageBlock]:
    """Every visible text block of the page, in document order."""
    soup = BeautifulSoup(html, "lxml")
    body = soup.body or soup
    groups: dict[int, list[str]] = {}
    elements: dict[int, Tag] = {}
    origins: dict[int, Tag] = {}
    captions: dict[int, bool] = {}
    quotes: dict[int, int | None] = {}
    order: list[int] = []
    # Text runs on as a reader sees it: strings split only by inline elements join as written
    # ("<em>Name</em>'s" is "Name's", not "Name 's"); a nested block or a line break between
    # two strings of one block separates them.
    boundary = 0
    last: dict[int, tuple[int, Tag]] = {}  # block -> the boundary count and link at its last string
    for node in body.descendants:
        if isinstance(node, Tag):
            if node.name in _BLOCK_TAGS or node.name == "br":
                boundary += 1
            continue
        string = node
        if type(string) is not NavigableString:  # comments, CDATA, doctype
            continue
        if any(p.name in _INVISIBLE for p in string.parents):
            continue
        block = next((p for p in string.parents if p.name in _BLOCK_TAGS), body)
        key = id(block)
        if not string.strip():
            if key in groups:  # a space between two inline elements
                groups[key].append(" ")
            continue
        link = next((p for p in string.parents if p.name == "a" or p is block), None)
        if key in groups and (last[key][0] != boundary or link is not last[key][1] and link.name == "a" == last[key][1].name):
            groups[key].append(" ")  # two links side by side are two items ("Home" "World")
        last[key] = (boundary, link)
        if key not in groups:
            groups[key] = []
            order.append(key)
            elements[key] = block
            origins[key] = string.parent
            captions[key] = any(p.name in ("figcaption", "caption") for p in string.parents)
            quote = next((p for p in string.parents if p.name == "blockquote"), None)
            quotes[key] = id(quote) if quote is not None else None
        groups[key].append(str(string))
    out = []
    for k in order:
        text = re.sub(r"\s+", " ", "".join(groups[k])).strip()
        out.append(PageBlock(text, _norm(text), captions[k], quotes[k], elements[k], origins[k]))
    return out
