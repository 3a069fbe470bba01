"""Source pages: each article cleaned, paragraphs anchored, boilerplate shown collapsed."""

from __future__ import annotations

from ..mdtext import anchor, escape, escape_inline, relative, safe_url
from ..model import Article, Dossier, Paragraph
from .claims import key_claim_notes
from .common import SOURCES, Page, date_key, source_uri


def render_source_pages(dossier: Dossier) -> dict[str, Page]:
    pages = {f"{SOURCES}/index.md": ({"title": "Sources"}, render_sources_index(dossier))}
    notes = key_claim_notes(dossier)
    for article in dossier.articles:
        pages[source_uri(article.id)] = render_source(article, notes.get(article.id))
    return pages


def render_sources_index(dossier: Dossier) -> str:
    here = f"{SOURCES}/index.md"
    lines = ["# Sources", "", f"{len(dossier.articles)} articles, oldest first.", ""]
    lines += ["| Date | Title | Outlet | Paragraphs | Removed |", "| --- | --- | --- | ---: | ---: |"]
    for a in sorted(dossier.articles, key=date_key):
        link = relative(here, source_uri(a.id))
        lines.append(
            f"| {a.date or '—'} | [{escape_inline(a.title)}]({link}) | {escape_inline(a.outlet or '—')} "
            f"| {len(a.paragraphs)} | {len(a.removed)} |"
        )
    lines.append("")
    return "\n".join(lines)


def render_source(article: Article, notes: dict[int, list[str]] | None = None) -> Page:
    """`notes`: Markdown shown under a paragraph (the key claims it reports), by paragraph index."""
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
        for note in (notes or {}).get(i, []):
            lines += ['!!! quote "Key claim"', "", f"    {note}", ""]
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
        quoted = "  \n".join(escape(line) for line in p.text.split("\n") if line.strip())
        body = "\n".join("> " + line for line in (quoted + mark).split("\n"))
        return body + "\n> " + attrs
    return escape(p.text) + mark + "\n" + attrs
