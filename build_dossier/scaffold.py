"""Scaffold: a stub annotation for every item that has none, pre-filled with what was extracted.

A stub changes nothing until an editor edits it: the extracted values are written as YAML
comments, each under its field's doc, so uncommenting a line is how an editor takes over a field.
(A source's stub binds it to its seed with `file:`, so its id survives a change of headline.)
Pure: returns {docs-relative uri: text}; the CLI writes the files and never overwrites one.
"""

from __future__ import annotations

import yaml

from .annotations import FOLDERS, NOTE_TYPES, schema
from .model import Dossier

_INTRO = {
    "sources": "the source {id!r} ({path})",
    "actors": "the actor {id!r}",
    "claims": "the claim {id!r}",
    "events": "the event {id!r}",
    "disputes": "the dispute {id!r}",
}


def items(dossier: Dossier, kind: str) -> list:
    return list(dossier.articles if kind == "sources" else getattr(dossier, kind))


def extracted(dossier: Dossier, kind: str, item) -> dict:
    """The values a stub shows for each field (those extraction has an opinion on)."""
    if kind == "sources":
        return {"title": item.title, "outlet": item.outlet, "date": item.date, "url": item.url,
                "author": item.author}
    if kind == "actors":
        return {"name": item.name, "kind": item.kind, "role": item.role, "aliases": list(item.aliases)}
    if kind == "claims":
        return {"text": item.text, "kind": item.kind, "actor": item.actor}
    if kind == "events":
        return {"date": item.date, "title": item.title, "actors": list(item.actors), "claims": list(item.claims)}
    return {"title": item.title, "positions": [
        {"summary": p.summary, "held_by": list(p.actors), "claims": list(p.claims)} for p in item.positions]}


def _dump(key: str, value) -> list[str]:
    text = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000).rstrip("\n")
    return text.split("\n")


def stub(dossier: Dossier, kind: str, item) -> str:
    what = _INTRO[kind].format(id=item.id, path=getattr(item, "path", ""))
    lines = ["---", f"# Annotation for {what}.",
             "# Uncomment a field and edit it to override extraction; what stays commented is automatic.",
             "# Text below the closing --- appears on the page, above the generated sections."]
    if kind == "sources":
        lines += _dump("file", item.path)
    values = extracted(dossier, kind, item)
    for f in schema(NOTE_TYPES[kind]):
        if f.name == "file":
            continue
        lines.append(f"#   {f.metadata['doc']}")
        value = values.get(f.name, [] if f.metadata["type"] in ("texts", "quotes", "positions") else None)
        lines += ["# " + line for line in _dump(f.name, value)]
    lines += ["---", ""]
    return "\n".join(lines)


def stubs(dossier: Dossier, existing: set[str], kinds: tuple[str, ...] = FOLDERS) -> dict[str, str]:
    """A stub for every item of these kinds whose uri is not in `existing`."""
    out = {}
    for kind in kinds:
        for item in items(dossier, kind):
            uri = f"{kind}/{item.id}.md"
            if uri not in existing:
                out[uri] = stub(dossier, kind, item)
    return dict(sorted(out.items()))
