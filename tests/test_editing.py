"""The editing workflow end to end: annotation pages, edit links, docs/ untouched, rebuilds,
`build-dossier check` and `scaffold`, and the curated demo."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from build_dossier.cli import main, make_parser

from annotated_example import ANNOTATION, SEED

EDIT = "repo_url: https://example.org/repo\nedit_uri: edit/main/docs/\n"
PAGE = "sources/troops-arrive-in-kursk"


def docs_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((root / "docs").rglob("*")) if p.is_file()}


@pytest.fixture
def annotated(project):
    config = (project.root / "mkdocs.yml").read_text().replace(
        "  font: false\n", "  font: false\n  features: [content.action.edit]\n")
    project.write("mkdocs.yml", config + EDIT)
    project.write("seeds/one.txt", SEED)
    project.write(f"docs/{PAGE}.md", ANNOTATION)
    return project


def test_annotated_source_page_shows_prose_fields_and_generated_sections(annotated):
    annotated.build()
    html = annotated.html(f"{PAGE}.html")
    h1 = html.index("<h1")
    prose = html.index("The editors checked this report against two others.")
    first_paragraph = html.index("Troops have arrived in the region")
    assert h1 < prose < first_paragraph
    assert re.search(r"<h1[^>]*>Troops reach Kursk", html)
    assert "Example News" in html
    assert 'href="https://example.org/repo/edit/main/docs/sources/troops-arrive-in-kursk.md"' in html
    assert "With thanks to the regional desk team" in html  # listed among the removed lines
    article = annotated.dossier()["articles"][0]
    assert (article["title"], article["outlet"]) == ("Troops reach Kursk", "Example News")
    assert "With thanks to the regional desk team" not in article["paragraphs"]
    assert {r["text"]: r["rule"] for r in article["removed"]}["With thanks to the regional desk team"] == "annotation"


def test_annotation_fields_do_not_leak_into_page_metadata(annotated):
    from build_dossier.cli import generate_project

    generated, _ = generate_project(str(annotated.root / "mkdocs.yml"))
    page = generated.files[f"{PAGE}.md"]
    front = page.split("---\n")[1]
    assert "title: Troops reach Kursk" in front
    assert "boilerplate" not in front and "outlet" not in front


def test_a_build_leaves_every_file_in_docs_byte_identical(annotated):
    annotated.write("docs/actors/yoon.md", "---\nname: Yoon Suk Yeol\nkind: person\n---\nSouth Korea's president.\n")
    before = docs_hashes(annotated.root)
    annotated.build()
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "check"]) == 0
    assert docs_hashes(annotated.root) == before


def test_a_changed_annotation_or_seed_changes_the_next_build(annotated):
    annotated.build()
    first = annotated.dossier()
    annotated.write(f"docs/{PAGE}.md", ANNOTATION.replace("Example News", "Other News"))
    annotated.build()
    second = annotated.dossier()
    assert second["articles"][0]["outlet"] == "Other News" != first["articles"][0]["outlet"]
    annotated.write("seeds/one.txt", SEED + "A new paragraph was added by the reporter.\n")
    annotated.build()
    assert annotated.dossier()["articles"][0]["paragraphs"][-1] == "A new paragraph was added by the reporter."


def test_the_plugin_watches_seeds_for_live_reload(annotated):
    from mkdocs.config import load_config

    config = load_config(str(annotated.root / "mkdocs.yml"))
    config.plugins.on_config(config)
    watched = []

    class Server:
        def watch(self, path):
            watched.append(Path(path))

    config.plugins["dossier"].on_serve(Server(), config=config, builder=None)
    assert annotated.root / "seeds" in watched


def test_a_bad_annotation_stops_the_build_with_every_problem(annotated, caplog):
    annotated.write("docs/claims/new.md",
                    "---\nquotes:\n  - source: troops-arrive-in-kursk\n    exact: around 13,000\n---\n")
    annotated.write("docs/actors/x.md", "---\nkind: persn\n---\n")
    with pytest.raises(Abort):
        annotated.build()
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert errors[0].split("\n") == [
        "docs/actors/x.md:2: kind: 'persn' is not one of person, organization, country, place, group, other",
        "docs/claims/new.md:4: quote not found in source 'troops-arrive-in-kursk': \"around 13,000\"",
    ]


def test_check_lists_every_problem_and_exits_1(annotated, capsys):
    annotated.write("docs/disputes/troop-numbers.md", (
        "---\ntitle: How many troops?\npositions:\n  - summary: Around 12,000\n    held_by: [Nobody]\n"
        "    quotes:\n      - source: troops-arrive-in-kursk\n        exact: “around 13,000”\n---\n"))
    annotated.write("docs/actors/a.md", "---\nname: [\n---\n")
    annotated.write("docs/sources/gone.md", "---\ntitle: x\n---\n")
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "docs/actors/a.md:3: invalid YAML: expected the node content, but found '<stream end>'",
        "docs/disputes/troop-numbers.md:5: no actor named 'Nobody'",
        "docs/disputes/troop-numbers.md:8: quote not found in source 'troops-arrive-in-kursk': \"“around 13,000”\"",
        "docs/sources/gone.md:1: no source with id 'gone': name the file after a source's id "
        "(see `build-dossier scaffold`) or bind it with `file: seeds/...`",
    ]
    assert err.strip() == "build-dossier: 4 problems found"


def test_check_passes_on_good_annotations(annotated, capsys):
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "check"]) == 0
    assert "1 annotation file checked, no problems" in capsys.readouterr().err


def test_scaffold_writes_stubs_that_change_nothing_and_never_overwrites(annotated, capsys):
    annotated.write("seeds/two.txt", "A second report\nSomething else happened in the region on Tuesday.\n")
    annotated.build()
    before = annotated.dossier()
    mine = (annotated.root / f"docs/{PAGE}.md").read_bytes()
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "scaffold"]) == 0
    out, _ = capsys.readouterr()
    written = out.splitlines()
    assert "docs/sources/a-second-report.md" in written and f"docs/{PAGE}.md" not in written
    assert (annotated.root / f"docs/{PAGE}.md").read_bytes() == mine
    stub = (annotated.root / "docs/sources/a-second-report.md").read_text()
    assert "file: seeds/two.txt\n" in stub and "# title: A second report\n" in stub
    annotated.build()
    assert annotated.dossier() == before  # a stub is all comments: extraction still decides
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "scaffold"]) == 0
    assert capsys.readouterr().out == ""


def test_scaffold_filled_in_takes_effect(annotated):
    annotated.write("seeds/two.txt", "A second report\nSomething else happened in the region on Tuesday.\n")
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "scaffold", "sources"]) == 0
    stub = annotated.root / "docs/sources/a-second-report.md"
    stub.write_text(stub.read_text().replace("# outlet: null", "outlet: Wire Service"))
    annotated.build()
    outlets = {a["id"]: a["outlet"] for a in annotated.dossier()["articles"]}
    assert outlets == {"a-second-report": "Wire Service", "troops-arrive-in-kursk": "Example News"}


def test_every_subcommand_help_has_an_example():
    parser = make_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {"scaffold", "check"} <= set(subparsers.choices)
    for name, sub in subparsers.choices.items():
        assert re.search(r"examples?:\n\s+build-dossier " + name, sub.format_help()), name


def test_the_demo_builds_with_its_annotations(demo_project):
    before = docs_hashes(demo_project.root)
    demo_project.build()
    assert docs_hashes(demo_project.root) == before
    data = demo_project.dossier()
    curated = {a["id"]: a for a in data["articles"] if "annotation" in a["provenance"].values()}
    assert curated, "the demo curates at least one source"
    assert main(["-f", str(demo_project.root / "mkdocs.yml"), "check"]) == 0
    # Every quote the annotations stored is verbatim in the paragraph it names.
    paragraphs = {a["id"]: a["paragraphs"] for a in data["articles"]}
    for claim in data["claims"]:
        for s in claim["sources"]:
            assert s["quote"] in paragraphs[s["article"]][s["paragraph"]]
    json.dumps(data)


def test_a_hidden_items_annotation_file_is_not_a_page(annotated, tmp_path):
    annotated.write("docs/actors/ghost.md", "---\nname: Ghost\nhidden: true\n---\nNot a real actor.\n")
    annotated.write("docs/actors/yoon.md", "---\nname: Yoon Suk Yeol\n---\n")
    annotated.build()
    assert not (annotated.site / "actors/ghost.html").exists()
    assert (annotated.site / "actors/yoon.html").exists()
    assert "ghost" not in [a["id"] for a in annotated.dossier()["actors"]]
    out = tmp_path / "tree"
    assert main(["-f", str(annotated.root / "mkdocs.yml"), "render", "--out", str(out)]) == 0
    assert not (out / "actors/ghost.md").exists() and (out / "actors/yoon.md").exists()
