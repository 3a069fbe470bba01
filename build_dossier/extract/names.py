"""Finding actor names in one text: gazetteer words, capitalised name runs, titles.

`scan(text)` returns raw hits; actors.py groups the hits of all articles into actors and
resolves every hit to one. The rules are structural (capitalisation, what stands before and after
a name); the words they use live in data/*.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alternation, fold, lexicon
from .text import is_capitalised, sentences, words


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    surface: str  # the name as written (no "#", no possessive)
    kind: str  # gazetteer | person | single | place | organization | title
    key: str  # gazetteer name, folded name, or title key "owner|title"
    signal: str  # which rule found it (becomes found_by)
    role: str | None = None  # a title the text gives the name ("NATO Secretary-General")
    role_key: str | None = None  # the title's key, to resolve bare titles later
    alias: str | None = None  # the title phrase as written, when it has an owner


@dataclass
class Patterns:
    gazetteer: re.Pattern
    role_before: re.Pattern
    appositive_after: re.Pattern
    bare_title: re.Pattern
    title_in: re.Pattern
    place_after: re.Pattern
    media_around: re.Pattern
    title_words: set[str]
    verb_after: re.Pattern
    titles_folded: set[str]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    gaz = alternation(list(lex.surfaces) + sorted(lex.regions))
    titles = alternation(lex.titles)
    mods = alternation(lex.title_modifiers)
    owner = rf"(?<![\w.\-’'])(?:{alternation(list(lex.surfaces))}|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*|(?<=\bthe\s)[a-z]+)"
    title_phrase = rf"(?i:(?:(?:{mods})\s+)*(?:{titles}))"
    return Patterns(
        gazetteer=re.compile(rf"(?<![\w@])#?({gaz})(?![\w])"),
        role_before=re.compile(rf"(?:(?P<owner>{owner})(?:['’]s)?\s+)?(?P<title>{title_phrase})\s+$"),
        appositive_after=re.compile(rf"^,\s+(?i:the|a|an)\s+(?P<role>[^,.;:“”\"()]{{3,90}}?)(?=[,.;:]|$)"),
        bare_title=re.compile(rf"(?P<owner>{owner})(?:['’]s)?\s+(?P<title>{title_phrase})(?![\w-])"),
        title_in=re.compile(rf"(?<![\w-])(?i:{titles})(?![\w-])"),
        place_after=re.compile(rf"^\s+(?:{alternation(lex.place_nouns)})\b"),
        media_around=re.compile(rf"^\s+(?:{alternation(lex.media_nouns)})\b"),
        title_words={w.lower() for w in lex.title_words()} - {"of", "the"},
        titles_folded={fold(t) for t in lex.titles},
        verb_after=re.compile(rf"^,?\s+(?:(?:{alternation(lex.fillers)})\s+)*(?:{alternation(lex.verbs)})\b"),
    )


def owner_key(owner: str | None) -> tuple[str | None, str | None]:
    """(key, display) of a title's owner: a demonym or capital becomes its country."""
    if not owner:
        return None, None
    owner = re.sub(r"['’]s$", "", owner.strip().lstrip("#"))
    owner = re.sub(r"^(?i:the)\s+", "", owner)
    found = lexicon().surfaces.get(owner)
    if found:
        entry = found[0]
        display = entry.name if entry.kind == "organization" else possessive(entry.name)
        return fold(entry.name), display
    return fold(owner), owner


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def title_key(owner: str | None, title: str) -> tuple[str, str | None]:
    key, display = owner_key(owner)
    core = fold(title)
    for mod in ("former ", "then ", "acting ", "interim ", "outgoing ", "incoming ", "new ", "the "):
        if core.startswith(mod):
            core = core[len(mod):]
    return f"{key or ''}|{core}", display


def scan(text: str) -> list[Hit]:
    """Every actor-like name in `text`, left to right, none overlapping."""
    lex, pat = lexicon(), patterns()
    hits: list[Hit] = []
    taken = [False] * (len(text) + 1)
    for m in pat.gazetteer.finditer(text):
        surface = m.group(1)
        if surface in lex.regions:
            for i in range(m.start(), m.end()):
                taken[i] = True
            continue
        entry, signal = lex.surfaces[surface]
        if entry.kind == "country" and signal in ("gazetteer:country", "gazetteer:capital") \
                and _after_given_name(text, m.start(1), lex, pat):
            continue  # "Matt Brazil", "Paris Hilton"... a surname that is also a place
        hits.append(Hit(m.start(1), m.end(1), surface, "gazetteer", fold(entry.name), signal))
        for i in range(m.start(), m.end()):
            taken[i] = True
    starts = {s for s, _ in sentences(text)}
    runs = _runs(text, [w for w in words(text) if not taken[w[0]]], lex, pat)
    for run in runs:
        hit = _classify(text, run, starts, lex, pat)
        if hit:
            hits.append(hit)
    names = [(h.start, h.end) for h in hits]
    for m in pat.bare_title.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in names if not _is_owner(text, m, s, e)):
            continue
        after = text[m.end():]
        if re.match(r"\s+[A-Z][^\W\d_]", after) and not re.match(r"\s+(?:of|on|in|to)\b", after):
            continue  # a title before a name: the name's hit carries it
        key, display = title_key(m.group("owner"), m.group("title"))
        if not display:
            continue
        hits.append(Hit(m.start(), m.end(), m.group(0), "title", key, "title",
                        alias=_alias(m.group("owner"), m.group("title"))))
    hits = _drop_overlaps(hits)
    return hits


def _after_given_name(text: str, start: int, lex: Lexicon, pat: Patterns) -> bool:
    m = re.search(r"(?:^|[^\w.])([A-Z][a-z]+) $", text[max(0, start - 30):start])
    if not m:
        return False
    w = m.group(1)
    if w in lex.stop or w in lex.calendar or w in lex.surfaces or w.lower() in pat.title_words \
            or w in lex.regions or w in lex.platforms:
        return False
    word_start = start - len(w) - 1
    return not any(s == word_start for s, _ in sentences(text))


def _is_owner(text: str, m: re.Match, s: int, e: int) -> bool:
    """True when the hit at s..e is the title's owner (the "NATO" of "NATO chief")."""
    return s == m.start("owner") or (s >= m.start("owner") and e <= m.end("owner"))


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Names never overlap; a title may span the names inside it ("NATO chief")."""
    out: list[Hit] = []
    for h in sorted((h for h in hits if h.kind != "title"), key=lambda h: (h.start, -(h.end - h.start))):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return sorted(out + [h for h in hits if h.kind == "title"], key=lambda h: (h.start, h.end, h.kind))


def _runs(text: str, toks: list[tuple[int, int, str]], lex: Lexicon, pat: Patterns) -> list[list[tuple[int, int, str]]]:
    """Maximal sequences of capitalised words joined by single spaces (or name particles)."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        s, e, w = tok
        cap = is_capitalised(w) and w not in lex.calendar and not w[0].isdigit()
        particle = w in lex.particles and cur and _particle_joins(text, toks, i, lex)
        joined = cur and text[cur[-1][1]:s] in (" ", "\u00a0")
        if (cap or particle) and (joined or not cur):
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = [tok] if cap else []
    if cur:
        runs.append(cur)
    return [_trim_particles(r, lex) for r in runs]


def _particle_joins(text: str, toks, i: int, lex: Lexicon) -> bool:
    """A lower-case particle belongs to a name when capitalised words follow it ("von der Leyen")."""
    j = i
    while j + 1 < len(toks) and text[toks[j][1]:toks[j + 1][0]] == " ":
        j += 1
        if toks[j][2] not in lex.particles:
            return is_capitalised(toks[j][2])
    return False


def _trim_particles(run, lex):
    while run and run[-1][2] in lex.particles:
        run = run[:-1]
    return run


def _classify(text: str, run, starts: set[int], lex: Lexicon, pat: Patterns) -> Hit | None:
    # Leading stop words and title words ("The", "President", "Deputy Press Secretary") go.
    while run and (run[0][2].lstrip("#") in lex.stop or run[0][2].lower() in pat.title_words):
        run = run[1:]
    while run and (run[-1][2] in lex.stop or run[-1][2].lower() in pat.title_words):
        run = run[:-1]
    if not run:
        return None
    start, end = run[0][0], run[-1][1]
    surface = text[start:end].lstrip("#")
    if surface.startswith("#"):
        start += 1
    toks = [w.lstrip("#") for _, _, w in run]
    if any(t in lex.platforms or t in lex.outlets for t in toks) or surface in lex.outlets \
            or surface in lex.platforms or surface in lex.regions:
        return None
    if any(t in ("War", "World") for t in toks):
        return None
    after, before = text[end:], text[:start]
    nxt = re.match(r"\s+(?:and|or)\s+(?:[A-Z][\w\-]*\s+)*(\w+)|\s+(\w+)", after)
    if nxt and (nxt.group(1) or nxt.group(2)) in lex.thing_nouns:
        return None  # "Storm Shadow missiles", "ATACMS and ... missiles"
    if pat.media_around.match(after) or re.search(r"\b(?:outlet|agency|newspaper|broadcaster)\s+$", before):
        return None
    if pat.place_after.match(after):
        return Hit(start, end, surface, "place", fold(surface), "place-noun")
    if len(toks) >= 2 and toks[-1] in lex.place_nouns:
        name = text[start:run[-2][1]].lstrip("#")
        return Hit(start, end, surface, "place", fold(name), "place-noun")
    if len(toks) >= 2 and any(t in lex.org_nouns for t in toks):
        return Hit(start, end, surface, "organization", fold(surface), "organization-noun")
    role, role_key, alias, signal = _role(text, start, end, pat)
    sentence_initial = start in starts or re.search(r"^\W*$", text[max(0, start - 3):start]) is not None \
        and any(abs(start - s) <= 3 for s in starts)
    acronym = any(len(t) > 1 and t.isupper() for t in toks)
    if len(toks) >= 2 and not acronym and all(_name_like(t, lex) for t in toks):
        return Hit(start, end, surface, "person", fold(surface), signal or "name-run", role, role_key, alias)
    if len(toks) == 1:
        if not signal and pat.verb_after.match(after):
            signal = "single-speaker"
        return Hit(start, end, surface, "single", fold(surface),
                   signal or ("single:initial" if sentence_initial else "single"), role, role_key, alias)
    return None


def _name_like(token: str, lex: Lexicon) -> bool:
    if token in lex.particles:
        return True
    return token[0].isupper() and not any(ch.isdigit() for ch in token) and token not in lex.stop


def _role(text: str, start: int, end: int, pat: Patterns):
    """The title the text gives a name: before it ("NATO chief X"), or in apposition."""
    sent_start = max([s for s, _ in sentences(text) if s <= start] or [0])
    before = text[sent_start:start]
    m = pat.role_before.search(before)
    if m:
        owner, title = m.group("owner"), m.group("title")
        if owner and fold(f"{owner} {title}") in pat.titles_folded:
            owner, title = None, f"{owner} {title}"
        key, display = title_key(owner, title)
        role = " ".join(x for x in (display, title) if x)
        alias = _alias(before[m.start():].strip(), "") if owner else None
        return role, key, alias, "title-before-name"
    m = pat.appositive_after.match(text[end:])
    if m and pat.title_in.search(m.group("role")):
        return m.group("role").strip(), None, None, "appositive"
    for a in reversed(list(re.finditer(r"(?:^|\s)(?i:the|a|an)\s+", before))):
        role = before[a.end():]
        m = re.fullmatch(r"(?P<role>[^,.;:“”\"()]{3,90}?),\s+", role)
        if m and pat.title_in.search(m.group("role")):
            return m.group("role").strip(), None, None, "appositive"
    return None, None, None, None


def _alias(owner: str | None, title: str) -> str:
    owner = (owner or "").strip().lstrip("#")
    owner = re.sub(r"^(?i:the)\s+", "", owner)
    return f"{owner} {title}".strip() if owner else title
