"""Extract: actors, claims, events and disputes found in the cleaned articles.

One module per kind; `extract` ties them together. Pure functions over model dataclasses.
Every item records in `found_by` which rule or signal found it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Article, Claim, Dispute, Event


@dataclass
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)


def extract(articles: list[Article]) -> Extraction:
    """Not implemented yet (issue 3): returns an empty extraction."""
    return Extraction()
