"""Render: the Dossier as a tree of Markdown pages ({docs-relative uri: Markdown}).

Pure: the MkDocs plugin serves these pages as virtual files, `build-dossier render --out`
writes them to a folder. One module per section; an editor's page at the same uri
(docs/index.md, docs/actors/x.md) is merged in: its front matter wins, its prose comes first.
"""

from __future__ import annotations

from ..model import Dossier, EditorPage
from .actors import render_actor_pages
from .claims import render_claim_pages
from .common import GENERATOR_CSS, Page, merge_editor_page
from .enrich import enrich
from .disputes import render_dispute_pages
from .events import render_event_pages
from .home import render_home
from .indexes import render_index_pages
from .sources import render_source_pages

__all__ = ["GENERATOR_CSS", "render_site"]


def render_site(dossier: Dossier, editor_pages: dict[str, EditorPage] | None = None) -> dict[str, str]:
    editor_pages = editor_pages or {}
    pages: dict[str, Page] = {"index.md": render_home(dossier, editor_pages)}
    pages.update(render_source_pages(dossier))
    pages.update(render_claim_pages(dossier))
    pages.update(render_event_pages(dossier))
    pages.update(render_dispute_pages(dossier))
    pages.update(render_actor_pages(dossier, set(pages)))  # last: links to events/disputes if rendered
    pages.update(render_index_pages(dossier, editor_pages))  # the sections' sortable index tables
    pages = enrich(pages, dossier, editor_pages)
    return {uri: merge_editor_page(meta, body, editor_pages.get(uri)) for uri, (meta, body) in sorted(pages.items())}
