"""Annotate: the editors' notes applied over what extraction found. What a note says wins.

Two steps, both pure. `revise_articles` runs before extraction (a source's metadata, its lines
kept or dropped, its id when bound to a seed by `file:`), so extraction reads the corrected text.
`apply` runs after it: actors renamed, merged, hidden or added; claims, events and disputes
corrected or added by quoting passages; references re-pointed. Every problem is collected with
its file and line, and all are raised together.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import replace

from slugify import slugify

from .anchor import AnchorError, find_all, fold_text, has_word, locate, quick_fold
from .annotations import UNSET, Annotations, Quote, SourceNote
from .clean import Overrides, _norm
from .errors import DossierError, DossierErrors
from .ids import unique_id
from .ingest import ingest
from .model import Actor, Article, Claim, Dispute, Dossier, Event, Mention, Metadata, Position, SourceFile, SourceRef

ANNOTATION = "annotation"


def did_you_mean(word: str, known) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# Sources (before extraction)


def bind_sources(articles: list[Article], notes: Annotations,
                 problems: list[DossierError]) -> dict[str, SourceNote]:
    """Each source note by the path of the seed it annotates: `file:` first, else the article id."""
    paths = {a.path for a in articles}
    by_id = {a.id: a for a in articles}
    bound: dict[str, SourceNote] = {}
    for note in sorted(notes.sources.values(), key=lambda n: (n.file is UNSET, n.id)):
        if note.file is not UNSET:
            path = note.file
            if path not in paths:
                problems.append(DossierError(f"file {path!r} is not one of the seeds", note.path, note.line_of("file")))
                continue
        elif note.id in by_id:
            path = by_id[note.id].path
        else:
            problems.append(DossierError(
                f"no source with id {note.id!r}: name the file after a source's id "
                f"(see `build-dossier scaffold`) or bind it with `file: seeds/...`", note.path, 1))
            continue
        if path in bound:
            problems.append(DossierError(f"{path} is already annotated by {bound[path].path}",
                                         note.path, note.line_of("file")))
            continue
        bound[path] = note
    return bound


def source_overrides(source: SourceFile, note: SourceNote, problems: list[DossierError]) -> Overrides | None:
    """The note's boilerplate/content lines, each found in exactly one line of the seed."""
    if not note.boilerplate and not note.content:
        return None
    blocks = [b.text for b in ingest(source).blocks]
    keep, drop = set(), []
    for key in ("boilerplate", "content"):
        for i, line in enumerate(getattr(note, key) or []):
            spans = find_all(blocks, line)
            hits = sorted({s.paragraph for s in spans})
            if len({_norm(blocks[h]) for h in hits}) == 1:
                hits = hits[:1]  # the same line repeated (a headline) is one verdict
            if len(hits) != 1:
                what = "not found" if not hits else f"found in {len(hits)} lines (quote more of the line)"
                problems.append(DossierError(f"{key} line {what} in {source.path}: \"{shorten(line)}\"",
                                             note.path, note.line_of(key, i)))
                continue
            text = _norm(blocks[hits[0]])
            if key == "content":
                keep.add(text)
            else:
                drop.append((text, f"marked as boilerplate in {note.path}"))
    return Overrides(keep=frozenset(keep), drop=tuple(drop))


def annotate_article(article: Article, note: SourceNote) -> Article:
    """An article with the note's metadata (provenance "annotation") and, if bound by file, its id."""
    article = copy.deepcopy(article)
    if note.file is not UNSET:
        article.id = note.id
    for key in Metadata.FIELDS:
        value = getattr(note, key)
        if value is UNSET:
            continue
        setattr(article, key, value)
        article.provenance[key] = ANNOTATION
    article.provenance = dict(sorted(article.provenance.items()))
    return article


def revise_articles(articles: list[Article], sources: list[SourceFile], settings, notes: Annotations,
                    problems: list[DossierError]) -> list[Article]:
    """Articles re-cleaned with the editors' line verdicts, with their metadata and ids."""
    from .core import make_article  # core calls this module: import late to avoid a cycle

    problems.extend(notes.problems)
    by_path = {s.path: s for s in sources}
    bound = bind_sources(articles, notes, problems)
    out = []
    for article in articles:
        note = bound.get(article.path)
        if note is None:
            out.append(article)
            continue
        overrides = source_overrides(by_path[article.path], note, problems)
        if overrides is not None:
            try:
                article = replace(make_article(by_path[article.path], settings, set(), overrides), id=article.id)
            except DossierError as exc:
                problems.append(DossierError(exc.message, note.path, note.line_of("boilerplate")))
        out.append(annotate_article(article, note))
    check_article_ids(out, bound, problems)
    return out


def check_article_ids(articles: list[Article], bound: dict[str, SourceNote], problems: list[DossierError]) -> None:
    seen: dict[str, str] = {}
    for a in articles:
        if a.id in seen:
            note = bound.get(a.path) or bound.get(seen[a.id])
            problems.append(DossierError(f"source id {a.id!r} is taken by both {seen[a.id]} and {a.path}: "
                                         "rename this file", note.path if note else None))
        seen[a.id] = a.path


# ---------------------------------------------------------------------------------------------
# Everything else (after extraction)


class _Context:
    def __init__(self, dossier: Dossier, problems: list[DossierError]):
        self.d = dossier
        self.problems = problems
        self.articles = {a.id: a for a in dossier.articles}
        self.by_path = {a.path: a for a in dossier.articles}

    def problem(self, message: str, note, line: int) -> None:
        self.problems.append(DossierError(message, note.path, line))

    def anchor(self, q: Quote) -> SourceRef | None:
        article = self.articles.get(q.source) or self.by_path.get(q.source)
        if article is None:
            self.problem(f"unknown source {q.source!r}{did_you_mean(q.source, self.articles)}",
                         q, q.line_of("source"))
            return None
        texts = [p.text for p in article.paragraphs]
        prefix = q.prefix or None
        suffix = q.suffix or None
        try:
            i, start, end = locate(texts, q.exact, prefix, suffix)
        except AnchorError as exc:
            if exc.count == 0 and exc.near_misses:
                msg = (f"quote found {exc.near_misses} time{'s' if exc.near_misses > 1 else ''} in source "
                       f"{article.id!r} but not with this prefix/suffix")
            elif exc.count == 0:
                msg = f"quote not found in source {article.id!r}"
            else:
                msg = f"quote found {exc.count} times in source {article.id!r} (add a prefix or suffix to pick one)"
            self.problem(f"{msg}: \"{shorten(q.exact)}\"", q, q.line_of("exact"))
            return None
        return SourceRef(article.id, i, texts[i][start:end])

    def refs(self, quotes) -> list[SourceRef]:
        return [r for r in (self.anchor(q) for q in quotes or []) if r is not None]


def apply(dossier: Dossier, notes: Annotations, problems: list[DossierError] | None = None) -> Dossier:
    """The dossier with every note applied; raises DossierErrors listing every problem."""
    problems = list(problems or [])
    d = copy.deepcopy(dossier)
    ctx = _Context(d, problems)
    actors = _apply_actors(ctx, notes)
    _apply_claims(ctx, notes, actors)
    _apply_events(ctx, notes, actors)
    _apply_disputes(ctx, notes, actors)
    if problems:
        raise DossierErrors(sorted(problems, key=lambda p: (p.path or "", p.line or 0)))
    return d


class _Actors:
    """Resolves the ids and names editors write to the actors that remain."""

    def __init__(self, ctx: _Context, final: dict[str, str | None], gone: list[Actor]):
        self.ctx = ctx
        self.final = final  # every merged or hidden id -> the id it ended as (None: hidden)
        self.gone = gone

    def resolve(self, ref: str, note, line: int) -> str | None:
        ids = _lookup(self.ctx.d.actors, ref) or _lookup(self.gone, ref)
        if len(ids) != 1:
            if ids:
                self.ctx.problem(f"{len(ids)} actors ({', '.join(sorted(ids))}) named {ref!r}: use an id", note, line)
            else:
                known = [n for a in self.ctx.d.actors for n in (a.id, a.name, *a.aliases)]
                self.ctx.problem(f"no actor named {ref!r}{did_you_mean(ref, known)}", note, line)
            return None
        target = self.final.get(ids[0], ids[0])
        if target is None:
            self.ctx.problem(f"actor {ref!r} is hidden", note, line)
        return target

    def resolve_all(self, refs: list[str], note, key: str, owner=None) -> list[str]:
        out: list[str] = []
        for i, ref in enumerate(refs):
            target = self.resolve(ref, owner or note, (owner or note).line_of(key, i))
            if target and target not in out:
                out.append(target)
        return out


def _lookup(actors: list[Actor], ref: str) -> list[str]:
    if any(a.id == ref for a in actors):
        return [ref]
    key = fold_text(ref)
    return sorted({a.id for a in actors if key in {fold_text(n) for n in [a.name, *a.aliases]}})


def _target(ctx: _Context, note, kind: str, items: list, by_id: dict, needs: dict, make):
    """The extracted item a note annotates, or a new one made from the note's fields; None (and a
    problem reported) when there is none and the note lacks the fields a new one needs."""
    item = by_id.get(note.id)
    if item is not None:
        return item
    if not all(needs.values()):
        fields = " and ".join(f"a `{k}`" for k in needs)
        ctx.problem(f"no {kind} {note.id!r} was extracted: to add one, give it {fields}", note, 1)
        return None
    item = make()
    items.append(item)
    by_id[note.id] = item
    return item


def _apply_actors(ctx: _Context, notes: Annotations) -> _Actors:
    d = ctx.d
    by_id = {a.id: a for a in d.actors}
    touched: set[str] = set()
    for note in sorted(notes.actors.values(), key=lambda n: n.id):
        actor = _target(ctx, note, "actor", d.actors, by_id, {"name": note.name},
                        lambda: Actor(note.id, note.name, found_by=[ANNOTATION]))
        if actor is None:
            continue
        if note.name and note.name != actor.name:
            old, actor.name = actor.name, note.name
            _add_aliases(actor, [old])
        if note.kind is not UNSET:
            actor.kind = note.kind
        if note.role is not UNSET:
            actor.role = note.role
        _add_aliases(actor, note.aliases or [])
        touched.add(actor.id)

    # Merges: each listed actor folds into the annotated one (chains followed, cycles refused).
    into: dict[str, str] = {}
    for note in sorted(notes.actors.values(), key=lambda n: n.id):
        if note.id not in by_id:
            continue
        for i, ref in enumerate(note.merge or []):
            line = note.line_of("merge", i)
            ids = _lookup(d.actors, ref)
            if len(ids) != 1:
                names = "no actor" if not ids else f"{len(ids)} actors ({', '.join(ids)})"
                ctx.problem(f"merge: {names} named {ref!r}", note, line)
                continue
            other = ids[0]
            if note.hidden:
                ctx.problem(f"merge: cannot merge {ref!r} into a hidden actor ({note.id!r} is hidden)", note, line)
            elif other == note.id:
                ctx.problem(f"merge: {ref!r} is this actor itself", note, line)
            elif other in notes.actors and notes.actors[other].hidden:
                ctx.problem(f"merge: {other!r} is hidden (see {notes.actors[other].path})", note, line)
            elif other in into and into[other] != note.id:
                ctx.problem(f"merge: {other!r} is already merged into {into[other]!r}", note, line)
            else:
                into[other] = note.id
    final: dict[str, str | None] = {}
    for other in sorted(into):
        seen, target = {other}, into[other]
        while target in into:
            if target in seen:
                note = notes.actors[into[other]]
                ctx.problem(f"merge: {other!r} and {target!r} are merged into each other", note,
                            note.line_of("merge"))
                target = None
                break
            seen.add(target)
            target = into[target]
        if target is not None:
            final[other] = target
    for other, target in sorted(final.items()):
        src, dst = by_id[other], by_id[target]
        _add_aliases(dst, [src.name, *src.aliases])
        dst.mentions = sorted(set(dst.mentions) | set(src.mentions), key=lambda m: (m.article, m.paragraph))
        dst.found_by = list(dict.fromkeys(dst.found_by + src.found_by))
        touched.add(target)
    hidden = {n.id for n in notes.actors.values() if n.hidden and n.id in by_id}
    final.update({h: None for h in hidden})
    gone = [a for a in d.actors if a.id in final]
    d.actors = [a for a in d.actors if a.id not in final]

    # Names and aliases an editor gave are looked for in every paragraph.
    folded = [[quick_fold(p.text) for p in a.paragraphs] for a in d.articles]
    for actor in d.actors:
        if actor.id in touched:
            actor.mentions = _with_mentions(actor, d.articles, folded)

    def point(ref: str | None) -> str | None:
        return final.get(ref, ref) if ref is not None else None

    for c in d.claims:
        c.actor = point(c.actor)
    for e in d.events:
        e.actors = _unique(point(a) for a in e.actors)
    for dispute in d.disputes:
        for p in dispute.positions:
            p.actors = _unique(point(a) for a in p.actors)
    return _Actors(ctx, final, gone)


def _add_aliases(actor: Actor, names: list[str]) -> None:
    known = {fold_text(n) for n in [actor.name, *actor.aliases]}
    for name in names:
        if fold_text(name) not in known:
            actor.aliases.append(name)
            known.add(fold_text(name))


def _with_mentions(actor: Actor, articles: list[Article], folded: list[list[str]]) -> list[Mention]:
    found = set(actor.mentions)
    names = [n for n in {fold_text(n) for n in [actor.name, *actor.aliases]} if n]
    for article, texts in zip(articles, folded):
        for i, text in enumerate(texts):
            if any(has_word(text, name) for name in names):
                found.add(Mention(article.id, i))
    order = {a.id: i for i, a in enumerate(articles)}
    return sorted(found, key=lambda m: (order.get(m.article, len(order)), m.article, m.paragraph))


def _unique(items) -> list:
    return [x for x in dict.fromkeys(items) if x is not None]


def _add_refs(refs: list[SourceRef], more: list[SourceRef]) -> list[SourceRef]:
    return list(dict.fromkeys([*refs, *more]))


def _apply_claims(ctx: _Context, notes: Annotations, actors: _Actors) -> None:
    d = ctx.d
    by_id = {c.id: c for c in d.claims}
    for note in sorted(notes.claims.values(), key=lambda n: n.id):
        claim = by_id.get(note.id)
        refs = ctx.refs(note.quotes)
        if claim is None:
            if not note.quotes:
                ctx.problem(f"no claim {note.id!r} was extracted: to add one, quote it under `quotes:`", note, 1)
                continue
            if not refs:
                continue  # the quotes' own problems are reported
            claim = Claim(note.id, refs[0].quote, found_by=[ANNOTATION])
            d.claims.append(claim)
            by_id[note.id] = claim
        claim.sources = _add_refs(claim.sources, refs)
        if note.text:
            claim.text = note.text
        if note.kind is not UNSET:
            claim.kind = note.kind
        if note.actor is not UNSET:
            claim.actor = None if note.actor is None else actors.resolve(note.actor, note, note.line_of("actor"))
    hidden = {n.id for n in notes.claims.values() if n.hidden and n.id in by_id}
    d.claims = [c for c in d.claims if c.id not in hidden]
    for e in d.events:
        e.claims = [c for c in e.claims if c not in hidden]
    for dispute in d.disputes:
        for p in dispute.positions:
            p.claims = [c for c in p.claims if c not in hidden]


def _claim_ids(ctx: _Context, refs: list[str], owner, key: str) -> list[str]:
    known = {c.id for c in ctx.d.claims}
    out = []
    for i, ref in enumerate(refs or []):
        if ref not in known:
            ctx.problem(f"no claim {ref!r} (hidden or never extracted)", owner, owner.line_of(key, i))
        elif ref not in out:
            out.append(ref)
    return out


def _apply_events(ctx: _Context, notes: Annotations, actors: _Actors) -> None:
    d = ctx.d
    by_id = {e.id: e for e in d.events}
    for note in sorted(notes.events.values(), key=lambda n: n.id):
        event = _target(ctx, note, "event", d.events, by_id, {"date": note.date, "title": note.title},
                        lambda: Event(note.id, note.date, note.title, found_by=[ANNOTATION]))
        if event is None:
            continue
        if note.date:
            event.date = note.date
        if note.title:
            event.title = note.title
        if note.actors is not UNSET:
            event.actors = actors.resolve_all(note.actors or [], note, "actors")
        if note.claims is not UNSET:
            event.claims = _claim_ids(ctx, note.claims, note, "claims")
        event.sources = _add_refs(event.sources, ctx.refs(note.quotes))
    hidden = {n.id for n in notes.events.values() if n.hidden}
    # Added or re-dated events take their place on the timeline (stable: extraction order on ties).
    d.events = sorted((e for e in d.events if e.id not in hidden), key=lambda e: e.date)


def _apply_disputes(ctx: _Context, notes: Annotations, actors: _Actors) -> None:
    d = ctx.d
    by_id = {x.id: x for x in d.disputes}
    for note in sorted(notes.disputes.values(), key=lambda n: n.id):
        dispute = _target(ctx, note, "dispute", d.disputes, by_id, {"title": note.title},
                          lambda: Dispute(note.id, note.title, found_by=[ANNOTATION]))
        if dispute is None:
            continue
        if note.title:
            dispute.title = note.title
        if note.positions is not UNSET:
            dispute.positions = [_position(ctx, actors, dispute, p) for p in note.positions or []]
            if ANNOTATION not in dispute.found_by:
                dispute.found_by = [*dispute.found_by, ANNOTATION]  # the positions are the editors'

    hidden = {n.id for n in notes.disputes.values() if n.hidden}
    d.disputes = [x for x in d.disputes if x.id not in hidden]


def _position(ctx: _Context, actors: _Actors, dispute: Dispute, p) -> Position:
    held_by = actors.resolve_all(p.held_by or [], p, "held_by")
    claims = _claim_ids(ctx, p.claims or [], p, "claims")
    for ref in ctx.refs(p.quotes):
        claims.append(_claim_for(ctx.d, ref, dispute))
    return Position(p.summary, held_by, _unique(claims))


def _claim_for(d: Dossier, ref: SourceRef, dispute: Dispute) -> str:
    """The claim already citing this passage, or a new one quoting it."""
    for c in d.claims:
        if any(s.article == ref.article and s.paragraph == ref.paragraph and
               (ref.quote in s.quote or s.quote in ref.quote) and s.quote for s in c.sources):
            return c.id
    taken = {c.id for c in d.claims}
    base = f"{dispute.id}-" + (slugify(ref.quote, max_length=50, word_boundary=True, save_order=True) or "quote")
    claim_id = unique_id(base, taken)
    # Who holds a position need not be who said the passage: the claim's actor stays unknown.
    d.claims.append(Claim(claim_id, ref.quote, sources=[ref], found_by=[ANNOTATION]))
    return claim_id


