"""Section index pages: one sortable table per section instead of a sidebar of every page.

A dossier of 1,000 articles keeps a short sidebar (Home, Sources, Actors, Events, Disputes, Claims);
these tables are where the long lists live. Every table is plain Markdown; tablesort (vendored,
build_dossier/assets) makes the headers sortable when JavaScript runs.
"""

from __future__ import annotations

from ..mdtext import escape_inline, relative
from ..model import Claim, Dossier, EditorPage
from .claims import short
from .common import ACTORS, CLAIMS, DISPUTES, EVENTS, Page, actor_uri, claim_uri, dispute_uri, event_uri
from .labels import plural
from .pictures import most_cited, relation_figure, timeline_figure

TIMELINE_LIMIT = 60  # more events than this: the picture shows the latest, the table all of them
INDEX_META = {"hide": ["toc"]}
ACTORS_SHOWN = 4  # per event row: more are counted ("+3"), listed on the event's page
CLAIM_CHARS = 120  # a claim's text in a table row; the claim's page has it whole


def index_uri(section: str) -> str:
    return f"{section}/index.md"


def dispute_status(uri: str, editor_pages: dict[str, EditorPage]) -> str:
    """'open' unless an editor's page for the dispute says otherwise (front matter `status`)."""
    page = editor_pages.get(uri)
    status = page.meta.get("status") if page else None
    return str(status).strip().lower() if status else "open"


def render_index_pages(dossier: Dossier, editor_pages: dict[str, EditorPage] | None = None) -> dict[str, Page]:
    """The index page of each section (sources/ has its own, in sources.py), even an empty one:
    it says that nothing was found rather than leaving a link that goes nowhere."""
    editor_pages = editor_pages or {}
    return {
        index_uri(ACTORS): actors_index(dossier),
        index_uri(EVENTS): events_index(dossier),
        index_uri(DISPUTES): disputes_index(dossier, editor_pages),
        index_uri(CLAIMS): claims_index(dossier),
    }


def _empty(title: str, what: str) -> Page:
    return {"title": title}, f"# {title}\n\nNo {what} were found in the sources.\n"


def _cell(text: str | None) -> str:
    return escape_inline(text) if text else "—"


def actors_index(dossier: Dossier) -> Page:
    if not dossier.actors:
        return _empty("Actors", "people, organisations, countries or places")
    here = index_uri(ACTORS)
    claims_by: dict[str, int] = {}
    for c in dossier.claims:
        if c.actor:
            claims_by[c.actor] = claims_by.get(c.actor, 0) + 1
    lines = ["# Actors", "", f"{plural(len(dossier.actors), 'actor')} (people, organisations, countries and places "
             "named in the sources), most cited first. Select a column heading to sort.", ""]
    picture = relation_figure(dossier)
    if picture:
        lines += [picture, ""]
    lines += ["| Actor | Kind | Role | Sources | Mentions | Claims |", "| --- | --- | --- | ---: | ---: | ---: |"]
    for a in most_cited(dossier):
        lines.append(f"| [{escape_inline(a.name)}]({relative(here, actor_uri(a.id))}) | {a.kind} | {_cell(a.role)} "
                     f"| {len({m.article for m in a.mentions})} | {len(a.mentions)} | {claims_by.get(a.id, 0)} |")
    lines.append("")
    return {"title": "Actors", **INDEX_META}, "\n".join(lines)


def _actor_links(dossier: Dossier, ids: list[str], here: str, limit: int) -> str:
    names = {a.id: a.name for a in dossier.actors}
    known = [i for i in ids if i in names]
    links = [f"[{escape_inline(names[i])}]({relative(here, actor_uri(i))})" for i in known[:limit]]
    if len(known) > limit:
        links.append(f"+{len(known) - limit}")
    return ", ".join(links) or "—"


def events_index(dossier: Dossier) -> Page:
    if not dossier.events:
        return _empty("Events", "dated events")
    here = index_uri(EVENTS)
    events = sorted(dossier.events, key=lambda e: e.date)  # stable: the dossier.json order on ties
    lines = ["# Events", "", f"{plural(len(events), 'event')}, oldest first. A date stays as precise as the sources "
             "give it (a month or a year when no day is stated).", ""]
    shown = events[-TIMELINE_LIMIT:]
    caption = ("Timeline of every event." if len(shown) == len(events)
               else f"Timeline of the latest {len(shown)} of {len(events)} events; the table lists them all.")
    lines += [timeline_figure(shown, "timeline-events", caption), ""]
    lines += ["| Date | Event | Actors | Sources |", "| --- | --- | --- | ---: |"]
    for e in events:
        lines.append(f"| {e.date} | [{escape_inline(e.title)}]({relative(here, event_uri(e.id))}) "
                     f"| {_actor_links(dossier, e.actors, here, ACTORS_SHOWN)} | {len({s.article for s in e.sources})} |")
    lines.append("")
    return {"title": "Events", **INDEX_META}, "\n".join(lines)


def disputes_index(dossier: Dossier, editor_pages: dict[str, EditorPage]) -> Page:
    if not dossier.disputes:
        return _empty("Disputes", "contested questions")
    here = index_uri(DISPUTES)
    lines = ["# Disputes", "", f"{plural(len(dossier.disputes), 'contested question')}. Each page sets the positions "
             "side by side: who holds them, when, and the sources.", ""]
    lines += ["| Question | Positions | Actors | Claims | Status |", "| --- | ---: | ---: | ---: | --- |"]
    for d in sorted(dossier.disputes, key=lambda d: (d.title.lower(), d.id)):
        n_actors = len({a for p in d.positions for a in p.actors})
        n_claims = len({c for p in d.positions for c in p.claims})
        status = dispute_status(dispute_uri(d.id), editor_pages)
        lines.append(f"| [{escape_inline(d.title)}]({relative(here, dispute_uri(d.id))}) | {len(d.positions)} "
                     f"| {n_actors} | {n_claims} | {escape_inline(status)} |")
    lines.append("")
    return {"title": "Disputes", **INDEX_META}, "\n".join(lines)


def reported_by(claim: Claim) -> int:
    """How many articles report a claim."""
    return len({s.article for s in claim.sources})


def key_claims(dossier: Dossier) -> list[Claim]:
    """Key claims (reported by several articles), the most widely reported first, then dossier order."""
    key = [c for c in dossier.claims if c.key]
    return sorted(key, key=lambda c: -reported_by(c))


def claims_index(dossier: Dossier) -> Page:
    if not dossier.claims:
        return _empty("Claims", "attributed statements or figures")
    here = index_uri(CLAIMS)
    actors = {a.id: a for a in dossier.actors}
    dates = {a.id: a.date for a in dossier.articles}

    def who(c: Claim) -> str:
        by = actors.get(c.actor) if c.actor else None
        return f"[{escape_inline(by.name)}]({relative(here, actor_uri(by.id))})" if by else "—"

    def text(c: Claim) -> str:
        return f"[{escape_inline(short(c.text, CLAIM_CHARS))}]({relative(here, claim_uri(c.id))})"

    lines = ["# Claims", "", f"{plural(len(dossier.claims), 'claim')}: statements, quotes and figures attributed in "
             "the sources, each with footnotes quoting every article that reports it.", ""]
    key = key_claims(dossier)
    if key:
        lines += ["## Key claims", "", f"{plural(len(key), 'claim')} reported by more than one article.", "",
                  "| Claim | By | Sources |", "| --- | --- | ---: |"]
        lines += [f"| {text(c)} | {who(c)} | {reported_by(c)} |" for c in key]
        lines += ["", "## All claims", ""]
    lines += ["| Claim | By | Kind | Sources | First reported |", "| --- | --- | --- | ---: | --- |"]
    for c in dossier.claims:
        first = min((d for d in (dates.get(s.article) for s in c.sources) if d), default="—")  # undated: not first
        lines.append(f"| {text(c)} | {who(c)} | {c.kind} | {reported_by(c)} | {first} |")
    lines.append("")
    return {"title": "Claims", **INDEX_META}, "\n".join(lines)


def sources_by_outlet(dossier: Dossier) -> list[str]:
    """Table rows: outlet, number of articles, first and last date."""
    groups: dict[str, list] = {}
    for a in dossier.articles:
        groups.setdefault(a.outlet or "Unknown outlet", []).append(a)
    rows = ["| Outlet | Articles | First | Latest |", "| --- | ---: | --- | --- |"]
    for outlet, arts in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())):
        dates = sorted(a.date for a in arts if a.date)
        rows.append(f"| {escape_inline(outlet)} | {len(arts)} | {dates[0] if dates else '—'} "
                    f"| {dates[-1] if dates else '—'} |")
    return rows

