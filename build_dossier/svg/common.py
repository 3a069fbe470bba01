"""Plain-Python SVG: escaped text, accessible wrappers, wrapping and date labels.

Pictures are static markup made at build time (no JavaScript, no CDN). They are drawn with CSS
classes that build_dossier/assets/dossier.css maps to Material's colour variables, so one file
reads in the light and the dark scheme; presentation attributes are the fallback without CSS.
"""

from __future__ import annotations

import re
import textwrap

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def esc(text: object) -> str:
    """Text or attribute value for XML: every label from an article goes through here."""
    s = str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace('"', "&quot;").replace("'", "&#39;")
    # Raw HTML blocks end at a blank line (Markdown reads "\r" as a line end too), and XML 1.0
    # forbids the other control characters.
    s = re.sub(r"[\r\n\t\u2028\u2029\x85]", " ", s)
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", s)


def num(x: float) -> str:
    """A coordinate with at most one decimal, stable across platforms."""
    r = round(x, 1)
    return str(int(r)) if r == int(r) else f"{r:.1f}"


def wrap(text: str, width: int, max_lines: int = 3) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), width=max(8, width), break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(1, width - 1)].rstrip() + "…"
    return lines


def text_block(x: float, y: float, lines: list[str], cls: str, line_height: float,
               anchor: str = "start") -> str:
    """A <text> of one or more lines (tspans), first baseline at y."""
    if len(lines) == 1:
        return f'<text x="{num(x)}" y="{num(y)}" class="{cls}" text-anchor="{anchor}">{esc(lines[0])}</text>'
    spans = "".join(
        f'<tspan x="{num(x)}" dy="{num(0 if i == 0 else line_height)}">{esc(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text x="{num(x)}" y="{num(y)}" class="{cls}" text-anchor="{anchor}">{spans}</text>'


def svg_document(uid: str, width: float, height: float, title: str, desc: str, body: list[str],
                 cls: str) -> str:
    """An inline, accessible SVG: role=img, <title> and <desc> named by aria-labelledby.

    One line per element and no blank line, so Python-Markdown keeps it as one raw HTML block.
    """
    uid = re.sub(r"[^A-Za-z0-9_-]", "-", uid)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dossier-svg {cls}" '
        f'viewBox="0 0 {num(width)} {num(height)}" width="{num(width)}" height="{num(height)}" '
        f'style="max-width: {num(width)}px" role="img" aria-labelledby="{uid}-title {uid}-desc" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif">'
    )
    return "\n".join([
        head,
        f'<title id="{uid}-title">{esc(title)}</title>',
        f'<desc id="{uid}-desc">{esc(desc)}</desc>',
        *body,
        "</svg>",
    ])


def figure_html(svg: str, caption: str, cls: str) -> str:
    """The picture as a raw HTML block for a Markdown page (blank lines around it)."""
    return f'\n<figure class="dossier-figure {cls}">\n{svg}\n<figcaption>{esc(caption)}</figcaption>\n</figure>\n'


def parse_date(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of YYYY, YYYY-MM or YYYY-MM-DD; 0 for a missing part."""
    m = _DATE.match(value or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)


def date_label(value: str | None, with_year: bool = True) -> str:
    """'28 Oct 2024', 'Oct 2024' or '2024' (the precision the source gave); without the year
    '28 Oct' or 'Oct' (a year alone stays '2024')."""
    p = parse_date(value)
    if p is None:
        return value or "undated"
    y, m, d = p
    if not 1 <= m <= 12:
        return str(y)
    if d:
        return f"{d} {MONTHS[m - 1]} {y}" if with_year else f"{d} {MONTHS[m - 1]}"
    # Without the year (under a month heading that gives it) a month alone fits the timeline's date
    # column: "May 2026" was cut at the page's left edge.
    return f"{MONTHS[m - 1]} {y}" if with_year else MONTHS[m - 1]


def month_label(value: str | None) -> str:
    p = parse_date(value)
    if p is None:
        return "Undated"
    y, m, _ = p
    return f"{MONTHS_LONG[m - 1]} {y}" if 1 <= m <= 12 else str(y)


def text_width(text: str, size: float) -> float:
    """A rough width for layout (no font metrics at build time)."""
    return len(text) * size * 0.56
