"""Events found by held-out batch 7: a span of days is no happening of its first day, what is
timetabled looks forward ("the next vote is in December", "has asked to meet on Wednesday",
"holds a news conference on Thursday"), and an age set off by commas is no subject of a title.
Invented towns, people, outlets."""

from __future__ import annotations

from build_dossier.dates import find_dates
from build_dossier.extract import extract
from build_dossier.extract.events import event_title
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


# 2031-05-12 is a Monday.

def test_a_span_between_two_days_is_no_event_of_its_first_day():
    a = article("a", "Mara Lenz estimated that the port authority had sold about 2,000 permits between 4 and "
                     "9 May to keep the quay open.", "The port authority raised its fees on Monday.", date="2031-05-12")
    assert [e.date for e in extract([a]).events] == ["2031-05-12"]


def test_a_range_of_days_not_after_between_is_still_read():
    a = article("a", "Floods closed the valley road on 4-5 May, the council said.", date="2031-05-12")
    assert "2031-05-04" in [e.date for e in extract([a]).events]


def test_what_is_timetabled_looks_forward():
    ref = "2031-05-12"
    assert [d.iso for d in find_dates("The fee is set once a year, and the next vote is in December.", ref)] == ["2031-12"]
    assert [d.iso for d in find_dates("The council, which Velmar has asked to meet on Wednesday, said nothing.", ref)] == ["2031-05-14"]
    assert [d.iso for d in find_dates("The mayor holds a news conference on Thursday.", ref)] == ["2031-05-15"]
    # told in the past tense, the same words look back
    assert [d.iso for d in find_dates("The mayor held a news conference on Thursday.", ref)] == ["2031-05-08"]
    assert [d.iso for d in find_dates("The review was in December.", ref)] == ["2030-12"]


def test_an_age_set_off_by_commas_is_no_subject():
    s = "Another resident, Ana Lenz, 56, who lost her dog on Saturday, said the water rose fast."
    assert event_title(s, find_dates(s, "2031-05-12")[0]) == "Ana Lenz lost her dog"
