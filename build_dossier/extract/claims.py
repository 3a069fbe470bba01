"""Attributed claims (stub, being written)."""

from __future__ import annotations

from ..model import Article, Claim


def find_claims(articles: list[Article], index) -> list[Claim]:
    return []


def speaker(article: Article, paragraph_index: int, sentence, index) -> str | None:
    return None
