"""Plain pages for actors, claims, events and disputes, used where no section renderer made one.

The extraction branch renders these sections in full; this keeps every link from the home page,
the index pages and the pictures working in the meantime (render_site fills gaps only).
"""

from __future__ import annotations

from ..mdtext import anchor, escape_attr, escape_inline, relative
from ..model import Claim, Dossier, SourceRef
from .common import Page, actor_uri, claim_uri, dispute_uri, event_uri, source_uri
from .labels import article_label, plural


def render_reference_pages(dossier: Dossier) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for a in dossier.actors:
        pages[actor_uri(a.id)] = actor_page(dossier, a)
    for c in dossier.claims:
        pages[claim_uri(c.id)] = claim_page(dossier, c)
    for e in dossier.events:
        here = event_uri(e.id)
        lines = [f"# {escape_inline(e.title)}", "", f"**Date:** {e.date}", ""]
        lines += _actor_list(dossier, here, e.actors)
        lines += _claim_list(dossier, here, e.claims)
        lines += _sources(dossier, here, e.sources)
        pages[here] = ({"title": e.title}, "\n".join(lines))
    for d in dossier.disputes:
        here = dispute_uri(d.id)
        lines = [f"# {escape_inline(d.title)}", ""]
        for i, p in enumerate(d.positions, 1):
            lines += [f"## Position {i}: {escape_inline(p.summary)}", ""]
            lines += _actor_list(dossier, here, p.actors, "Held by")
            lines += _claim_list(dossier, here, p.claims)
        pages[here] = ({"title": d.title}, "\n".join(lines))
    return pages


def actor_page(dossier: Dossier, actor) -> Page:
    here = actor_uri(actor.id)
    lines = [f"# {escape_inline(actor.name)}", ""]
    facts = [f"**Kind:** {actor.kind}"]
    if actor.role:
        facts.append(f"**Role:** {escape_inline(actor.role)}")
    if actor.aliases:
        facts.append("**Also called:** " + ", ".join(escape_inline(x) for x in actor.aliases))
    lines += ["  \n".join(facts), ""]
    claims = [c.id for c in dossier.claims if c.actor == actor.id]
    lines += _claim_list(dossier, here, claims, "Claims made")
    by_article: dict[str, list[int]] = {}
    for m in actor.mentions:
        by_article.setdefault(m.article, []).append(m.paragraph)
    if by_article:
        lines += [f"## Mentioned in {plural(len(by_article), 'source')}", ""]
        for art in sorted(by_article, key=lambda x: (dossier.article(x).date or "", x)):
            a = dossier.article(art)
            paras = ", ".join(f"[¶{i + 1}]({relative(here, source_uri(art))}#{anchor(i)})"
                              for i in sorted(set(by_article[art])))
            lines.append(f"- {escape_inline(article_label(a))}: {paras}")
        lines.append("")
    return {"title": actor.name}, "\n".join(lines)


def claim_page(dossier: Dossier, claim: Claim) -> Page:
    here = claim_uri(claim.id)
    marks = "".join(f"[^{i}]" for i in range(1, len(claim.sources) + 1))
    lines = [f"# {escape_inline(_short(claim.text))}", "", f"> {escape_inline(claim.text)}{marks}", ""]
    if claim.actor:
        actor = next((a for a in dossier.actors if a.id == claim.actor), None)
        if actor:
            lines += [f"**Said by:** [{escape_inline(actor.name)}]({relative(here, actor_uri(actor.id))})", ""]
    lines += [f"**Kind:** {claim.kind}", ""]
    for i, ref in enumerate(claim.sources, 1):
        a = dossier.article(ref.article)
        link = f"{relative(here, source_uri(a.id))}#{anchor(ref.paragraph)}"
        quote = f"“{escape_inline(ref.quote)}” — " if ref.quote else ""
        lines.append(f"[^{i}]: {quote}[{escape_inline(article_label(a))}, ¶{ref.paragraph + 1}]"
                     f'({link} "{escape_attr(a.title)}")')
    lines.append("")
    return {"title": _short(claim.text)}, "\n".join(lines)


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _actor_list(dossier: Dossier, here: str, ids: list[str], label: str = "Actors") -> list[str]:
    actors = {a.id: a for a in dossier.actors}
    links = [f"[{escape_inline(actors[i].name)}]({relative(here, actor_uri(i))})" for i in ids if i in actors]
    return [f"**{label}:** " + ", ".join(links), ""] if links else []


def _claim_list(dossier: Dossier, here: str, ids: list[str], heading: str = "Claims") -> list[str]:
    claims = {c.id: c for c in dossier.claims}
    items = [f"- [{escape_inline(_short(claims[i].text, 140))}]({relative(here, claim_uri(i))})"
             for i in ids if i in claims]
    return [f"### {heading}", "", *items, ""] if items else []


def _sources(dossier: Dossier, here: str, refs: list[SourceRef]) -> list[str]:
    items = []
    for ref in refs:
        a = dossier.article(ref.article)
        items.append(f"- [{escape_inline(article_label(a))}, ¶{ref.paragraph + 1}]"
                     f"({relative(here, source_uri(a.id))}#{anchor(ref.paragraph)})")
    return ["### Sources", "", *items, ""] if items else []


