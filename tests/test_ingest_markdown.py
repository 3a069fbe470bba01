"""Ingest of Markdown articles: front matter fields, blockquotes as quotations, clear YAML errors."""

from __future__ import annotations

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.errors import DossierError
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

ARTICLE = """\
---
title: "Council approves the new tram line"
date: 2022-06-01
outlet: City Courier
url: https://courier.example/tram
author: Ana Ruiz
---

The city council approved the **new tram line** on Wednesday after a debate of six hours.

> We have waited twenty years for this decision.
> It changes how the east of the city lives.

Construction is due to start next spring, the [transport office](https://example.org) said.
"""


def test_front_matter_fields():
    doc = ingest(SourceFile("seeds/tram.md", ARTICLE))
    m = doc.meta
    assert (m.title, m.date, m.outlet, m.url, m.author) == (
        "Council approves the new tram line", "2022-06-01", "City Courier",
        "https://courier.example/tram", "Ana Ruiz",
    )


def test_blocks_with_lines_and_quote():
    doc = ingest(SourceFile("seeds/tram.md", ARTICLE))
    assert [(b.kind, b.line) for b in doc.blocks] == [("text", 9), ("quote", 11), ("text", 14)]
    assert doc.blocks[0].text.startswith("The city council approved the new tram line on")  # no ** left
    assert doc.blocks[1].text == (
        "We have waited twenty years for this decision.\nIt changes how the east of the city lives."
    )
    assert doc.blocks[2].text.endswith("the transport office said.")
    result = clean(doc, load_rules())
    assert [p.kind for p in result.paragraphs] == ["text", "quote", "text"]
    assert result.removed == []


def test_written_date_in_front_matter_is_normalised():
    doc = ingest(SourceFile("seeds/a.md", "---\ndate: 28 October 2024\n---\nSome text here.\n"))
    assert doc.meta.date == "2024-10-28"


def test_no_front_matter_and_missing_fields_are_null():
    doc = ingest(SourceFile("seeds/a.md", "# A headline for the piece\n\nBody text of the piece.\n"))
    assert doc.meta.title is None and doc.meta.date is None
    result = clean(doc, load_rules())
    assert result.meta.title == "A headline for the piece"
    assert [p.text for p in result.paragraphs] == ["Body text of the piece."]


@pytest.mark.parametrize(
    "text, line",
    [
        ("---\ntitle: fine\ndate: [2022\n---\nBody.\n", 4),
        ("---\ntitle: one\n  bad: indent\n---\nBody.\n", 3),
        ('---\ntitle: "unclosed\n---\nBody.\n', 3),
    ],
)
def test_invalid_yaml_is_one_line_error_with_file_and_line(text, line):
    with pytest.raises(DossierError) as info:
        ingest(SourceFile("seeds/bad.md", text))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"seeds/bad.md:{line}: invalid YAML front matter")


def test_bad_date_in_front_matter_names_file():
    with pytest.raises(DossierError) as info:
        ingest(SourceFile("seeds/bad.md", "---\ndate: last week\n---\nBody.\n"))
    assert str(info.value).startswith("seeds/bad.md")
    assert "last week" in str(info.value)


@pytest.mark.parametrize("value", [
    "2024-10-28T10:00:00Z", "2024-10-28 10:00", '"2024-10-28T10:00:00+02:00"', "2024-10-28", "October 28, 2024",
])
def test_front_matter_dates_with_times_are_read(value):
    doc = ingest(SourceFile("seeds/a.md", f"---\ndate: {value}\n---\nBody text.\n"))
    assert doc.meta.date == "2024-10-28"


@pytest.mark.parametrize("value", ["2024-10", "2024", '"2024-13-01"', "last week"])
def test_partial_or_impossible_date_is_an_error(value):
    """An article's date is a day (the dossier.json contract: YYYY-MM-DD or null)."""
    with pytest.raises(DossierError) as info:
        ingest(SourceFile("seeds/a.md", f"---\ndate: {value}\n---\nBody text.\n"))
    assert str(info.value).startswith("seeds/a.md") and "YYYY-MM-DD" in str(info.value)


def test_impossible_yaml_date_is_a_one_line_error():
    with pytest.raises(DossierError) as info:
        ingest(SourceFile("seeds/a.md", "---\ndate: 2024-13-01\n---\nBody text.\n"))
    assert str(info.value) == "seeds/a.md:1: invalid value in front matter: month must be in 1..12"
