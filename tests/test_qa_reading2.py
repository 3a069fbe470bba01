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


def _title(page: str) -> str:
    return next(line for line in page.splitlines() if line.startswith("title:"))


def test_page_titles_keep_parentheses():
    # The tab, navigation and search result showed "Oct 11 PAPA" and "Football CAF".
    d = synthetic.dossier()
    actors = [replace(a, name="Port Authority (PVA)") if a.id == "port-authority" else a for a in d.actors]
    claims = [replace(c, text="VALEN, March 2 (Harbour Wire) - 12,000 workers had joined the strike")
              if c.id == "union-12000" else c for c in d.claims]
    pages = render_site(replace(d, actors=actors, claims=claims))
    assert "(PVA)" in _title(pages["actors/port-authority.md"])
    assert "(Harbour Wire)" in _title(pages["claims/union-12000.md"])


def test_a_value_written_left_of_its_dot_is_not_crossed_by_its_bar():
    # "at least 16 newborns", near the top of the axis, is written left of its dot, over its own bar:
    # the bar showed through the gaps between the words.
    from build_dossier.svg.figures import FigurePoint, figure_chart_svg

    shown = "at least 16 newborns"
    svg = figure_chart_svg([FigurePoint(7, "Seven newborn babies", False, "Hellenic Newswire", "2026-03-02", 0),
                            FigurePoint(16, shown, True, "Aegean Post", "2026-03-06", 1)],
                           ["Seven", "At least 16"], "t", "How many were infected?")
    text = re.search(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*text-anchor="end">' + shown, svg)
    assert text, svg
    end_x, y = float(text.group(1)), float(text.group(2)) - 4.5
    stems = [float(m.group(2)) for m in re.finditer(
        r'<line x1="12" y1="([\d.]+)" x2="([\d.]+)" y2="[\d.]+" class="dossier-svg-stem', svg)
        if float(m.group(1)) == y]
    start_x = end_x - len(shown) * 6.5  # 12.5px bold text is at least this wide
    assert all(x2 < start_x for x2 in stems), (stems, start_x)


def test_a_sentence_filed_as_two_claims_is_listed_once_on_the_actor_page():
    # "Eleven babies have now been infected ..." was a statement and a figure of the same actor: the
    # actor page listed the same words twice, one after the other.
    from build_dossier.model import Claim

    d = synthetic.dossier()
    fig = next(c for c in d.claims if c.id == "union-12000")
    twin = Claim("quint-joined", fig.text, "statement", fig.actor, list(fig.sources))
    page = render_site(replace(d, claims=[twin, *d.claims]))["actors/mara-quint.md"]
    said = page[page.index("## What they said"):page.index("## Mentioned in")]
    assert said.count(fig.text) == 1, said
    line = next(line for line in said.splitlines() if fig.text in line)
    assert "(../claims/quint-joined.md)" in line and "[as a figure](../claims/union-12000.md)" in line


def test_timeline_date_column_fits_a_month_without_a_day():
    # An event dated only "2026-05" was labelled "May 2026" in the 62px date column, right-aligned:
    # its first letters fell off the picture's left edge. The month heading above gives the year.
    from build_dossier.svg.timeline import DATE_X, TimelineItem, timeline_svg

    svg = timeline_svg([TimelineItem("2026-03-09", "EODY raised its count"),
                        TimelineItem("2026-05", "A new isolation ward due to open")], "t")
    dates = re.findall(r'<text x="[\d.]+" y="[\d.]+" class="dossier-svg-muted" text-anchor="end">([^<]*)</text>', svg)
    assert dates == ["9 Mar", "May"]
    assert "MAY 2026" in svg.upper()
    assert all(len(d) * 12.5 * 0.6 <= DATE_X for d in dates)


def test_relation_map_shows_a_dispute_line_beside_an_arrow_between_the_same_actors():
    # The hospital speaks of the health agency and they hold opposing positions: the arrow was drawn
    # over the dashed line, and the legend named "on opposing sides of a dispute" for no visible line.
    from build_dossier.svg.relations import Edge, Node, relation_map_svg

    svg = relation_map_svg([Node("a", "Hospital", "organization", 4), Node("b", "Agency", "organization", 9),
                            Node("c", "Minister", "person", 3)],
                           [Edge("a", "b", "speaks", 2), Edge("a", "b", "opposes", 1), Edge("b", "c", "with", 1)], "r")
    coords: dict = {}
    for m in re.finditer(
        r'<line x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)" class="dossier-svg-edge dossier-svg-(\w+)"',
        svg):
        coords.setdefault(m.group(5), tuple(float(m.group(i)) for i in range(1, 5)))  # not the legend's
    assert "on opposing sides of a dispute" in svg
    speaks, opposes = coords["speaks"], coords["opposes"]
    # the two lines are apart along their whole length (parallel, at least 4 units apart)
    assert abs(speaks[0] - opposes[0]) + abs(speaks[1] - opposes[1]) >= 4
    assert abs(speaks[2] - opposes[2]) + abs(speaks[3] - opposes[3]) >= 4


def test_an_event_without_known_actors_has_no_empty_who_line():
    # "The hospital has not updated its figure of seven": the page said "**Who:** —".
    d = synthetic.dossier()
    events = [replace(e, actors=[]) if e.id == "proposal" else e for e in d.events]
    page = render_site(replace(d, events=events))["events/proposal.md"]
    assert "**Who:**" not in page
    assert "**Date:** 2031-04" in page and "**Reported by:** 1 article[^s1]" in page
    assert "**Who:** [" in render_site(d)["events/proposal.md"]
