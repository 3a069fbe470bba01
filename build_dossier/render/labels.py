"""Short human labels shared by the index, home and reference pages."""

from __future__ import annotations

from ..model import Article
from ..svg.common import date_label


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def article_label(a: Article) -> str:
    """'Outlet, 28 Oct 2024' or the title when the outlet is unknown."""
    if a.outlet:
        return f"{a.outlet}, {date_label(a.date)}" if a.date else a.outlet
    return a.title
