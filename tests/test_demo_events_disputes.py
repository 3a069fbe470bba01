"""On the demo: the figure dispute and the contradiction disputes are found, events are dated and
merged. Asserts on dossier.json's structure only (no name, date or phrase of the demo here).

What extraction finds is measured on the seeds alone (`extracted`: the editors' annotations in
docs/ rewrite some of these disputes and events); references and pages on the curated demo."""

from __future__ import annotations

import re

import pytest


def _build_demo(tmp_path_factory, annotated: bool):
    import shutil

    from conftest import ROOT, Project

    p = Project(tmp_path_factory.mktemp("demo") / "demo")
    p.root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", p.root / "mkdocs.yml")
    if annotated:
        shutil.copytree(ROOT / "docs", p.root / "docs")
    else:
        (p.root / "docs").mkdir()
        shutil.copy(ROOT / "docs" / "index.md", p.root / "docs" / "index.md")
    shutil.copytree(ROOT / "seeds", p.root / "seeds")
    p.build()  # strict
    return p.dossier(), p


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo as published: seeds and the editors' annotations."""
    return _build_demo(tmp_path_factory, annotated=True)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The demo's seeds alone: what extraction finds before any editor's correction."""
    return _build_demo(tmp_path_factory, annotated=False)


def test_every_reference_resolves(demo):
    data, _ = demo
    articles = {a["id"]: a for a in data["articles"]}
    claims = {c["id"] for c in data["claims"]}
    actors = {a["id"] for a in data["actors"]}
    for kind in ("events", "disputes"):
        ids = [x["id"] for x in data[kind]]
        assert len(ids) == len(set(ids)), kind
    for e in data["events"]:
        assert re.fullmatch(r"\d{4}(-\d\d){0,2}", e["date"])
        assert set(e["actors"]) <= actors and set(e["claims"]) <= claims
        for s in e["sources"]:
            paragraph = articles[s["article"]]["paragraphs"][s["paragraph"]]
            assert s.get("quote", "") in paragraph
    for d in data["disputes"]:
        for p in d["positions"]:
            assert p["claims"] and set(p["claims"]) <= claims and set(p["actors"]) <= actors
            for s in p["sources"]:
                assert s["quote"] in articles[s["article"]]["paragraphs"][s["paragraph"]]
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates)


def test_a_figure_dispute_with_many_estimates(extracted):
    data, _ = extracted
    claims = {c["id"]: c for c in data["claims"]}
    figure_disputes = [d for d in data["disputes"] if "disputes: figures about one quantity that differ" in d["found_by"]]
    best = max(figure_disputes, key=lambda d: len(d["positions"]))
    assert len(best["positions"]) >= 5
    figures = [claims[c]["figure"] for p in best["positions"] for c in p["claims"]]
    assert len({(f["unit"], f["about"]) for f in figures}) == 1  # one quantity
    assert len({f["value"] for f in figures}) == len(figures)  # one position per value
    assert any(f["total"] for f in figures)  # "X out of a total Y"
    summaries = " | ".join(p["summary"] for p in best["positions"])
    assert re.search(r"\w+ \w+ of [\d,]+ \w+ each", summaries)  # "<n> <groups> of <N> <unit> each", kept
    assert sum(1 for p in best["positions"] if p["actors"]) >= 4  # who gives each estimate
    # the same estimate in several articles is one claim with several sources
    assert any(len({s["article"] for s in claims[c]["sources"]}) >= 2 for p in best["positions"] for c in p["claims"])


@pytest.mark.parametrize("frame", ["confirmation", "legality", "restrictions"])
def test_contradiction_disputes(extracted, frame):
    data, _ = extracted
    found = [d for d in data["disputes"] if f"disputes: opposite {frame} cues on a shared topic" in d["found_by"]]
    assert len(found) == 1, [d["title"] for d in data["disputes"]]
    (d,) = found
    assert len(d["positions"]) >= 2
    held = [p for p in d["positions"] if p["actors"]]
    assert len(held) >= 2, d["positions"]
    # different people hold the first position and the last one
    assert not set(held[0]["actors"]) & set(held[-1]["actors"])


def test_events_from_several_articles_are_merged(extracted):
    data, _ = extracted
    assert len(data["events"]) >= 8
    assert any(len({s["article"] for s in e["sources"]}) >= 2 for e in data["events"])
    precisions = {len(e["date"]) for e in data["events"]}
    assert {10, 7} <= precisions  # day and month precision both kept


def test_pages(demo):
    data, p = demo
    timeline = p.html("events/index.html")
    positions = [timeline.find(f'href="{e["id"]}.html"') for e in data["events"]]
    assert -1 not in positions and positions == sorted(positions)
    for d in data["disputes"]:
        page = p.html(f"disputes/{d['id']}.html")
        assert "<table>" in page and 'id="fn:s1"' in page
