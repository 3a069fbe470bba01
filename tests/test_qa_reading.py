"""What a reader sees on the built site after the branches were merged: one page per address, no
section marked as current on a page outside it, sources listed once, counts and dates right."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

import sitebuild


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return sitebuild.synthetic_site(tmp_path_factory.mktemp("qa") / "proj")


def soup(site, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel).read_text("utf-8"), "html.parser")


def active_sections(site, rel: str) -> list[str]:
    nav = soup(site, rel).select_one("nav.md-nav--primary > ul.md-nav__list")
    return [li.select_one(".md-nav__link").get_text(" ", strip=True)
            for li in nav.find_all("li", recursive=False) if "md-nav__item--active" in li.get("class", [])]


def test_sidebar_marks_only_the_current_section(site):
    # Every page is built after some actor page: a section left marked would show on all of them.
    assert active_sections(site, "index.html") == ["Home"]
    assert active_sections(site, "sources/index.html") == ["Sources"]
    assert active_sections(site, "actors/mara-quint.html") == ["Actors"]
    assert active_sections(site, "claims/index.html") == ["Claims"]
    assert active_sections(site, "tags.html") == ["Tags"]


def _dossier(**changes):
    from dataclasses import replace

    import synthetic

    return replace(synthetic.dossier(), **changes)


def test_claims_index_lists_key_claims_first_and_dates_ignore_undated_sources():
    from dataclasses import replace

    from build_dossier.render import render_site

    d = _dossier()
    undated = replace(d.articles[1], date=None)
    claims = [replace(c, key=True) if c.id == "authority-4000" else c for c in d.claims]
    page = render_site(replace(d, articles=[d.articles[0], undated, *d.articles[2:]], claims=claims))["claims/index.md"]
    assert page.index("## Key claims") < page.index("## All claims")
    key = page[page.index("## Key claims"):page.index("## All claims")]
    assert "1 claim reported by more than one article." in key
    assert key.count("](authority-4000.md)") == 1 and "](union-12000.md)" not in key
    row = next(line for line in page[page.index("## All claims"):].splitlines() if "](authority-4000.md)" in line)
    assert row.endswith("| 2 | 2031-03-02 |")  # the dated source, not "—" because the other is undated


def test_claims_index_shortens_long_claims():
    from dataclasses import replace

    from build_dossier.render import render_site

    d = _dossier()
    long_text = "The union said " + "that the strike would go on " * 12 + "until the end."
    claims = [replace(d.claims[0], text=long_text), *d.claims[1:]]
    page = render_site(replace(d, claims=claims))["claims/index.md"]
    row = next(line for line in page.splitlines() if f"]({d.claims[0].id}.md)" in line)
    assert "…" in row and long_text not in row


def test_one_index_page_per_section_even_when_empty():
    from build_dossier.model import Dossier
    from build_dossier.render import render_site

    pages = render_site(Dossier(title="Empty", articles=[]))
    assert "# Events\n\nNo dated events were found in the sources." in pages["events/index.md"]
    assert "No contested questions were found" in pages["disputes/index.md"]
    assert "No attributed statements or figures were found" in pages["claims/index.md"]
    assert "No people, organisations, countries or places were found" in pages["actors/index.md"]
    full = render_site(_dossier())
    for section in ("actors", "events", "disputes", "claims"):
        assert full[f"{section}/index.md"].count("\n# ") == 1, section  # one title: one renderer made it


@pytest.mark.parametrize("rel", ["claims/authority-4000.html", "events/mediation-call.html",
                                 "disputes/how-many-strikers.html"])
def test_sources_are_listed_once_as_footnotes_under_their_heading(site, rel):
    page = soup(site, rel).select_one("article.md-content__inner")
    headings = [h.get_text(strip=True).rstrip("¶") for h in page.find_all("h2")]
    assert headings.count("Sources") == 1, headings
    sources = next(h for h in page.find_all("h2") if h.get_text(strip=True).rstrip("¶") == "Sources")
    after = sources.find_next_sibling()
    assert after.name == "div" and "footnote" in after["class"]  # the footnotes are the list, no second one
    assert len(page.select("div.footnote")) == 1
    assert "///Footnotes" not in page.get_text()


def test_claim_quote_cites_every_source(site):
    page = soup(site, "claims/authority-4000.html").select_one("article.md-content__inner")
    marks = page.select("blockquote sup[id^=fnref]")
    assert len(marks) == len(page.select("div.footnote li")) == 2


def test_a_quote_that_opens_with_its_own_mark_is_not_wrapped_twice():
    from build_dossier.model import Article, Paragraph, SourceRef
    from build_dossier.render.footnotes import cite

    a = Article("a", "seeds/a.txt", "T", [Paragraph("“We will stay out,” Quint said.")], outlet="O", date="2031-01-01")
    assert cite("claims/x.md", a, SourceRef("a", 0, "")).endswith(": “We will stay out,” Quint said.")
    assert cite("claims/x.md", a, SourceRef("a", 0, "Quint said")).endswith(": “Quint said”")


def test_footnote_marks_side_by_side_are_separated():
    from pathlib import Path

    css = (Path(__file__).resolve().parent.parent / "build_dossier" / "assets" / "dossier.css").read_text("utf-8")
    assert 'sup[id^="fnref"] + sup[id^="fnref"]::before { content: ",\\200B"; }' in css


def test_event_date_says_when_no_day_is_given():
    from build_dossier.render import render_site

    pages = render_site(_dossier())
    assert "**Date:** 2031-04 (the sources give the month only)" in pages["events/proposal.md"]
    assert "**Date:** 2031-03-09  \n" in pages["events/mediation-call.md"]


def test_footnote_marks_in_lists_are_not_underlined():
    from pathlib import Path

    css = (Path(__file__).resolve().parent.parent / "build_dossier" / "assets" / "dossier.css").read_text("utf-8")
    assert ".md-typeset li a:not(.footnote-backref):not(.footnote-ref) {" in css


def test_home_leads_with_key_claims_and_lists_few_sources_one_by_one():
    from dataclasses import replace

    from build_dossier.render import render_site

    d = _dossier()
    d = replace(d, claims=[replace(c, key=True) if c.id == "authority-4000" else c for c in d.claims])
    home = render_site(d)["index.md"]
    sections = [line for line in home.splitlines() if line.startswith("## ")]
    assert sections[:2] == ["## Key claims", "## Open disputes"] and sections[-1] == "## Sources"
    assert ("- [Port Authority](actors/port-authority.md): [about 4,000 workers were absent](claims/authority-4000.md)"
            " — 2 articles") in home
    assert home.count("](sources/") == 3 + 2  # every article, the count and the link to the Sources table


@pytest.mark.browser
@pytest.mark.parametrize("rel", ["index.html", "sources/index.html", "events/index.html", "disputes/index.html",
                                 "claims/index.html", "actors/index.html"])
def test_index_tables_fit_a_phone(site, browser, rel):
    # Material gives every column heading 5rem: a five-column table was 560px wide on a 390px phone.
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto((site / rel).as_uri())
        sizes = page.evaluate("""[...document.querySelectorAll('article table')].map(
            t => [t.scrollWidth, t.closest('.md-typeset__scrollwrap').clientWidth])""")
    finally:
        page.close()
    assert sizes and all(table <= room for table, room in sizes), sizes


def test_figure_chart_rows_keep_their_date_when_a_long_title_is_cut():
    from build_dossier.svg import FigurePoint, figure_chart_svg

    title = "A very long headline of an article whose outlet nobody recorded, cut short in the chart"
    svg = figure_chart_svg([FigurePoint(10.0, "10", False, title, "2031-03-09", 0),
                            FigurePoint(20.0, "20", False, "Courier", "2031-03-10", 1)], ["ten", "twenty"], "f", "Q")
    assert ">9 Mar 2031 · A very long headline" in svg


def test_actor_without_mentions_has_no_empty_mentioned_in_section():
    from dataclasses import replace

    from build_dossier.render import render_site

    d = _dossier()
    d = replace(d, actors=[replace(a, mentions=[]) if a.id == "olan-brisk" else a for a in d.actors])
    pages = render_site(d)
    assert "## Mentioned in" not in pages["actors/olan-brisk.md"]
    assert "## Mentioned in" in pages["actors/mara-quint.md"]


@pytest.mark.browser
def test_adjacent_footnote_marks_show_a_comma(site, browser):
    page = browser.new_page()
    try:
        page.goto((site / "claims/authority-4000.html").as_uri())
        before = page.evaluate("""[...document.querySelectorAll('blockquote sup')].map(
            s => getComputedStyle(s, '::before').content)""")
    finally:
        page.close()
    assert before == ["none", '",\u200b"'], before  # "1,2", not "12"


def test_related_actors_read_as_one_line():
    from build_dossier.render import render_site

    page = render_site(_dossier())["actors/mara-quint.md"]
    assert ("Named in the same paragraphs (how many): [Dockworkers' Union](dockworkers-union.md) (2), "
            "[Port Authority](port-authority.md) (1).") in page
