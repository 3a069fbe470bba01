"""Render: the Dossier as a tree of Markdown pages ({docs-relative uri: Markdown}).

Pure: the MkDocs plugin serves these pages as virtual files, `build-dossier render --out`
writes them to a folder. An editor's page at the same uri (docs/index.md, docs/sources/x.md)
is merged in: its front matter wins, its prose comes first, the generated sections follow.
"""

from __future__ import annotations

from collections import Counter

from .mdtext import anchor, escape, escape_inline, relative, safe_url, yaml_front_matter
from .model import Article, Dossier, EditorPage, Paragraph

SOURCES = "sources"
GENERATOR_CSS = "assets/stylesheets/dossier.css"


def source_uri(article_id: str) -> str:
    return f"{SOURCES}/{article_id}.md"


def render_site(dossier: Dossier, editor_pages: dict[str, EditorPage] | None = None) -> dict[str, str]:
    editor_pages = editor_pages or {}
    pages: dict[str, tuple[dict, str]] = {
        "index.md": ({}, render_home(dossier)),
        f"{SOURCES}/index.md": ({"title": "Sources"}, render_sources_index(dossier)),
    }
    for article in dossier.articles:
        pages[source_uri(article.id)] = render_source(article)
    return {uri: merge_editor_page(meta, body, editor_pages.get(uri)) for uri, (meta, body) in sorted(pages.items())}


def merge_editor_page(meta: dict, body: str, editor: EditorPage | None) -> str:
    if editor is None:
        return yaml_front_matter(meta) + body
    fields = {**meta, **{k: v for k, v in editor.meta.items() if isinstance(k, str)}}
    prose = editor.body.strip()
    if prose.startswith("# ") and body.startswith("# "):
        body = body.split("\n", 1)[1].lstrip("\n")  # the editor's heading replaces ours
    return yaml_front_matter(fields) + (prose + "\n\n" if prose else "") + body


def _date_key(article: Article) -> tuple:
    return (article.date is None, article.date or "", article.title.lower(), article.id)


def render_home(dossier: Dossier) -> str:
    counts = [
        (len(dossier.articles), "source", "sources/index.md"),
    ]
    lines = [f"# {escape_inline(dossier.title)}", ""]
    dates = sorted(a.date for a in dossier.articles if a.date)
    if dates:
        lines += [f"Sources dated {dates[0]} to {dates[-1]}.", ""]
    for n, noun, uri in counts:
        lines.append(f"- [{n} {noun}{'' if n == 1 else 's'}]({uri})")
    lines.append("")
    return "\n".join(lines)


def render_sources_index(dossier: Dossier) -> str:
    here = f"{SOURCES}/index.md"
    lines = ["# Sources", "", f"{len(dossier.articles)} articles, oldest first.", ""]
    lines += ["| Date | Title | Outlet | Paragraphs | Removed |", "| --- | --- | --- | ---: | ---: |"]
    for a in sorted(dossier.articles, key=_date_key):
        link = relative(here, source_uri(a.id))
        lines.append(
            f"| {a.date or '—'} | [{escape_inline(a.title)}]({link}) | {escape_inline(a.outlet or '—')} "
            f"| {len(a.paragraphs)} | {len(a.removed)} |"
        )
    lines.append("")
    outlets = Counter(a.outlet or "Unknown outlet" for a in dossier.articles)
    return "\n".join(lines)


def render_source(article: Article) -> tuple[dict, str]:
    meta = {"title": article.title}
    lines = [f"# {escape_inline(article.title)}", ""]
    facts = [
        ("Outlet", escape_inline(article.outlet) if article.outlet else "unknown"),
        ("Date", article.date or "unknown"),
        ("Author", escape_inline(article.author) if article.author else "unknown"),
    ]
    url = safe_url(article.url)
    if url:
        facts.append(("Original", f"[{escape_inline(article.url)}]({url})"))
    facts.append(("File", f"`{article.path}`" if "`" not in article.path else escape_inline(article.path)))
    lines += [f"**{k}:** {v}  " for k, v in facts]
    lines[-1] = lines[-1].rstrip()
    lines.append("")
    for i, p in enumerate(article.paragraphs):
        lines += [render_paragraph(p, i), ""]
    if article.removed:
        n = len(article.removed)
        lines += [f'??? note "Removed as boilerplate ({n} {"line" if n == 1 else "lines"})"', ""]
        for r in article.removed:
            where = f" (line {r.line})" if r.line else ""
            lines.append(f"    - *{escape_inline(r.reason)}*{where}: {escape_inline(r.text)}")
        lines.append("")
    return meta, "\n".join(lines)


def render_paragraph(p: Paragraph, index: int) -> str:
    attrs = "{ #" + anchor(index) + (" .standfirst" if p.kind == "standfirst" else "") + " }"
    mark = f' [¶{index + 1}](#{anchor(index)} "Paragraph {index + 1}"){{ .para-link }}'
    if p.kind == "quote":
        quoted = "  \n".join(escape(line) for line in p.text.split("\n"))
        body = "\n".join("> " + line for line in (quoted + mark).split("\n"))
        return body + "\n> " + attrs
    return escape(p.text) + mark + "\n" + attrs
