"""A dot chart of the competing values in a dispute over a figure: one row per source report.

Rows are in date order, labelled with the date and the outlet (or title); the dot sits on a shared
value axis, coloured by the position it supports; an approximate value is a hollow dot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .common import date_label, num, svg_document, text_block, wrap

WIDTH = 420
PLOT_X0 = 12
PLOT_X1 = 400
ROW = 46  # a label line above each value bar: full width for long outlet names on a phone
FONT = 13
PALETTE = 6  # classes dossier-svg-pos-0 .. -5


@dataclass(frozen=True)
class FigurePoint:
    value: float
    shown: str  # the value as the source put it, e.g. "about 12,000"
    approx: bool
    source: str  # outlet or title
    date: str | None
    position: int  # index into the positions list


def nice_ticks(hi: float, count: int = 4) -> list[float]:
    """0 and round numbers up to at least hi."""
    if hi <= 0:
        return [0.0, 1.0]
    raw = hi / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    n = math.ceil(hi / step - 1e-9)
    return [i * step for i in range(n + 1)]


def fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def axis_label(value: float) -> str:
    """A tick's label, short enough for five to fit side by side: 150,000,000,000 is "150 billion"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{value / size:g} {word}"
    return fmt(value)


def figure_chart_svg(points: list[FigurePoint], positions: list[str], uid: str, title: str) -> str:
    points = sorted(points, key=lambda p: (p.date or "9999", p.source, p.value))
    ticks = nice_ticks(max((p.value for p in points), default=1))
    top = ticks[-1] or 1

    def x(v: float) -> float:
        return PLOT_X0 + (PLOT_X1 - PLOT_X0) * max(0.0, v) / top

    body: list[str] = []
    y0 = 6
    axis_y = y0 + ROW * len(points) + 2
    for t in ticks:
        body.append(f'<line x1="{num(x(t))}" y1="{y0}" x2="{num(x(t))}" y2="{num(axis_y)}" '
                    f'class="dossier-svg-grid" stroke="currentColor" stroke-opacity="0.15"/>')
        anchor = "start" if t == 0 else ("end" if t == ticks[-1] else "middle")
        body.append(text_block(x(t), axis_y + 16, [axis_label(t)], "dossier-svg-muted", 16, anchor=anchor))
    label_chars = int((WIDTH - PLOT_X0) / (FONT * 0.56))
    for i, p in enumerate(points):
        top_y = y0 + ROW * i
        # The date first: a long title (the outlet unknown) is cut short, and the date must survive.
        label = wrap(f"{date_label(p.date)} · {p.source}" if p.date else p.source, label_chars, 1)[0]
        body.append(text_block(PLOT_X0, top_y + 16, [label], "dossier-svg-label", 16))
        cy = top_y + 32
        cls = f"dossier-svg-pos-{p.position % PALETTE}"
        fill = "none" if p.approx else "currentColor"
        shown = p.shown if len(p.shown) <= 24 else p.shown[:23] + "…"
        right = x(p.value) + 12 + len(shown) * 7.6 > WIDTH  # no room to the right of the dot
        # A value with no room to the right of its dot is written left of it, where its bar runs: the
        # bar stops short of the words, else it shows through the gaps between them.
        stem_end = max(PLOT_X0, x(p.value) - 12 - len(shown) * 7.6 - 4) if right else x(p.value)
        if stem_end > PLOT_X0:
            body.append(f'<line x1="{PLOT_X0}" y1="{num(cy)}" x2="{num(stem_end)}" y2="{num(cy)}" '
                        f'class="dossier-svg-stem {cls}" stroke="currentColor" stroke-width="3"/>')
        body.append(f'<circle cx="{num(x(p.value))}" cy="{num(cy)}" r="6" class="dossier-svg-point {cls}'
                    f'{" approx" if p.approx else ""}" fill="{fill}" stroke="currentColor" stroke-width="2.5"/>')
        body.append(text_block(x(p.value) + (-12 if right else 12), cy + 4.5, [shown], "dossier-svg-value",
                               16, anchor="end" if right else "start"))
    y = axis_y + 44
    for i, summary in enumerate(positions):
        lines = wrap(summary, int((WIDTH - 36) / (FONT * 0.56)), 2)
        cls = f"dossier-svg-pos-{i % PALETTE}"
        body.append(f'<circle cx="14" cy="{num(y - 4)}" r="6" class="dossier-svg-point {cls}" '
                    f'fill="currentColor" stroke="currentColor" stroke-width="2.5"/>')
        body.append(text_block(28, y, lines, "dossier-svg-label", 16))
        y += 16 * len(lines) + 8
    if any(p.approx for p in points):
        body.append(f'<circle cx="14" cy="{num(y - 4)}" r="6" class="dossier-svg-point approx" fill="none" '
                    f'stroke="currentColor" stroke-width="2.5"/>')
        body.append(text_block(28, y, ["approximate (about, up to, more than…)"], "dossier-svg-muted", 16))
        y += 24
    desc = "Values reported, by source and date: " + "; ".join(
        f"{p.source}{', ' + date_label(p.date) if p.date else ''}: {p.shown}"
        + (f" ({positions[p.position]})" if p.position < len(positions) else "")
        for p in points
    ) + "."
    return svg_document(uid, WIDTH, y + 4, title, desc, body, "dossier-figures")

