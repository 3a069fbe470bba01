"""Section index pages: one sortable table per section instead of a sidebar of every page.

A dossier of 1,000 articles keeps a short sidebar (Home, Sources, Actors, Events, Disputes, Claims);
these tables are where the long lists live. Every table is plain Markdown; tablesort (vendored,
build_dossier/assets) makes the headers sortable when JavaScript runs.
"""

from __future__ import annotations

from ..mdtext import escape_inline, relative
from ..model import Dossier, EditorPage
from .common import ACTORS, CLAIMS, DISPUTES, EVENTS, Page, actor_uri, claim_uri, dispute_uri, event_uri
from .labels import plural
from .pictures import most_cited, relation_figure, timeline_figure

TIMELINE_LIMIT = 60  # more events than this: the picture shows the latest, the table all of them
INDEX_META = {"hide": ["toc"]}


def index_uri(section: str) -> str:
    return f"{section}/index.md"


def dispute_status(uri: str, editor_pages: dict[str, EditorPage]) -> str:
    """'open' unless an editor's page for the dispute says otherwise (front matter `status`)."""
    page = editor_pages.get(uri)
    status = page.meta.get("status") if page else None
    return str(status).strip().lower() if status else "open"


def render_index_pages(dossier: Dossier, editor_pages: dict[str, EditorPage] | None = None) -> dict[str, Page]:
    editor_pages = editor_pages or {}
    pages: dict[str, Page] = {}
    if dossier.actors:
        pages[index_uri(ACTORS)] = actors_index(dossier)
    if dossier.events:
        pages[index_uri(EVENTS)] = events_index(dossier)
    if dossier.disputes:
        pages[index_uri(DISPUTES)] = disputes_index(dossier, editor_pages)
    if dossier.claims:
        pages[index_uri(CLAIMS)] = claims_index(dossier)
    return pages


def _cell(text: str | None) -> str:
    return escape_inline(text) if text else "—"


def actors_index(dossier: Dossier) -> Page:
    here = index_uri(ACTORS)
    claims_by: dict[str, int] = {}
    for c in dossier.claims:
        if c.actor:
            claims_by[c.actor] = claims_by.get(c.actor, 0) + 1
    lines = ["# Actors", "", f"{plural(len(dossier.actors), 'actor')}, most cited first. "
             "Select a column heading to sort.", ""]
    picture = relation_figure(dossier)
    if picture:
        lines += [picture, ""]
    lines += ["| Actor | Kind | Role | Sources | Mentions | Claims |", "| --- | --- | --- | ---: | ---: | ---: |"]
    for a in most_cited(dossier):
        lines.append(f"| [{escape_inline(a.name)}]({relative(here, actor_uri(a.id))}) | {a.kind} | {_cell(a.role)} "
                     f"| {len({m.article for m in a.mentions})} | {len(a.mentions)} | {claims_by.get(a.id, 0)} |")
    lines.append("")
    return {"title": "Actors", **INDEX_META}, "\n".join(lines)


def events_index(dossier: Dossier) -> Page:
    here = index_uri(EVENTS)
    events = sorted(dossier.events, key=lambda e: e.date)  # stable: the dossier.json order on ties
    actors = {a.id: a for a in dossier.actors}
    lines = ["# Events", "", f"{plural(len(events), 'event')}, oldest first.", ""]
    shown = events[-TIMELINE_LIMIT:]
    caption = ("Timeline of every event." if len(shown) == len(events)
               else f"Timeline of the latest {len(shown)} of {len(events)} events; the table lists them all.")
    lines += [timeline_figure(shown, "timeline-events", caption), ""]
    lines += ["| Date | Event | Actors | Sources |", "| --- | --- | --- | ---: |"]
    for e in events:
        names = ", ".join(escape_inline(actors[i].name) for i in e.actors if i in actors) or "—"
        lines.append(f"| {e.date} | [{escape_inline(e.title)}]({relative(here, event_uri(e.id))}) | {names} "
                     f"| {len({s.article for s in e.sources})} |")
    lines.append("")
    return {"title": "Events", **INDEX_META}, "\n".join(lines)


def disputes_index(dossier: Dossier, editor_pages: dict[str, EditorPage]) -> Page:
    here = index_uri(DISPUTES)
    lines = ["# Disputes", "", f"{plural(len(dossier.disputes), 'contested question')}.", ""]
    lines += ["| Question | Positions | Actors | Claims | Status |", "| --- | ---: | ---: | ---: | --- |"]
    for d in sorted(dossier.disputes, key=lambda d: (d.title.lower(), d.id)):
        n_actors = len({a for p in d.positions for a in p.actors})
        n_claims = len({c for p in d.positions for c in p.claims})
        status = dispute_status(dispute_uri(d.id), editor_pages)
        lines.append(f"| [{escape_inline(d.title)}]({relative(here, dispute_uri(d.id))}) | {len(d.positions)} "
                     f"| {n_actors} | {n_claims} | {escape_inline(status)} |")
    lines.append("")
    return {"title": "Disputes", **INDEX_META}, "\n".join(lines)


def claims_index(dossier: Dossier) -> Page:
    here = index_uri(CLAIMS)
    actors = {a.id: a for a in dossier.actors}
    dates = {a.id: a.date for a in dossier.articles}
    lines = ["# Claims", "", f"{plural(len(dossier.claims), 'claim')}, each with footnotes to every source "
             "reporting it.", ""]
    lines += ["| Claim | By | Kind | Sources | First reported |", "| --- | --- | --- | ---: | --- |"]
    for c in dossier.claims:
        by = actors.get(c.actor) if c.actor else None
        who = f"[{escape_inline(by.name)}]({relative(here, actor_uri(by.id))})" if by else "—"
        first = min((dates.get(s.article) or "" for s in c.sources), default="") or "—"
        lines.append(f"| [{escape_inline(c.text)}]({relative(here, claim_uri(c.id))}) | {who} | {c.kind} "
                     f"| {len({s.article for s in c.sources})} | {first} |")
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

