"""Boilerplate and metadata of held-out batch 7's kinds of copies: a wire copy dated by its
dateline and copyright year, a bracketed time zone, newsletter intros, appeals and controls,
syndication notes, truncated "Most Read" lists, captions with a credit, authors above the
dateline. Small invented articles; each test asserts what the cleaner keeps, drops and reads."""

from __future__ import annotations

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()

LEAD = "The river authority said on Tuesday that the flood barrier at the old harbour had held through the night."
LAST = "Engineers will inspect the barrier again on Thursday, when the water is expected to fall."


def run(text: str, name: str = "seeds/t.txt"):
    return clean(ingest(SourceFile(name, text)), RULES)


def test_a_wire_dateline_without_year_takes_the_copyright_year():
    text = ("Barrier holds as river peaks\n\nBy Jane Roe\n\n"
            f"PORTVALE/EASTON, Oct 25 (Valley Wire) - {LEAD}\n\n{LAST}\n\n(c) Valley Wire 2031. All rights reserved.\n")
    result = run(text)
    assert result.meta.date == "2031-10-25"
    assert result.paragraphs[0].text.startswith("PORTVALE/EASTON, Oct 25 (Valley Wire) - ")


def test_no_year_no_date_and_two_years_no_date():
    text = f"Barrier holds as river peaks\n\nPORTVALE, 25 October - {LEAD}\n\n{LAST}\n"
    assert run(text).meta.date is None
    text2 = text + "(c) 2030 Valley Wire\n\n© 2031 Photo Agency Ltd\n"
    assert run(text2).meta.date is None


def test_a_dateline_with_a_bracketed_time_zone_is_read():
    line = "Published: 9 March 2031, 14:05 (GMT+2) | Updated: 16:10"
    result = run(f"Barrier holds as river peaks\n\n{line}\n\n{LEAD}\n")
    assert result.meta.date == "2031-03-09"
    assert [(r.rule, r.text) for r in result.removed][-1] == ("dateline", line)
    assert [p.text for p in result.paragraphs] == [LEAD]


BATCH7 = [
    ("Share on Facebook | Share on X | Share on KakaoTalk | Email | Print", "social-share"),
    ("Did you find this article useful? 3,107 readers have read this story today.", "read-counter"),
    ("This story is syndicated from Valley Tidings via the RiverNet partner network.", "syndication-note"),
    ("This article first appeared in The Valley Brief.", "syndication-note"),
    ("The Valley Brief is a weekly newsletter on rivers and their towns. This issue went out on Tuesday.", "newsletter-intro"),
    ("The Valley Brief is free for everyone and paid for by readers. If you find it useful, become a supporting member for $5 a month.", "support-appeal"),
    ("Support independent local journalism. Donate to the Valley Post today.", "support-appeal"),
    ("The Valley Letter is free and reader-supported. If you found this useful, forward it to a colleague and become a paying supporter.", "subscription-appeal"),
    ("Share · Reply · Unsubscribe", "social-share"),
    ("Unsubscribe", "newsletter-controls"),
    ("Rescuers carry a sandbag onto the quay on Saturday. Photo by Jane Roe / Valley Post", "caption-with-credit"),
    ("The mayor addresses the council in Portvale. (VP/Jane Roe)", "caption-with-credit"),
]

BATCH7_REAL = [
    "The union asked workers to become a member of the strike committee, its leader said.",
    "The paper is a weekly that covers the valley, its editor said on Monday.",
    "This story is one the mayor has told many times, she said.",
    "Residents were asked to donate to the relief fund, the council said on Tuesday.",
    "He said the photo by the river was taken on Monday.",
    "The council's reply came on Friday, two days after the deadline.",
    "The two alliances (EU/NATO) issued a joint statement on Friday. \"We are united,\" it said.",
]


@pytest.mark.parametrize("line, rule", BATCH7, ids=[r + ":" + l[:24] for l, r in BATCH7])
def test_batch7_boilerplate_is_dropped(line, rule):
    result = run(f"{LEAD}\n{line}\n{LAST}\n")
    assert [(r.rule, r.text) for r in result.removed] == [(rule, line)]
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]


@pytest.mark.parametrize("line", BATCH7_REAL)
def test_batch7_real_sentences_are_kept(line):
    result = run(f"{LEAD}\n{line}\n")
    assert result.removed == []
    assert [p.text for p in result.paragraphs][-1] == line


def test_truncated_headlines_under_most_read_are_dropped():
    items = ["1. Harbour shares slide as shippers extend losses for third str...",
             "2. Storm warning lifted for the islands as front veers toward the co…"]
    result = run(f"{LEAD}\n{LAST}\nMost Read\n" + "\n".join(items) + "\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert [r.text for r in result.removed] == ["Most Read", *items]


def test_authors_above_the_dateline_are_a_byline():
    text = f"Barrier holds as river peaks above the town\n\nJane Roe and John Doe\nMarch 19, 2031 · 14:52\n\n{LEAD}\n"
    result = run(text)
    assert [p.text for p in result.paragraphs] == [LEAD]
    assert ("author-line", "Jane Roe and John Doe") in [(r.rule, r.text) for r in result.removed]
    assert result.meta.date == "2031-03-19"


def test_a_name_line_without_a_dateline_below_is_kept():
    text = f"Barrier holds as river peaks above the town\n\n{LEAD}\nJane Roe and John Doe\n{LAST}\n"
    assert "Jane Roe and John Doe" in [p.text for p in run(text).paragraphs]


def test_the_copyright_owner_spells_out_the_datelines_initials():
    text = (f"Barrier holds as river peaks\n\nPORTVALE, March 19 (VRP) – {LEAD}\n\n{LAST}\n\n"
            "© 2031 Valley River Post. All rights reserved.\n")
    result = run(text)
    assert result.meta.outlet == "Valley River Post"
    assert result.meta.date == "2031-03-19"


def test_the_outlet_of_a_newsletter_is_read_from_its_newsletter_field():
    result = run(f"---\ntitle: Barrier holds\ndate: 2026-03-03\nnewsletter: The Valley Letter\n---\n\n{LEAD}\n", "seeds/t.md")
    assert result.meta.outlet == "The Valley Letter"
    result = run(f"---\ntitle: Barrier holds\ndate: 2026-03-03\nnewsletter: true\n---\n\n{LEAD}\n", "seeds/t.md")
    assert result.meta.outlet is None
