"""The home page: what the dossier covers, under the editor's introduction (docs/index.md).

Generated overview: title, date span and counts; the key claims (reported by several articles);
the open disputes; the latest events (as a timeline picture); the most-cited actors; the sources
(each article while they are few, else by outlet). Each section links to its index page, where
the full sortable table lives.
"""

from __future__ import annotations

from ..mdtext import escape_inline
from ..model import Dossier, EditorPage
from .claims import short
from .common import ACTORS, CLAIMS, DISPUTES, EVENTS, SOURCES, Page, actor_uri, claim_uri, date_key, dispute_uri, source_uri
from .indexes import dispute_status, key_claims, reported_by, sources_by_outlet
from .labels import plural
from .pictures import most_cited, timeline_figure

LATEST_EVENTS = 8
TOP_ACTORS = 10
OPEN_DISPUTES = 10  # the rest are one click away, in the Disputes table
TOP_OUTLETS = 12
KEY_CLAIMS = 6
FEW_SOURCES = 12  # up to this many articles the home page lists each one, not outlets


def render_home(dossier: Dossier, editor_pages: dict[str, EditorPage] | None = None) -> Page:
    editor_pages = editor_pages or {}
    lines = [f"# {escape_inline(dossier.title)}", ""]
    lines += [_coverage(dossier), ""]
    counts = [
        (len(dossier.articles), "source", SOURCES),
        (len(dossier.actors), "actor", ACTORS),
        (len(dossier.claims), "claim", CLAIMS),
        (len(dossier.events), "event", EVENTS),
        (len(dossier.disputes), "dispute", DISPUTES),
    ]
    cells = [f"[**{plural(n, word)}**]({section}/index.md)" if n else f"**{plural(n, word)}**"
             for n, word, section in counts if n or section == SOURCES]
    lines += [" · ".join(cells), "{ .dossier-counts }", ""]

    key = key_claims(dossier)
    if key:
        actors = {a.id: a for a in dossier.actors}
        lines += ["## Key claims", "", "Reported by more than one article.", ""]
        for c in key[:KEY_CLAIMS]:
            by = actors.get(c.actor) if c.actor else None
            who = f"[{escape_inline(by.name)}]({actor_uri(by.id)}): " if by else ""
            lines.append(f"- {who}[{escape_inline(short(c.text, 140))}]({claim_uri(c.id)}) "
                         f"— {plural(reported_by(c), 'article')}")
        lines.append("")
        if len(key) > KEY_CLAIMS:
            lines += [f"[All {len(key)} key claims]({CLAIMS}/index.md)", ""]

    open_disputes = [d for d in sorted(dossier.disputes, key=lambda d: (d.title.lower(), d.id))
                     if dispute_status(dispute_uri(d.id), editor_pages) == "open"]
    if open_disputes:
        lines += ["## Open disputes", ""]
        for d in open_disputes[:OPEN_DISPUTES]:
            n = len(d.positions)
            lines.append(f"- [{escape_inline(d.title)}]({dispute_uri(d.id)}) — {plural(n, 'position')}")
        lines.append("")
        if len(open_disputes) > OPEN_DISPUTES:
            lines += [f"[All {len(open_disputes)} open disputes]({DISPUTES}/index.md)", ""]

    if dossier.events:
        events = sorted(dossier.events, key=lambda e: (e.date, e.title, e.id))
        latest = events[-LATEST_EVENTS:]
        lines += ["## Latest events", ""]
        caption = (f"The latest {len(latest)} of {len(events)} events." if len(latest) < len(events)
                   else f"All {plural(len(events), 'event')}.")
        lines += [timeline_figure(latest, "timeline-home", caption), ""]
        lines += [f"[All events, with dates and sources]({EVENTS}/index.md)", ""]

    if dossier.actors:
        lines += ["## Most-cited actors", ""]
        lines += ["| Actor | Kind | Sources | Mentions |", "| --- | --- | ---: | ---: |"]
        for a in most_cited(dossier, TOP_ACTORS):
            lines.append(f"| [{escape_inline(a.name)}]({actor_uri(a.id)}) | {a.kind} "
                         f"| {len({m.article for m in a.mentions})} | {len(a.mentions)} |")
        lines += ["", f"[All {plural(len(dossier.actors), 'actor')} and how they relate]({ACTORS}/index.md)", ""]

    if 0 < len(dossier.articles) <= FEW_SOURCES:
        lines += ["## Sources", "", "| Date | Title | Outlet |", "| --- | --- | --- |"]
        for a in sorted(dossier.articles, key=date_key):
            lines.append(f"| {a.date or '—'} | [{escape_inline(a.title)}]({source_uri(a.id)}) "
                         f"| {escape_inline(a.outlet) if a.outlet else '—'} |")
        lines += ["", f"[All {plural(len(dossier.articles), 'source')}, with what was removed]({SOURCES}/index.md)", ""]
    elif dossier.articles:
        rows = sources_by_outlet(dossier)
        lines += ["## Sources by outlet", "", *rows[: 2 + TOP_OUTLETS], ""]
        if len(rows) - 2 > TOP_OUTLETS:
            lines += [f"And {plural(len(rows) - 2 - TOP_OUTLETS, 'other outlet')}.", ""]
        lines += [f"[All {plural(len(dossier.articles), 'source')}]({SOURCES}/index.md)", ""]
    return {}, "\n".join(lines)


def _coverage(dossier: Dossier) -> str:
    dates = sorted(a.date for a in dossier.articles if a.date)
    if not dossier.articles:
        return "No sources yet: put articles in `seeds/` and build again."
    if not dates:
        return f"{plural(len(dossier.articles), 'source')}, undated."
    if dates[0] == dates[-1]:
        return f"Sources dated {dates[0]}."
    return f"Sources dated {dates[0]} to {dates[-1]}."
