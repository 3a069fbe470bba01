"""The command line and the build as a whole: render/export agree with the plugin, builds are
deterministic, nothing is written into docs/ or seeds/, bad input gives one clear line."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from build_dossier.cli import main

BIN = Path(sys.executable).parent


def run_cli(project, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "build-dossier"), *args], cwd=project.root, capture_output=True, text=True,
        env={**os.environ, **(env or {})},
    )


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_render_writes_exactly_what_the_plugin_serves(demo_project, tmp_path):
    config = demo_project.build()
    served = config.plugins["dossier"].generated.files
    out = tmp_path / "tree"
    assert main(["-f", str(demo_project.root / "mkdocs.yml"), "render", "--out", str(out)]) == 0
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    editors = {p.relative_to(demo_project.root / "docs").as_posix()
               for p in (demo_project.root / "docs").rglob("*") if p.is_file()}
    hidden = set(config.plugins["dossier"].generated.annotations.hidden_uris())
    assert not hidden & written, "a hidden item's annotation file is not a page"
    assert written == set(served) | (editors - hidden) | {"dossier.json"}
    for uri, content in served.items():
        data = (out / uri).read_bytes()
        assert data == (content if isinstance(content, bytes) else content.encode("utf-8")), uri
    # The served pages are the ones MkDocs rendered: every source page is in the site.
    for uri in served:
        if uri.endswith(".md"):
            assert (demo_project.site / uri.replace(".md", ".html")).is_file(), uri
    assert (out / "dossier.json").read_text("utf-8") == (demo_project.site / "dossier.json").read_text("utf-8")


def test_export_prints_dossier_json(demo_project, capsys, monkeypatch):
    demo_project.build()
    monkeypatch.chdir(demo_project.root)
    assert main(["export"]) == 0
    printed = capsys.readouterr().out
    assert printed == (demo_project.site / "dossier.json").read_text("utf-8")
    assert json.loads(printed)["schema"] == "dossier/1"


def test_two_builds_are_identical_across_processes(demo_project, tmp_path):
    """dossier.json and every generated Markdown page, byte for byte, with different hash seeds
    (the demo's text seeds plus saved pages and a Markdown article)."""
    import shutil

    for page in sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))[:4]:
        shutil.copy(page, demo_project.root / "seeds" / page.name)
    demo_project.write("seeds/note.md", "---\ntitle: A note\ndate: 2024-11-01\n---\n\nA short note.\n\n> Quoted.\n")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"render-{seed}"
        env = {"PYTHONHASHSEED": seed}
        r = run_cli(demo_project, "render", "--out", str(out), env=env)
        assert r.returncode == 0, r.stderr
        e = run_cli(demo_project, "export", env=env)
        assert e.returncode == 0, e.stderr
        outputs.append((tree_hashes(out), e.stdout))
    assert outputs[0] == outputs[1]
    first = demo_project.build()
    json1 = (demo_project.site / "dossier.json").read_bytes()
    pages1 = dict(first.plugins["dossier"].generated.files)
    second = demo_project.build()
    assert (demo_project.site / "dossier.json").read_bytes() == json1
    assert second.plugins["dossier"].generated.files == pages1
    assert json1.decode("utf-8") == outputs[0][1]


def test_build_writes_nothing_into_docs_or_seeds(demo_project, tmp_path):
    before = {d: tree_hashes(demo_project.root / d) for d in ("docs", "seeds")}
    demo_project.build()
    assert main(["-f", str(demo_project.root / "mkdocs.yml"), "render", "--out", str(tmp_path / "t")]) == 0
    r = run_cli(demo_project, "export")
    assert r.returncode == 0
    after = {d: tree_hashes(demo_project.root / d) for d in ("docs", "seeds")}
    assert after == before
    assert sorted(p.name for p in demo_project.root.iterdir()) == ["docs", "mkdocs.yml", "seeds", "site"]


def test_render_refuses_the_docs_folder(demo_project, capsys):
    code = main(["-f", str(demo_project.root / "mkdocs.yml"), "render", "--out", str(demo_project.root / "docs")])
    assert code == 1
    assert "docs folder" in capsys.readouterr().err


# --- one-line errors ----------------------------------------------------------------------------


def one_line_error(project) -> str:
    r = run_cli(project, "export")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("build-dossier: error: ")
    return lines[0]


def test_unsupported_file_type(project):
    project.write("seeds/a.txt", "A headline for a test\n\nSome body text of the article.\n")
    (project.root / "seeds" / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    line = one_line_error(project)
    assert "seeds/scan.pdf" in line and "unsupported file type .pdf" in line


def test_non_utf8_seed_names_file_and_line(project):
    project.write("seeds/a.txt", "A headline for a test\n\nSome body text of the article.\n")
    (project.root / "seeds" / "latin1.txt").write_bytes("First line\nSecond line\nCaf\u00e9 au lait\n".encode("latin-1"))
    line = one_line_error(project)
    assert "seeds/latin1.txt:3: not UTF-8" in line


@pytest.mark.parametrize(
    "option, key",
    [
        ("boilerplate:\n        - id: broken\n          reason: test\n          line: '(unclosed'", "plugins.dossier.boilerplate[0]"),
        ("boilerplate:\n        - id: broken\n          reason: test\n          pattern: x", "plugins.dossier.boilerplate[0]"),
        ("boilerplate:\n        - id: broken\n          line: x", "plugins.dossier.boilerplate[0]"),
        ("disable_rules: [no-such-rule]", "plugins.dossier.disable_rules"),
    ],
)
def test_bad_boilerplate_rule_names_the_key(project, option, key):
    from conftest import MINIMAL_MKDOCS

    project.write("seeds/a.txt", "A headline for a test\n\nSome body text of the article.\n")
    project.write("mkdocs.yml", MINIMAL_MKDOCS.format(title="T").replace(
        "  - dossier\n", "  - dossier:\n      " + option + "\n"))
    line = one_line_error(project)
    assert key in line and "mkdocs.yml" in line


@pytest.mark.parametrize("where", [".", "seeds", "..", "docs/..", "docs/out", "seeds/out"])
def test_render_force_never_deletes_the_project(demo_project, capsys, where):
    before = {d: tree_hashes(demo_project.root / d) for d in ("docs", "seeds")}
    out = demo_project.root / where
    code = main(["-f", str(demo_project.root / "mkdocs.yml"), "render", "--out", str(out), "--force"])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--out" in err
    assert {d: tree_hashes(demo_project.root / d) for d in ("docs", "seeds")} == before
    assert (demo_project.root / "mkdocs.yml").is_file()
