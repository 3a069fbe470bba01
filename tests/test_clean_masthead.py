"""The top of a copied article as news sites print it, on small invented articles: an outlet name
or section label above the real headline, a dateline with a weekday, a time and a time zone, a
byline that carries the article's only date, and a byline without "By"."""

from __future__ import annotations

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()
BODY = ("LAGOS, May 4 (XNA) - Ferry services across the lagoon were suspended on Monday after a boat "
        "capsized near the jetty, the state waterways authority said.\n"
        "Divers recovered two bodies overnight, a spokesman for the authority told reporters.\n")
HEADLINE = "Ferry services suspended after boat capsizes in Lagos lagoon"


def run(text: str, path: str = "seeds/a.txt"):
    return clean(ingest(SourceFile(path, text)), RULES)


def removed(result) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in result.removed]


@pytest.mark.parametrize("above, rules", [
    (["EXAMPLE NEWSWIRE", "Africa"], ["masthead", "kicker"]),
    (["Gulf Coast Press Agency", "World | Africa"], ["masthead", "kicker"]),
    (["Lagos Evening Herald - English edition"], ["masthead"]),
    (["Nigeria | West Africa"], ["kicker"]),
    (["Deutsche Welle"], ["masthead"]),  # a known outlet
])
def test_an_outlet_or_section_line_above_the_headline_is_not_the_headline(above, rules):
    c = run("\n".join(above) + f"\n\n{HEADLINE}\n\nBy Ada Okafor\n\n{BODY}")
    assert c.meta.title == HEADLINE
    assert removed(c)[: len(above) + 1] == list(zip(rules, above)) + [("headline", HEADLINE)]
    assert c.paragraphs[0].text.startswith("LAGOS, May 4")
    reasons = {r.rule: r.reason for r in c.removed}
    assert reasons.get("masthead", "outlet name above the headline (masthead)") == \
        "outlet name above the headline (masthead)"


def test_a_known_outlet_above_the_headline_gives_the_outlet():
    c = run(f"Deutsche Welle\n{HEADLINE}\n{BODY}")
    assert c.meta.outlet == "Deutsche Welle"


def test_a_short_headline_above_a_longer_deck_stays_the_headline():
    """Only a masthead or a section label gives way to a longer line below it."""
    deck = "Waterways authority says divers recovered two bodies as families wait at the jetty"
    c = run(f"Lagos ferry capsizes\n{deck}\nBy Ada Okafor\n{BODY}")
    assert c.meta.title == "Lagos ferry capsizes"
    assert deck in [p.text for p in c.paragraphs]


def test_a_title_case_headline_with_a_newspaper_word_inside_stays_the_headline():
    deck = "Waterways authority says divers recovered two bodies as families wait at the jetty"
    c = run(f"Ferry Operators Post Record Losses\n{deck}\nBy Ada Okafor\n{BODY}")
    assert c.meta.title == "Ferry Operators Post Record Losses"


def test_a_headline_repeated_in_the_text_wins_over_a_line_above_it():
    c = run(f"Lagos Ferry Services Notes\n{HEADLINE}\nMay 4, 2026 - 09:15\n{HEADLINE}\n{BODY}")
    assert c.meta.title == HEADLINE
    assert removed(c)[:4] == [("masthead", "Lagos Ferry Services Notes"), ("headline", HEADLINE),
                              ("dateline", "May 4, 2026 - 09:15"), ("repeated-headline", HEADLINE)]


def test_an_ordinary_headline_first_is_unchanged():
    c = run(f"{HEADLINE}\nBy Ada Okafor\n{BODY}")
    assert removed(c) == [("headline", HEADLINE), ("byline", "By Ada Okafor")]


@pytest.mark.parametrize("line, iso", [
    ("Friday, May 8, 2026 - 18:40 EAT", "2026-05-08"),
    ("Monday, 4 May 2026, 09:15 WAT", "2026-05-04"),
    ("4 May 2026 09:15 local time", "2026-05-04"),
    ("May 4, 2026 9:14 AM UTC+01:00", "2026-05-04"),
])
def test_a_dateline_with_weekday_time_and_time_zone_dates_the_article(line, iso):
    c = run(f"{HEADLINE}\nBy Ada Okafor\n{line}\n{BODY}")
    assert c.meta.date == iso
    assert ("dateline", line) in removed(c)
    assert all(p.text != line for p in c.paragraphs)


def test_the_date_of_a_removed_byline_is_the_articles_date():
    c = run(f"{HEADLINE}\nBy Ada Okafor | 4 May 2026, 21:15\n{BODY}")
    assert c.meta.date == "2026-05-04"
    assert ("byline", "By Ada Okafor | 4 May 2026, 21:15") in removed(c)


def test_a_dateline_after_a_byline_with_its_own_date_keeps_the_first():
    c = run(f"{HEADLINE}\nBy Ada Okafor | 4 May 2026\nUpdated: 5 May 2026, 08:00\n{BODY}")
    assert c.meta.date == "2026-05-04"


def test_a_byline_naming_two_days_gives_no_date():
    c = run(f"{HEADLINE}\nBy Ada Okafor, 4 May 2026 and 5 May 2026\n{BODY}")
    assert c.meta.date is None


def test_a_byline_without_by_is_removed_and_dates_the_article():
    text = ("---\ntitle: Ferry services suspended\nauthor: Ada Okafor\n---\n\n# Ferry services suspended\n\n"
            "*Ada Okafor | 4 May 2026 | The Lagoon Desk — independent reporting from Lagos*\n\n"
            "Ferry services across the lagoon were suspended on Monday, the authority said.\n")
    c = run(text, "seeds/a.md")
    assert c.meta.date == "2026-05-04"
    assert ("author-line", "Ada Okafor | 4 May 2026 | The Lagoon Desk — independent reporting from Lagos") in removed(c)
    assert [p.text for p in c.paragraphs] == ["Ferry services across the lagoon were suspended on Monday, the authority said."]


def test_a_name_and_place_then_a_date_is_a_byline():
    c = run(f"{HEADLINE}\nAda Okafor, Lagos — Friday 8 May 2026\n{BODY}")
    assert c.meta.date == "2026-05-08"
    assert ("author-line", "Ada Okafor, Lagos — Friday 8 May 2026") in removed(c)


@pytest.mark.parametrize("line", [
    "Ada Okafor said on 4 May 2026 that the ferries would run again.",
    "Lagos State Waterways Authority | annual report",
    "The jetty | 4 May 2026 | a photo essay of the lagoon at dawn and the crowds at the ferry terminal "
    "waiting for news of the missing passengers, who had boarded the boat before dawn on Monday",
])
def test_lines_that_are_not_bylines_are_kept(line):
    c = run(f"{HEADLINE}\n{BODY}{line}\n")
    assert c.paragraphs[-1].text == line


def test_a_place_and_weekday_leading_the_first_paragraph_is_removed_and_the_paragraph_kept():
    text = ("---\ntitle: Ferry services suspended\n---\n\n# Ferry services suspended\n\n"
            "**Port Harcourt, Tuesday** — Ferry services were suspended, the authority said.\n\n"
            "Lagos, Monday — a second line that is not the first paragraph stays as it is.\n")
    c = run(text, "seeds/a.md")
    assert [p.text for p in c.paragraphs] == [
        "Ferry services were suspended, the authority said.",
        "Lagos, Monday — a second line that is not the first paragraph stays as it is."]
    assert ("dateline-lead", "Port Harcourt, Tuesday —") in removed(c)


@pytest.mark.parametrize("first", [
    "NAIROBI, May 4 (XNA) - Ferry services were suspended, the authority said.",
    "Officials in Lagos, Tuesday — the day of the vote — said the count would resume.",
])
def test_other_leads_are_left_alone(first):
    c = run(f"{HEADLINE}\n{first}\n")
    assert c.paragraphs[0].text == first


@pytest.mark.parametrize("above, outlet", [
    ("LAGOS EVENING NEWS", "Lagos Evening News"),
    ("ABC NEWS ONLINE", "ABC News Online"),
    ("Lagos Evening Herald - English edition", "Lagos Evening Herald"),
])
def test_an_unknown_outlet_above_the_headline_gives_the_outlet(above, outlet):
    c = run(f"{above}\n\n{HEADLINE}\n\nBy Ada Okafor\n\n{BODY}")
    assert c.meta.outlet == outlet


def test_a_wire_dateline_names_its_agency():
    # BODY opens "LAGOS, May 4 (XNA) - ...": the agency of the wire copy is its outlet
    assert run(f"{HEADLINE}\n\n{BODY}").meta.outlet == "XNA"
    assert run(f"{HEADLINE}\n\n" + BODY.replace("(XNA) ", "")).meta.outlet is None
