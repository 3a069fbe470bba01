"""Offline reading in a real browser: the built site opened from disk (file://), no network.

Headless Chromium opens site/index.html, follows links to a source page, runs a search for a
word that occurs in one article only and finds that article; every request the page makes is
recorded and none may go to a non-file URL (web fonts, CDN scripts, API calls).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

pytestmark = pytest.mark.browser


def _distinctive_word(dossier: dict) -> tuple[str, str]:
    """A word found in exactly one article's paragraphs (deterministic choice), and that article."""
    seen: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for a in dossier["articles"]:
        for p in a["paragraphs"]:
            for w in re.findall(r"[A-Za-z]{8,}", p):
                seen.setdefault(w.lower(), set()).add(a["id"])
                counts[w.lower()] += 1
    candidates = sorted(w for w, ids in seen.items() if len(ids) == 1 and counts[w] == 1)
    assert candidates, "no word unique to one article"
    word = candidates[len(candidates) // 2]
    return word, next(iter(seen[word]))


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory):
    from conftest import ROOT, Project
    import shutil

    p = Project(tmp_path_factory.mktemp("offline") / "demo")
    p.root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", p.root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", p.root / "docs")
    shutil.copytree(ROOT / "seeds", p.root / "seeds")
    p.build()
    return p


def test_site_reads_offline_from_disk(browser, built_demo):
    site = built_demo.site
    dossier = built_demo.dossier()
    word, article_id = _distinctive_word(dossier)
    title = next(a["title"] for a in dossier["articles"] if a["id"] == article_id)

    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    # Anything not on disk is refused (and recorded above): the test never reaches the network.
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else route.abort())

    page.goto((site / "index.html").as_uri())
    page.wait_for_load_state("load")
    page.click("a[href='sources/index.html']")
    page.wait_for_load_state("load")
    assert page.url.endswith("/sources/index.html")
    page.click(f"a[href='{article_id}.html']")
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/sources/{article_id}.html")
    assert page.locator("h1").first.inner_text().rstrip("¶ \n") == title
    assert page.locator("#p1").count() == 1

    query = page.locator("input[data-md-component=search-query]")
    query.click()
    query.press_sequentially(word, delay=30)
    results = page.locator(".md-search-result__link")
    results.first.wait_for(timeout=15000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(f"/sources/{article_id}.html" in (h or "") for h in hrefs), (word, hrefs)
    # Other pages (claims, actors) may quote the same paragraph: the article is among the hits.
    assert re.match(r"\d+ matching document", page.locator(".md-search-result__meta").inner_text())

    page.wait_for_timeout(500)  # let late fetches (repository facts, fonts) show up
    context.close()
    assert requests, "no request recorded at all: the listener is broken"
    offsite = sorted({u for u in requests if not u.startswith("file:")})
    assert offsite == [], f"requests to the network: {offsite}"
