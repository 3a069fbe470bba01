"""Event pages: the timeline (events/index.md, oldest first) and one page per event with its
actors, claims and a footnote quoting every source paragraph."""

from __future__ import annotations

from ..dates import precision
from ..mdtext import escape_inline, relative
from ..model import Dossier, Event
from .claims import plain, short
from .common import EVENTS, Page, actor_uri, claim_uri, event_uri
from .footnotes import Footnotes

INDEX = f"{EVENTS}/index.md"
ACTORS_SHOWN = 4


def render_event_pages(dossier: Dossier) -> dict[str, Page]:
    pages: dict[str, Page] = {INDEX: ({"title": "Timeline"}, render_timeline(dossier))}
    for event in dossier.events:
        pages[event_uri(event.id)] = render_event(dossier, event)
    return pages


def _order(event: Event) -> tuple:
    return (event.date, event.title.lower(), event.id)


def _actor_links(dossier: Dossier, ids: list[str], here: str, limit: int | None = None) -> str:
    names = {a.id: a.name for a in dossier.actors}
    known = [i for i in ids if i in names]
    shown = known[:limit] if limit else known
    links = [f"[{escape_inline(names[i])}]({relative(here, actor_uri(i))})" for i in shown]
    if len(known) > len(shown):
        links.append(f"+{len(known) - len(shown)}")
    return ", ".join(links) or "—"


def render_timeline(dossier: Dossier) -> str:
    events = sorted(dossier.events, key=_order)
    lines = ["# Timeline", ""]
    if not events:
        return "\n".join(lines + ["No dated events were found in the sources.", ""])
    lines += [f"{len(events)} event{'' if len(events) == 1 else 's'}, oldest first. "
              "A date stays as precise as the sources give it "
              "(a month or a year when no day is stated).", "",
              "| Date | Event | Who | Sources |", "| --- | --- | --- | ---: |"]
    for e in events:
        n = len({s.article for s in e.sources})
        lines.append(f"| {e.date} | [{escape_inline(e.title)}]({relative(INDEX, event_uri(e.id))}) "
                     f"| {_actor_links(dossier, e.actors, INDEX, ACTORS_SHOWN)} | {n} |")
    lines.append("")
    return "\n".join(lines)


def render_event(dossier: Dossier, event: Event) -> Page:
    uri = event_uri(event.id)
    notes = Footnotes(uri, dossier)
    articles = {a.id: a for a in dossier.articles}
    claims = {c.id: c for c in dossier.claims}
    n = len({s.article for s in event.sources})
    lines = [f"# {escape_inline(event.title)}", "",
             f"**Date:** {event.date} ({precision(event.date)})  ",
             f"**Who:** {_actor_links(dossier, event.actors, uri)}  ",
             f"**Reported by:** {n} article{'' if n == 1 else 's'}", "",
             f"[Back to the timeline]({relative(uri, INDEX)})", "", "## Sources", ""]
    for s in event.sources:
        a = articles[s.article]
        lines.append(f"- {escape_inline(a.outlet or a.title)} ({a.date or 'undated'}), "
                     f"¶{s.paragraph + 1}{notes.ref(s)}")
    lines.append("")
    cited = [claims[c] for c in event.claims if c in claims]
    if cited:
        lines += ["## Claims", ""]
        for c in cited:
            lines.append(f"- [{escape_inline(short(c.text))}]({relative(uri, claim_uri(c.id))}) ({c.kind})")
        lines.append("")
    lines.append(notes.block())
    return {"title": plain(short(event.title, 70))}, "\n".join(lines)
