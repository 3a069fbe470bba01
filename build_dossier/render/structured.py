"""schema.org JSON-LD for claim and dispute pages, so fact-checking tools can read them.

A claim is a schema.org `Claim` (its text, who made it, where it appeared). Where an editor gave a
verdict in the page's front matter (docs/claims/<id>.md or docs/disputes/<id>.md):

    verdict: Misleading        # required: the editor's rating, in words
    rating: 2                  # optional: 1 (false) .. 5 (true)
    reviewer: Our newsroom     # optional: who reviewed (default: the dossier's title)
    reviewed: 2024-11-05       # optional: date of the review

the page carries a `ClaimReview` of it instead, as Google's fact-check markup expects.
"""

from __future__ import annotations

import json

from ..mdtext import safe_url
from ..model import Actor, Claim, Dispute, Dossier, EditorPage

CONTEXT = "https://schema.org"
AUTHOR_TYPES = {"person": "Person"}  # anyone else who speaks is an organisation for schema.org


def _actor(actor: Actor) -> dict:
    return {"@type": AUTHOR_TYPES.get(actor.kind, "Organization"), "name": actor.name}


def _appearances(dossier: Dossier, claim: Claim) -> list[dict]:
    out, seen = [], set()
    for ref in claim.sources:
        if ref.article in seen:
            continue
        seen.add(ref.article)
        a = dossier.article(ref.article)
        item = {"@type": "NewsArticle", "headline": a.title}
        if a.date:
            item["datePublished"] = a.date
        if a.outlet:
            item["publisher"] = {"@type": "Organization", "name": a.outlet}
        url = safe_url(a.url)
        if url:
            item["url"] = url
        out.append(item)
    return sorted(out, key=lambda x: (x.get("datePublished", "9999"), x["headline"]))


def claim_data(dossier: Dossier, claim: Claim) -> dict:
    data: dict = {"@type": "Claim", "text": claim.text}
    actor = next((a for a in dossier.actors if a.id == claim.actor), None) if claim.actor else None
    if actor:
        data["author"] = _actor(actor)
    appearances = _appearances(dossier, claim)
    if appearances:
        data["firstAppearance"] = appearances[0]
        data["appearance"] = appearances
    return data


def review_data(reviewed_text: str, item: dict, meta: dict, site_title: str) -> dict | None:
    verdict = meta.get("verdict")
    if verdict in (None, ""):
        return None
    rating: dict = {"@type": "Rating", "alternateName": str(verdict)}
    value = meta.get("rating")
    if isinstance(value, (int, float)) and 1 <= value <= 5:
        rating.update({"ratingValue": value, "bestRating": 5, "worstRating": 1})
    review = {
        "@type": "ClaimReview",
        "claimReviewed": reviewed_text,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": str(meta.get("reviewer") or site_title)},
    }
    if meta.get("reviewed"):
        review["datePublished"] = str(meta["reviewed"])
    return review


def claim_jsonld(dossier: Dossier, claim: Claim, editor: EditorPage | None) -> dict:
    item = claim_data(dossier, claim)
    review = review_data(claim.text, item, editor.meta if editor else {}, dossier.title)
    return {"@context": CONTEXT, **(review or item)}


def dispute_jsonld(dossier: Dossier, dispute: Dispute, editor: EditorPage | None,
                   claim_editors: dict[str, EditorPage] | None = None) -> dict:
    claims = {c.id: c for c in dossier.claims}
    claim_editors = claim_editors or {}
    graph: list[dict] = []
    seen: set[str] = set()
    for p in dispute.positions:
        for cid in p.claims:
            if cid in claims and cid not in seen:
                seen.add(cid)
                item = claim_data(dossier, claims[cid])
                ed = claim_editors.get(cid)
                graph.append(review_data(claims[cid].text, item, ed.meta if ed else {}, dossier.title) or item)
    question = {"@type": "Claim", "name": dispute.title,
                "text": " / ".join(p.summary for p in dispute.positions) or dispute.title}
    review = review_data(dispute.title, question, editor.meta if editor else {}, dossier.title)
    graph.insert(0, review or question)
    return {"@context": CONTEXT, "@graph": graph}


def with_page_url(markdown: str, url: str) -> str:
    """Give each ClaimReview on a page the page's absolute address (Google requires `url`).

    Only the build knows the address (site_url), so the MkDocs plugin calls this per page;
    without it the review is still valid schema.org, just without `url`.
    """
    quoted = json.dumps(url).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return markdown.replace('"@type":"ClaimReview",', f'"@type":"ClaimReview","url":{quoted},')


def script_block(data: dict) -> str:
    """A raw HTML block; '<', '>' and '&' are JSON-escaped so no text can close the script."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'\n<script type="application/ld+json">{text}</script>\n'
