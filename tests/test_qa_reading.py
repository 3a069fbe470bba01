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
