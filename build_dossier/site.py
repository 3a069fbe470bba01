"""The generated part of a dossier site, shared by the MkDocs plugin and `build-dossier render`.

Reads the project (seeds/, docs/), runs the pure pipeline and returns every generated file:
Markdown pages by docs-relative uri, plus the small static assets the pages need offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .annotations import Annotations, load as load_annotations, page_view
from .core import Settings, build
from .export import to_json
from .model import Dossier, EditorPage
from .project import read_annotation_files, read_editor_pages, read_sources
from .render import GENERATOR_CSS, render_site
from .resources import asset_bytes
from .site_assets import script_files

SHIM_URI = "assets/javascripts/iframe-worker-shim.js"
STYLESHEET_URI = GENERATOR_CSS


@dataclass
class Generated:
    dossier: Dossier
    editor_pages: dict[str, EditorPage]
    files: dict[str, str | bytes]  # docs-relative uri -> content
    json: str
    annotations: Annotations = field(default_factory=Annotations)


def generate(root: Path, docs_dir: Path, seeds_dir: str, settings: Settings) -> Generated:
    sources = read_sources(root, seeds_dir)
    annotations, _ = load_annotations(read_annotation_files(root, docs_dir))
    dossier = build(sources, settings, annotations)  # raises DossierErrors listing every annotation problem
    editor_pages = read_editor_pages(root, docs_dir)
    files: dict[str, str | bytes] = dict(render_site(dossier, page_view(editor_pages)))
    files[SHIM_URI] = asset_bytes("iframe-worker-shim.js")
    files[STYLESHEET_URI] = asset_bytes("dossier.css")
    files.update(script_files())
    return Generated(dossier, editor_pages, files, to_json(dossier), annotations)
