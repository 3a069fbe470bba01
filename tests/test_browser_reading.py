"""Reading the dossier in a real browser (headless Chromium), straight from disk (file://).

Builds the synthetic story (tests/synthetic.py) with the real pipeline and renderers; screenshots
of home, an actor, a dispute and a source at desk and phone widths go to tests/artifacts/.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path

import pytest

import sitebuild

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
# Requests that may fail offline without harm: none. Every asset must come from the site itself.


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return sitebuild.synthetic_site(tmp_path_factory.mktemp("valen"))


@pytest.fixture(scope="module")
def dossier(site) -> dict:
    return json.loads((site / "dossier.json").read_text())


def open_page(browser, url: str, width: int = 1280, height: int = 900, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    page.errors, page.failed = [], []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    # A request the page itself cancels by navigating away (net::ERR_ABORTED) is no failure.
    page.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "") else page.failed.append(
        f"{r.url} {r.failure}"))
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def url(site: Path, rel: str) -> str:
    return (site / rel).as_uri()


def test_home_renders_without_console_errors(browser, site):
    page = open_page(browser, url(site, "index.html"))
    page.wait_for_timeout(500)
    assert page.errors == []
    assert page.failed == []
    assert page.locator("h1").first.inner_text().startswith("Port Valen strike")
    for heading in ("Open disputes", "Latest events", "Most-cited actors", "Sources"):
        assert page.get_by_role("heading", name=re.compile(rf"^{heading}\W*$")).is_visible()  # "¶": permalink
    page.context.close()


def test_timeline_svg_is_visible_and_named(browser, site):
    for rel in ("index.html", "events/index.html"):
        page = open_page(browser, url(site, rel), 390, 844)
        svg = page.locator("figure.dossier-figure-timeline svg")
        svg.scroll_into_view_if_needed()
        assert svg.is_visible()
        box = svg.bounding_box()
        assert box["width"] > 300 and box["height"] > 100
        assert page.get_by_role("img", name="Timeline of events").count() == 1
        # The picture draws in the page's colours: labels are not transparent or unset.
        fill = svg.locator("text.dossier-svg-label").first.evaluate("e => getComputedStyle(e).fill")
        assert fill.startswith("rgb")
        page.context.close()


def test_claim_footnote_links_to_the_exact_paragraph(browser, site, dossier):
    claim = next(c for c in dossier["claims"] if c["sources"])
    ref = claim["sources"][0]
    page = open_page(browser, url(site, f"claims/{claim['id']}.html"))
    link = page.locator(f'.footnote a[href*="sources/{ref["article"]}.html#p{ref["paragraph"] + 1}"]').first
    assert link.count() == 1
    link.click()
    page.wait_for_url(f"**/sources/{ref['article']}.html#p{ref['paragraph'] + 1}")
    target = page.locator(":target")
    assert target.get_attribute("id") == f"p{ref['paragraph'] + 1}"
    assert ref["quote"] in target.inner_text()
    assert target.is_visible()
    outline = target.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"  # the targeted paragraph is marked
    page.context.close()


def test_footnote_tooltip_shows_the_quote(browser, site, dossier):
    claim = next(c for c in dossier["claims"] if c["sources"])
    page = open_page(browser, url(site, f"claims/{claim['id']}.html"))
    page.locator(".footnote-ref").first.hover()
    tip = page.locator(".md-tooltip2, .md-tooltip").filter(has_text=claim["sources"][0]["quote"][:20])
    tip.first.wait_for(state="visible", timeout=5000)
    page.context.close()


def test_search_finds_an_actor_by_alias_offline(browser, site, dossier):
    actor = next(a for a in dossier["actors"] if any(x not in a["name"] for x in a["aliases"]))
    alias = next(x for x in actor["aliases"] if x not in actor["name"] and len(x) > 4)
    page = open_page(browser, url(site, "index.html"))
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(alias, delay=20)  # Material searches on key events
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(f"actors/{actor['id']}.html" in h for h in hrefs), hrefs
    assert page.errors == []
    page.context.close()


def test_tables_sort_and_theme_toggles_from_file(browser, site):
    page = open_page(browser, url(site, "actors/index.html"))
    header = page.locator("article table th", has_text="Mentions")
    header.click()
    assert header.get_attribute("aria-sort") in ("ascending", "descending")
    first = page.locator("article table tbody tr td").first.inner_text()
    header.click()
    assert page.locator("article table tbody tr td").first.inner_text() != first
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    before = scheme()
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert scheme() != before
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(browser, site, dossier, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    pages = ["index.html", "actors/index.html", f"actors/{dossier['actors'][0]['id']}.html", "events/index.html",
             f"disputes/{dossier['disputes'][0]['id']}.html", f"claims/{dossier['claims'][0]['id']}.html",
             f"sources/{dossier['articles'][0]['id']}.html", "sources/index.html"]
    problems = []
    for rel in pages:
        page = open_page(browser, url(site, rel), scheme=scheme)
        if scheme == "dark":
            page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
        result = axe.run(page)
        for v in result.response["violations"]:
            if v["impact"] in ("serious", "critical"):
                problems.append((rel, v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]))
        page.context.close()
    assert problems == [], '\n'.join(map(str, problems))


def test_screenshots(browser, site, dossier):
    """Saved for people to look at: home, an actor, a dispute and a source, desk and phone."""
    ARTIFACTS.mkdir(exist_ok=True)
    actor = max(dossier["actors"], key=lambda a: len(a["mentions"]))
    shots = {
        "home": "index.html",
        "actor": f"actors/{actor['id']}.html",
        "actors-index": "actors/index.html",
        "dispute": f"disputes/{dossier['disputes'][0]['id']}.html",
        "source": f"sources/{dossier['articles'][0]['id']}.html",
    }
    for width_name, (w, h) in WIDTHS.items():
        for name, rel in shots.items():
            for scheme in ("light", "dark") if name in ("home", "dispute") else ("light",):
                page = open_page(browser, url(site, rel), w, h, scheme)
                page.wait_for_timeout(200)
                path = ARTIFACTS / f"{name}-{width_name}{'-dark' if scheme == 'dark' else ''}.png"
                page.screenshot(path=str(path), full_page=True)
                assert path.stat().st_size > 5000
                # Nothing wider than the screen, except tables, which scroll inside their own box.
                overflow = page.evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, (name, width_name, overflow)
                page.context.close()


def test_project_page_served_under_its_base_path(browser, site):
    """GitHub project pages live at /REPO/: the site works from a sub-path over HTTP."""
    root = site.parent / "www"
    root.mkdir(exist_ok=True)
    if not (root / "valen-dossier").exists():
        (root / "valen-dossier").symlink_to(site, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/valen-dossier/"
        page = open_page(browser, base + "index.html")
        page.get_by_role("link", name="Actors", exact=True).first.click()
        page.wait_for_url(base + "actors/index.html")
        page.locator("article table a").first.click()
        page.wait_for_url(base + "actors/*.html")
        assert page.url != base + "actors/index.html"
        assert page.failed == [] and page.errors == []
        page.context.close()
    finally:
        server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_pages_print_well(browser, site, dossier):
    """Print: no header, sidebars or search; collapsed blocks open; pictures kept whole."""
    article = next(a for a in dossier["articles"] if a["removed"])
    page = open_page(browser, url(site, f"sources/{article['id']}.html"))
    assert page.locator("article details:not([open])").count() == 1  # removed lines, collapsed on screen
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    for selector in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer"):
        loc = page.locator(selector).first
        assert loc.count() == 0 or not loc.is_visible(), selector
    assert page.locator("article .para-link").first.is_hidden()
    closed = page.evaluate("document.querySelectorAll('article details:not([open])').length")
    assert closed == 0
    page.goto(url(site, f"disputes/{dossier['disputes'][0]['id']}.html"))
    page.emulate_media(media="print")
    fig = page.locator("figure.dossier-figure-chart")
    assert fig.is_visible()
    assert fig.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert len(page.pdf()) > 10000
    page.context.close()


def test_zensical_build_reads_offline_too(browser, tmp_path):
    """The other renderer: the `render --out` tree built by Zensical, opened from disk."""
    import subprocess
    import sys

    import synthetic
    from build_dossier.cli import main as cli_main

    synthetic.write_project(tmp_path / "proj", synthetic.site_config())
    cfg = tmp_path / "build" / "mkdocs.yml"
    with sitebuild.synthetic_extract(), sitebuild.chdir(tmp_path / "proj"):
        assert cli_main(["render", "--out", str(tmp_path / "build" / "docs"), "--config-out", str(cfg)]) == 0
    zensical = Path(sys.executable).parent / "zensical"
    subprocess.run([str(zensical), "build", "--strict", "-f", str(cfg)], check=True, capture_output=True,
                   cwd=cfg.parent, timeout=300)
    site = cfg.parent / "site"
    page = open_page(browser, url(site, "index.html"))
    page.wait_for_timeout(300)
    assert page.errors == [] and page.failed == []
    assert page.get_by_role("img", name="Timeline of events").is_visible()
    page.goto(url(site, "actors/index.html"))
    header = page.locator("article table th", has_text="Mentions")
    header.click()
    assert header.get_attribute("aria-sort") in ("ascending", "descending")
    page.context.close()
