"""Shared fixtures: a dossier project in a temporary folder, built in-process; a real browser."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests check what is true, not how fast: a per-example deadline only makes them fail on a
# busy machine (a shared CI runner). Speed is measured by benchmarks/, not by tests.
hypothesis_settings.register_profile("dossier", deadline=None)
hypothesis_settings.load_profile("dossier")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = os.environ.get("DOSSIER_CHROMIUM", "/usr/bin/chromium")

MINIMAL_MKDOCS = """\
site_name: {title}
theme:
  name: material
  font: false
plugins:
  - search
  - dossier
  - offline
markdown_extensions:
  - attr_list
  - footnotes
  - tables
  - admonition
  - pymdownx.details
  - toc:
      permalink: true
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
"""


@dataclass
class Project:
    root: Path

    @property
    def site(self) -> Path:
        return self.root / "site"

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    def build(self, strict: bool = True):
        """Build the site in-process, as `mkdocs build --strict` would."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.root / "mkdocs.yml"), strict=strict)
        build(config)
        return config

    def html(self, rel: str) -> str:
        return (self.site / rel).read_text(encoding="utf-8")

    def dossier(self) -> dict:
        return json.loads((self.site / "dossier.json").read_text(encoding="utf-8"))


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty dossier project: mkdocs.yml, docs/index.md, empty seeds/."""
    p = Project(tmp_path / "proj")
    p.write("mkdocs.yml", MINIMAL_MKDOCS.format(title="Test dossier"))
    p.write("docs/index.md", "# Test dossier\n\nIntroduction by the editors.\n")
    (p.root / "seeds").mkdir(parents=True)
    return p


@pytest.fixture
def demo_project(tmp_path: Path) -> Project:
    """A copy of this repository's demo dossier (mkdocs.yml, docs/, seeds/)."""
    p = Project(tmp_path / "demo")
    p.root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", p.root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", p.root / "docs")
    shutil.copytree(ROOT / "seeds", p.root / "seeds")
    return p


def browser_available() -> bool:
    return Path(CHROMIUM).exists()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium driven by Playwright; skipped when absent (but not in CI)."""
    if not browser_available():
        if os.environ.get("DOSSIER_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is required for browser tests (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        )
        yield b
        b.close()
