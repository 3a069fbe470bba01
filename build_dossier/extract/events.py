"""Dated events (stub: helper B replaces it)."""

from __future__ import annotations

from ..model import Article, Claim, Event


def find_events(articles: list[Article], index, claims: list[Claim]) -> list[Event]:
    return []
