"""The demo dossier: `mkdocs build --strict` passes with link/anchor validation on, every
internal link of the built site resolves, and dossier.json keeps its contract."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("demo") / "demo"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    r = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=root, capture_output=True, text=True,
                       env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 0, r.stderr
    assert "WARNING" not in r.stderr, r.stderr
    return root / "site"


def test_validation_of_links_anchors_and_omitted_files_is_on():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    assert config["validation"] == {
        "omitted_files": "warn", "absolute_links": "warn", "unrecognized_links": "warn", "anchors": "warn",
    }
    assert config["theme"]["font"] is False
    assert "offline" in [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]


def test_every_internal_link_and_anchor_resolves(demo_site):
    pages = sorted(demo_site.rglob("*.html"))
    ids: dict[Path, set[str]] = {}
    soups = {}
    for page in pages:
        soups[page] = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        ids[page] = {el["id"] for el in soups[page].find_all(id=True)}
    checked = 0
    for page, soup in soups.items():
        if page.name == "404.html":
            continue
        for a in soup.find_all("a", href=True):
            parts = urlsplit(a["href"])
            if parts.scheme or a["href"].startswith("//"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(demo_site)}: broken link {a['href']}"
            if parts.fragment and target.suffix == ".html":
                assert unquote(parts.fragment) in ids[target], f"{page.relative_to(demo_site)}: missing anchor {a['href']}"
            checked += 1
    assert checked > 50


def test_source_pages_have_anchored_paragraphs_and_facts(demo_site):
    import json

    data = json.loads((demo_site / "dossier.json").read_text("utf-8"))
    for article in data["articles"]:
        soup = BeautifulSoup((demo_site / "sources" / f"{article['id']}.html").read_text("utf-8"), "html.parser")
        body = soup.select_one("article.md-content__inner")
        anchored = body.select("[id^=p]")
        anchored = [el for el in anchored if re.fullmatch(r"p\d+", el["id"])]
        assert [el["id"] for el in anchored] == [f"p{i + 1}" for i in range(len(article["paragraphs"]))]
        text = body.get_text()
        assert (article["date"] or "unknown") in text
        assert (article["outlet"] or "unknown") in text
        details = body.find("details")
        assert (details is not None) == bool(article["removed"])


def test_dossier_json_contract(demo_site):
    import json

    data = json.loads((demo_site / "dossier.json").read_text("utf-8"))
    assert data["schema"] == "dossier/1"
    assert isinstance(data["title"], str) and data["title"]
    for key in ("articles", "actors", "claims", "events", "disputes"):
        assert isinstance(data[key], list)
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)) == 5
    for a in data["articles"]:
        assert a["path"].startswith("seeds/") and (ROOT / a["path"]).is_file()
        assert isinstance(a["title"], str) and a["title"]
        for key in ("outlet", "url"):
            assert a[key] is None or isinstance(a[key], str)
        assert a["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"])
        assert a["paragraphs"] and all(isinstance(p, str) and p.strip() for p in a["paragraphs"])
        for r in a["removed"]:
            assert isinstance(r["text"], str) and r["text"] and isinstance(r["reason"], str) and r["reason"]
    known = {a["id"]: len(a["paragraphs"]) for a in data["articles"]}
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert 0 <= m["paragraph"] < known[m["article"]]
    paragraphs = {a["id"]: a["paragraphs"] for a in data["articles"]}
    for claim in data["claims"]:
        for s in claim["sources"]:
            assert s["quote"] in paragraphs[s["article"]][s["paragraph"]]


def test_no_page_loads_anything_from_the_network(demo_site):
    """The static half of the offline check (the browser test does the rest): no script,
    stylesheet, font, image or frame is referenced by an absolute URL, and the polyfill shim
    is the local copy."""
    for page in sorted(demo_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for el in soup.find_all(tag):
                value = el.get(attr)
                if not value or (tag == "link" and "stylesheet" not in el.get("rel", []) and "preload" not in el.get("rel", [])):
                    continue
                assert not re.match(r"(https?:)?//", value), f"{page.name}: {tag} {value}"
        scripts = [s["src"] for s in soup.find_all("script", src=True)]
        assert any(s.endswith("assets/javascripts/iframe-worker-shim.js") for s in scripts), page.name
        assert 'data-md-component="source"' not in str(soup)
    css = "".join(p.read_text("utf-8") for p in demo_site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css
