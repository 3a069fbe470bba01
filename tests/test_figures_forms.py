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
    ("The district says about 7,400 residents remain under evacuation order.", ("count", 7400, "people")),
])
def test_the_same_words_in_a_sentence_are_figures(text, expected):
    assert figures(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The union wants Rs 1 crore for every family that lost a child.", ("money", 10000000, "INR/family")),
    ("They are seeking Rs. 1 crore for each bereaved family.", ("money", 10000000, "INR/family")),
    ("Two crore rupees divided among all of us is an insult.", ("money", 20000000, "INR")),
    ("The board announced a ₹2 crore fund.", ("money", 20000000, "INR")),
    ("The state offered Rs 5 lakh per family.", ("money", 500000, "INR/family")),
    ("She demanded a $75-million compensation fund.", ("money", 75000000, "USD")),
    ("Fourteen of our children are dead.", ("count", 14, "killed")),
    ("Thirty people were injured.", ("count", 30, "injured")),
])
def test_numbers_in_words_lakh_crore_and_hyphens(text, expected):
    assert figures(text) == [expected]


def test_one_percentage_told_with_fewer_words_is_one_claim():
    claims = figure_claims(
        article("a", "The state laboratory found 48.6% diethylene glycol in the batch, officials said."),
        article("b", "The state laboratory had found 48.6% in the same batch."),
        article("c", "Inspectors found diethylene glycol, a toxic solvent, at 48.6% in the samples."),
        article("d", "The maker says its own test showed glycol at 0.06%, against the regulator's claim of 48.6%."),
    )
    deg = [c for c in claims if c.figure.value == 48.6]
    assert [(c.figure.unit, sorted(s.article for s in c.sources)) for c in deg] == \
        [("% diethylene glycol", ["a", "b", "c", "d"])]


def test_one_sum_told_per_family_and_by_its_name_is_one_claim():
    claims = figure_claims(
        article("a", "The government announced an ex gratia of Rs 5 lakh for each family that lost a child."),
        article("b", "Parents called the state's Rs 5 lakh ex gratia an insult."),
    )
    assert [(c.figure.unit, sorted(s.article for s in c.sources)) for c in claims] == [("INR/family", ["a", "b"])]


def test_a_bare_sum_beside_two_different_sums_of_its_value_stays_apart():
    claims = figure_claims(
        article("a", "The ministry pledged €5 million for each town hit by the flood."),
        article("b", "The strike costs the port €5 million a day, the operators said."),
        article("c", "The council set aside €5 million."),
    )
    assert sorted(c.figure.unit for c in claims) == ["EUR", "EUR/day", "EUR/town"]


def test_of_them_and_a_bare_value_after_says_count_what_was_told_before():
    claims = figure_claims(
        article("a", "The clinic has treated 31 children, and 11 of them have died."),
        article("b", "The state still counts nine deaths. The clinic, which treated most of the children, says 11."),
        article("c", "Officials said 11 children had died."),
    )
    eleven = [c for c in claims if c.figure.value == 11]
    assert [(c.figure.unit, sorted(s.article for s in c.sources)) for c in eleven] == [("killed", ["a", "b", "c"])]


def test_houses_and_homes_are_one_count():
    claims = figure_claims(article("a", "The chief said 19 houses in her community burned."),
                           article("b", "The band says a further 19 homes burned on its reserve."))
    assert [(c.figure.unit, len(c.sources)) for c in claims] == [("homes", 2)]


def test_a_place_named_before_a_count_or_a_map_that_shows_it_does_not_own_it():
    claims = figure_claims(
        article("a", "The Harwick Lake fire in Norland's Vestmark district destroyed 112 homes, officials said."),
        article("b", "The Vestmark Regional Council says 112 homes were destroyed."),
        article("c", "The Vestmark Regional Council's emergency map, refreshed late Wednesday, shows 7,100 hectares."),
        article("d", "The council's own mapping still puts it at 7,100 hectares, officials said."),
    )
    got = {c.figure.value: (c.figure.about, sorted(s.article for s in c.sources)) for c in claims}
    assert got[112] == (None, ["a", "b"])
    assert got[7100] == (None, ["c", "d"])


@pytest.mark.parametrize("text, value, giver", [
    ("The National Testing Laboratory in Varna, the referee laboratory Orvex Pharma itself had asked for, "
     "reported 44.1% glycol in the batch.", 44.1, "national-testing-laboratory"),
    ("The Ministry of Health's own map still puts the fire at 7,100 hectares, and the rangers say 6,000.", 7100,
     "ministry-of-health"),
    ("And analysts at Kestrel Analytics, a firm that reads satellite images for insurers, estimate that "
     "7,900 hectares have burned.", 7900, "kestrel-analytics"),
])
def test_the_giver_is_the_subject_of_the_verb_not_the_nearest_name(text, value, giver):
    claims = [c for c in figure_claims(article("a", "Officials spoke on Monday.", text)) if c.figure.value == value]
    assert [c.actor for c in claims] == [giver]


def test_one_givers_figure_rounded_in_another_article_is_one_claim():
    claims = figure_claims(
        article("a", "Analysts at Kestrel Analytics estimate that 7,900 hectares have burned."),
        article("b", "Kestrel Analytics, a private firm, has put the burned area at close to 8,000 hectares."),
    )
    got = sorted((c.figure.value, c.actor, sorted(s.article for s in c.sources)) for c in claims)
    assert got == [(7900, "kestrel-analytics", ["a", "b"])]


def test_a_round_figure_cited_by_several_articles_stays_apart():
    claims = figure_claims(
        article("a", "Analysts at Kestrel Analytics estimate that 7,900 hectares have burned."),
        article("b", "Kestrel Analytics, a private firm, has put the burned area at close to 8,000 hectares."),
        article("c", "The rangers said about 8,000 hectares had burned."),
    )
    assert sorted(c.figure.value for c in claims) == [7900, 8000]


def test_members_of_its_embassy_are_its_embassy_staff():
    claims = figure_claims(
        article("a", "Portugal's foreign ministry said that five members of its embassy in Rabat had been ordered out."),
        article("b", "Portugal says five of its embassy staff were expelled."),
    )
    assert [(c.figure.unit, c.figure.about, len(c.sources)) for c in claims] == [("diplomats", "portugal", 2)]


def test_a_time_followed_by_its_day_does_not_end_the_sentence():
    from build_dossier.extract.text import sentences
    text = ("It acknowledged a fault at 5:12 p.m. Friday, 28 minutes before the fire was reported. "
            "The fire was reported at 5:40 p.m. The co-op said nothing more.")
    assert [text[s:e] for s, e in sentences(text)] == [
        "It acknowledged a fault at 5:12 p.m. Friday, 28 minutes before the fire was reported.",
        "The fire was reported at 5:40 p.m.", "The co-op said nothing more."]


def test_a_promotion_for_another_story_has_no_figure():
    assert figures("Also on The Valley Ledger: civic body to add 40 paediatric beds at the city hospital") == []


def test_diplomats_are_counted_and_a_bare_re_estimate_takes_the_count_about_its_giver():
    claims = figure_claims(
        article("a", "Portugal said five of its embassy staff were expelled and sent home five Spanish diplomats "
                     "in return."),
        article("b", "The totals remain contested: Portugal's puts the figure at five."),
    )
    got = sorted((c.figure.unit, c.figure.about, sorted(s.article for s in c.sources)) for c in claims)
    assert got == [("diplomats", "portugal", ["a", "b"]), ("diplomats", "spain", ["a"])]


def test_a_name_that_begins_the_subject_gives_the_figure_not_a_lawyer_named_nearby():
    claims = figure_claims(article(
        "a", "Advocate John Merrick, for the parents, told reporters the count was wrong.",
        "Hospitals in Kerala are full, officials in Kerala said.",
        "The Kerala public health department, in its bulletin on Wednesday night, said nine children had died."))
    assert [(c.figure.value, c.actor) for c in claims] == [(9, "kerala-public-health-department")]


def test_a_re_estimate_naming_whom_it_counts_and_a_word_number_closing_a_report():
    claims = figure_claims(
        article("a", "The agency reported on Thursday that four Algerian embassy staff had been asked to leave."),
        article("b", "Algeria says five of its embassy staff were expelled. The agency had put the number of "
                     "Algerians expelled at four."),
        article("c", "Algeria says five of its embassy staff were expelled, and the agency reported four."),
    )
    four = [(c.figure.unit, c.figure.about, sorted(s.article for s in c.sources)) for c in claims if c.figure.value == 4]
    assert four == [("diplomats", "algeria", ["a", "b", "c"])]
