"""The built site: strict MkDocs and Zensical builds, a sidebar that scales, Pages base paths."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitebuild
import synthetic
from build_dossier.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = shutil.which("zensical") or str(Path(sys.executable).parent / "zensical")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("valen")
    return sitebuild.synthetic_site(root)


def nav_links(html: str) -> list[str]:
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r'<a href="([^"]+)" class="md-nav__link', nav)


def test_sidebar_lists_sections_not_pages(built):
    d = json.loads((built / "dossier.json").read_text())
    source = built / "sources" / f"{d['articles'][0]['id']}.html"
    links = nav_links(source.read_text())
    assert links == ["../index.html", "index.html", "../actors/index.html", "../events/index.html",
                     "../disputes/index.html", "../claims/index.html", "../tags.html"]
    for a in d["articles"]:
        assert f"{a['id']}.html" not in " ".join(links)
    # The reader still sees where they are: the section of the page is marked in the sidebar.
    actor = (built / "actors" / "mara-quint.html").read_text()
    assert re.search(r'<li class="md-nav__item md-nav__item--active">\s*<a href="index.html" class="md-nav__link">'
                     r'\s*<span class="md-ellipsis">\s*Actors', actor)
    assert actor.count("md-nav__item--active") == 1
    source = (built / "sources" / f"{d['articles'][0]['id']}.html").read_text()
    assert re.search(r'md-nav__item--active">\s*<a href="index.html" class="md-nav__link">\s*<span class="md-ellipsis">'
                     r'\s*Sources', source)


def test_every_page_built_and_tables_sortable(built):
    for rel in ("index.html", "actors/mara-quint.html", "claims/union-12000.html", "events/index.html",
                "disputes/how-many-strikers.html", "tags.html"):
        assert (built / rel).is_file(), rel
    home = (built / "index.html").read_text()
    for script in ("tablesort.min.js", "tablesort.number.min.js", "dossier.js"):
        assert f'src="assets/javascripts/{script}"' in home  # served from the site, never a CDN
    assert not re.search(r'(src|href)="https?://(unpkg|cdn|fonts)', home)
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="dossier-svg dossier-timeline"' in home
    dispute = (built / "disputes" / "how-many-strikers.html").read_text()
    assert '<script type="application/ld+json">' in dispute and "dossier-figures" in dispute


def test_search_index_has_no_markup_from_pictures_or_jsonld(built):
    index = json.loads((built / "search" / "search_index.json").read_text())
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "@context" not in text and "schema.org" not in text
    assert "<svg" not in text


def test_zensical_builds_the_rendered_tree_without_warnings(tmp_path):
    synthetic.write_project(tmp_path / "proj", synthetic.site_config())
    out, cfg = tmp_path / "build" / "docs", tmp_path / "build" / "mkdocs.yml"
    with sitebuild.synthetic_extract(), sitebuild.chdir(tmp_path / "proj"):
        assert cli_main(["render", "--out", str(out), "--config-out", str(cfg)]) == 0
    text = cfg.read_text()
    assert "dossier" not in re.findall(r"^plugins:\n((?:- .*\n)+)", text, re.M)[0]
    assert "- Sources: sources/index.md" in text and "- Actors: actors/index.md" in text
    result = subprocess.run([ZENSICAL, "build", "--strict", "-f", str(cfg)], capture_output=True, text=True,
                            cwd=tmp_path / "build", timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower() and "error" not in output.lower(), output
    site = tmp_path / "build" / "site"
    home = (site / "index.html").read_text()
    assert "dossier-timeline" in home and '<h2 id="sources">Sources' in home
    assert (site / "assets" / "javascripts" / "tablesort.min.js").is_file()
    dispute = (site / "disputes" / "how-many-strikers.html").read_text()  # offline: no directory URLs
    assert "application/ld+json" in dispute and "dossier-figures" in dispute
    # Footnotes go under the Sources heading (Python-Markdown's place marker), not left as text.
    assert "Footnotes Go Here" not in dispute
    assert re.search(r'<h2 id="sources">Sources.*?</h2>\s*<div class="footnote">', dispute)
    # The same tree builds with plain MkDocs too (no plugin), strict.
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(cfg), "-d",
                             str(tmp_path / "mk-site")], capture_output=True, text=True, timeout=300,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr


def test_project_page_base_path(tmp_path):
    site = sitebuild.synthetic_site(tmp_path / "proj", {"SITE_URL": "https://someone.github.io/valen-dossier"})
    home = (site / "index.html").read_text()
    assert '<link rel="canonical" href="https://someone.github.io/valen-dossier/index.html">' in home
    assert "https://someone.github.io/valen-dossier/actors/mara-quint.html" in (site / "sitemap.xml").read_text()
    for page in site.rglob("*.html"):
        # Root-relative links would break under /valen-dossier/: every link must be relative,
        # except on 404.html, served at any depth, whose links must carry the base path.
        links = re.findall(r'(?:href|src)="(/[^/"][^"]*)"', page.read_text())
        if page.name == "404.html":
            assert links and all(link.startswith("/valen-dossier/") for link in links), links
        else:
            assert not links, (page, links)


def test_claim_review_carries_the_page_address_when_published(tmp_path):
    root = tmp_path / "proj"
    synthetic.write_project(root, synthetic.site_config())
    (root / "docs" / "claims").mkdir()
    (root / "docs" / "claims" / "authority-4000.md").write_text(
        "---\nverdict: Understated\nrating: 2\n---\n\nThe union's own count was three times higher.\n")
    site = sitebuild.build_mkdocs(root, {"SITE_URL": "https://someone.github.io/valen-dossier/"})
    html = (site / "claims" / "authority-4000.html").read_text()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "ClaimReview"
    assert data["url"] == "https://someone.github.io/valen-dossier/claims/authority-4000.html"
    assert data["reviewRating"]["alternateName"] == "Understated"
    assert "three times higher" in html  # the editor's note, above the generated page


def test_pages_workflow_uses_the_official_actions_and_sets_site_url():
    for path in (ROOT / ".github/workflows/pages.yml", ROOT / "build_dossier/skeleton/dot-github/workflows/pages.yml"):
        text = path.read_text()
        for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
            assert action in text, (path, action)
        assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in text
        assert "pages: write" in text and "id-token: write" in text
    for cfg in (ROOT / "mkdocs.yml", ROOT / "build_dossier/skeleton/mkdocs.yml"):
        assert 'site_url: !ENV [SITE_URL, ""]' in cfg.read_text()


def test_no_markup_from_an_article_reaches_the_built_pages(built):
    for page in built.rglob("*.html"):
        assert "<b>update</b>" not in page.read_text(), page  # a seed's title carries this tag


def test_demo_builds_with_both_renderers(demo_project, tmp_path):
    demo_project.build(strict=True)
    home = demo_project.html("index.html")
    assert '<h2 id="sources">Sources' in home and "Sources dated 2024-10-28 to 2024-11-02." in home
    cfg = tmp_path / "z" / "mkdocs.yml"
    with sitebuild.chdir(demo_project.root):
        assert cli_main(["render", "--out", str(tmp_path / "z" / "docs"), "--config-out", str(cfg)]) == 0
    result = subprocess.run([ZENSICAL, "build", "--strict", "-f", str(cfg)], capture_output=True, text=True,
                            cwd=cfg.parent, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert '<h2 id="sources">Sources' in (cfg.parent / "site" / "index.html").read_text()


def test_new_project_has_the_pages_workflow_and_builds(tmp_path):
    target = tmp_path / "my-story"
    assert cli_main(["new", str(target), "--title", "My story"]) == 0
    workflow = (target / ".github" / "workflows" / "pages.yml").read_text()
    assert "actions/deploy-pages@" in workflow and 'pip install "build-dossier"' in workflow
    for rel, text in synthetic.SEEDS.items():
        (target / rel).write_text(text, encoding="utf-8")
    site = sitebuild.build_mkdocs(target)
    home = (site / "index.html").read_text()
    assert "My story" in home and '<h2 id="sources">Sources' in home
    assert not (site / "sources" / "readme.html").exists()  # seeds/README.md is not an article
