"""A relation map of actors on a circle: who is mentioned with, speaks about or disagrees with whom.

A circle keeps every label outside the drawing and needs no force simulation, so the layout is
deterministic (two builds give the same bytes) and readable for the dozen most-cited actors.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .common import num, svg_document, text_block, wrap

WIDTH = 480
CX, CY, R = 240, 190, 124
FONT = 13
KINDS = ("person", "organization", "country", "place", "group", "other")
EDGE_KINDS = {
    "with": "mentioned in the same paragraph",
    "speaks": "speaks about (claim by one, naming the other)",
    "opposes": "on opposing sides of a dispute",
}


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str
    weight: int  # mentions


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: str  # with | speaks | opposes
    weight: int = 1


def relation_map_svg(nodes: list[Node], edges: list[Edge], uid: str,
                     title: str = "Relation map of actors") -> str:
    nodes = list(nodes)
    pos: dict[str, tuple[float, float, float]] = {}
    n = max(1, len(nodes))
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        pos[node.id] = (CX + R * math.cos(angle), CY + R * math.sin(angle), angle)
    body: list[str] = [
        f'<defs><marker id="{uid}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
        f'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="currentColor" '
        f'class="dossier-svg-speaks"/></marker></defs>'
    ]
    top = max((e.weight for e in edges), default=1)
    biggest = max((nd.weight for nd in nodes), default=1) or 1
    radius = {nd.id: 6 + 8 * math.sqrt(max(nd.weight, 0) / biggest) for nd in nodes}
    drawn = [e for e in edges if e.a in pos and e.b in pos and e.a != e.b]
    # Two actors who both speak of each other and oppose each other in a dispute: the lines run side
    # by side, else the arrow, drawn last, hides the dashed line and the legend names a line not seen.
    pairs = Counter(frozenset((e.a, e.b)) for e in drawn)
    nth: Counter = Counter()
    for e in sorted(drawn, key=lambda e: (["with", "opposes", "speaks"].index(e.kind), e.a, e.b)):
        (x1, y1, _), (x2, y2, _) = pos[e.a], pos[e.b]
        # Stop the line at the node's rim so arrows stay visible.
        d = math.hypot(x2 - x1, y2 - y1) or 1
        ra, rb = radius[e.a] + 1, radius[e.b] + 3
        sx, sy = x1 + (x2 - x1) * ra / d, y1 + (y2 - y1) * ra / d
        ex, ey = x2 - (x2 - x1) * rb / d, y2 - (y2 - y1) * rb / d
        pair = frozenset((e.a, e.b))
        if pairs[pair] > 1:
            shift = 5 * (nth[pair] - (pairs[pair] - 1) / 2)
            nth[pair] += 1
            a, b = sorted(pair)  # the same side whichever way the edge points
            ux, uy = (pos[b][1] - pos[a][1]) / d, (pos[a][0] - pos[b][0]) / d
            sx, sy, ex, ey = sx + ux * shift, sy + uy * shift, ex + ux * shift, ey + uy * shift
        width = 1 + 3 * e.weight / top
        extra = ""
        if e.kind == "speaks":
            extra = f' marker-end="url(#{uid}-arrow)"'
        elif e.kind == "opposes":
            extra = ' stroke-dasharray="6 4"'
        body.append(
            f'<line x1="{num(sx)}" y1="{num(sy)}" x2="{num(ex)}" y2="{num(ey)}" class="dossier-svg-edge '
            f'dossier-svg-{e.kind}" stroke="currentColor" stroke-width="{num(width)}"{extra}/>'
        )
    for node in nodes:
        x, y, angle = pos[node.id]
        kind = node.kind if node.kind in KINDS else "other"
        body.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(radius[node.id])}" '
                    f'class="dossier-svg-node dossier-svg-kind-{kind}" fill="currentColor"/>')
        cos, sin = math.cos(angle), math.sin(angle)
        off = radius[node.id] + 8
        lx, ly = x + off * cos, y + off * sin
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        # Above and below the circle a label may be wide; beside it, it must fit the margin.
        room = {"middle": 2 * min(lx, WIDTH - lx), "start": WIDTH - lx, "end": lx}[anchor] - 6
        chars = max(8, int(room / (FONT * 0.56)))
        lines = wrap(node.label, min(chars, 22), 3)
        if sin < -0.3:
            ly -= 16 * (len(lines) - 1)
        elif sin > 0.3:
            ly += 10
        else:
            ly += 4 - 8 * (len(lines) - 1)
        body.append(text_block(lx, ly, lines, "dossier-svg-label", 16, anchor=anchor))
    y = CY + R + 62
    kinds = [k for k in KINDS if any((nd.kind if nd.kind in KINDS else "other") == k for nd in nodes)]
    x = 16.0
    for k in kinds:
        body.append(f'<circle cx="{num(x + 6)}" cy="{num(y - 4)}" r="6" class="dossier-svg-node '
                    f'dossier-svg-kind-{k}" fill="currentColor"/>')
        body.append(text_block(x + 16, y, [k], "dossier-svg-label", 16))
        x += 30 + len(k) * FONT * 0.56
        if x > WIDTH - 100:
            x, y = 16.0, y + 22
    y += 26
    used = [k for k in EDGE_KINDS if any(e.kind == k for e in edges)]
    for k in used:
        extra = f' marker-end="url(#{uid}-arrow)"' if k == "speaks" else (
            ' stroke-dasharray="6 4"' if k == "opposes" else "")
        body.append(f'<line x1="16" y1="{num(y - 4)}" x2="48" y2="{num(y - 4)}" class="dossier-svg-edge '
                    f'dossier-svg-{k}" stroke="currentColor" stroke-width="2.5"{extra}/>')
        body.append(text_block(58, y, [EDGE_KINDS[k]], "dossier-svg-label", 16))
        y += 22
    labels = {nd.id: nd.label for nd in nodes}
    described = [
        f"{labels[e.a]} {EDGE_KINDS[e.kind].split(' (')[0]} {labels[e.b]}"
        + (f" ({e.weight}×)" if e.weight > 1 else "")
        for e in edges if e.a in labels and e.b in labels
    ]
    desc = (f"{len(nodes)} actors: " + ", ".join(nd.label for nd in nodes) + ". "
            + ("Relations: " + "; ".join(described[:60]) + "." if described else "No relations found."))
    return svg_document(uid, WIDTH, y + 4, title, desc, body, "dossier-relations")
