"""dossier.json: the dossier as data, per the public contract (schema "dossier/1").

Field names are a public interface: add fields, never rename or drop one.
"""

from __future__ import annotations

import json

from .model import Dossier, Figure, SourceRef

SCHEMA = "dossier/1"


def _ref(ref: SourceRef, with_quote: bool = True) -> dict:
    out = {"article": ref.article, "paragraph": ref.paragraph}
    if with_quote:
        out["quote"] = ref.quote
    return out


def _figure(f: Figure) -> dict:
    return {k: getattr(f, k) for k in ("value", "unit", "kind", "expression", "qualifier", "low", "high",
                                       "total", "date", "noun", "about")}


def to_data(dossier: Dossier) -> dict:
    return {
        "schema": SCHEMA,
        "title": dossier.title,
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "outlet": a.outlet,
                "date": a.date,
                "url": a.url,
                "author": a.author,
                "paragraphs": [p.text for p in a.paragraphs],
                "paragraph_kinds": [p.kind for p in a.paragraphs],
                "paragraph_lines": [p.line for p in a.paragraphs],
                "removed": [
                    {"text": r.text, "reason": r.reason, "rule": r.rule, "line": r.line}
                    for r in a.removed
                ],
                "provenance": a.provenance,
            }
            for a in dossier.articles
        ],
        "actors": [
            {
                "id": x.id,
                "name": x.name,
                "kind": x.kind,
                "aliases": list(x.aliases),
                "role": x.role,
                "mentions": [{"article": m.article, "paragraph": m.paragraph} for m in x.mentions],
                "found_by": list(x.found_by),
            }
            for x in dossier.actors
        ],
        "claims": [
            {
                "id": c.id,
                "text": c.text,
                "actor": c.actor,
                "kind": c.kind,
                "sources": [_ref(s) for s in c.sources],
                "found_by": list(c.found_by),
                "key": c.key,
                **({"figure": _figure(c.figure)} if c.figure else {}),
            }
            for c in dossier.claims
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "title": e.title,
                "actors": list(e.actors),
                "claims": list(e.claims),
                "sources": [_ref(s, with_quote=bool(s.quote)) for s in e.sources],
                "found_by": list(e.found_by),
            }
            for e in dossier.events
        ],
        "disputes": [
            {
                "id": d.id,
                "title": d.title,
                "positions": [
                    {"summary": p.summary, "actors": list(p.actors), "claims": list(p.claims),
                     "sources": [_ref(s) for s in p.sources]}
                    for p in d.positions
                ],
                "found_by": list(d.found_by),
            }
            for d in dossier.disputes
        ],
    }


def to_json(dossier: Dossier) -> str:
    return json.dumps(to_data(dossier), ensure_ascii=False, indent=2) + "\n"
