"""`build-dossier new DIR`: an empty dossier project that builds with one command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from build_dossier.cli import main

BIN = Path(sys.executable).parent
SKELETON = resources.files("build_dossier").joinpath("skeleton")

SEED = """\
Ferry service resumes after storm damage repaired

12 January 2025 - 10:30
Ferry service resumes after storm damage repaired

The island ferry returned to service on Sunday after engineers repaired the ramp damaged in last week's storm.

Become a Patron!
"""


@pytest.mark.xfail(not SKELETON.is_dir(), reason="skeleton lands on main", strict=True)
def test_new_project_builds_with_one_command(tmp_path):
    target = tmp_path / "ferry-story"
    assert main(["new", str(target), "--title", "Ferry story"]) == 0
    for rel in ("mkdocs.yml", "README.md", "docs/index.md", ".github/workflows/pages.yml"):
        assert (target / rel).is_file(), rel
    assert (target / "seeds").is_dir()
    assert "Ferry story" in (target / "mkdocs.yml").read_text("utf-8")

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None), env.pop("REPO_URL", None)
    # An empty project builds (a new dossier has no articles yet) ...
    r = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=target, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads((target / "site" / "dossier.json").read_text("utf-8"))["articles"] == []

    # ... and with an article dropped into seeds/, the same one command makes its source page.
    (target / "seeds" / "ferry.txt").write_text(SEED, encoding="utf-8")
    r = subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=target, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    data = json.loads((target / "site" / "dossier.json").read_text("utf-8"))
    [article] = data["articles"]
    assert article["title"] == "Ferry service resumes after storm damage repaired"
    assert article["date"] == "2025-01-12"
    assert article["paragraphs"] == [
        "The island ferry returned to service on Sunday after engineers repaired the ramp damaged in last week's storm."
    ]
    assert (target / "site" / "sources" / f"{article['id']}.html").is_file()
    e = subprocess.run([str(BIN / "build-dossier"), "export"], cwd=target, capture_output=True, text=True, env=env)
    assert e.returncode == 0 and json.loads(e.stdout) == data


def test_new_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["new", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not empty" in err
    assert (tmp_path / "x" / "notes.txt").read_text("utf-8") == "mine"


def test_empty_project_builds(project):
    project.build()
    assert project.dossier()["articles"] == []
    assert project.html("sources/index.html")


@pytest.mark.xfail(not SKELETON.is_dir(), reason="skeleton lands on main", strict=True)
def test_new_project_title_with_quotes_is_valid_yaml(tmp_path):
    from mkdocs.config import load_config

    title = 'The "Kursk" file \\ part 2: troops'
    target = tmp_path / "q"
    assert main(["new", str(target), "--title", title]) == 0
    config = load_config(str(target / "mkdocs.yml"))
    assert config.site_name == title
