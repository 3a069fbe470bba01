"""Actors (stub, being written): people, organisations, countries named in the articles."""

from __future__ import annotations

from ..model import Actor, Article


class ActorIndex:
    def __init__(self, actors: list[Actor] | None = None):
        self._actors = {a.id: a for a in actors or []}

    def mentions_in(self, text: str) -> list[tuple[int, int, str]]:
        return []

    def resolve(self, name: str) -> str | None:
        return None

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]


def find_actors(articles: list[Article]) -> tuple[list[Actor], ActorIndex]:
    return [], ActorIndex()
