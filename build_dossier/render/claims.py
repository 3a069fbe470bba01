"""Claim pages: one page per claim with a footnote per source, and the
key-claim notes shown under the paragraphs that report them on source pages."""

from __future__ import annotations

import re

from ..mdtext import anchor, escape_inline, relative
from ..model import Claim, Dossier
from .common import Page, actor_uri, claim_uri, source_uri
from .footnotes import Footnotes



def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—–- ") + "…"


def plain(text: str) -> str:
    """A page title for front matter: no markup characters (themes may not escape it). Parentheses
    stay: they make no link without brackets, and "Confederation of African Football (CAF)" or a
    dateline's "(Reuters)" lose their sense without them."""
    return re.sub(r"[<>\[\]`*_#|\\{}]", "", text)


def render_claim_pages(dossier: Dossier) -> dict[str, Page]:
    pages: dict[str, Page] = {}  # the claims table is in indexes.py
    for claim in dossier.claims:
        pages[claim_uri(claim.id)] = render_claim(dossier, claim)
    return pages


def render_claim(dossier: Dossier, claim: Claim) -> Page:
    uri = claim_uri(claim.id)
    notes = Footnotes(uri, dossier)
    actors = {a.id: a for a in dossier.actors}
    lines = [f"# {escape_inline(short(claim.text, 70))}", ""]
    facts = []
    if claim.actor and claim.actor in actors:
        facts.append(("Who", f"[{escape_inline(actors[claim.actor].name)}]({relative(uri, actor_uri(claim.actor))})"))
    facts.append(("Kind", claim.kind + (" (key claim)" if claim.key else "")))
    n = len({s.article for s in claim.sources})
    facts.append(("Reported by", f"{n} article{'' if n == 1 else 's'}"))
    lines += [f"**{k}:** {v}  " for k, v in facts]
    lines[-1] = lines[-1].rstrip()
    lines += ["", "> " + escape_inline(claim.text) + notes.refs(claim.sources), ""]
    lines.append(notes.section())
    return {"title": plain(short(claim.text, 70))}, "\n".join(lines)


def key_claim_notes(dossier: Dossier) -> dict[str, dict[int, list[str]]]:
    """Per article and paragraph: a note for each key claim it reports, with the other sources."""
    articles = {a.id: a for a in dossier.articles}
    out: dict[str, dict[int, list[str]]] = {}
    for claim in dossier.claims:
        if not claim.key:
            continue
        for s in claim.sources:
            here = source_uri(s.article)
            elsewhere: dict[str, list[int]] = {}
            for o in claim.sources:
                if (o.article, o.paragraph) != (s.article, s.paragraph):
                    paras = elsewhere.setdefault(o.article, [])
                    if o.paragraph not in paras:
                        paras.append(o.paragraph)
            others = []
            for aid, paras in elsewhere.items():
                page = "" if aid == s.article else relative(here, source_uri(aid))
                links = ", ".join(f"[¶{p + 1}]({page}#{anchor(p)})" for p in sorted(paras))
                if aid == s.article:
                    others.append(f"this article ({links})")
                else:
                    a = articles[aid]
                    others.append(f"{escape_inline(a.outlet or short(a.title, 40))} ({links})")
            note = f"[{escape_inline(short(claim.text))}]({relative(here, claim_uri(claim.id))})"
            if others:
                note += " — also reported by " + "; ".join(others)
            notes = out.setdefault(s.article, {}).setdefault(s.paragraph, [])
            if note not in notes:
                notes.append(note)
    return out
