"""End to end: seeds in, `mkdocs build --strict` (in-process), assertions on the built HTML."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

HOSTILE_LINES = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "**bold**",
    "# not a heading",
    "{: onclick=x}",
]

HARBOUR = """\
Harbour cranes idle as dock workers strike for third day

14 March 2023 - 09:15
Harbour cranes idle as dock workers strike for third day

Dock workers walked out for a third consecutive day on Tuesday, leaving forty ships at anchor.

Idle cranes at the terminal on Monday. Photo: Anders Holm

The union said its members had rejected a pay offer of four percent as too low.

Talks are scheduled to resume on Thursday under the national mediation office.

Related:

Become a Patron!
"""

HOSTILE = (
    "A page that tries to inject markup into the dossier\n\n"
    "2 February 2021\n\n"
    "The first paragraph is plain and says nothing surprising at all.\n\n"
    + "\n\n".join(HOSTILE_LINES)
    + "\n\nA sentence ending in an attribute list {: onclick=x}\n\n"
    "A sentence with <img src=x onerror=alert(2)> and [a link](https://example.org) inside.\n\n"
    "Photo: <b>credit</b>\n"
)

UNDATED = """\
---
title: An undated note
outlet: Example Wire
url: "javascript:alert(3)"
---

The note has no date, so the Sources index lists it last.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import MINIMAL_MKDOCS, Project

    p = Project(tmp_path_factory.mktemp("e2e") / "proj")
    p.write("mkdocs.yml", MINIMAL_MKDOCS.format(title="Test dossier"))
    p.write("docs/index.md", "# Test dossier\n\nIntroduction by the editors.\n")
    p.write("seeds/b-harbour.txt", HARBOUR)
    p.write("seeds/a-hostile.txt", HOSTILE)
    p.write("seeds/c-undated.md", UNDATED)
    p.build(strict=True)
    return p


def soup(project, rel: str) -> BeautifulSoup:
    return BeautifulSoup(project.html(rel), "html.parser")


def content(project, rel: str):
    return soup(project, rel).select_one("article.md-content__inner")


def test_paragraph_anchors(built):
    page = content(built, "sources/harbour-cranes-idle-as-dock-workers-strike-for-third-day.html")
    ids = [p.get("id") for p in page.find_all("p") if p.get("id")]
    assert ids == ["p1", "p2", "p3"]
    assert page.select_one("#p1").get_text().startswith("Dock workers walked out")
    assert page.select_one("#p3").get_text().startswith("Talks are scheduled")
    link = page.select_one("#p2 a.para-link")
    assert link["href"] == "#p2"
    data = built.dossier()
    article = next(a for a in data["articles"] if a["path"] == "seeds/b-harbour.txt")
    assert article["date"] == "2023-03-14"
    assert len(article["paragraphs"]) == 3


def test_removed_block_is_collapsed_and_lists_every_dropped_line(built):
    page = content(built, "sources/harbour-cranes-idle-as-dock-workers-strike-for-third-day.html")
    details = page.find("details")
    assert details is not None and not details.has_attr("open")
    summary = details.summary.get_text()
    assert summary.startswith("Removed as boilerplate") and "6" in summary
    items = [li.get_text() for li in details.find_all("li")]
    assert "headline" in items[0] and "1" in items[0]
    assert items[0].endswith("Harbour cranes idle as dock workers strike for third day")
    assert any(i.endswith("Photo: Anders Holm") and "caption" in i for i in items)
    assert any(i.endswith("Become a Patron!") for i in items)
    data = built.dossier()
    article = next(a for a in data["articles"] if a["path"] == "seeds/b-harbour.txt")
    assert len(items) == len(article["removed"])
    assert all(r["text"] in item and r["reason"] in item for r, item in zip(article["removed"], items))


def test_sources_index_oldest_first_undated_last(built):
    rows = content(built, "sources/index.html").select("tbody tr")
    cells = [[td.get_text() for td in row.find_all("td")] for row in rows]
    assert [c[0] for c in cells] == ["2021-02-02", "2023-03-14", "—"]
    assert cells[2][1] == "An undated note"
    assert cells[2][2] == "Example Wire"


def test_hostile_article_text_stays_text(built):
    data = built.dossier()
    article = next(a for a in data["articles"] if a["path"] == "seeds/a-hostile.txt")
    page = content(built, f"sources/{article['id']}.html")
    # No element or attribute came from the article.
    assert page.find("script") is None
    assert page.find("img") is None and page.find("b") is None
    assert all(not a.get("href", "").lower().startswith("javascript") for a in page.find_all("a"))
    assert all("onclick" not in el.attrs and "onerror" not in el.attrs for el in page.find_all(True))
    assert all("bold" not in s.get_text() for s in page.find_all(["strong", "em", "b", "i"]))
    assert [h.get_text().rstrip("¶") for h in page.find_all(["h1", "h2", "h3"])] == [article["title"]]
    # ... and all of it is shown, literally.
    paragraphs = [p.get_text().rsplit(" ¶", 1)[0] for p in page.select("p[id^=p]")]
    for line in HOSTILE_LINES:
        assert line in paragraphs, line
    assert "A sentence ending in an attribute list {: onclick=x}" in paragraphs
    assert "A sentence with <img src=x onerror=alert(2)> and [a link](https://example.org) inside." in paragraphs
    removed = [li.get_text() for li in page.select("details li")]
    assert any(r.endswith("Photo: <b>credit</b>") for r in removed)
    assert paragraphs == [p for p in article["paragraphs"]]


def test_unsafe_url_is_not_linked(built):
    data = built.dossier()
    article = next(a for a in data["articles"] if a["path"] == "seeds/c-undated.md")
    assert article["url"] == "javascript:alert(3)"  # kept as data...
    page = content(built, f"sources/{article['id']}.html")
    assert "Original:" not in page.get_text()  # ... but never a link
    assert all("javascript" not in a.get("href", "") for a in page.find_all("a"))


def test_home_links_to_sources_and_dossier_json_is_at_root(built):
    home = content(built, "index.html")
    assert "Introduction by the editors." in home.get_text()
    assert home.find("a", href="sources/index.html") is not None
    data = built.dossier()
    assert data["schema"] == "dossier/1" and data["title"] == "Test dossier"
    assert [a["path"] for a in data["articles"]] == ["seeds/a-hostile.txt", "seeds/b-harbour.txt", "seeds/c-undated.md"]


def test_hostile_headline_is_text_everywhere_on_the_page(project):
    """The title is shown by the theme too (<title>, header, navigation, search): MkDocs treats
    a page title as HTML, so an article's headline must reach it escaped."""
    headline = "<img src=x onerror=alert(1)> Bridge & <b>reopens</b> **now**"
    project.write("seeds/a.txt", f"{headline}\n\nThe bridge reopened on Monday after six months of repairs to its deck.\n")
    project.build()
    [article] = project.dossier()["articles"]
    assert article["title"] == headline
    for rel in ("index.html", "sources/index.html", f"sources/{article['id']}.html"):
        page = soup(project, rel)
        assert page.find("img") is None, rel
        assert page.find("b") is None, rel
        assert all("onerror" not in el.attrs for el in page.find_all(True)), rel
    page = soup(project, f"sources/{article['id']}.html")
    assert page.title.get_text().startswith(headline)
    assert page.select_one("article h1").get_text().rstrip("¶") == headline
    # The sidebar lists sections, not sources; the header shows the page title.
    assert headline in [el.get_text().strip() for el in page.select(".md-header__topic .md-ellipsis")]
    index = json.loads((project.site / "search" / "search_index.json").read_text("utf-8"))
    titles = [d["title"] for d in index["docs"] if d["location"].startswith(f"sources/{article['id']}")]
    assert titles and all("<img" not in t for t in titles)
