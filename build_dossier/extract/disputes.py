"""Disputes (stub: helper B replaces it)."""

from __future__ import annotations

from ..model import Article, Claim, Dispute


def find_disputes(articles: list[Article], index, claims: list[Claim]) -> list[Dispute]:
    return []
