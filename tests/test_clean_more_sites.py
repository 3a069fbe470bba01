"""Copies from more sites: front-matter field names, outlets named only in a byline or a
copyright line, counters, captions, two-line bylines and compound chrome lines. Small invented
articles; each test asserts what the cleaner keeps, drops (with the rule) and reads."""

from __future__ import annotations

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()

LEAD = "The river authority said on Tuesday that the flood barrier at the old harbour had held through the night."
LAST = "Engineers will inspect the barrier again on Thursday, when the water is expected to fall."
HEAD = "Flood barrier holds as river peaks above the lower town\n"


def run(text: str, name: str = "seeds/t.txt"):
    return clean(ingest(SourceFile(name, text)), RULES)


@pytest.mark.parametrize("key", ["publication", "publisher", "site_name", "source"])
def test_the_outlet_of_a_markdown_copy_is_read_from_other_front_matter_names(key):
    result = run(f"---\ntitle: Barrier holds\ndate: 2026-03-03\n{key}: The Valley Brief\n---\n\n{LEAD}\n", "seeds/t.md")
    assert result.meta.outlet == "The Valley Brief"


def test_the_outlet_field_wins_and_a_web_address_is_no_outlet():
    result = run("---\ntitle: Barrier holds\noutlet: The Valley Brief\npublisher: Valley Media Group\n---\n\n" + LEAD, "seeds/t.md")
    assert result.meta.outlet == "The Valley Brief"
    result = run("---\ntitle: Barrier holds\nsource: https://valley.example/barrier\n---\n\n" + LEAD, "seeds/t.md")
    assert result.meta.outlet is None


def test_a_published_date_is_read_and_a_published_flag_is_not():
    assert run("---\ntitle: Barrier holds\npublished: 2026-03-03\n---\n\n" + LEAD, "seeds/t.md").meta.date == "2026-03-03"
    assert run("---\ntitle: Barrier holds\npublished: true\n---\n\n" + LEAD, "seeds/t.md").meta.date is None


@pytest.mark.parametrize("byline, outlet", [
    ("By Jane Roe, Valley News", "Valley News"),
    ("By Jane Roe | The Coast Ledger", "The Coast Ledger"),
    ("By Jane Roe, Europe correspondent", None),
    ("By Jane Roe, Staff Reporter", None),
    ("By Jane Roe | 4 March 2026", None),
])
def test_the_outlet_a_byline_names_after_the_author(byline, outlet):
    result = run(f"Barrier holds on the river\n{byline}\n{LEAD}\n{LAST}\n")
    assert result.meta.outlet == outlet
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]


@pytest.mark.parametrize("line, outlet", [
    ("© 2024 Harbour Daily Ltd. All rights reserved.", "Harbour Daily"),
    ("© 2026 Valley Ledger. All rights reserved.", "Valley Ledger"),
    ("Copyright 2025 Riverside Media Pvt Ltd", "Riverside Media"),
    ("© Jane Roe", None),  # a photographer's copyright names no outlet
    ("© 2026 Jane Roe/Example Pictures", None),
    ("© Reuters", None),  # a picture's credit
    ("© 2026 Reuters", "Reuters"),
])
def test_the_outlet_a_copyright_line_names(line, outlet):
    result = run(f"Barrier holds on the river\n{LEAD}\n{LAST}\n{line}\n")
    assert result.meta.outlet == outlet
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]


def test_a_byline_outlet_wins_over_the_copyright_owner():
    result = run(f"Barrier holds on the river\nBy Jane Roe, Valley News\n{LEAD}\n© 2026 Valley Media Group Ltd. All rights reserved.\n")
    assert result.meta.outlet == "Valley News"


# Boilerplate as more sites print it: each is dropped by the named rule (a line of parts joined
# by bars or dots is dropped when every part is boilerplate; it takes the first part's rule).
MORE_SITES = [
    ("1,204 reads", "read-counter"),
    ("812 people have read this story", "read-counter"),
    ("3,410 people read this story", "read-counter"),
    ("This article has been read 9,310 times.", "read-counter"),
    ("5 comments", "comment-count"),
    ("Comments (12)", "comment-count"),
    ("Leave a comment", "comment-count"),
    ("Comments are the responsibility of their authors. The Valley Observer reserves the right to remove any comment.", "comment-policy"),
    ("Email this article", "social-share"),
    ("Share on Facebook | Share on X | Email this article", "social-share"),
    ("Share this post · Leave a comment", "social-share"),
    ("Share · Leave a comment", "social-share"),
    ("Follow The Valley Courier on WhatsApp for breaking news", "social-share"),
    ("Follow The Valley Courier on WhatsApp for breaking news | Download our app", "social-share"),
    ("Listen to this article | 5 min read", "audio-player"),
    ("Advertisement - Continue reading below", "ad-marker"),
    ("[Photo caption: Volunteers fill sandbags on the quay. Photo: Jane Roe / Valley Pictures]", "image-caption"),
    ("[Photo: Volunteers fill sandbags on the quay on Monday. Photo: Jane Roe / The Valley Courier]", "image-caption"),
    ("Also on The Valley Courier: Council to add 40 beds at the river clinic", "related-link"),
    ("Have a story tip? Write to tips@valleycourier.example", "tip-appeal"),
    ("Mira Castell mcastell@valleycourier.example", "byline"),
    ("Home | Valley | Courts | Health | Opinion | Videos | E-paper", "nav-menu"),
    ("The Valley Brief is reader-supported. If this newsletter helps you, consider becoming a paid subscriber.", "subscription-appeal"),
    ("That's it for this week. If The Valley Brief is useful to you, consider a paid subscription.", "subscription-appeal"),
    ("The Valley Brief is a weekly newsletter on rivers. Forwarded this? Subscribe here.", "subscription-appeal"),
    ("The Valley Observer © 2026 - All rights reserved", "copyright"),
    ("facebook twitter kakao print font size", "social-share"),
    ("Facebook X Email Copy link", "social-share"),
    ("Image caption, Volunteers fill sandbags on the quay in the lower town", "image-caption"),
    ("Image source, Getty Images", "image-caption"),
]

# Real sentences that share words with the new patterns: kept.
MORE_REAL = [
    "The report was read by 40 people before it was published, officials said.",
    "He left a comment on the minister's post, which was later deleted.",
    "Follow the money, the prosecutor told the jury on Tuesday.",
    "The court has been read the 14 charges, the judge said.",
    "Parents | teachers | doctors: all three groups signed the letter, the union said.",
    "The minister said a paid subscription model would not work for public broadcasting.",
    "Have a look at the figures, the governor told reporters in Lagos on Monday.",
    "[Inaudible] the minister said, according to a transcript of the hearing released on Friday.",
    "Also on Monday: the council voted to close the bridge until the inspection was finished.",
    "Facebook and Twitter removed the posts on Tuesday, the company said.",
    "Image sources close to the campaign said the poster would be withdrawn.",
]


@pytest.mark.parametrize("line, rule", MORE_SITES, ids=[r + ":" + l[:24] for l, r in MORE_SITES])
def test_more_sites_boilerplate_is_dropped(line, rule):
    result = run(f"{LEAD}\n{line}\n{LAST}\n")
    assert [(r.rule, r.text) for r in result.removed] == [(rule, line)]
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]


@pytest.mark.parametrize("line", MORE_REAL)
def test_more_real_sentences_are_kept(line):
    result = run(f"{LEAD}\n{line}\n")
    assert result.removed == []
    assert [p.text for p in result.paragraphs][-1] == line


def test_a_compound_line_with_a_real_part_is_kept():
    line = "Share | The council will meet again on Thursday to vote on the plan"
    result = run(f"{LEAD}\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


def test_credits_closing_the_last_paragraph_are_dropped():
    text = HEAD + LEAD + "\n" + LAST + " (Reporting by Mira Castell; Editing by Jon Bell)\n"
    result = run(text)
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert ("closing-credits", "(Reporting by Mira Castell; Editing by Jon Bell)") in [(r.rule, r.text) for r in result.removed]


def test_a_sentence_ending_in_a_bracket_about_reporting_is_kept():
    line = "The inquiry will look at the reporting (by the authority and by the council) of the first warnings."
    result = run(f"{LEAD}\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line]


def test_a_headline_repeated_with_other_quotation_marks_is_the_headline():
    text = ("---\ntitle: \"The barrier that 'could not hold' held\"\ndate: 2026-03-03\n---\n\n"
            "# The barrier that \"could not hold\" held\n\n" + LEAD + "\n")
    result = run(text, "seeds/t.md")
    assert [p.text for p in result.paragraphs] == [LEAD]
    assert [r.rule for r in result.removed] == ["headline"]


def test_a_masthead_with_section_labels_above_the_headline_is_no_headline():
    result = run("Valley Wire Service | Americas | Peru\n" + HEAD + "By Mira Castell\n" + LEAD + "\n")
    assert result.meta.title == HEAD.strip()
    assert [p.text for p in result.paragraphs] == [LEAD]


def test_a_related_list_ends_at_the_next_live_blog_timestamp():
    text = ("Live: the river peaks\n" + LEAD + "\nAlso Read\nCouncil to add beds at the river clinic\n"
            "Feb 12, 2026 13:20 IST\nAuthority: barrier will hold\n" + LAST + "\n")
    result = run(text)
    assert ("related-heading", "Council to add beds at the river clinic") in [(r.rule, r.text) for r in result.removed]
    assert "Authority: barrier will hold" in [p.text for p in result.paragraphs]



def test_a_byline_on_two_lines_name_then_role_is_dropped():
    result = run(HEAD + "Mira Castell\nLegal Correspondent\n" + LEAD + "\n" + LAST + "\n")
    assert [(r.rule, r.text) for r in result.removed][1:] == [
        ("author-line", "Mira Castell"), ("author-line", "Legal Correspondent")]
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert result.meta.author == "Mira Castell"


def test_the_lead_pictures_caption_above_its_credit_is_dropped():
    caption = "Volunteers fill sandbags on the quay in the lower town on Monday."
    result = run(HEAD + "By Mira Castell\n" + caption + "\nPhoto: Jane Roe / The Valley Courier\n" + LEAD + "\n")
    assert ("caption-above-credit", caption) in [(r.rule, r.text) for r in result.removed]
    assert [p.text for p in result.paragraphs] == [LEAD]


@pytest.mark.parametrize("line", [
    "The barrier was built in 1998.",  # a short paragraph lower in the text: a picture may stand under it
    "Volunteers filled sandbags on the quay, the mayor said.",
])
def test_a_line_above_a_credit_in_the_text_is_kept(line):
    result = run(HEAD + "By Mira Castell\n" + LEAD + "\n" + line + "\nPhoto: Jane Roe / The Valley Courier\n" + LAST + "\n")
    assert [p.text for p in result.paragraphs] == [LEAD, line, LAST]
