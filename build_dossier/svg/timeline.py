"""A vertical timeline of events: month headings, a date per event, the event's title wrapped.

Vertical because it must read on a 390px phone as well as on a desk: rows grow downwards and
labels never have to squeeze into a horizontal axis.
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import date_label, month_label, num, svg_document, text_block, wrap

WIDTH = 400  # drawn 1:1 on a desk, barely shrunk on a 390px phone
DATE_X = 62  # right edge of the date column ("28 Oct")
LINE_X = 76
LABEL_X = 92
FONT = 14
LINE_HEIGHT = 18


@dataclass(frozen=True)
class TimelineItem:
    date: str  # YYYY | YYYY-MM | YYYY-MM-DD
    label: str


def timeline_svg(items: list[TimelineItem], uid: str, title: str = "Timeline of events") -> str:
    items = sorted(items, key=lambda i: (i.date, i.label))
    body: list[str] = []
    y = 8.0
    month = None
    chars = int((WIDTH - LABEL_X - 8) / (FONT * 0.56))
    rows: list[tuple[float, float]] = []
    for item in items:
        m = month_label(item.date)
        if m != month:
            month = m
            y += 22
            body.append(text_block(LABEL_X, y, [m], "dossier-svg-heading", LINE_HEIGHT))
            y += 10
        lines = wrap(item.label, chars, max_lines=3)
        top = y + 18
        body.append(f'<circle cx="{LINE_X}" cy="{num(top - 5)}" r="5" class="dossier-svg-dot" fill="currentColor"/>')
        body.append(text_block(DATE_X, top, [date_label(item.date, with_year=False)], "dossier-svg-muted",
                               LINE_HEIGHT, anchor="end"))
        body.append(text_block(LABEL_X, top, lines, "dossier-svg-label", LINE_HEIGHT))
        rows.append((top - 5, top - 5))
        y = top + (len(lines) - 1) * LINE_HEIGHT + 8
    height = y + 12
    if rows:
        line = (f'<line x1="{LINE_X}" y1="{num(rows[0][0])}" x2="{LINE_X}" y2="{num(rows[-1][0])}" '
                f'class="dossier-svg-axis" stroke="currentColor" stroke-width="2"/>')
        body.insert(0, line)
    span = f"from {date_label(items[0].date)} to {date_label(items[-1].date)}" if items else "no dated events"
    desc = f"{len(items)} event{'' if len(items) == 1 else 's'} {span}: " + "; ".join(
        f"{date_label(i.date)}: {i.label}" for i in items[:50]
    ) + ("; …" if len(items) > 50 else ".")
    return svg_document(uid, WIDTH, height, title, desc, body, "dossier-timeline")
