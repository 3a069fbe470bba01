"""The dossier's pictures: which data each SVG shows, and where a figure comes from.

Feeds build_dossier/svg (pure drawing) from the model. A claim's figure is read from
`Claim.figure` when the extractor provides one (value, approx, text: read with getattr, so older
models without the field still work), else parsed from the claim's text.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from ..extract.figures import read_figures
from ..model import Claim, Dispute, Dossier, Event
from ..svg import Edge, FigurePoint, Node, TimelineItem, figure_chart_svg, relation_map_svg, timeline_svg
from ..svg.common import figure_html


def claim_figure(claim: Claim, ref: str | None = None) -> tuple[float, bool, str] | None:
    """(value, approximate?, as written) of a figure claim; for a claim without a parsed figure (an
    editor's quoted passage), the extractor's own reading of its text, dated against `ref` (the
    article's date) so that "On 31 October" is a date, not a figure."""
    fig = claim.figure
    if fig is None:
        readings = read_figures(claim.text, ref)
        fig = readings[0].figure if readings else None
    if fig is None:
        return None
    return float(fig.value), fig.qualifier is not None, fig.expression or f"{fig.value:,g}"


def figure_points(dossier: Dossier, dispute: Dispute) -> list[FigurePoint]:
    claims = {c.id: c for c in dossier.claims}
    articles = {a.id: a for a in dossier.articles}
    points: list[FigurePoint] = []
    for i, position in enumerate(dispute.positions):
        for cid in position.claims:
            claim = claims.get(cid)
            first = articles.get(claim.sources[0].article) if claim and claim.sources else None
            fig = claim_figure(claim, first.date if first else None) if claim else None
            if fig is None:
                continue
            value, approx, shown = fig
            seen = set()
            for ref in claim.sources:
                a = articles.get(ref.article)
                if a is None or a.id in seen:
                    continue
                seen.add(a.id)
                points.append(FigurePoint(value, shown, approx, a.outlet or a.title, a.date, i))
    return points


def is_figure_dispute(dossier: Dossier, dispute: Dispute) -> bool:
    claims = {c.id: c for c in dossier.claims}
    kinds = {claims[c].kind for p in dispute.positions for c in p.claims if c in claims}
    points = figure_points(dossier, dispute)
    return ("figure" in kinds or any(claims[c].figure for p in dispute.positions for c in p.claims if c in claims)) \
        and len({p.value for p in points}) >= 2


def dispute_chart(dossier: Dossier, dispute: Dispute) -> str | None:
    if not is_figure_dispute(dossier, dispute):
        return None
    points = figure_points(dossier, dispute)
    svg = figure_chart_svg(points, [p.summary for p in dispute.positions], f"fig-{dispute.id}",
                           f"Competing figures: {dispute.title}")
    return figure_html(svg, "Each row is one source's report, oldest first; a hollow dot is an "
                       "approximate value. Colours follow the positions listed beneath.", "dossier-figure-chart")


def timeline_figure(events: list[Event], uid: str, caption: str) -> str:
    items = [TimelineItem(e.date, e.title) for e in events]
    return figure_html(timeline_svg(items, uid), caption, "dossier-figure-timeline")


def _mentions(dossier: Dossier) -> dict[str, Counter]:
    return {a.id: Counter(m.article for m in a.mentions) for a in dossier.actors}


def most_cited(dossier: Dossier, limit: int | None = None) -> list:
    """Actors by the number of sources naming them, then mentions, then name."""
    ranked = sorted(dossier.actors, key=lambda a: (-len({m.article for m in a.mentions}), -len(a.mentions),
                                                    a.name.lower(), a.id))
    return ranked[:limit] if limit else ranked


def relation_edges(dossier: Dossier, keep: set[str]) -> list[Edge]:
    where: dict[tuple[str, int], set[str]] = {}
    for a in dossier.actors:
        if a.id in keep:
            for m in a.mentions:
                where.setdefault((m.article, m.paragraph), set()).add(a.id)
    together: Counter = Counter()
    for ids in where.values():
        for x, y in combinations(sorted(ids), 2):
            together[(x, y)] += 1
    names = {a.id: [a.name, *a.aliases] for a in dossier.actors if a.id in keep}
    speaks: Counter = Counter()
    for c in dossier.claims:
        if c.actor not in keep:
            continue
        text = " ".join([c.text, *(s.quote for s in c.sources)])
        for other, spellings in names.items():
            if other != c.actor and any(_names_in(s, text) for s in spellings if len(s) > 2):
                speaks[(c.actor, other)] += 1
    opposes: Counter = Counter()
    for d in dossier.disputes:
        for p, q in combinations(d.positions, 2):
            for x in p.actors:
                for y in q.actors:
                    if x in keep and y in keep and x != y:
                        opposes[tuple(sorted((x, y)))] += 1
    strong = {tuple(sorted(k)) for k in speaks} | set(opposes)
    edges = [Edge(x, y, "with", n) for (x, y), n in sorted(together.items()) if (x, y) not in strong]
    edges += [Edge(x, y, "speaks", n) for (x, y), n in sorted(speaks.items())]
    edges += [Edge(x, y, "opposes", n) for (x, y), n in sorted(opposes.items())]
    return edges


def _names_in(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def relation_figure(dossier: Dossier, limit: int = 12) -> str | None:
    top = most_cited(dossier, limit)
    if len(top) < 2:
        return None
    nodes = [Node(a.id, a.name, a.kind, len(a.mentions)) for a in top]
    edges = relation_edges(dossier, {a.id for a in top})
    svg = relation_map_svg(nodes, edges, "relations")
    caption = (f"The {len(top)} most-cited actors. Lines join actors named in the same paragraph; arrows "
               "go from who makes a claim to whom it names; dashed lines join opposing sides of a dispute.")
    return figure_html(svg, caption, "dossier-figure-relations")
