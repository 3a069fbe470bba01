"""Claims of batch 7's causes: one statement reported by several articles under different voices
(an official and their country, a person and the body in their name), attributed sentences whose
subject is followed by a bracket, and lines that are no claims."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.extract.claims import find_claims
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=None, date=None,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def claims_of(articles):
    _, index = find_actors(articles)
    return find_claims(articles, index), index


def joined(claims, *aids):
    return [c for c in claims if {s.article for s in c.sources} >= set(aids)]


def show(claims):
    return [(c.actor, c.found_by, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_an_official_named_with_their_country_speaks_for_it():
    arts = [
        article("one", "The envoys met behind closed doors on Tuesday.",
                "Chile's ambassador, Rodrigo Ossandon, rejected the accusations and said Santiago's naval "
                "cooperation with Peru complied with maritime law and was not aimed at third countries."),
        article("two", "Chile maintains that its naval cooperation with Peru complies with maritime law and is "
                       "not aimed at any third country."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_a_headline_line_without_a_final_stop_is_no_claim():
    arts = [article("one", "Navy masses ships off the coast, officials say",
                    "The navy moved four frigates to the bay on Monday, officials said.")]
    claims, _ = claims_of(arts)
    assert [s.paragraph for c in claims for s in c.sources] == [1], show(claims)


def test_an_adverbial_clause_with_its_verb_alone_says_nothing():
    arts = [article("one", "While the board deliberated, the Chilean foreign minister was in Lima.")]
    claims, _ = claims_of(arts)
    assert claims == [], show(claims)


def test_a_membership_appeal_is_no_figure():
    from build_dossier.extract.figures import find_figures
    arts = [article("one", "Enjoyed this piece? Become a paying member for €4 a month.",
                    "The port authority said 4,200 containers were stuck at the quay.")]
    _, index = find_actors(arts)
    figures = find_figures(arts, index)
    assert [s.paragraph for c in figures for s in c.sources] == [1], show(figures)


def test_a_bracketed_expansion_before_the_verb_is_not_the_speaker():
    arts = [article("one", "Marta Quispe, a hydrologist at SENAMHI (National Service of Meteorology, Climate and Hydrology), "
                           "said the river rose two metres overnight.")]
    claims, index = claims_of(arts)
    assert [c.actor for c in claims if c.kind != "figure"] == [index.resolve("Marta Quispe")], show(claims)


def test_a_spokeswoman_speaks_for_the_body_that_spoke_before_her_in_the_paragraph():
    arts = [
        article("one", "The Harbour Council said the pumps failed twice. The Harbour Council blamed the Harbour "
                       "Council's own contractor, the Harbour Council said later.",
                "The Valley Water Board rejected that suggestion on Monday. “There is no evidence that "
                "board pumps played any part in the flooding,” spokeswoman Ines Marrow said."),
        article("two", "The Valley Water Board said there was “no evidence” its pumps played a part."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_an_exchange_rate_is_one_figure_across_articles():
    from build_dossier.extract.figures import find_figures
    arts = [article("one", "The forint fell to a record low of 412.5 per euro on Monday."),
            article("two", "The slide took the forint to 412.5 per euro, its weakest ever.")]
    _, index = find_actors(arts)
    figures = find_figures(arts, index)
    rate = [c for c in figures if c.figure.unit == "HUF/EUR" and c.figure.value == 412.5]
    assert rate and {s.article for s in rate[0].sources} == {"one", "two"}, show(figures)


def test_an_undated_rate_joins_the_same_rate_dated_elsewhere():
    from build_dossier.extract.figures import find_figures
    arts = [Article(id="one", path="seeds/one.txt", title="One", outlet=None, date="2026-06-10",
                    paragraphs=[Paragraph("The statistics office said annual inflation was 12.4% in May.")]),
            Article(id="two", path="seeds/two.txt", title="Two", outlet=None, date="2026-06-12",
                    paragraphs=[Paragraph("The statistics office said last week that annual inflation had eased "
                                          "to 12.4 percent.")])]
    _, index = find_actors(arts)
    figures = [c for c in find_figures(arts, index) if c.figure.value == 12.4]
    assert len(figures) == 1 and {s.article for s in figures[0].sources} == {"one", "two"}, show(figures)
