"""A journalist's second reading of the generated pages: footnote marks in order, page titles that
keep the text's own punctuation."""

from __future__ import annotations

import re
from dataclasses import replace

import synthetic

from build_dossier.render import render_site


def _marks(line: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[\^s(\d+)\]", line)]


def test_footnote_marks_side_by_side_read_in_order():
    # Mara Quint's page cites the 11,500 source first; a later claim reported by that source and an
    # earlier-unseen one used to show "[^s3][^s1]", printed "3,1".
    d = synthetic.dossier()
    claims = {c.id: c for c in d.claims}
    both = replace(claims["union-9000"], sources=[*claims["union-9000"].sources, *claims["union-12000"].sources])
    d = replace(d, claims=[both if c.id == "union-9000" else c for c in d.claims])
    page = render_site(d)["actors/mara-quint.md"]
    lines = [line for line in page.splitlines() if line.startswith("- [") and "[^s" in line]
    assert any(len(_marks(line)) > 1 for line in lines)
    for line in lines:
        marks = _marks(line)
        assert marks == sorted(set(marks)), line
