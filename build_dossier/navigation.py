"""A sidebar that scales: sections, not every page of every section.

MkDocs' automatic navigation lists every file; with 1,000 sources every page would carry 1,000
links. Each generated section (sources/, actors/, ...) is reduced to its index page, whose sortable
table lists the members, and sections come in reading order. Editors' own pages stay as they are.
"""

from __future__ import annotations

SECTION_ORDER = ("sources", "actors", "events", "disputes", "claims")
SECTION_TITLES = {"sources": "Sources", "actors": "Actors", "events": "Events", "disputes": "Disputes",
                  "claims": "Claims", "tags": "Tags"}

TAGS_URI = "tags.md"
# Material's tags plugin lists tagged pages (outlet, actor kind) where the marker stands.
TAGS_PAGE = "---\ntitle: Tags\nhide: [toc]\n---\n\n# Tags\n\nPages by outlet and by kind of actor.\n\n<!-- material/tags -->\n"


def has_tags_plugin(config) -> bool:
    return any(name in config.plugins for name in ("tags", "material/tags"))


def _section_dir(item) -> str | None:
    """The top folder of a Section whose index page we can hoist, else None."""
    if not getattr(item, "is_section", False):
        return None
    for child in item.children:
        f = getattr(child, "file", None)
        if f is not None and getattr(child, "is_page", False):
            parts = f.src_uri.split("/")
            if len(parts) == 2 and parts[1] == "index.md" and parts[0] in SECTION_ORDER:
                return parts[0]
    return None


def _orphan(section) -> None:
    for child in section.children:
        child.parent = None
        if getattr(child, "is_section", False):
            _orphan(child)


def prune_nav(nav):
    """Replace each generated section by its index page, in SECTION_ORDER; relink pages."""
    index_pages, others = {}, []
    for item in nav.items:
        section = _section_dir(item)
        if section is None:
            others.append(item)
            continue
        page = next(c for c in item.children if getattr(c, "file", None) is not None
                    and c.file.src_uri == f"{section}/index.md")
        _orphan(item)
        page.title = SECTION_TITLES[section]  # as the explicit nav for Zensical names them
        index_pages[section] = page
    if not index_pages:
        return nav
    home = [i for i in others if getattr(i, "is_page", False) and i.file.src_uri == "index.md"]
    for page in home:
        page.title = "Home"  # the site name already heads every page
    rest = [i for i in others if i not in home]
    nav.items = home + [index_pages[s] for s in SECTION_ORDER if s in index_pages] + rest
    kept = []

    def walk(items):
        for i in items:
            if getattr(i, "is_page", False):
                kept.append(i)
            elif getattr(i, "is_section", False):
                walk(i.children)
    walk(nav.items)
    for p in nav.pages:
        p.previous_page = p.next_page = None
    for a, b in zip(kept, kept[1:]):
        a.next_page, b.previous_page = b, a
    nav.pages = kept
    return nav


def section_index(page, nav):
    """The sidebar's index page for a page left out of it (a source, an actor...), else None."""
    if page in nav.pages:
        return None
    top = page.file.src_uri.split("/")[0]
    if top not in SECTION_ORDER:
        return None
    return next((p for p in nav.pages if p.file.src_uri == f"{top}/index.md"), None)


def explicit_nav(uris: list[str]) -> list:
    """The same sidebar as an explicit mkdocs.yml `nav`, for renderers that run no plugin."""
    nav: list = []
    if "index.md" in uris:
        nav.append({"Home": "index.md"})
    for s in SECTION_ORDER:
        if f"{s}/index.md" in uris:
            nav.append({SECTION_TITLES[s]: f"{s}/index.md"})
    for uri in sorted(uris):
        top = uri.split("/")[0]
        if uri == "index.md" or top in SECTION_ORDER or not uri.endswith(".md"):
            continue
        nav.append(uri)
    return nav
