"""The README text on cleaning rules (README.md) cannot drift from the code:
its table lists exactly the rules of data/boilerplate.yaml with their reasons, each example is
dropped by its rule, the structural rules are the ones the code applies, and the mkdocs.yml
example works as described."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile
from build_dossier.resources import load_data

ROOT = Path(__file__).resolve().parent.parent
NOTES = (ROOT / "README.md").read_text("utf-8")
CODE = {name: (ROOT / "build_dossier" / name).read_text("utf-8") for name in ("clean.py", "html.py")}


def table(header: str) -> list[list[str]]:
    """Rows of the Markdown table whose header line is `header`, cells unescaped."""
    lines = NOTES.split("\n")
    start = lines.index(header) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


def code(cell: str) -> str:
    m = re.fullmatch(r"`(.*)`", cell)
    assert m, cell
    return m.group(1)


DATA_ROWS = table("| rule | drops | for example |")


def test_table_lists_every_data_rule_with_its_reason_in_order():
    rules = load_data("boilerplate")["rules"]
    assert [(code(r[0]), r[1]) for r in DATA_ROWS] == [(r["id"], r["reason"]) for r in rules]


@pytest.mark.parametrize("rule, example", [(code(r[0]), code(r[2])) for r in DATA_ROWS])
def test_each_example_is_dropped_by_its_rule(rule, example):
    text = (
        "The first paragraph of the story is an ordinary sentence with a verb.\n"
        f"{example}\n"
        "The last paragraph is also an ordinary sentence, as it should be.\n"
    )
    result = clean(ingest(SourceFile("seeds/example.txt", text)), load_rules())
    assert [(r.rule, r.text) for r in result.removed] == [(rule, example)]


def test_structural_rules_are_the_ones_the_code_applies():
    in_code = set()
    for source in CODE.values():
        in_code |= set(re.findall(r'mark\(.*,\s*"([a-z][a-z-]+)"\)\s*$', source, re.M))
        in_code |= set(re.findall(r'Removed\([^\n]*,\s*"([a-z][a-z-]+)"\s*\)', source))
    in_code.discard("annotation")  # an editor's verdict, not a cleaning rule
    documented = {code(r[0]) for r in table("| rule | drops |")}
    assert documented == in_code


def test_mkdocs_example_works_as_described(project):
    block = re.search(r"```yaml\n(plugins:\n.*?)```", NOTES, re.S).group(1)
    options = next(p for p in yaml.safe_load(block)["plugins"] if isinstance(p, dict))["dossier"]
    config = yaml.safe_load((project.root / "mkdocs.yml").read_text("utf-8"))
    config["plugins"] = ["search", {"dossier": options}, "offline"]
    project.write("mkdocs.yml", yaml.safe_dump(config, sort_keys=False))
    project.write("seeds/a.txt", (
        "Bridge reopens after repairs\n"
        "News Line\n"
        "The bridge reopened on Monday after six months of repairs to its deck.\n"
        "Listen to our weekly city podcast for more on the story\n"
        "Read more: Council approves the repair budget\n"
        "Coastal Herald\n"
    ))
    project.build()
    [article] = project.dossier()["articles"]
    removed = {r["text"]: r["rule"] for r in article["removed"]}
    assert removed["News Line"] == "section-tag"
    assert removed["Listen to our weekly city podcast for more on the story"] == "podcast-promo"
    assert removed["Coastal Herald"] == "outlet-credit" and article["outlet"] == "Coastal Herald"
    assert "Read more: Council approves the repair budget" in article["paragraphs"]  # rule disabled


def test_bad_rule_message_in_readme_matches_the_code(project, capsys):
    from build_dossier.cli import main

    shown = re.search(r"`(mkdocs\.yml: plugins\.dossier\.boilerplate\[0\]: [^`]*?)\.\.\.`", NOTES).group(1)
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text("utf-8").replace(
        "  - dossier\n",
        "  - dossier:\n      boilerplate:\n        - id: podcast-promo\n          reason: x\n          search: '(unclosed'\n"))
    assert main(["-f", str(project.root / "mkdocs.yml"), "export"]) == 1
    assert capsys.readouterr().err.startswith("build-dossier: error: " + shown)
