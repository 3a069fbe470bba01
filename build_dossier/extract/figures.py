"""Figures and what they count (stub: helper B replaces it)."""

from __future__ import annotations

from ..model import Article, Claim


def find_figures(articles: list[Article], index) -> list[Claim]:
    return []
