"""The SVG pictures: well-formed, accessible, escaped, deterministic; and the data they show."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from types import SimpleNamespace

from build_dossier.model import Figure

from hypothesis import given, settings
from hypothesis import strategies as st

import synthetic
from build_dossier.render.pictures import (
    claim_figure, dispute_chart, figure_points, relation_edges, relation_figure, timeline_figure,
)
from build_dossier.svg import Edge, FigurePoint, Node, TimelineItem, figure_chart_svg, relation_map_svg, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def all_text(root: ET.Element) -> str:
    return " ".join("".join(el.itertext()) for el in root.iter(f"{SVG}text"))


def test_timeline_is_accessible_and_escaped():
    svg = timeline_svg([TimelineItem("2031-03-09", "Minister <urges> mediation & calm"),
                        TimelineItem("2031-03", "Month-only event"), TimelineItem("2030", "Year-only event")], "t1")
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t1-title t1-desc"
    assert root.find(f"{SVG}title").text == "Timeline of events"
    desc = root.find(f"{SVG}desc").text
    assert "3 events from 2030 to 9 Mar 2031" in desc and "Minister <urges> mediation & calm" in desc
    assert "<urges>" not in svg  # escaped in the markup ...
    assert "Minister <urges> mediation & calm" in all_text(root)  # ... and reads back verbatim
    text = all_text(root)
    assert text.index("2030") < text.index("March 2031") < text.index("9 Mar")  # oldest first
    # month precision is shown as such: the month without a day, under the heading giving its year
    assert "March 2031 Mar Month-only event" in text


def test_timeline_wraps_long_titles_and_grows():
    short = parse(timeline_svg([TimelineItem("2031-01-01", "Short")], "a"))
    long = parse(timeline_svg([TimelineItem("2031-01-01", "A very long title " * 8)], "b"))
    assert float(long.get("height")) > float(short.get("height"))
    assert len(long.findall(f".//{SVG}tspan")) == 3  # at most three lines
    assert all_text(long).endswith("…")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=5))
def test_any_label_stays_well_formed(labels):
    items = [TimelineItem(f"2031-01-{i + 1:02d}", label) for i, label in enumerate(labels)]
    root = parse(timeline_svg(items, "p"))  # raises on broken markup
    assert root.get("role") == "img"
    svg = relation_map_svg([Node(str(i), label, "person", i + 1) for i, label in enumerate(labels)],
                           [Edge("0", str(len(labels) - 1), "with", 2)], "r")
    assert parse(svg).get("role") == "img"
    assert "\n\n" not in svg  # one raw HTML block for Markdown


def test_line_breaks_in_labels_cannot_end_the_html_block():
    import markdown

    svg = timeline_svg([TimelineItem("2031-01-01", "one\r\rtwo\n\nthree <b>x</b>")], "n")
    html = markdown.markdown("before\n\n<figure>\n" + svg + "\n</figure>\n\nafter")
    assert "<p>" not in html.split("<figure>")[1].split("</figure>")[0]
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_a_claim_without_a_parsed_figure_is_read_by_the_extractor_dates_excluded():
    def claim(text):
        return SimpleNamespace(text=text, figure=None)
    assert claim_figure(claim("about 4,000 workers were absent")) == (4000.0, True, "about 4,000 workers")
    assert claim_figure(claim("12,000 workers had joined")) == (12000.0, False, "12,000 workers")
    assert claim_figure(claim("no number here")) is None
    # Against its article's date, "On 31 October" is a date, never the figure 31.
    assert claim_figure(claim("On 31 October, officials said about 8,000 soldiers were stationed"),
                        "2024-11-02") == (8000.0, True, "about 8,000 soldiers")


def test_claim_figure_prefers_the_extractors_figure():
    fig = Figure(value=11000, unit="workers", expression="nearly 11,000 workers", qualifier="nearly")
    assert claim_figure(SimpleNamespace(text="12,000 workers", figure=fig)) == (11000.0, True, "nearly 11,000 workers")
    fig = Figure(value=9000, unit="workers")
    assert claim_figure(SimpleNamespace(text="12,000 workers", figure=fig)) == (9000.0, False, "9,000")


def test_dispute_chart_has_one_row_per_source_report():
    d = synthetic.dossier()
    dispute = d.disputes[0]
    points = figure_points(d, dispute)
    rows = sorted((p.source, p.date, p.value, p.approx, p.position) for p in points)
    assert rows == [
        ("Northern Ledger & Post", "2031-03-09", 4000.0, True, 1),
        ("Northern Ledger & Post", "2031-03-09", 11500.0, False, 0),
        ("The Valen Courier", "2031-03-02", 4000.0, True, 1),
        ("The Valen Courier", "2031-03-02", 12000.0, False, 0),
        ("The Valen Courier", "2031-04-14", 9000.0, True, 0),
    ]
    html = dispute_chart(d, dispute)
    assert html.startswith("\n<figure") and "<figcaption>" in html
    svg = parse(html[html.index("<svg"): html.index("</svg>") + 6])
    assert svg.find(f"{SVG}title").text == "Competing figures: How many workers are on strike?"
    assert len(svg.findall(f".//{SVG}circle[@class]")) >= 5
    assert "9 Mar 2031 · Northern Ledger &amp; Post" in html  # escaped, with its date
    assert len([c for c in svg.iter(f"{SVG}circle") if "approx" in (c.get("class") or "")]) == 4


def test_figure_chart_axis_covers_the_largest_value():
    svg = figure_chart_svg([FigurePoint(12000, "12,000", False, "A", "2031-01-01", 0),
                            FigurePoint(4000, "about 4,000", True, "B", None, 1)], ["high", "low"], "f", "T")
    text = all_text(parse(svg))
    assert "15,000" in text and "0" in text
    assert "about 4,000" in text and "B" in text


def test_figure_chart_axis_labels_of_large_values_stay_short():
    # Five ticks share 390 px: "150,000,000,000" side by side would overlap, "150 billion" does not.
    svg = figure_chart_svg([FigurePoint(120e9, "120 billion pesos", False, "A", "2031-01-01", 0),
                            FigurePoint(180e9, "180 billion pesos", False, "B", "2031-01-01", 1)], ["a", "b"], "f", "T")
    labels = [t.text for t in parse(svg).iter(f"{SVG}text") if t.get("class") == "dossier-svg-muted"]
    assert labels == ["0", "50 billion", "100 billion", "150 billion", "200 billion"]
    svg = figure_chart_svg([FigurePoint(2.5e6, "2.5 million", False, "A", None, 0)], ["a"], "f", "T")
    assert "2.5 million" in all_text(parse(svg)) and "2,500,000" not in svg


def test_relation_edges_and_map():
    d = synthetic.dossier()
    keep = {a.id for a in d.actors}
    edges = {(e.a, e.b, e.kind) for e in relation_edges(d, keep)}
    assert ("mara-quint", "port-authority", "opposes") in edges
    assert ("dockworkers-union", "port-authority", "opposes") in edges
    assert ("olan-brisk", "harbour-council", "speaks") in edges
    assert ("dockworkers-union", "mara-quint", "with") in edges
    assert ("harbour-council", "olan-brisk", "with") not in edges  # the stronger relation is drawn
    html = relation_figure(d)
    assert html.count('class="dossier-svg-node dossier-svg-kind-') == 5 + 2  # nodes + legend
    assert relation_figure(d) == html  # deterministic


def test_timeline_figure_caption():
    d = synthetic.dossier()
    html = timeline_figure(d.events, "x", "All 4 events.")
    assert "<figcaption>All 4 events.</figcaption>" in html
    assert "Minister urges mediation &lt;by the Harbour Council&gt;" in html
