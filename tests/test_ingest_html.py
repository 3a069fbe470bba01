"""Ingest of a saved web page: the article body is kept, the site chrome dropped and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

PAGE = Path(__file__).resolve().parent / "fixtures" / "html" / "harbour-report.html"

BODY = [
    "Dock workers at the country's largest container port walked out for a third consecutive day",
    "The union representing the crane operators said its members had rejected a pay offer",
    '"We are not asking for anything unreasonable," said union spokesperson Henrik Sandberg.',
    "The port authority warned that the stoppage was costing regional exporters millions",
    "Shipping companies have begun diverting vessels to neighbouring ports",
    "Talks between the employers' association and the union are scheduled to resume on Thursday",
]
CHROME = {
    "We use cookies to improve your experience.": "cookie notice",
    "Accept all cookies": "button",
    "Business": "site navigation",
    "Privacy policy": "page footer",
    "© 2023 The Coastal Herald. All rights reserved.": "page footer",
    "Ferry timetable cut as fuel costs rise": "links to other articles",
    "Related stories": "links to other articles",
    "Sign up for our daily newsletter and never miss a story.": "subscription appeal",
    "Idle cranes at the container terminal on Monday. Photo: Anders Holm/Coastal Herald": "image caption",
    "By Maria Lindqvist, 14 March 2023": "byline",
}


@pytest.fixture(scope="module")
def cleaned():
    doc = ingest(SourceFile("seeds/harbour-report.html", PAGE.read_text("utf-8")))
    assert doc.format == "html"
    return clean(doc, load_rules())


def test_body_kept_in_order(cleaned):
    texts = [p.text for p in cleaned.paragraphs]
    positions = []
    for snippet in BODY:
        found = [i for i, t in enumerate(texts) if snippet in t]
        assert len(found) == 1, snippet
        positions.append(found[0])
    assert positions == sorted(positions)
    assert texts[0] == "Container traffic has stopped at the port as the dispute over pay continues."


def test_chrome_dropped_and_recorded_with_reason(cleaned):
    kept = "\n".join(p.text for p in cleaned.paragraphs)
    for text, reason in CHROME.items():
        assert text not in kept
        hits = [r for r in cleaned.removed if text in r.text]
        assert hits, f"not recorded: {text}"
        assert reason in hits[0].reason
    nav = [r.text for r in cleaned.removed]
    assert {"News", "Sport", "Opinion", "About us", "Contact"} <= set(nav)


def test_headline_is_the_title_not_a_paragraph(cleaned):
    title = "Harbour cranes idle as dock workers strike for third day"
    assert cleaned.meta.title == title
    assert all(p.text != title for p in cleaned.paragraphs)
    assert any(r.text == title and r.rule == "headline" for r in cleaned.removed)


def test_embedded_post_is_a_quotation_with_its_attribution(cleaned):
    quotes = [p for p in cleaned.paragraphs if p.kind == "quote"]
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Day three on the picket line at the north gate.")
    assert "Harbour Workers Union (@harbourunion) March 14, 2023" in quotes[0].text
    assert not any("@harbourunion" in r.text for r in cleaned.removed)


def test_metadata_from_meta_tags(cleaned):
    m = cleaned.meta
    assert (m.title, m.date, m.outlet, m.url, m.author) == (
        "Harbour cranes idle as dock workers strike for third day",
        "2023-03-14",
        "The Coastal Herald",
        "https://coastalherald.example/news/2023/03/harbour-strike",
        "Maria Lindqvist",
    )


def test_page_without_metadata_gives_nulls():
    html = "<html><body><article>" + "".join(
        f"<p>Paragraph number {i} of a plain page says something long enough to count as text here.</p>"
        for i in range(6)) + "</article></body></html>"
    result = clean(ingest(SourceFile("seeds/plain.htm", html)), load_rules())
    assert result.meta.date is None and result.meta.author is None and result.meta.url is None
    assert len(result.paragraphs) == 6


FIXTURES = sorted(PAGE.parent.glob("*.html"))


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.stem)
def test_every_visible_block_is_kept_or_recorded(page):
    """Nothing on a saved page is lost silently: each visible text block is in the article or
    in `removed` (short blocks must be found whole: a line, a table cell, a paragraph)."""
    from build_dossier.html import _page_blocks

    text = page.read_text("utf-8")
    result = clean(ingest(SourceFile(f"seeds/{page.name}", text)), load_rules())
    pieces = [_norm(p.text) for p in result.paragraphs] + [_norm(r.text) for r in result.removed]
    whole = set(pieces)
    for p in [*result.paragraphs, *result.removed]:
        for line in p.text.split("\n"):
            whole.add(_norm(line))
            whole.update(_norm(cell) for cell in line.split(" | "))
    for block in _page_blocks(text):
        if len(block.norm) >= 25:
            assert any(block.norm in piece for piece in pieces), block.text
        else:
            assert block.norm in whole, block.text


def test_short_chrome_whose_words_occur_in_the_article_is_recorded():
    html = """<html><body><nav><ul><li><a href="/b">Business</a></li><li><a href="/w">World</a></li></ul></nav>
    <article><h1>Bakers raise bread prices</h1>
    <p>Bakers across the region raised bread prices this week, saying their business could no longer absorb the cost of flour.</p>
    <p>The association said the world price of wheat had risen by a third since the spring harvest.</p>
    <p>Customers should expect the increase to reach supermarket loaves by the end of the month.</p>
    </article><footer><p>Business news from the valley</p></footer></body></html>"""
    result = clean(ingest(SourceFile("seeds/bakers.html", html)), load_rules())
    removed = [r.text for r in result.removed]
    assert "Business" in removed and "World" in removed


def test_layout_table_page_with_br_paragraphs():
    """An old site: the article is a table cell of <br>-separated paragraphs."""
    html = """<html><head><title>Breakwater survives storm</title></head><body>
    <table width="100%"><tr><td class="nav"><a href="/">Home</a><br><a href="/n">Archive</a></td>
    <td class="main"><b>Breakwater survives its first storm</b><br><br>
    The harbour master said on Monday that the new breakwater had survived its first winter storm without damage.<br><br>
    Engineers will inspect the structure again in the spring, when divers can check the foundations.<br><br>
    The project cost 40 million and took four years to complete, the port said.
    </td></tr></table><div class="foot">Copyright 2009 Old Site</div></body></html>"""
    result = clean(ingest(SourceFile("seeds/old.htm", html)), load_rules())
    texts = [p.text for p in result.paragraphs]
    assert "The harbour master said on Monday that the new breakwater had survived its first winter storm without damage." in texts
    assert "Engineers will inspect the structure again in the spring, when divers can check the foundations." in texts
    assert "The project cost 40 million and took four years to complete, the port said." in texts
    # The body is not also recorded as removed (it was, as one block, when <br> joined words).
    assert not any("harbour master" in r.text for r in result.removed)


@pytest.mark.parametrize("name, author", [
    ("div-soup-story.html", None),  # no author tag; the author box's sentence is not a name
    ("agency-wire.html", "Lena Vogt; Ahmed Karimi"),
    ("live-updates.html", "Politics desk"),
    ("wordpress-blog.html", "Tom Eriksen"),
])
def test_author_is_a_name_or_null(name, author):
    page = PAGE.parent / name
    doc = ingest(SourceFile(f"seeds/{name}", page.read_text("utf-8")))
    assert doc.meta.author == author


def test_subheading_equal_to_a_menu_item_stays_in_place_and_the_item_is_recorded():
    html = """<html><body><nav><ul><li><a href="/a">Analysis</a></li><li><a href="/o">Opinion</a></li></ul></nav>
    <article><h1>Port strike enters second week</h1>
    <p>The strike at the container port entered its second week on Monday, with no talks scheduled.</p>
    <p>Shipping lines have diverted more than a dozen vessels to other ports along the coast.</p>
    <h2>Analysis</h2>
    <p>Both sides appear to be waiting for the government to intervene before making any concession.</p>
    <p>Economists warn that the cost to exporters will grow sharply if the dispute lasts into next month.</p>
    </article></body></html>"""
    result = clean(ingest(SourceFile("seeds/port.html", html)), load_rules())
    texts = [p.text for p in result.paragraphs]
    assert texts.index("Analysis") == 2
    assert "Analysis" in [r.text for r in result.removed] and "Opinion" in [r.text for r in result.removed]


@pytest.mark.parametrize("name, standfirst", [
    ("harbour-report.html", "Container traffic has stopped at the port as the dispute over pay continues."),
    ("jsonld-paywall.html", "The company will invest 1.2 billion euros in a factory due to open in 2024."),
    ("magazine-feature.html", "On a rock twelve miles offshore, two men keep a light that no ship needs any more."),
    ("live-updates.html", "Counting is under way in all twelve districts after polls closed at 9pm."),
    ("wordpress-blog.html", None),
    ("short-brief.html", None),
])
def test_standfirst_is_marked(name, standfirst):
    """The standfirst (the page's description, or a paragraph its template calls one) is kept
    as the article's standfirst, not as a body paragraph."""
    page = PAGE.parent / name
    result = clean(ingest(SourceFile(f"seeds/{name}", page.read_text("utf-8"))), load_rules())
    marked = [p.text for p in result.paragraphs if p.kind == "standfirst"]
    assert marked == ([standfirst] if standfirst else [])
    if standfirst:
        assert result.paragraphs[0].text == standfirst


@pytest.mark.parametrize("title, outlet", [
    ("Ferries halted after capsizing | The Lagoon Courier", "The Lagoon Courier"),
    ("Ferries halted after capsizing - Daily Ledger", "Daily Ledger"),
    ("Ferries halted after capsizing", None),
])
def test_a_page_without_a_site_name_is_named_by_its_title_suffix(title, outlet):
    page = (f"<html><head><title>{title}</title>"
            '<meta property="og:title" content="Ferries halted after capsizing"></head><body><article>'
            "<h1>Ferries halted after capsizing</h1>"
            + "".join(f"<p>{s}, the harbour master said on Monday in a statement to reporters.</p>" for s in BODY)
            + "</article></body></html>")
    doc = ingest(SourceFile("seeds/ferry.html", page))
    assert doc.meta.outlet == outlet
