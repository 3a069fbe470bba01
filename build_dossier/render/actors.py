"""Actor pages: the actors table and one page per actor (kind, role, aliases, what they said,
where they are mentioned, related actors, their events and the disputes they hold a position in)."""

from __future__ import annotations

from collections import Counter

from ..mdtext import anchor, escape_inline, relative
from ..model import Actor, Dossier
from .claims import plain, short
from .common import Page, actor_uri, claim_uri, date_key, dispute_uri, event_uri, source_uri
from .footnotes import Footnotes

RELATED_MAX = 12


def render_actor_pages(dossier: Dossier, existing: set[str] | frozenset[str] = frozenset()) -> dict[str, Page]:
    """`existing`: uris of the other generated pages (events, disputes are linked only if there)."""
    pages: dict[str, Page] = {}  # the actors table is in indexes.py
    together = _co_mentions(dossier)
    for actor in dossier.actors:
        pages[actor_uri(actor.id)] = render_actor(dossier, actor, together.get(actor.id, Counter()), existing)
    return pages


def _co_mentions(dossier: Dossier) -> dict[str, Counter]:
    where: dict[tuple[str, int], set[str]] = {}
    for a in dossier.actors:
        for m in a.mentions:
            where.setdefault((m.article, m.paragraph), set()).add(a.id)
    out: dict[str, Counter] = {}
    for ids in where.values():
        for x in ids:
            for y in ids:
                if x != y:
                    out.setdefault(x, Counter())[y] += 1
    return out


def render_actor(dossier: Dossier, actor: Actor, together: Counter, existing) -> Page:
    uri = actor_uri(actor.id)
    notes = Footnotes(uri, dossier)
    names = {a.id: a for a in dossier.actors}
    lines = [f"# {escape_inline(actor.name)}", ""]
    facts = [("Kind", actor.kind)]
    if actor.role:
        facts.append(("Role", escape_inline(actor.role)))
    if actor.aliases:
        facts.append(("Also called", ", ".join(escape_inline(x) for x in actor.aliases)))
    lines += [f"**{k}:** {v}  " for k, v in facts]
    lines[-1] = lines[-1].rstrip()
    lines.append("")

    claims = [c for c in dossier.claims if c.actor == actor.id]
    if claims:
        lines += ["## What they said", ""]
        # One sentence can be both a statement and a figure (two claim pages): it is listed once, the
        # second page linked by its kind, not shown twice word for word.
        same: dict[str, list] = {}
        for c in claims:
            same.setdefault(" ".join(c.text.split()).casefold(), []).append(c)
        for first, *others in same.values():
            refs = notes.refs([s for c in (first, *others) for s in c.sources])
            also = "".join(f" ([as a {c.kind}]({relative(uri, claim_uri(c.id))}))" for c in others)
            lines.append(f"- [{escape_inline(short(first.text, 140))}]({relative(uri, claim_uri(first.id))}){also}{refs}")
        lines.append("")

    by_article: dict[str, list[int]] = {}
    for m in actor.mentions:
        by_article.setdefault(m.article, []).append(m.paragraph)
    if by_article:  # an actor an editor added may have no mention: no empty heading
        lines += ["## Mentioned in", ""]
        for art in sorted(dossier.articles, key=date_key):
            if art.id not in by_article:
                continue
            page = relative(uri, source_uri(art.id))
            paras = ", ".join(f"[¶{p + 1}]({page}#{anchor(p)})" for p in sorted(set(by_article[art.id])))
            lines.append(f"- [{escape_inline(art.title)}]({page}) ({art.date or 'undated'}): {paras}")
        lines.append("")

    related = sorted(together.items(), key=lambda kv: (-kv[1], names[kv[0]].name))[:RELATED_MAX]
    if related:
        # One line, not a list of twelve: the names are what matters, the counts are a hint.
        links = [f"[{escape_inline(names[other].name)}]({relative(uri, actor_uri(other))}) ({n})"
                 for other, n in related]
        lines += ["## Related actors", "", "Named in the same paragraphs (how many): " + ", ".join(links) + ".", ""]

    events = [e for e in dossier.events if actor.id in e.actors]
    if events:
        lines += ["## Events", ""]
        for e in events:
            title = escape_inline(e.title)
            target = event_uri(e.id)
            lines.append(f"- {e.date}: " + (f"[{title}]({relative(uri, target)})" if target in existing else title))
        lines.append("")

    held = [(d, p) for d in dossier.disputes for p in d.positions if actor.id in p.actors]
    if held:
        lines += ["## Disputes", ""]
        for d, p in held:
            title = escape_inline(d.title)
            target = dispute_uri(d.id)
            link = f"[{title}]({relative(uri, target)})" if target in existing else title
            lines.append(f"- {link}: {escape_inline(p.summary)}")
        lines.append("")
    lines.append(notes.section("Sources quoted"))
    return {"title": plain(actor.name)}, "\n".join(lines)
