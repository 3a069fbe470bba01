"""Figures written in other forms (words, lakh and crore, hyphens), page furniture that is no
figure, and one figure read differently in several articles. Small invented articles."""

from __future__ import annotations

import pytest

from build_dossier.extract import extract
from build_dossier.extract.figures import read_figures
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str | None = "2031-03-12") -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=None, date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def figures(text: str) -> list[tuple]:
    return [(r.figure.kind, r.figure.value, r.figure.unit) for r in read_figures(text, "2031-03-12")]


def figure_claims(*articles: Article) -> list:
    return [c for c in extract(list(articles)).claims if c.kind == "figure"]


@pytest.mark.parametrize("text", [
    "2,314 reads",
    "5 comments",
    "1,284 people have read this story",
    "This article has been read 14,382 times.",
    "Listen to this article | 5 min read",
    "The blaze is burning about 15 kilometres from the area scorched two years ago.",
    "Rangers found the camp about 1.5 km (one mile) from the origin area.",
    "The village lies 30 miles north of the capital.",
])
def test_page_counters_and_distances_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The protest drew 5,000 comments online.", ("count", 5000, "comments online")),
    ("The new road is 15 kilometres long.", ("count", 15, "kilometres long")),
])
def test_the_same_words_in_a_sentence_are_figures(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The union wants Rs 1 crore for every family that lost a child.", ("money", 10000000, "INR/family")),
    ("They are seeking Rs. 1 crore for each bereaved family.", ("money", 10000000, "INR/family")),
    ("Two crore rupees divided among all of us is an insult.", ("money", 20000000, "INR")),
    ("The board announced a ₹2 crore fund.", ("money", 20000000, "INR fund")),
    ("The state offered Rs 5 lakh per family.", ("money", 500000, "INR/family")),
    ("She demanded a $75-million compensation fund.", ("money", 75000000, "USD fund")),
    ("Fourteen of our children are dead.", ("count", 14, "killed")),
    ("Thirty people were injured.", ("count", 30, "injured")),
])
def test_numbers_in_words_lakh_crore_and_hyphens(text, expected):
    assert figures(text) == [expected]
