"""Golden files of the cleaner on the demo seeds: what each file keeps and what it drops, and why.

tests/golden/clean/<seed>.yaml holds, per seed, the metadata the text shows, every kept paragraph
(kind, line, text) and every removed line (line, rule, reason, verbatim text). Regenerate with
UPDATE_GOLDEN=1 and read the diff against the seed before committing it: a real paragraph in
`removed` or boilerplate in `paragraphs` is a cleaner bug, fixed in the rules, not in the golden.
"""

from __future__ import annotations

import os
from itertools import permutations
from pathlib import Path

import pytest
import yaml

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import Metadata, SourceFile

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "clean"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def cleaned_as_data(path: Path) -> dict:
    rel = path.relative_to(ROOT).as_posix()
    result = clean(ingest(SourceFile(rel, path.read_text("utf-8"))), load_rules())
    return {
        "path": rel,
        "meta": {k: getattr(result.meta, k) for k in Metadata.FIELDS},
        "paragraphs": [{"kind": p.kind, "line": p.line, "text": p.text} for p in result.paragraphs],
        "removed": [
            {"line": r.line, "rule": r.rule, "reason": r.reason, "text": r.text} for r in result.removed
        ],
    }


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def test_there_are_seeds():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_cleaner_golden(seed: Path):
    golden = GOLDEN / f"{seed.stem}.yaml"
    actual = dump(cleaned_as_data(seed))
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"missing {golden}: run UPDATE_GOLDEN=1 ./dev test {__file__}"
    assert yaml.safe_load(actual) == yaml.safe_load(golden.read_text("utf-8"))
    assert actual == golden.read_text("utf-8")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_seed_line_is_kept_or_removed(seed: Path):
    """Each non-blank line of the seed is accounted for, verbatim, in the golden file: as a
    paragraph, a line of a quotation, a removed line, or a removed prefix plus its paragraph."""
    data = yaml.safe_load((GOLDEN / f"{seed.stem}.yaml").read_text("utf-8"))
    by_line: dict[int, list[str]] = {}
    for item in data["paragraphs"] + data["removed"]:
        for offset, text in enumerate(item["text"].split("\n")):
            by_line.setdefault(item["line"] + offset, []).append(text)
    for number, line in enumerate(seed.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        pieces = by_line.get(number, [])
        joined = {" ".join(order) for order in permutations(pieces)}
        assert line.strip() in pieces or line.strip() in joined, (number, line, pieces)
