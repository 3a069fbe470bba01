"""Unit tests of the cleaner's structural rules and of boilerplate seen on other news sites."""

from __future__ import annotations

from collections import Counter

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()


def run(text: str, rules=RULES):
    return clean(ingest(SourceFile("seeds/t.txt", text)), rules)


def test_two_post_signatures_in_a_row_lose_nothing():
    """Found by the property test: the second signature line used to vanish."""
    sig = "— Jane Doe (@janedoe) October 28, 2024"
    result = run(f"First sentence of the story is here.\n{sig}\n{sig}\n")
    texts = [p.text for p in result.paragraphs] + [r.text for r in result.removed]
    assert Counter(" ".join(texts).split()) == Counter(f"First sentence of the story is here. {sig} {sig}".split())
    assert [p.kind for p in result.paragraphs] == ["quote", "quote"]
