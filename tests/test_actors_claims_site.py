"""The demo built end to end: actor and claim pages exist, and dossier.json keeps its rules."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import shutil

    from conftest import ROOT, Project

    p = Project(tmp_path_factory.mktemp("demo") / "demo")
    p.root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", p.root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", p.root / "docs")
    shutil.copytree(ROOT / "seeds", p.root / "seeds")
    p.build(strict=True)
    return p


def test_actor_and_claim_pages_are_built(built):
    data = built.dossier()
    assert len(data["actors"]) >= 10
    assert any(c["kind"] != "figure" for c in data["claims"])
    html = built.html("actors/index.html")
    for actor in data["actors"]:
        assert (built.site / "actors" / f'{actor["id"]}.html').exists()  # offline plugin: no directory URLs
        assert f'href="{actor["id"]}.html"' in html
    for claim in data["claims"]:
        assert (built.site / "claims" / f'{claim["id"]}.html').exists()


def test_every_quote_is_verbatim_and_every_id_exists(built):
    data = built.dossier()
    articles = {a["id"]: a for a in data["articles"]}
    actors = {a["id"] for a in data["actors"]}
    assert len(actors) == len(data["actors"])
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])
    for claim in data["claims"]:
        assert claim["actor"] is None or claim["actor"] in actors
        assert claim["found_by"], claim["id"]
        for s in claim["sources"]:
            assert s["quote"] and s["quote"] in articles[s["article"]]["paragraphs"][s["paragraph"]]
    for actor in data["actors"]:
        assert actor["found_by"], actor["id"]
        for m in actor["mentions"]:
            assert 0 <= m["paragraph"] < len(articles[m["article"]]["paragraphs"])


def test_key_claims_cite_several_articles_and_are_marked_on_sources(built):
    data = built.dossier()
    key = [c for c in data["claims"] if c.get("key")]
    assert key
    for claim in key:
        assert len({s["article"] for s in claim["sources"]}) >= 2
    first = key[0]["sources"][0]
    page = built.html(f"sources/{first['article']}.html")
    assert "Key claim" in page and f"../claims/{key[0]['id']}.html" in page


def test_claim_page_footnotes_link_to_paragraph_anchors(built):
    data = built.dossier()
    claim = next(c for c in data["claims"] if c.get("key"))
    page = built.html(f"claims/{claim['id']}.html")
    notes = re.findall(r'<li id="fn:([^"]+)"', page)
    assert len(notes) == len(set(notes)) >= 2
    for s in claim["sources"]:
        assert f'../sources/{s["article"]}.html#p{s["paragraph"] + 1}"' in page
