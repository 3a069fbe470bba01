"""Extract: actors, claims, events and disputes found in the cleaned articles.

One module per kind; `extract` ties them together. Pure functions over model dataclasses.
Only `Article.paragraphs` are read (never the removed boilerplate). Every item records in
`found_by` which rule or signal found it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Article, Claim, Dispute, Event
from .actors import ActorIndex, find_actors
from .claims import find_claims
from .disputes import find_disputes
from .events import find_events
from .figures import find_figures

__all__ = ["ActorIndex", "Extraction", "extract"]


@dataclass
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)


def extract(articles: list[Article]) -> Extraction:
    actors, index = find_actors(articles)
    claims = find_claims(articles, index)
    claims += find_figures(articles, index)
    events = find_events(articles, index, claims)
    disputes = find_disputes(articles, index, claims)
    return Extraction(actors, claims, events, disputes)
