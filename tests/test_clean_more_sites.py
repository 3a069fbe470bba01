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
    ("By Jane Roe, Lakeside News", "Lakeside News"),
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
])
def test_the_outlet_a_copyright_line_names(line, outlet):
    result = run(f"Barrier holds on the river\n{LEAD}\n{LAST}\n{line}\n")
    assert result.meta.outlet == outlet
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]


def test_a_byline_outlet_wins_over_the_copyright_owner():
    result = run(f"Barrier holds on the river\nBy Jane Roe, Lakeside News\n{LEAD}\n© 2026 Lakeside Media Group Ltd. All rights reserved.\n")
    assert result.meta.outlet == "Lakeside News"
