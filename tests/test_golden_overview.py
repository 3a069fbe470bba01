"""Golden files for the overview pages this dossier generates from the synthetic story.

Regenerate after an intended change with: UPDATE_GOLDEN=1 ./dev test tests/test_golden_overview.py
(then read the diff: it is what readers will see).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import synthetic
from build_dossier.render import render_site

GOLDEN = Path(__file__).resolve().parent / "golden" / "overview"
PAGES = ["index.md", "actors/index.md", "events/index.md", "disputes/index.md", "claims/index.md"]


@pytest.mark.parametrize("uri", PAGES)
def test_overview_page_matches_golden(uri):
    text = render_site(synthetic.dossier())[uri]
    golden = GOLDEN / uri.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
