"""Dispute pages (the disputes table is in indexes.py): one page per dispute with its
positions side by side (what, who holds it, when, sources), every source footnoted."""

from __future__ import annotations

from ..mdtext import escape_inline, relative
from ..model import Dispute, Dossier, Position, SourceRef
from .claims import plain, short
from .common import DISPUTES, Page, actor_uri, claim_uri, dispute_uri
from .footnotes import Footnotes

INDEX = f"{DISPUTES}/index.md"


def render_dispute_pages(dossier: Dossier) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for dispute in dossier.disputes:
        pages[dispute_uri(dispute.id)] = render_dispute(dossier, dispute)
    return pages


def _holders(dossier: Dossier, ids: list[str], here: str) -> str:
    names = {a.id: a.name for a in dossier.actors}
    return ", ".join(f"[{escape_inline(names[i])}]({relative(here, actor_uri(i))})" for i in ids if i in names) or "—"


def _sources(dossier: Dossier, position: Position) -> list[SourceRef]:
    """The sentences that take the position; else every source of the claims it cites."""
    if position.sources:
        return position.sources
    claims = {c.id: c for c in dossier.claims}
    return [s for c in position.claims if c in claims for s in claims[c].sources]


def _when(dossier: Dossier, position: Position) -> str:
    articles = {a.id: a for a in dossier.articles}
    dates = sorted({articles[s.article].date for s in _sources(dossier, position) if articles[s.article].date})
    if not dates:
        return "undated"
    return dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"


def render_dispute(dossier: Dossier, dispute: Dispute) -> Page:
    uri = dispute_uri(dispute.id)
    notes = Footnotes(uri, dossier)
    claims = {c.id: c for c in dossier.claims}
    lines = [f"# {escape_inline(dispute.title)}", "",
             f"{len(dispute.positions)} positions; each source is quoted in a footnote, under Sources.", "",
             "| Position | Who holds it | When | Sources |", "| --- | --- | --- | --- |"]
    for p in dispute.positions:
        refs = notes.refs(_sources(dossier, p))
        lines.append(f"| {escape_inline(p.summary)} | {_holders(dossier, p.actors, uri)} "
                     f"| {_when(dossier, p)} | {refs or '—'} |")
    lines += ["", "## Claims behind each position", ""]
    for n, p in enumerate(dispute.positions, 1):
        lines += [f"### {n}. {escape_inline(short(p.summary, 80))}", ""]
        for c in p.claims:
            if c in claims:
                lines.append(f"- [{escape_inline(short(claims[c].text))}]({relative(uri, claim_uri(c))})")
        lines.append("")
    lines += [f"[All disputes]({relative(uri, INDEX)})", "", notes.section()]
    return {"title": plain(short(dispute.title, 70))}, "\n".join(lines)
