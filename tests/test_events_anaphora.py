"""Events dated by the day the text has just named ("on the same day", "the next day") and dates
that are a person's background ("born in 2005"). Invented towns, people, outlets."""

from __future__ import annotations

from build_dossier.dates import find_anaphoric_dates
from build_dossier.extract import extract
from build_dossier.model import Article, Paragraph


def article(*paragraphs: str, date: str = "2031-05-14") -> Article:  # a Wednesday
    return Article(id="a", path="seeds/a.txt", title="A", outlet="Velmar Daily", date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def dated(*paragraphs: str) -> dict[str, str]:
    return {e.title: e.date for e in extract([article(*paragraphs)]).events}


def test_the_same_day_and_the_next_day_count_from_the_day_just_named():
    events = dated(
        "At a briefing in Velmar last Friday, opposition leader Tomas Brenner alleged that ballot boxes were swapped.",
        "Commission chair Ilse Varga dismissed the allegation on the same day.",
        "Police detained 14 protesters the next day, a spokesman said.",
    )
    assert events["Opposition leader Tomas Brenner alleged that ballot boxes were swapped"] == "2031-05-09"
    assert events["Commission chair Ilse Varga dismissed the allegation"] == "2031-05-09"
    assert events["Police detained 14 protesters"] == "2031-05-10"


def test_no_day_named_just_before_no_date():
    events = dated(
        "Opposition leader Tomas Brenner spoke at a rally last Friday.",
        "The count went on for weeks.",
        "The crowd was larger than expected.",
        "Commission chair Ilse Varga dismissed the allegation on the same day.",  # two paragraphs on
    )
    assert not any("Varga" in t for t in events)


def test_the_same_day_as_a_named_happening_is_not_read():
    assert find_anaphoric_dates("It opened on the same day as the fair.", "2031-05-09") == []
    found = find_anaphoric_dates("Two days later, the bridge reopened.", "2031-05-09")
    assert [(f.text, f.iso) for f in found] == [("Two days later", "2031-05-11")]


def test_a_birth_date_is_no_event_a_founding_is():
    events = dated(
        "One of the men, born in 2005, had served in the army since 2021, officials said.",
        "The plant, founded in 1987, was fined in March 2029.",
    )
    assert "2005" not in events.values()
    assert "1987" in events.values()
    assert "2029-03" in events.values()
