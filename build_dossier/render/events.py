"""Event pages (the events index, a timeline, is in indexes.py): one page per event with its
actors, claims and a footnote quoting every source paragraph."""

from __future__ import annotations

from ..dates import precision
from ..mdtext import escape_inline, relative
from ..model import Dossier, Event
from .claims import plain, short
from .common import EVENTS, Page, actor_uri, claim_uri, event_uri
from .footnotes import Footnotes

INDEX = f"{EVENTS}/index.md"


def render_event_pages(dossier: Dossier) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for event in dossier.events:
        pages[event_uri(event.id)] = render_event(dossier, event)
    return pages


def _actor_links(dossier: Dossier, ids: list[str], here: str, limit: int | None = None) -> str:
    names = {a.id: a.name for a in dossier.actors}
    known = [i for i in ids if i in names]
    shown = known[:limit] if limit else known
    links = [f"[{escape_inline(names[i])}]({relative(here, actor_uri(i))})" for i in shown]
    if len(known) > len(shown):
        links.append(f"+{len(known) - len(shown)}")
    return ", ".join(links) or "—"


def _vague(date: str) -> str:
    """Say so when the sources give no day: "2024-06" alone reads like a typo."""
    kind = precision(date)
    return "" if kind == "day" else f" (the sources give the {kind} only)"


def render_event(dossier: Dossier, event: Event) -> Page:
    uri = event_uri(event.id)
    notes = Footnotes(uri, dossier)
    claims = {c.id: c for c in dossier.claims}
    n = len({s.article for s in event.sources})
    refs = notes.refs(event.sources)
    who = _actor_links(dossier, event.actors, uri)
    lines = [f"# {escape_inline(event.title)}", "",
             f"**Date:** {event.date}{_vague(event.date)}  ",
             *([f"**Who:** {who}  "] if who != "—" else []),  # no "Who: —" when no actor is known
             f"**Reported by:** {n} article{'' if n == 1 else 's'}{refs}", ""]
    cited = [claims[c] for c in event.claims if c in claims]
    if cited:
        lines += ["## Claims", ""]
        for c in cited:
            lines.append(f"- [{escape_inline(short(c.text))}]({relative(uri, claim_uri(c.id))}) ({c.kind})")
        lines.append("")
    lines += [f"[All events]({relative(uri, INDEX)})", "", notes.section()]
    return {"title": plain(short(event.title, 70))}, "\n".join(lines)
