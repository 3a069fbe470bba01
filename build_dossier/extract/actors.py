"""Actors: people, organisations, countries and places named in the cleaned articles.

Names found by names.scan in every paragraph are grouped into actors: spelling and
transliteration variants of a full name merge ("Aleksei"/"Alexey Ivanov"), a surname alone joins
the one person of that surname, a title the text ties to a person ("WHO chief Ana Lopes")
becomes an alias that later resolves to them ("the NATO chief said"), and demonyms, capitals and
official names stand for their country. The ActorIndex then resolves names in any text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from slugify import slugify

from ..model import Actor, Article, Mention
from ..ids import unique_id
from .lexicon import alternation, fold, lexicon, phonetic, romanised, strip_legal_form
from .names import Hit, scan

KIND_ORDER = {"person": 0, "organization": 1, "country": 2, "place": 3, "group": 4, "other": 5}


@dataclass
class _Group:
    """An actor being assembled from hits."""

    name: str
    kind: str
    surfaces: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    found_by: set[str] = field(default_factory=set)
    id: str = ""

    def absorb(self, other: "_Group") -> None:
        """`other` is another name of this actor: its mentions, names and signals join this one."""
        self.surfaces.update(other.surfaces)
        self.aliases |= other.aliases | {other.name}
        self.found_by |= other.found_by


class ActorIndex:
    """Resolves names (and titles, demonyms, capitals) in any text to actor ids."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._exact: dict[str, str] = {}  # folded full name / alias -> id
        self._persons: dict[str, list[str]] = {}  # id -> folded name tokens
        self._titles: dict[str, str] = {}  # title key "owner|title" -> id
        self._orgs: dict[str, list[str]] = {}  # organisation id -> folded name words
        self._places: set[str] = set()  # folded names of places and countries
        self._mentions: dict[tuple[str, frozenset], list] = {}  # filled once the index is complete
        self._by_word: dict[int, tuple[dict, dict]] = {}  # surname lookups' candidates, see _candidates
        self.cache: dict = {}  # for the extractors that read the articles again (claims.speaker)

    # -- lookups -------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    @property
    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    def resolve(self, name: str) -> str | None:
        """The actor a name, alias or title stands for, or None."""
        found = self._exact.get(fold(name))
        if found:
            return found
        spans = self.mentions_in(name)
        if len(spans) == 1 and spans[0][1] - spans[0][0] >= len(name.strip()) * 0.6:
            return spans[0][2]
        return None

    def mentions_in(self, text: str, prefer: set[str] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of every actor mention in `text`, left to right."""
        key = (text, frozenset(prefer or ()))
        if key not in self._mentions:
            self._mentions[key] = self._mentions_in(text, prefer)
        return list(self._mentions[key])

    def _mentions_in(self, text: str, prefer: set[str] | None) -> list[tuple[int, int, str]]:
        resolved = [(h, self.resolve_hit(h, prefer)) for h in scan(text)]
        resolved = [(h, a) for h, a in resolved if a]
        # A resolved title ("NATO chief") stands for its person, not for the owner inside it.
        titles = [(h.start, h.end) for h, _ in resolved if h.kind == "title"]
        return [(h.start, h.end, a) for h, a in resolved
                if h.kind == "title" or not any(s <= h.start and h.end <= e for s, e in titles)]

    def resolve_hit(self, hit: Hit, prefer: set[str] | None = None) -> str | None:
        if hit.kind == "title":
            return self._titles.get(hit.key)
        found = self._exact.get(hit.key)
        if found:
            return found
        if hit.kind == "single" and hit.surface.isupper() and len(hit.surface) > 1:
            return self._acronym(hit.key)
        if hit.kind == "single" and self._blend(hit.surface):
            return self._blend(hit.surface)
        if hit.kind in ("single", "person"):
            return self._surname(hit.key, prefer) or (self._first_word(hit.key) or self._club(hit.key)
                                                      or self._members(hit.key)
                                                      or self._office(hit.key) if hit.kind == "single" else None)
        return None

    def _blend(self, surface: str) -> str | None:
        """"Eurostat" is not it, "TurkStat" for "Turkish Statistical Institute": a short name written
        in camel case whose parts begin consecutive words of one organisation's name."""
        parts = re.findall(r"[A-Z][a-z]{2,}", surface)
        if len(parts) < 2 or "".join(parts) != surface:
            return None
        parts = [fold(p) for p in parts]
        found = sorted(oid for oid, words in self._orgs.items()
                       if any(all(words[i + j].startswith(p) for j, p in enumerate(parts))
                              for i in range(len(words) - len(parts) + 1)))
        return found[0] if len(found) == 1 else None

    def _first_word(self, key: str) -> str | None:
        """"Toyota" for "Toyota Motor Corp": the one organisation whose name starts with it."""
        generic = {w.lower() for w in lexicon().generic_org_words}
        found = sorted(oid for oid, words in self._orgs.items()
                       if len(words) > 1 and words[0] == key and key not in generic)
        if len(found) > 1:  # not "Acmor works council", a body the company owns
            owned = _institution_words()
            found = [oid for oid in found if " ".join(self._orgs[oid][1:]) not in owned]
        return found[0] if len(found) == 1 else None

    def _club(self, key: str) -> str | None:
        """"Bahia" for "Esporte Clube Bahia": the one organisation whose name ends with the word, the
        words before it being words of clubs' names (`club_words`)."""
        clubs = lexicon().club_words
        found = sorted(oid for oid, words in self._orgs.items()
                       if len(words) > 1 and words[-1] == key and all(w in clubs for w in words[:-1]))
        return found[0] if len(found) == 1 else None

    def _members(self, key: str) -> str | None:
        """"Firefighters said" for the "Volunteer Firefighters Corps": the one organisation whose name
        holds this plural noun for its members (not its organisation noun or a generic word, nor a
        plural for people at large: "Workers sealed the valve" is not the "X Workers' Union")."""
        lex = lexicon()
        plain = {w.lower() for w in lex.generic_org_words | lex.org_nouns | lex.group_nouns}
        if not key.endswith("s") or len(key) < 5 or key in plain:
            return None
        found = sorted(oid for oid, words in self._orgs.items() if len(words) > 1 and key in words[1:])
        return found[0] if len(found) == 1 else None

    def _office(self, key: str) -> str | None:
        """"the Contraloría" for the "Comptroller General's Office": a state office's Spanish or
        Portuguese name alone, when one organisation's English name holds the office's word."""
        word = lexicon().office_words.get(key)
        found = sorted(oid for oid, words in self._orgs.items() if word and word in words)
        return found[0] if len(found) == 1 else None

    def _acronym(self, key: str) -> str | None:
        """An organisation's initials ("NBP"), also after a place's name that begins it ("FDA" for
        "Kerala Food and Drug Administration"), or first word ("ING"), when only one fits."""
        def initials(words: list[str]) -> str:
            return "".join(w[0] for w in words if w not in ("of", "for", "and", "the", "on"))

        found = sorted(oid for oid, words in self._orgs.items()
                       if key == initials(words) or (len(words) > 1 and words[0] == key)
                       or any(len(words) > n + 1 and " ".join(words[:n]) in self._places and key == initials(words[n:])
                              for n in (1, 2)))
        return found[0] if len(found) == 1 else None

    def _surname(self, key: str, prefer: set[str] | None) -> str | None:
        """The one person whose surname (or, failing that, first name) this is."""
        tokens = name_tokens(key)
        if len(tokens) != 1:
            # A full name's last words ("Ould Salem", "Ruiz Soto"): the one person whose name ends so.
            return self._fuzzy_full(key) or self._tail(tokens)
        # The first of two surnames ("Ruiz" for "Ana Ruiz Soto", Spanish and Portuguese usage) is
        # tried only after the last word and the first name.
        for position in (-1, 0, -2):
            found = sorted(pid for pid, toks in self._candidates(position, key)
                           if len(toks) > (2 if position == -2 else 1) and _similar(toks[position], key))
            if prefer:
                local = [p for p in found if p in prefer]
                if len(local) == 1:
                    return local[0]
            if len(found) == 1:
                return found[0]
            if found:
                return None
        return None

    def set_person(self, pid: str, tokens: list[str]) -> None:
        self._persons[pid] = tokens
        self._by_word.clear()

    def _candidates(self, position: int, key: str) -> list[tuple[str, list[str]]]:
        """The persons whose name word at `position` could be `key` by `_similar`: the same first
        letter, or (six letters or more) the same sound. An index, so that a surname lookup reads a
        few names, not every person's."""
        if position not in self._by_word:
            first, sound = defaultdict(list), defaultdict(list)
            for pid, toks in self._persons.items():
                if len(toks) > max(1, -position - 1 if position < 0 else position):
                    word = toks[position]
                    first[word[:1]].append((pid, toks))
                    if len(word) >= 6:
                        sound[phonetic(word)].append((pid, toks))
            self._by_word[position] = (first, sound)
        first, sound = self._by_word[position]
        out = list(first.get(key[:1], ()))
        if len(key) >= 6:
            out += [c for c in sound.get(phonetic(key), ()) if c[1][position][:1] != key[:1]]
        return out

    def _tail(self, tokens: list[str]) -> str | None:
        found = sorted(pid for pid, toks in self._persons.items()
                       if len(toks) > len(tokens) and toks[-len(tokens):] == tokens)
        return found[0] if len(found) == 1 else None

    def _fuzzy_full(self, key: str) -> str | None:
        found = sorted(pid for pid, toks in self._persons.items() if _same_person(toks, name_tokens(key)))
        return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    return frozenset(fold(i) for i in lexicon().institutions)


@lru_cache(maxsize=1 << 18)
def _similar(a: str, b: str) -> bool:
    """One name word in two spellings (a pure test of the two words, asked for every person at
    every surname lookup: cached)."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 6 and phonetic(a) == phonetic(b):
        return True  # "Gnatenko" for "Hnatenko": one surname in two romanisations
    return a[:1] == b[:1] and min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=1 << 16)
def name_tokens(key: str) -> list[str]:
    """A folded person's name as words to compare: a run of particles is one word ("de la Cruz",
    "Dela Cruz" and "dela Cruz" all give "dela cruz"), and a generational suffix ("Jr", "III") after
    a surname is dropped (`name_suffixes` in data/names.yaml)."""
    lex = lexicon()
    out: list[str] = []
    joining = False
    for w in key.split():
        if w in lex.particles_folded and out and joining:
            out[-1] += w
        elif w in lex.particles_folded:
            out.append(w)
            joining = True
            continue
        else:
            out.append(w)
        joining = False
    while len(out) > 1 and out[-1] in lex.name_suffixes:
        out.pop()
    return out


def _short_form(short: list[str], full: list[str]) -> bool:
    """["ana", "soto"] of ["ana", "maria", "ruiz", "soto"]: the same given name, then the other
    words in the full name's order, each alike."""
    if not _same_person(short[:1], full[:1]):
        return False
    rest = iter(full[1:])
    return all(any(_same_person([w], [x]) for x in rest) for w in short[1:])


def _same_person(a: list[str], b: list[str]) -> bool:
    """Variants of one full name: same number of words, each alike ("Sergei"/"Sergey")."""
    if len(a) != len(b):
        if "".join(a) == "".join(b):  # "Suk-yeol" / "Suk Yeol" / "Sukyeol"
            return True
        a2, b2 = [x for x in a if len(x) > 1], [x for x in b if len(x) > 1]  # "Donald J. Trump"
        return len(a2) == len(b2) != max(len(a), len(b)) and _same_person(a2, b2)
    if len(a) >= 2 and all(min(len(x), len(y)) >= 3 and phonetic(x) == phonetic(y) for x, y in zip(a, b)):
        return True  # every word alike by sound: "Oleh Hnatenko" / "Oleg Gnatenko"
    given = lexicon().given_names
    return all(x == y or (x[:1] == y[:1] and (SequenceMatcher(None, x, y).ratio() >= 0.8
                                              or x.startswith(y) or y.startswith(x)
                                              or romanised(x) == romanised(y)))
               or (x in given and given.get(y) == given[x])  # "Giorgos" / "Georgios"
               for x, y in zip(a, b))


_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?(?:1[01]\d|[1-9]?\d),")


def find_actors(articles: list[Article]) -> tuple[list[Actor], ActorIndex]:
    aside = {(a.id, i) for a in articles for i in _aside_paragraphs(a)}
    scans = {(a.id, i): scan(p.text) for a in articles for i, p in enumerate(a.paragraphs) if (a.id, i) not in aside}
    groups: dict[str, _Group] = {}  # folded canonical key -> group
    lex = lexicon()

    def group(key: str, name: str, kind: str) -> _Group:
        if key not in groups:
            groups[key] = _Group(name, kind)
        return groups[key]

    hits = [h for k in sorted(scans) for h in scans[k]]
    for h in hits:
        if h.kind == "gazetteer":
            entry, signal = lex.surfaces[h.surface]
            g = group(fold(entry.name), entry.name, entry.kind)
            g.surfaces[h.surface] += 1
            g.found_by.add(signal)
        elif h.kind in ("place", "organization"):
            whole = fold(h.surface) == h.key or (h.signal == "organization-name"
                                                 and fold(strip_legal_form(h.surface)) == h.key)
            g = group(h.key, h.surface if whole else _name_of(h), h.kind)
            g.surfaces[h.surface] += 1
            g.found_by.add(h.signal)
            g.aliases.update(x for x in (h.alias, h.also) if x)
        elif h.kind == "institution" and not h.key.startswith("|"):
            g = group(h.key, h.surface, "organization")
            g.surfaces[h.surface] += 1
            g.found_by.add(h.signal)
            g.aliases.add(_tidy_alias(h.alias or h.surface))
    _merge_also_named(groups, hits)
    _merge_shared_acronyms(groups, hits)
    _merge_institutions(groups)
    for key in [k for k, g in groups.items() if "institution" in g.found_by and " public " in f" {k} "]:
        plain = groups.get(" ".join(w for w in key.split() if w != "public"))  # "X public health ministry"
        if plain is not None and plain is not groups[key] and "institution" in plain.found_by:
            g = groups.pop(key)
            plain.surfaces.update(g.surfaces)
            plain.aliases |= g.aliases | {g.name}
    _merge_country_prefixed(groups)
    _merge_country_aliases(groups)
    _merge_demonym_of(groups)
    _merge_generic_tails(groups)
    _merge_noun_tails(groups)
    for h in hits:  # "the finance ministry" with no country: the one named, or its own actor
        if h.kind == "institution" and h.key.startswith("|") and not _institution_match(groups, h.key[1:]):
            g = group(fold(h.surface), h.surface, "organization")
            g.surfaces[h.surface] += 1
            g.found_by.add(h.signal)

    # People: full names clustered by spelling, most frequent spelling first.
    person_surfaces = Counter(h.surface for h in hits if h.kind == "person")
    clusters: list[tuple[list[str], _Group]] = []
    # (on a tie, the spelling with its accents: "Inês Gonçalves", not "Ines Goncalves")
    for surface, _ in sorted(person_surfaces.items(),
                             key=lambda kv: (-kv[1], -len(kv[0]), -sum(ord(c) > 127 for c in kv[0]), kv[0])):
        toks = name_tokens(fold(surface))
        for ctoks, g in clusters:
            if _same_person(ctoks, toks):
                break
        else:
            # A full name whose first words are another person's full name ("Ana María Ruiz Soto" and
            # "Ana María Ruiz"): a second surname, when only one person's name fits.
            fits = [(c, o) for c, o in clusters if len(c) >= 2 and len(toks) >= 2 and len(c) != len(toks)
                    and (toks[:len(c)] == c or c[:len(toks)] == toks)]
            g = fits[0][1] if len(fits) == 1 else None
        if g is not None and any(o is g for _, o in clusters):
            pass
        else:
            g = _Group(surface, "person")
            clusters.append((toks, g))
        g.surfaces[surface] += person_surfaces[surface]
    # A full name's last words are the one person whose full name ends with them: a surname with its
    # particle, capitalised at the start of a sentence ("De Vries said" for "Niels de Vries"), a
    # compound Arabic surname ("Ould Salem" for "Ahmed Ould Salem"), two surnames ("Ruiz Soto").
    spellings = {id(g): [name_tokens(fold(x)) for x in g.surfaces] for _, g in clusters}
    for toks, g in list(clusters):
        if not toks:
            continue
        owners = [o for t, o in clusters if o is not g and len(t) > len(toks)
                  and any(len(u) > len(toks) and _same_person(u[-len(toks):], toks) for u in spellings[id(o)])]
        if len(owners) == 1:
            owners[0].surfaces.update(g.surfaces)
            owners[0].found_by.add("surname")
            clusters.remove((toks, g))
    # A given name and one of the surnames of a longer full name ("Ana Soto", "Ana Ruiz" for "Ana María
    # Ruiz Soto": Spanish and Portuguese usage names a person by any of their surnames) are the one
    # person whose full name has those words in that order.
    for toks, g in sorted(list(clusters), key=lambda c: (len(c[0]), c[0])):
        if len(toks) < 2:
            continue
        owners = [o for t, o in clusters if o is not g and len(t) > len(toks)
                  and any(len(u) > len(toks) and _short_form(toks, u) for u in spellings[id(o)])]
        if len(owners) == 1:
            owners[0].surfaces.update(g.surfaces)
            owners[0].found_by |= g.found_by
            clusters.remove((toks, g))
    # A nickname in quotes between a given name and a surname (Ernesto "Jun" Reyes) is that person's
    # too: "Jun Reyes" and "Ernesto Reyes" are one person, and "Ernesto" alone is them.
    given_alone: dict[str, _Group] = {}
    for given, nick, surname in _quoted_nicknames(articles):
        matching = [(t, o) for t, o in clusters
                    if any(len(u) >= 2 and u[-1] == surname and (nick in u[:-1] or given in u[:-1])
                           for u in [t] + [name_tokens(fold(x)) for x in o.surfaces])]
        if not matching:
            continue
        target = max((o for _, o in matching), key=lambda o: sum(o.surfaces.values()))
        for t, o in matching:
            if o is not target:
                target.surfaces.update(o.surfaces)
                target.found_by |= o.found_by
                clusters.remove((t, o))
        given_alone[given] = target
    # A "person" name that the text also calls a company is the company ("Acme Motors, the carmaker"),
    # and one it also names as a place is the place ("in Port Sudan").
    for toks, g in list(clusters):
        org = next((groups[fold(x)] for x in g.surfaces if fold(x) in groups
                    and groups[fold(x)].kind in ("organization", "place")), None)
        if org:
            org.surfaces.update(g.surfaces)
            org.found_by.add("company-noun" if org.kind == "organization" else "place-preposition")
            clusters.remove((toks, g))
    # A "person" name that the text gives as an organisation's other name ('Grupo Sol ("Sun
    # Group")') is that organisation.
    for toks, g in list(clusters):
        org = next((o for o in groups.values() if o.kind == "organization"
                    and any(fold(x) == " ".join(toks) for x in o.aliases)), None)
        if org:
            org.surfaces.update(g.surfaces)
            clusters.remove((toks, g))
    # A "person" name that owns a title only an organisation gives ("Acme Wanderers chairman Jo Roe")
    # is an organisation: a club, a company, a federation.
    org_owners = set()
    for h in hits:
        if h.kind == "person" and h.role_key and not h.role_key.startswith("|"):
            owner, _, title = h.role_key.partition("|")
            if title in lex.org_titles:
                org_owners.add(owner)
    for toks, g in list(clusters):
        if " ".join(toks) in org_owners and " ".join(toks) not in groups:
            clusters.remove((toks, g))
            g.kind = "organization"
            g.found_by.add("title-owner")
            groups[" ".join(toks)] = g
    # A "person" name that is an organisation's name short of its country and its noun ("Red Crescent"
    # for "Pakistan Red Crescent Society") is that organisation.
    for toks, g in list(clusters):
        org = _organization_core(groups, toks)
        if org:
            org.surfaces.update(g.surfaces)
            org.found_by.add("organization-core")
            clusters.remove((toks, g))
    # An article's own outlet ("The Karachi Ledger is reader-supported") is a source, not an actor.
    outlets = {_outlet_key(a.outlet) for a in articles if a.outlet}
    clusters = [(t, g) for t, g in clusters if _outlet_key(g.name) not in outlets]
    # "Cobalt Watch" for the outlet "Cobalt Watch Africa": a name of two words or more that the
    # outlet's name begins, the rest cut off by the scan (a region), is the outlet too
    prefixes = {" ".join(o.split()[:n]) for o in outlets for n in range(2, len(o.split()))}
    for key in [k for k, g in groups.items() if _outlet_key(g.name) in outlets
                or (g.kind == "organization" and _outlet_key(g.name) in prefixes)]:
        del groups[key]
    index = ActorIndex()
    _assign_ids(groups, clusters)
    for key, g in groups.items():
        index._exact[key] = g.id
        for s in list(g.surfaces) + sorted(g.aliases):
            index._exact.setdefault(fold(s), g.id)
        if g.kind == "organization":
            index._orgs[g.id] = fold(g.name).split()
        if g.kind in ("place", "country"):
            index._places.add(key)
            index._places.update(fold(s) for s in g.surfaces)
    for key, g in groups.items():
        if g.kind == "organization" and g.id not in index._exact.values():
            continue
    for word, target in _bare_bodies(groups).items():
        index._exact.setdefault(word, target.id)
    for word in lex.chamber_words:  # "the Duma" for the "State Duma" the text names
        ending = [g for g in groups.values() if g.kind == "organization" and len(g.name.split()) > 1
                  and fold(g.name).split()[-1] == fold(word)]
        if len(ending) == 1:
            index._exact.setdefault(fold(word), ending[0].id)
    seat = _palace(groups)
    if seat is not None:
        index._exact.setdefault("palace", seat.id)
    for inst, target in _bare_institutions(groups).items():
        index._exact[f"|{inst}"] = target.id
    for given, g in given_alone.items():
        if any(o is g for _, o in clusters):
            index._exact.setdefault(given, g.id)
    for toks, g in clusters:
        index.set_person(g.id, toks)
        for s in g.surfaces:
            index._exact[fold(s)] = g.id
    person_by_id = {g.id: g for _, g in clusters}

    # Titles tied to a named person; singles (surnames) and new single-name actors.
    bindings: dict[str, set[str]] = defaultdict(set)
    for h in hits:
        if h.kind == "person":
            pid = index.resolve_hit(h)
            if pid in person_by_id:
                person_by_id[pid].found_by.add(h.signal)
                if h.role:
                    person_by_id[pid].roles[h.role] += 1
                if h.role_key and not h.role_key.startswith("|"):
                    bindings[h.role_key].add(pid)
                if h.alias:
                    person_by_id[pid].aliases.add(h.alias)
    for key, pids in bindings.items():
        if len(pids) == 1:
            index._titles[key] = next(iter(pids))
    # A nickname the text ties to a named person ("X, the forward known to fans as Jo", "Y, 24,
    # widely known as Jo") is that person wherever it stands alone.
    texts = {(a.id, i): p.text for a in articles for i, p in enumerate(a.paragraphs)}
    for k, hs in sorted(scans.items()):
        for h in hs:
            m = _KNOWN_AS.match(texts[k], h.end) if h.kind in ("person", "single") else None
            pid = index.resolve_hit(h) if m else None
            if pid in person_by_id and fold(m.group(1)) not in index._exact \
                    and m.group(1) not in lex.stop and m.group(1) not in lex.surfaces:
                index._exact[fold(m.group(1))] = pid
                person_by_id[pid].aliases.add(m.group(1))
    # The persons each article names in full: a surname alone ("Lee said") is the one of them whose
    # name has it, when other articles name others with it.
    local: dict[str, set[str]] = defaultdict(set)
    for (aid, _), hs in scans.items():
        for h in hs:
            if h.kind == "person" and index.resolve_hit(h) in person_by_id:
                local[aid].add(index.resolve_hit(h))
    # "Ratna, 52, waited": a single name followed by an age in commas is a person.
    paragraphs = {(a.id, i): p.text for a in articles for i, p in enumerate(a.paragraphs)}
    aged = {h.key for k, hs in scans.items() for h in hs if h.kind == "single"
            and _AGE_AFTER.match(paragraphs[k], h.end)}
    extra: dict[str, _Group] = {}
    for (aid, _), hs in sorted(scans.items()):
        for h in hs:
            if h.kind != "single" or index.resolve_hit(h, local[aid]):
                continue
            if sum(1 for _, toks in index._candidates(0, h.key) if len(toks) > 1 and toks[0] == h.key) > 1:
                continue  # "Lee said": the family name written first of two people named in full
            if h.surface in lex.org_nouns and fold(h.surface) not in lex.bare_bodies \
                    and h.surface not in lex.chamber_words:
                continue  # "Hospital says 11 died": an organisation noun alone names no one body
            if sum(1 for _, toks in index._candidates(-1, h.key) if len(toks) > 1 and _similar(toks[-1], h.key)) > 1:
                continue  # "Sharma said": the surname of two people named in full, not a third actor
            if h.surface in lex.anonymous_plurals:
                continue  # "Auditors later found": unnamed officials, no one body
            signal = h.signal
            if h.surface in lex.chamber_words:
                kind = "organization"  # "In the Senate,": a parliament known by its own word
            elif h.key in aged and not h.surface.isupper() and h.surface not in lex.stop \
                    and h.surface not in lex.org_nouns:
                kind, signal = "person", "age-appositive"
            elif h.signal in ("title-before-name", "appositive", "single-speaker", "honorific") \
                    and not h.surface.isupper() and h.surface not in lex.stop:
                kind = "person" if h.role or h.signal == "honorific" else \
                    "group" if h.surface in lex.group_nouns else "organization"  # "Organisers said"
            elif h.signal in ("single-speaker", "title-owner"):
                kind = "organization"
            elif fold(h.surface) in lex.bare_bodies and h.surface[:1].isupper() and not h.surface.isupper():
                kind, signal = "organization", "bare-body"  # "Police sealed the road", no force named
            else:
                continue
            g = extra.setdefault(h.key, _Group(h.surface, kind))
            g.surfaces[h.surface] += 1
            g.found_by.add(signal)
            if h.role:
                g.roles[h.role] += 1
    for key, g in sorted(extra.items()):
        groups[key] = g
    _merge_acronym_branches(groups)
    _assign_ids(groups, clusters)
    for key, g in extra.items():
        index._exact[key] = g.id
        if g.kind == "person":
            index.set_person(g.id, [key])

    # Mentions, and the aliases seen through singles and titles.
    all_groups = {g.id: g for g in groups.values()} | person_by_id
    mentions: dict[str, set[Mention]] = defaultdict(set)
    persons_in: dict[str, set[str]] = defaultdict(set)
    for (aid, i), hs in scans.items():
        for h in hs:
            if h.kind == "person":
                found = index.resolve_hit(h)
                if found:
                    persons_in[aid].add(found)
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            if (a.id, i) in aside:
                continue
            for s, e, actor_id in index.mentions_in(p.text, persons_in[a.id]):
                mentions[actor_id].add(Mention(a.id, i))
                surface = p.text[s:e].lstrip("#")
                g = all_groups[actor_id]
                if fold(surface) != fold(g.name):
                    g.aliases.add(_tidy_alias(surface))
                if g.kind == "person" and len(fold(surface).split()) == 1:
                    g.found_by.add("surname")
    actors = []
    for actor_id, g in sorted(all_groups.items()):
        if not mentions.get(actor_id):
            continue
        aliases = _dedupe([s for s in g.surfaces if s != g.name] + sorted(g.aliases), g.name)
        actors.append(Actor(
            id=actor_id, name=g.name, kind=g.kind, aliases=aliases, role=_best_role(g.roles),
            mentions=sorted(mentions[actor_id], key=lambda m: (_order(articles, m.article), m.paragraph)),
            found_by=sorted(g.found_by),
        ))
    actors.sort(key=lambda x: (KIND_ORDER.get(x.kind, 9), -len(x.mentions), fold(x.name), x.id))
    index._actors = {x.id: x for x in actors}
    return actors, index


# ", the forward known to fans as Jo", ", 24, widely known as Jo", ", nicknamed Jo"
_KNOWN_AS = re.compile(r",\s+(?:[^.;:,()A-Z]{0,40}?,\s+|(?:the|a|an)\s+[a-z][^.;:,()A-Z]{0,60}?\s+)?"
                       r"(?:(?:also|widely|commonly|popularly|better|affectionately|simply)\s+)?"
                       r"(?:known\s+(?:(?:to|by|among)\s+(?:[a-z]+\s+){1,2})?as|nicknamed|dubbed)\s+"
                       r"[\"“]?([A-Z][\w’'-]+)[\"”]?(?=[\s,.;:)]|$)")


def _quoted_nicknames(articles: list[Article]) -> list[tuple[str, str, str]]:
    """(given name, nickname, surname), folded, for every 'Given "Nick" Surname' in the articles."""
    lex = lexicon()
    particles = alternation(sorted(lex.particles))
    pattern = re.compile(rf"(?<![\w.])([A-Z][a-z]+)\s+[\"“]([A-Z][a-z]+)[\"”]\s+"
                         rf"((?:(?:{particles})\s+)*[A-Z][\w’'-]+)")
    out = []
    for a in articles:
        for p in a.paragraphs:
            for m in pattern.finditer(p.text):
                toks = name_tokens(fold(m.group(3)))
                if toks:
                    out.append((fold(m.group(1)), fold(m.group(2)), toks[-1]))
    return sorted(set(out))


@lru_cache(maxsize=1)
def _aside_patterns() -> tuple[re.Pattern[str], ...]:
    """The line patterns of _aside_paragraphs, built once: promo, role line, name line, credit line,
    a byline of several names, a name then its role, a name then its outlet."""
    lex = lexicon()
    promo = re.compile(rf"^\W*(?i:{alternation(lex.promo_leads)})\b[^:.!?]{{0,40}}:\s*\S")
    roles = alternation(sorted(lex.byline_roles))
    role_line = re.compile(rf"^(?:[A-Z][\w-]*\s+){{0,3}}(?:{roles})\b(?:\s*[,|]\s*[A-Z][\w\s-]{{0,30}})?\W*$")
    name_line = re.compile(r"^(?:By\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\W*$")
    credits = alternation(sorted(c for c in lex.credit_before if " " in c))
    credit_line = re.compile(rf"^\W*(?:{credits})\s+[A-Z]")
    full = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
    names_line = re.compile(rf"^(?:By\s+)?{full}(?:\s*,\s*{full})*\s+(?:and|&)\s+{full}\W*$")
    role_after = re.compile(rf"^(?:By\s+)?{full},\s+(?:[\w-]+\s+){{0,3}}(?i:{roles})\b(?:\s*[|,•●·/–—-].*)?$")
    outlet_after = re.compile(rf"^(?:By\s+)?{full}\s+\([A-Z][^()]{{2,50}}\)\W*$")
    return promo, role_line, name_line, credit_line, names_line, role_after, outlet_after


def _aside_paragraphs(article: Article) -> set[int]:
    """Paragraphs that name no actor of the story: a promo for another story ("Also on X: ...") and
    a byline on lines of its own (a name alone, then the reporter's role: "Jane Doe" / "Legal
    Correspondent")."""
    promo, role_line, name_line, credit_line, names_line, role_after, outlet_after = _aside_patterns()
    texts = [p.text.strip() for p in article.paragraphs]
    out = {i for i, t in enumerate(texts) if promo.match(t) or credit_line.match(t)}
    # a byline of two or more reporters on a line of its own near the top ("Jane Doe and John Roe")
    out |= {i for i, t in enumerate(texts[:6]) if names_line.match(t)}
    # a byline with the role or the outlet on the name's own line near the top ("Jane Doe, staff
    # reporter | Posted 12:04", "Jane Doe (The Daily Example)")
    out |= {i for i, t in enumerate(texts[:6]) if len(t) < 160 and (role_after.match(t) or outlet_after.match(t))}
    for i, t in enumerate(texts):
        if role_line.match(t):
            out.add(i)
            if i and name_line.match(texts[i - 1]):
                out.add(i - 1)
    return out


def _organization_core(groups: dict[str, _Group], toks: list[str]) -> _Group | None:
    lex = lexicon()
    # "Saint Brendan" for "Saint Brendan General Hospital": the noun and the generic
    # words before it ("General", "National") go.
    nouns = {n.lower() for n in lex.org_nouns} | {w.lower() for w in lex.generic_org_words}
    countries = {fold(s) for s, (e, _) in lex.surfaces.items() if e.kind == "country"}
    found = []
    for g in groups.values():
        if g.kind != "organization":
            continue
        words_ = fold(g.name).split()
        while words_ and words_[-1] in nouns:
            words_ = words_[:-1]
        if words_ and words_[0] in countries:
            words_ = words_[1:]
        if len(toks) >= 2 and words_ == toks and len(fold(g.name).split()) > len(toks):
            found.append(g)
    return found[0] if len(found) == 1 else None


def _outlet_key(name: str) -> str:
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def _institution_match(groups: dict[str, _Group], inst: str) -> list[_Group]:
    inst = fold(inst)  # "the fishermen's collective": folded as the names are
    return [g for g in groups.values() if g.kind == "organization" and _names_institution(fold(g.name), inst)]


# Nouns that end a public agency's name; "office" alone stands for any of them.
_AGENCY_NOUNS = {"office", "institute", "agency", "bureau", "service", "authority", "administration",
                 "department", "directorate", "commission", "board", "centre", "center"}


def _names_institution(name: str, inst: str) -> bool:
    """"the border service" in "State Border Service of X"; "the port authority" is "Port of X Authority"."""
    if f" {inst} " in f" {name} ":
        return True
    words_, inst_words = name.split(), inst.split()
    if len(inst_words) == 2 and inst_words[1] == "office" and len(inst_words[0]) >= 7 and len(words_) >= 2 \
            and words_[-1] in _AGENCY_NOUNS and any(w[:7] == inst_words[0][:7] for w in words_[:-1]):
        return True  # "the statistics office" is the "National Statistical Institute": an office by its field
    if len(inst_words) == 2 and inst_words[1] in ("ministry", "department") and len(words_) > 2 \
            and words_[0] == inst_words[1] and words_[1] == "of" and inst_words[0] in words_[2:]:
        return True  # "the tourism ministry" is the "Ministry of Tourism and Culture"
    return len(inst_words) == 2 and len(words_) > 3 and words_[1] == "of" \
        and words_[0] == inst_words[0] and words_[-1] == inst_words[-1]


def _merge_also_named(groups: dict[str, _Group], hits: list[Hit]) -> None:
    """An organisation the text also names by another name ("the Supreme Court, known as the
    Bench"; 'Grupo Sol ("Sun Group")') is one actor under both, wherever either stands alone; then
    an acronym found as a body of its own ("the state news agency ABC") is the organisation the
    text names with it in brackets ("Alba News Agency (ABC)")."""
    for acronyms in (False, True):
        for h in hits:
            if h.kind != "organization" or not h.also or h.also.isupper() != acronyms or h.key not in groups:
                continue
            other, target = groups.get(fold(h.also)), groups[h.key]
            if other is None or other is target or other.kind != "organization":
                continue
            target.absorb(other)
            del groups[fold(h.also)]


def _merge_shared_acronyms(groups: dict[str, _Group], hits: list[Hit]) -> None:
    """A body named in its own language and in translation, each time with the same initials in
    brackets ("Autoridade Nacional de X (ANX)", "National X Authority (ANX)"), is one actor."""
    by_acronym: dict[str, list[str]] = defaultdict(list)
    for h in hits:
        if h.kind == "organization" and h.also and _is_acronym(h.also) and h.key in groups \
                and h.key not in by_acronym[h.also]:
            by_acronym[h.also].append(h.key)
    for keys in by_acronym.values():
        keys = [k for k in keys if k in groups]
        if len(keys) < 2:
            continue
        target = groups[max(keys, key=lambda k: (sum(groups[k].surfaces.values()), k))]
        for k in keys:
            if groups[k] is not target and groups[k].kind == target.kind == "organization":
                target.absorb(groups.pop(k))


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _merge_institutions(groups: dict[str, _Group]) -> None:
    """"Kyrgyz border service" is the "State Border Service of Kyrgyzstan" when the text names it."""
    lex = lexicon()
    countries = {e.demonym: e for e, _ in lex.surfaces.values() if e.kind == "country" and e.demonym}
    for key, g in list(groups.items()):
        if "institution" not in g.found_by or key not in groups:
            continue
        demonym, _, inst = g.name.partition(" ")
        entry = countries.get(demonym)
        if not entry:
            continue
        named = [o for k, o in groups.items() if k != key and "institution" not in o.found_by
                 and o.kind == "organization" and f" {fold(inst)} " in f" {fold(o.name)} "
                 and (fold(entry.name) in fold(o.name) or fold(demonym) in fold(o.name))]
        portfolio = re.fullmatch(r"(\w+) ministry", fold(inst))
        if not named and portfolio:  # "Kyrgyz mines ministry" for the text's "Ministry of Energy and Mines"
            named = [o for k, o in groups.items() if k != key and "institution" not in o.found_by
                     and o.kind == "organization" and fold(o.name).startswith("ministry of ")
                     and portfolio.group(1) in fold(o.name).split()]
        if len(named) == 1:
            target = named[0]
            target.absorb(g)
            del groups[key]


def _merge_country_prefixed(groups: dict[str, _Group]) -> None:
    """"South Korean National Intelligence Service" is the "National Intelligence Service" the text
    also names bare: a country's name or demonym, or a place the text names, before an
    organisation's name adds nothing."""
    lex = lexicon()
    countries = {fold(s) for s, (e, _) in lex.surfaces.items() if e.kind == "country"}
    countries |= {k for k, g in groups.items() if g.kind == "place"}
    countries = sorted(countries, key=len, reverse=True)
    for key, g in list(groups.items()):
        if g.kind != "organization" or key not in groups:
            continue
        prefix = next((c for c in countries if key.startswith(c + " ")), None)
        bare = key[len(prefix) + 1:] if prefix else None
        target = groups.get(bare) if bare else None
        if target is None or target is g or target.kind != "organization" or len(bare.split()) < 2:
            continue
        target.absorb(g)
        del groups[key]


def _merge_country_aliases(groups: dict[str, _Group]) -> None:
    """"Central Bank of the Republic of Türkiye" is the "... of Turkey" the text also names: a
    country's other official name (its `aliases` in countries.yaml) inside an organisation's name
    is the country."""
    lex = lexicon()
    alias = {fold(s): fold(e.name) for s, (e, signal) in lex.surfaces.items()
             if e.kind == "country" and signal == "gazetteer:country-alias" and fold(s) != fold(e.name)}
    if not alias:
        return
    pattern = re.compile(rf"(?<![\w])({alternation(list(alias))})(?![\w])")
    canonical: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-sum(groups[k].surfaces.values()), k)):
        g = groups.get(key)
        if g is None or g.kind != "organization" or len(key.split()) < 2:
            continue
        norm = " ".join(w for w in pattern.sub(lambda m: alias[m.group(1)], key).split() if w != "the")
        first = canonical.setdefault(norm, key)
        if first == key or groups.get(first) is None:
            continue
        target = groups[first]
        target.absorb(g)
        del groups[key]


def _merge_demonym_of(groups: dict[str, _Group]) -> None:
    """"Ruritanian Security Service" is the "Security Service of Ruritania" the text also names: a
    body named after its country's demonym (or name) before it, or with "of <country>" after it."""
    lex = lexicon()
    country_of = {fold(s): fold(e.name) for s, (e, signal) in lex.surfaces.items() if e.kind == "country"
                  and signal in ("gazetteer:country", "gazetteer:demonym", "gazetteer:country-alias")}
    for key in sorted(groups):
        g = groups.get(key)
        if g is None or g.kind != "organization":
            continue
        words_ = key.split()
        for n in (3, 2, 1):
            head, rest = " ".join(words_[:n]), " ".join(words_[n:])
            if head in country_of and len(words_) - n >= 2:
                country = country_of[head]
                target = next((groups[k] for k in (f"{rest} of {country}", f"{rest} of the {country}")
                               if k in groups and groups[k].kind == "organization"), None)
                if target is not None and target is not g:
                    target.absorb(g)
                    del groups[key]
                break


def _merge_acronym_branches(groups: dict[str, _Group]) -> None:
    """"FTU-Ports" is a branch of the "FTU" the text also names: an organisation named by an
    all-capital acronym, a hyphen and one capitalised word is that acronym's body, when named."""
    for key, g in list(groups.items()):
        m = re.fullmatch(r"([A-Z][A-Z0-9]{1,7})-[A-Z][^\W\d_]+", g.name)
        if g.kind not in ("organization", "single") or not m:
            continue
        target = groups.get(fold(m.group(1)))
        if target is not None and target is not g and target.kind == "organization":
            target.absorb(g)
            del groups[key]


def _merge_noun_tails(groups: dict[str, _Group]) -> None:
    """"Acme Freight" is the "Acme Freight Lines (Inc)" the text also names: an organisation's name
    that another's begins, the rest being organisation nouns only, when those longer names nest."""
    nouns = {n.lower() for n in lexicon().org_nouns}
    for key in sorted(groups, key=lambda k: (len(k.split()), k)):
        g = groups.get(key)
        if g is None or g.kind != "organization" or len(key.split()) < 2:
            continue
        longer = sorted((k for k, o in groups.items() if o.kind == "organization" and k.startswith(key + " ")
                         and all(w in nouns for w in k[len(key) + 1:].split())), key=len)
        if not longer or any(not longer[-1].startswith(k) for k in longer):
            continue
        target = groups[longer[-1]]
        target.absorb(g)
        del groups[key]


def _merge_generic_tails(groups: dict[str, _Group]) -> None:
    """"the High Court" is the "Riverside High Court" the text names in full: an organisation
    named by generic words only is the one organisation whose longer name ends with them."""
    generic = {w.lower() for w in lexicon().generic_org_words}
    for key, g in list(groups.items()):
        words_ = key.split()
        if g.kind != "organization" or len(words_) < 2 or not all(w in generic for w in words_):
            continue
        longer = [o for k, o in groups.items() if o is not g and o.kind == "organization"
                  and k.endswith(" " + key) and not all(w in generic for w in k.split())]
        if len(longer) == 1:
            target = longer[0]
            target.absorb(g)
            del groups[key]


def _bare_bodies(groups: dict[str, _Group]) -> dict[str, _Group]:
    """"Police said" when the text names one "Federal Police Service": a generic body word standing
    alone is the one organisation named by it and by other generic words (and a country) only."""
    lex = lexicon()
    generic = {w.lower() for w in lex.generic_org_words}
    countries = {fold(s) for s, (e, _) in lex.surfaces.items() if e.kind == "country"}
    found: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        if g.kind != "organization":
            continue
        words_ = [w for w in fold(g.name).split() if w not in countries]
        heads = [w for w in words_ if w in generic and w not in ("of", "for", "the", "and")]
        if len(words_) >= 2 and len(heads) == len(words_):
            for w in set(heads):
                found[w].append(g)
    out = {w: gs[0] for w, gs in found.items() if w in lex.bare_bodies and len(gs) == 1}
    for w in lex.bare_bodies - set(found):
        # "Police said" when the text names one "Royal Mounted Police": the one body the word ends
        ending = [g for g in groups.values() if g.kind == "organization" and fold(g.name).split()[-1:] == [w]]
        if len(ending) == 1:
            out[w] = ending[0]
    return out


def _palace(groups: dict[str, _Group]) -> _Group | None:
    """"The Palace said": the one seat of government the text names whose known names (in
    organizations.yaml) call it a palace ("Malacañang Palace", "Élysée Palace")."""
    lex = lexicon()
    seats = [g for g in groups.values() if g.kind == "organization"
             and any(sig == "gazetteer:organization" for sig in g.found_by)
             and any(e.name == g.name and fold(s).split()[-1:] == ["palace"] for s, (e, _) in lex.surfaces.items())]
    return seats[0] if len(seats) == 1 else None


def _bare_institutions(groups: dict[str, _Group]) -> dict[str, _Group]:
    """Bare "the border service": the one organisation whose name has those words."""
    lex = lexicon()
    out = {}
    for inst in {" ".join(i.lower().split()) for i in lex.institutions}:
        found = _institution_match(groups, inst)
        if len(found) == 1:
            out[inst] = found[0]
    return out


def _assign_ids(groups: dict[str, _Group], clusters) -> None:
    taken: set[str] = set()
    everyone = sorted(list(groups.values()) + [g for _, g in clusters], key=lambda g: (fold(g.name), g.kind))
    for g in everyone:
        g.id = unique_id(slugify(g.name) or "actor", taken)


def _name_of(h: Hit) -> str:
    """The name inside a place phrase ("Donetsk" of "Donetsk Oblast")."""
    return h.surface.rsplit(" ", 1)[0]


def _tidy_alias(surface: str) -> str:
    words = surface.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _dedupe(aliases: list[str], name: str) -> list[str]:
    def norm(s: str) -> str:
        return s.replace("’", "'").lower()

    seen = {norm(name)}
    out = []
    for a in sorted(aliases, key=lambda s: ("’" in s, s)):
        if a and norm(a) not in seen:
            seen.add(norm(a))
            out.append(a)
    return sorted(out, key=lambda s: (fold(s), s))


def _best_role(roles: Counter) -> str | None:
    """The title most often given, preferring one that says whose it is ("NATO chief")."""
    if not roles:
        return None
    return sorted(roles.items(), key=lambda kv: ("'" not in kv[0], not kv[0][:1].isupper(),
                                                 -kv[1], len(kv[0]), kv[0]))[0][0]


def _order(articles: list[Article], article_id: str) -> int:
    return next((i for i, a in enumerate(articles) if a.id == article_id), len(articles))
