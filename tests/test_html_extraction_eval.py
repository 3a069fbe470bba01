"""Extraction quality of the HTML path, scored like trafilatura's own evaluation.

Each page in tests/fixtures/html has snippets the cleaned article must contain and snippets it
must not (evaldata.yaml). A found `with` snippet is a true positive, a missing one a false
negative; a found `without` snippet is a false positive. The gate is on F1 over all pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
EVAL = yaml.safe_load((FIXTURES / "evaldata.yaml").read_text("utf-8"))
ORDER = EVAL.pop("order")
F1_GATE = 0.96


def article_text(name: str) -> str:
    doc = ingest(SourceFile(f"seeds/{name}", (FIXTURES / name).read_text("utf-8")))
    return "\n".join(p.text for p in clean(doc, load_rules()).paragraphs)


def score() -> tuple[dict, dict[str, list[str]]]:
    tp = fn = fp = tn = 0
    misses: dict[str, list[str]] = {}
    for name, spec in sorted(EVAL.items()):
        text = article_text(name)
        for s in spec["with"]:
            if s in text:
                tp += 1
            else:
                fn += 1
                misses.setdefault(name, []).append(f"missing: {s}")
        for s in spec["without"]:
            if s in text:
                fp += 1
                misses.setdefault(name, []).append(f"kept: {s}")
            else:
                tn += 1
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fn": fn, "fp": fp, "tn": tn}, misses


def test_every_fixture_is_evaluated():
    pages = {p.name for p in FIXTURES.glob("*.html")}
    assert pages == set(EVAL)
    assert sum(len(s["with"]) + len(s["without"]) for s in EVAL.values()) >= 80


def test_extraction_f1_gate():
    figures, misses = score()
    print(f"HTML extraction: precision {figures['precision']:.3f} recall {figures['recall']:.3f} "
          f"F1 {figures['f1']:.3f} ({figures})")
    assert figures["f1"] >= F1_GATE, (figures, misses)


@pytest.mark.parametrize("name", sorted(ORDER))
def test_reading_order(name):
    text = article_text(name)
    positions = [text.find(s) for s in ORDER[name]]
    assert -1 not in positions and positions == sorted(positions), positions


if __name__ == "__main__":
    figures, misses = score()
    print(figures)
    for name, items in misses.items():
        print(name, *items, sep="\n  ")
