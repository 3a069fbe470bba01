"""Boilerplate and metadata of held-out batch 8's kinds of copies: a live read counter, a
"Related:" link whose headline asks a question, subscription appeals with a price, a
newsletter's issue line and sign-off, a section path above the headline, bulleted lists in
Markdown, an outlet's edition in a byline and a tagline in front matter. Small invented
articles; each test asserts what the cleaner keeps, drops (with its reason) and reads."""

from __future__ import annotations

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()

HEAD = "Barrier holds as river peaks over the old harbour"
LEAD = "The river authority said on Tuesday that the flood barrier at the old harbour had held through the night."
LAST = "Engineers will inspect the barrier again on Thursday, when the water is expected to fall."


def run(text: str, name: str = "seeds/t.txt"):
    return clean(ingest(SourceFile(name, text)), RULES)


def dropped(result) -> dict[str, str]:
    return {r.text: r.rule for r in result.removed}


@pytest.mark.parametrize("line", [
    "1,482 people are reading this now",
    "312 readers are viewing this story right now.",
])
def test_a_live_read_counter_is_dropped_and_recorded(line):
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{LAST}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)[line] == "read-counter"


def test_people_reading_in_a_sentence_are_kept():
    line = "About 1,400 people are reading the new rules at the town library, the mayor said."
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


@pytest.mark.parametrize("line", [
    "Related: Who is Dr Jane Roe? The engineer taking on the river authority",
    "Read more: Will the barrier hold? What the engineers say",
])
def test_a_related_link_whose_headline_asks_a_question_is_dropped(line):
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{LAST}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)[line] == "related-link"


def test_a_paragraph_with_a_colon_and_two_questions_is_kept():
    line = "The question for the council: who pays for the repairs? And who decides when they start?"
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


@pytest.mark.parametrize("line", [
    "The Valley Post relies on readers like you. Subscribe for R$ 9,90 a month.",
    "Did you find this article useful? Support independent journalism in the valley - subscribe to the Valley Post for MK2,500 a month.",
    "The River Letter is free for engineers. If a colleague forwarded this, subscribe here. Reply to this email to send us tips.",
])
def test_subscription_appeals_with_a_price_or_readers_like_you_are_dropped(line):
    result = run(f"{HEAD}\n\n{LEAD}\n\n{LAST}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)[line] == "subscription-appeal"


def test_news_about_subscription_prices_is_kept():
    line = ("Customers who subscribe to the new water plan for $12 a month will pay less, the authority said, "
            "and readers like you can compare the tariffs online.")
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


@pytest.mark.parametrize("line", [
    "*River Safety Weekly, issue 212. A newsletter on flood defences in the valley.*",
    "The Valley Letter · No. 48",
])
def test_a_newsletter_issue_line_is_dropped(line):
    text = f"---\ntitle: \"{HEAD}\"\ndate: 2031-03-10\n---\n\n# {HEAD}\n\n{line}\n\n{LEAD}\n\n{LAST}\n"
    result = run(text, "seeds/t.md")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert "newsletter-intro" in dropped(result).values()


def test_an_issue_number_in_a_sentence_is_kept():
    line = "The Valley Post, in issue 212 of its weekly supplement, first reported the cracks in March."
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


@pytest.mark.parametrize("byline, outlet", [
    ("By Jane Roe, Portvale | Folha Ribeirinha – English Edition", "Folha Ribeirinha"),
    ("By Jane Roe | Valley Times - International edition", "Valley Times"),
])
def test_the_outlet_of_a_byline_is_the_name_before_its_edition(byline, outlet):
    result = run(f"{HEAD}\n\n{byline}\n\n{LEAD}\n\n{LAST}\n")
    assert result.meta.outlet == outlet
    assert dropped(result)[byline] == "byline"


def test_an_edition_alone_after_a_place_names_no_outlet():
    byline = "By Jane Roe, Portvale | English Edition"
    result = run(f"{HEAD}\n\n{byline}\n\n{LEAD}\n")
    assert result.meta.outlet is None


@pytest.mark.parametrize("field, outlet", [
    ("\"Valley Lions – the supporters' newsletter\"", "Valley Lions"),
    ("\"Valley Post - news for the valley since 1901\"", "Valley Post"),
    ("\"Valley Post - English Edition\"", "Valley Post - English Edition"),
    ("Valley Post", "Valley Post"),
])
def test_a_front_matter_outlet_loses_its_tagline(field, outlet):
    text = f"---\ntitle: \"{HEAD}\"\ndate: 2031-03-10\noutlet: {field}\n---\n\n{LEAD}\n"
    assert run(text, "seeds/t.md").meta.outlet == outlet


def test_a_section_path_under_the_masthead_is_no_headline():
    text = (f"Valley Ridge Observer\nNews | Business | Energy & Industry\n\n{HEAD}\n\n{HEAD}\n\n"
            f"Published: Tuesday, 17 March 2031, 09:15\nBy Jane Roe\n\n{LEAD}\n\n{LAST}\n")
    result = run(text)
    assert result.meta.title == HEAD
    assert result.meta.outlet == "Valley Ridge Observer"
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)["News | Business | Energy & Industry"] == "kicker"


def test_a_paragraph_naming_a_number_is_no_issue_line():
    line = "Gate number 4 of the barrier was closed on Monday, the river authority said in a statement."
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


def test_each_item_of_a_markdown_list_is_its_own_paragraph():
    items = ["Gate 4: closed on Monday, the authority said.",
             "Gate 5: open, with a crack the engineers are watching and will\n  inspect again on Thursday.",
             "Gate 6: under repair since March."]
    body = "\n".join(f"- {t}" for t in items)
    text = f"---\ntitle: \"{HEAD}\"\ndate: 2031-03-10\n---\n\n{LEAD}\n\n## The gates\n\n{body}\n\n{LAST}\n"
    result = run(text, "seeds/t.md")
    texts = [p.text for p in result.paragraphs]
    assert texts == [LEAD, "The gates", items[0], " ".join(items[1].split()), items[2], LAST]
    lines = [p.line for p in result.paragraphs]
    assert lines[2:5] == [lines[2], lines[2] + 1, lines[2] + 3]  # each item cites its own line


def test_a_numbered_list_splits_too_and_a_single_item_stays_whole():
    text = f"---\ntitle: \"{HEAD}\"\n---\n\n1. First the water.\n2. Then the wind.\n\n- Only one item here.\n"
    assert [p.text for p in run(text, "seeds/t.md").paragraphs] == [
        "First the water.", "Then the wind.", "Only one item here."]
