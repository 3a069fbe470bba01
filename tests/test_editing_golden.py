"""Golden files: the Markdown of an annotated source page and of a scaffolded stub.

Regenerate after an intended change with `UPDATE_GOLDEN=1 ./dev test tests/test_editing_golden.py`
and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from build_dossier.annotations import AnnotationFile, load, page_view
from build_dossier.core import Settings, build
from build_dossier.model import SourceFile
from build_dossier.project import parse_editor_page
from build_dossier.render import render_site
from build_dossier.scaffold import stubs

from annotated_example import ANNOTATION, SEED

GOLDEN = Path(__file__).parent / "golden"

def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_annotated_source_page():
    uri = "sources/troops-arrive-in-kursk.md"
    notes, problems = load([AnnotationFile(uri, f"docs/{uri}", ANNOTATION)])
    dossier = build([SourceFile("seeds/one.txt", SEED)], Settings(), notes)
    pages = render_site(dossier, page_view({uri: parse_editor_page(uri, ANNOTATION, f"docs/{uri}")}))
    check("annotated_source_page.md", pages[uri])


def test_scaffolded_source_stub():
    dossier = build([SourceFile("seeds/one.txt", SEED)], Settings())
    check("scaffold_source_stub.md", stubs(dossier, set())["sources/troops-arrive-in-kursk.md"])
