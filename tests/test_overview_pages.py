"""Generated Markdown for reading the dossier: home, index tables, tags, JSON-LD."""

from __future__ import annotations

import json
import re

import synthetic
from build_dossier.model import Claim, EditorPage, SourceRef
from build_dossier.render import render_site
from build_dossier.render.structured import claim_jsonld, script_block


def site(editor_pages=None):
    return render_site(synthetic.dossier(), editor_pages)


def jsonld(page: str) -> dict:
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
    assert m, "no JSON-LD block"
    return json.loads(m.group(1))


def test_home_covers_the_dossier():
    home = site()["index.md"]
    assert home.startswith("# Port Valen strike\n")
    assert "Sources dated 2031-03-02 to 2031-04-14." in home
    counts = "[**3 sources**](sources/index.md) · [**5 actors**](actors/index.md) · [**5 claims**](claims/index.md)"
    assert counts in home
    assert "[**1 dispute**](disputes/index.md)\n{ .dossier-counts }" in home
    sections = [line for line in home.splitlines() if line.startswith("## ")]
    assert sections == ["## Open disputes", "## Latest events", "## Most-cited actors", "## Sources"]
    assert "- [How many workers are on strike?](disputes/how-many-strikers.md) — 2 positions" in home
    assert 'class="dossier-figure dossier-figure-timeline"' in home
    assert "| [Mara Quint](actors/mara-quint.md) | person | 3 | 4 |" in home  # most cited first
    # a few sources: each one listed, oldest first (outlets are counted only for many)
    assert home.index("| 2031-03-02 | [Dockworkers walk out at Port Valen](sources/") < home.index("| 2031-04-14 |")
    assert "| Northern Ledger &amp; Post |" in home  # escaped


def test_home_goes_under_the_editors_introduction_and_hides_settled_disputes():
    editor = {
        "index.md": EditorPage("index.md", {}, "# Our strike dossier\n\nWhat we cover.\n", "docs/index.md"),
        "disputes/how-many-strikers.md": EditorPage("disputes/how-many-strikers.md", {"status": "settled"}, "",
                                                    "docs/disputes/how-many-strikers.md"),
    }
    pages = site(editor)
    home = pages["index.md"]
    assert home.startswith("# Our strike dossier\n\nWhat we cover.\n\nSources dated")
    assert "## Open disputes" not in home
    assert "| [How many workers are on strike?](how-many-strikers.md) | 2 | 3 | 4 | settled |" in pages[
        "disputes/index.md"]


def test_index_pages_are_tables_not_link_lists():
    pages = site()
    for section in ("actors", "events", "disputes", "claims"):
        page = pages[f"{section}/index.md"]
        assert "hide:\n- toc" in page
        assert re.search(r"^\| .* \|\n\| --- \|", page, re.M), section
    assert "dossier-figure-relations" in pages["actors/index.md"]
    assert "dossier-figure-timeline" in pages["events/index.md"]
    events = pages["events/index.md"]
    assert events.index("| 2031-03-02 |") < events.index("| 2031-04 |")
    assert ("| [12,000 workers had joined the strike](union-12000.md) | [Mara Quint](../actors/mara-quint.md) "
            "| figure | 1 | 2031-03-02 |") in pages["claims/index.md"]


def test_tags_for_outlet_and_actor_kind():
    pages = site()
    d = synthetic.dossier()
    b = next(a for a in d.articles if a.outlet.startswith("Northern"))
    assert "tags:\n- Northern Ledger and Post\n" in pages[f"sources/{b.id}.md"]  # no raw & in a tag
    assert "tags:\n- person\n" in pages["actors/mara-quint.md"]


def test_actor_pages_show_every_alias():
    page = site()["actors/olan-brisk.md"]
    assert "Transport minister Olan Brisk" in page and "Brisk" in page


def test_dispute_page_has_chart_and_claims_as_jsonld():
    page = site()["disputes/how-many-strikers.md"]
    assert page.index("# How many workers are on strike?") < page.index("dossier-figure-chart") < page.index(
        "| Position |")
    data = jsonld(page)
    assert data["@context"] == "https://schema.org"
    types = [x["@type"] for x in data["@graph"]]
    assert types == ["Claim"] * 5
    assert data["@graph"][0]["name"] == "How many workers are on strike?"
    texts = {x["text"] for x in data["@graph"][1:]}
    assert "about 4,000 workers were absent" in texts


def test_claim_page_claim_and_claimreview():
    pages = site()
    data = jsonld(pages["claims/authority-4000.md"])
    assert data["@type"] == "Claim"
    assert data["author"] == {"@type": "Organization", "name": "Port Authority"}
    assert [a["publisher"]["name"] for a in data["appearance"]] == ["The Valen Courier", "Northern Ledger & Post"]
    assert data["firstAppearance"]["datePublished"] == "2031-03-02"
    editor = {"claims/authority-4000.md": EditorPage(
        "claims/authority-4000.md", {"verdict": "Understated", "rating": 2, "reviewer": "Desk", "reviewed": "2031-05-01"},
        "", "docs/claims/authority-4000.md")}
    review = jsonld(site(editor)["claims/authority-4000.md"])
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "about 4,000 workers were absent"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Understated", "ratingValue": 2,
                                      "bestRating": 5, "worstRating": 1}
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["datePublished"] == "2031-05-01"


def test_jsonld_cannot_close_its_script():
    d = synthetic.dossier()
    claim = Claim("x", "</script><script>alert(1)</script> & more", "quote", None,
                  [SourceRef(d.articles[0].id, 0, "")])
    block = script_block(claim_jsonld(d, claim, None))
    assert block.count("</script>") == 1 and "<script>alert" not in block
    body = block[block.index(">") + 1: block.rindex("</script>")]
    assert json.loads(body)["text"] == claim.text


def test_render_is_deterministic():
    assert site() == site()


def test_titles_from_articles_cannot_open_a_tag_in_the_theme():
    pages = site()
    d = synthetic.dossier()
    b = next(a for a in d.articles if "<b>" in a.title)
    page = pages[f"sources/{b.id}.md"]
    assert "title: Talks fail as strike enters second week &lt;b&gt;update&lt;/b&gt;\n" in page
    assert "# Talks fail as strike enters second week &lt;b&gt;update&lt;/b&gt;" in page
    event_title = pages["events/mediation-call.md"].split("title: ", 1)[1].split("\n", 1)[0]
    assert "<" not in event_title and "Minister urges mediation" in event_title


def test_home_stays_short_for_a_large_dossier():
    from dataclasses import replace

    from build_dossier.model import Dispute, Position
    from build_dossier.render.home import render_home

    d = synthetic.dossier()
    many = [Dispute(f"q{i:02d}", f"Question {i:02d}?", [Position("yes"), Position("no")]) for i in range(25)]
    articles = [replace(d.articles[0], id=f"a{i}", outlet=f"Outlet {i:02d}") for i in range(30)]
    d = replace(d, disputes=many, articles=articles)
    _, home = render_home(d)
    assert home.count("](disputes/q") == 10
    assert "[All 25 open disputes](disputes/index.md)" in home
    assert home.count("| Outlet ") == 12 + 1  # rows + header
    assert "And 18 other outlets." in home
