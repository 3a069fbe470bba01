"""Contradiction disputes on small invented stories: 'fake news' against a confirmation, 'within
the law' and rules 'followed to the letter' against a breach, a reply a paragraph away, a
subheading that is no one's statement; and unrelated statements that make no dispute."""

from __future__ import annotations

from build_dossier.extract import extract
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str = "2024-05-06") -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.replace("-", " ").title(), outlet=None,
                   date=date, paragraphs=[Paragraph(p) for p in paragraphs])


def found(articles):
    x = extract(articles)
    return x, {a.id: a.name for a in x.actors}


def worded(x):
    return [d for d in x.disputes if not any("figure" in f for f in d.found_by)]


def test_fake_news_against_a_confirmation():
    x, names = found([
        article("a", "The coast guard said reports of an oil slick spreading along the Varna beaches "
                     "were \"fake news\"."),
        article("b", "The Black Sea Institute confirmed on Thursday that an oil slick had been found "
                     "spreading along the Varna beaches.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    affirm, deny = d.positions
    assert affirm.summary.startswith("Confirms") and deny.summary.startswith("Denies")
    assert "fake news" in deny.summary
    assert d.title.startswith("Is it true that an oil slick") and d.title.endswith("beaches?")


def test_within_the_law_answers_a_breach_a_paragraph_before():
    # the two share no content word; the reply stands in the next paragraph, by another speaker
    x, names = found([article(
        "vote",
        "The mayor of Orsk, Lev Aranov, said the council meeting was moved online at an hour's notice.",
        "Marta Ilic, an opposition councillor, said the late move was a breach of the municipal rules.",
        "Aranov said the decision was \"entirely within the law\".")])
    (d,) = worded(x)
    breach, lawful = d.positions
    assert "breach" in breach.summary and "within the law" in lawful.summary
    assert [names[a] for a in breach.actors] == ["Marta Ilic"]
    assert [names[a] for a in lawful.actors] == ["Lev Aranov"]


def test_rules_followed_to_the_letter_against_breaches_of_the_protocol():
    x, names = found([
        article("inspect", "Food safety inspectors from the Agency for Food Standards described "
                           "\"serious breaches of the cooling protocol\" at the Delmar plant kitchens."),
        article("plant", "\"Every cooling protocol was followed to the letter in our kitchens,\" "
                         "Delmar manager Jonas Wirth said.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    assert {p.summary.split(":")[0] for p in d.positions} == {"A breach of the law", "Lawful"}
    assert any("to the letter" in p.summary for p in d.positions)


def test_a_subheading_is_no_ones_statement():
    x, _ = found([article(
        "vote",
        "Critics: the vote broke the rules",
        "The election board said the vote was held in accordance with the rules.")])
    assert worded(x) == []


def test_opposite_legality_cues_far_apart_on_other_things_make_no_dispute():
    x, _ = found([article(
        "port",
        "Harbour master Ola Berg said the new mooring fee was lawful.",
        "The ferries kept their timetable on Monday.",
        "Fishermen landed more cod than last year.",
        "Ana Ruiz, who leads the anglers' club, said the night ban on angling was a breach of club rules.")])
    assert worded(x) == []
