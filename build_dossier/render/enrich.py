"""What this branch adds to pages any section renderer made: tags, pictures, structured data.

Kept apart from the section renderers so each can change without the other: a dispute page gets
its figure chart, claim and dispute pages their JSON-LD, actor and source pages their tags
(actor kind, outlet) whoever rendered them.
"""

from __future__ import annotations

import re

from ..mdtext import escape_inline
from ..model import Dossier, EditorPage
from .common import Page, actor_uri, claim_uri, dispute_uri, source_uri
from .pictures import dispute_chart
from .structured import claim_jsonld, dispute_jsonld, script_block


def tag_name(text: str) -> str:
    """A tag safe to print: Material writes tag names into HTML unescaped."""
    return " ".join(re.sub(r"[<>\"'`\\{}\[\]]", "", text.replace("&", " and ")).split())[:60]


def _add_tags(page: Page, tags: list[str]) -> Page:
    meta, body = page
    tags = [t for t in (tag_name(x) for x in tags if x) if t]
    if not tags:
        return page
    old = meta.get("tags") if isinstance(meta.get("tags"), list) else []
    return {**meta, "tags": list(dict.fromkeys([*old, *tags]))}, body


def enrich(pages: dict[str, Page], dossier: Dossier, editor_pages: dict[str, EditorPage]) -> dict[str, Page]:
    out = dict(pages)  # titles are escaped once, for every page, in common.merge_editor_page
    for a in dossier.articles:
        uri = source_uri(a.id)
        if uri in out and a.outlet:
            out[uri] = _add_tags(out[uri], [a.outlet])
    for actor in dossier.actors:
        uri = actor_uri(actor.id)
        if uri in out:
            out[uri] = _with_aliases(_add_tags(out[uri], [actor.kind]), actor.aliases)
    claim_editors = {c.id: editor_pages[claim_uri(c.id)] for c in dossier.claims if claim_uri(c.id) in editor_pages}
    for c in dossier.claims:
        uri = claim_uri(c.id)
        if uri in out:
            meta, body = out[uri]
            out[uri] = meta, body.rstrip("\n") + "\n" + script_block(claim_jsonld(dossier, c, editor_pages.get(uri)))
    for d in dossier.disputes:
        uri = dispute_uri(d.id)
        if uri not in out:
            continue
        meta, body = out[uri]
        chart = dispute_chart(dossier, d)
        if chart:
            body = _insert_after_title(body, chart)
        body = body.rstrip("\n") + "\n" + script_block(dispute_jsonld(dossier, d, editor_pages.get(uri), claim_editors))
        out[uri] = meta, body
    return out


def _with_aliases(page: Page, aliases: list[str]) -> Page:
    """Search finds an actor by any alias only if the page shows it: add those it does not."""
    meta, body = page
    missing = [a for a in aliases if escape_inline(a) not in body]
    if not missing:
        return page
    line = "**Also known as:** " + ", ".join(escape_inline(a) for a in missing)
    return meta, body.rstrip("\n") + "\n\n" + line + "\n"


def _insert_after_title(body: str, block: str) -> str:
    """After the page's first paragraph below its heading (the question), else at the top."""
    parts = body.split("\n\n")
    at = 1 if parts and parts[0].startswith("# ") else 0
    return "\n\n".join([*parts[:at], block.strip("\n"), *parts[at:]])
