"""Sentence ends: an abbreviation before a name (data/sentences.yaml) ends no sentence."""

from __future__ import annotations

import pytest

from build_dossier.extract import extract
from build_dossier.extract.text import sentences
from build_dossier.model import Article, Paragraph


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize("text", [
    "The commission declared Hon. Amos Phiri the winner of the seat.",
    "Det. Insp. Carla Moyo said the two men were released.",
    "Atty. Ramon Velasco filed the petition on behalf of the families.",
    "The chamber heard Rt. Hon. Tessa Vane on the motion.",
    "Cllr. Ben Okafor called the decision a disgrace.",
    "The boat was full, said Ma. Teresa Lim, a vendor from Daro.",
])
def test_a_title_s_abbreviation_ends_no_sentence(text):
    assert split(text) == [text]


def test_a_real_sentence_end_after_an_ordinary_word_still_ends_it():
    text = "The count was delayed. Hon. Phiri said he would wait. Observers agreed."
    assert split(text) == ["The count was delayed.", "Hon. Phiri said he would wait.", "Observers agreed."]


def test_the_claim_quotes_the_whole_sentence_not_its_part_before_the_title():
    art = Article(id="vote", path="seeds/vote.txt", title="Vote", outlet="Lake Daily", date="2026-03-10",
                  paragraphs=[Paragraph("The electoral commission declared Hon. Amos Phiri the winner, "
                                        "commission chair Ruth Banda said on Monday.")])
    dossier = extract([art])
    quotes = [ref.quote for c in dossier.claims for ref in c.sources]
    assert quotes and all(q != "The electoral commission declared Hon." for q in quotes)
    assert any("Amos Phiri the winner" in q for q in quotes)
    assert not any(a.name == "Hon" for a in dossier.actors)
