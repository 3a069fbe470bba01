"""Finding actor names in one text: gazetteer words, capitalised name runs, titles.

`scan(text)` returns raw hits; actors.py groups the hits of all articles into actors and
resolves every hit to one. The rules are structural (capitalisation, what stands before and after
a name); the words they use live in data/*.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alternation, fold, lexicon, prefixed_name, strip_legal_form
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
    also: str | None = None  # another name the text gives (an organisation's acronym)


@dataclass
class Patterns:
    gazetteer: re.Pattern
    role_before: re.Pattern
    appositive_after: re.Pattern
    bare_title: re.Pattern
    title_in: re.Pattern
    place_after: re.Pattern
    vessel_before: re.Pattern
    media_around: re.Pattern
    title_words: set[str]
    modifiers: set[str]
    verb_after: re.Pattern
    org_name: re.Pattern
    acronym_after: re.Pattern
    known_after: re.Pattern
    institution: re.Pattern
    credit: re.Pattern
    company_around: re.Pattern
    company_before: re.Pattern
    company_apposed: re.Pattern
    company_after: re.Pattern
    possessive_role_before: re.Pattern
    titles_folded: set[str]
    state_before: re.Pattern
    state_media_before: re.Pattern
    named_after: re.Pattern
    country_after: re.Pattern
    portfolio_country: re.Pattern
    advocacy: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    gaz = alternation(list(lex.surfaces) + sorted(lex.regions))
    titles = alternation(lex.titles)
    mods = alternation(lex.title_modifiers)
    heads = alternation(sorted(lex.org_heads))
    # "Port of Rotterdam Authority spokeswoman": an organisation "<Head> of <Name>" owns the title.
    owner = (rf"(?<![\w.\-’'])(?:{alternation(list(lex.surfaces))}"
             rf"|(?:(?:{heads})\s+of\s+(?:the\s+)?)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*|(?<=\bthe\s)[a-z]+)")
    title_phrase = rf"(?<![\w-])(?i:(?:(?:{mods})\s+)*(?:{titles}))"
    cap = r"[A-Z][\w\-]*"
    org_nouns = alternation(sorted(lex.org_nouns))
    not_date = rf"(?!(?:{alternation(sorted(lex.calendar))})\b)"
    # connectors inside Romance names ("State University of Porto Alto", "Banco do Brasil")
    romance = r"(?:de\s+la|de\s+los|del|de|da|do|dos|das|di|du|des|della)\s+"
    tail_cap = rf"{not_date}{cap}(?:\s+(?:and\s+|&\s+|{romance})?{not_date}{cap})*"
    companies = alternation(sorted(lex.company_nouns))
    countries = alternation([s for s, (e, signal) in lex.surfaces.items() if signal == "gazetteer:country"])
    more_of = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{tail_cap}){{0,2}}"
    word = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"  # a capitalised word, accented letters too ("Tromsø")
    return Patterns(
        gazetteer=re.compile(rf"(?<![\w@])#?({gaz})(?![\w])"),
        role_before=re.compile(rf"(?:(?P<owner>{owner})(?:['’]s)?\s+)?(?P<title>{title_phrase})\s+$"),
        appositive_after=re.compile(r"^,\s+(?i:the|a|an)\s+(?P<role>[^,.;:“”\"()]{3,90}?)(?=[,.;:]|$)"),
        bare_title=re.compile(rf"(?P<owner>{owner})(?:['’]s)?\s+(?P<title>{title_phrase})(?![\w-])"),
        title_in=re.compile(rf"(?<![\w-])(?i:{titles})(?![\w-])"),
        vessel_before=re.compile(rf"(?<![\w-])(?:{alternation(lex.vessel_words)})\s+$"),
        place_after=re.compile(rf"^\s+(?:{alternation(lex.place_nouns)})\b"),
        media_around=re.compile(rf"^\s+(?:{alternation(lex.media_nouns)})\b"),
        title_words={w.lower() for w in lex.title_words()} - {"of", "the"},
        titles_folded={fold(t) for t in lex.titles},
        modifiers={m.lower() for m in lex.title_modifiers if m.isalpha()},
        # "[Words] <Noun> [of|for|on <Name>]" ("National Bank of Poland", "Foreign Ministry"), or
        # "[Words] <Head> of <Name> [Noun]" ("Port of Antwerp-Bruges", "Port of Rotterdam Authority").
        org_name=re.compile(
            rf"(?<![\w'’-])(?:(?:(?:[A-Z]\.){{2,}}|{cap})(?:['’]s?)?\s+(?:(?:and|&)\s+(?={cap}))?){{0,4}}"
            rf"(?:(?:{org_nouns})(?![\w-])(?!['’](?!s\b))(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?|{romance}){tail_cap}{more_of})?"
            rf"|(?:{heads})\s+of\s+(?:the\s+)?{tail_cap}{more_of})"),
        # initials in any Latin script ("(TÜİK)", "(ČSÚ)"): a capital, then letters or "&"
        acronym_after=re.compile(r"^\s*\(((?=[^\W\d_])(?=\w)[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ&]{1,9})\)"),
        # Another name the text gives right after a name: a translation in quotes and brackets
        # ('Grupo Sol ("Sun Group")') or an apposition ("the Supreme Court, known as the Bench").
        known_after=re.compile(
            r"^(?:\s*\(\s*[\"“](?P<quoted>[A-Z][^\"“”()]{1,60}?)[\"”]\s*\)"
            r"|\s*\(\s*(?P<bracket>[A-Z][\w’'-]*(?:[\s-]+(?:(?:de|des|du|la|le|del|di|da|do)\s+)?[A-Z][\w’'-]*){1,5})"
            r"\s*(?:,\s*[A-Z]{2,6}\s*)?\)"
            r"|,\s+(?:(?:also|widely|commonly|locally|popularly|often|usually|better)\s+)?known\s+as\s+"
            r"(?:the\s+)?[\"“]?(?P<known>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})[\"”]?(?=[\s,.;:)]|$))"),
        institution=re.compile(
            rf"(?:(?<![\w-])(?P<owner>{alternation(list(lex.surfaces))}|{word}(?=['’]s\s)"
            rf"|(?<=\b[Tt]he\s){word}(?=\s)|(?:^|(?<=[.!?]\s))(?!(?i:the|its|their|an?|this|that)\s){word}(?=\s))(?:['’]s)?\s+"
            rf"|(?<![\w-])(?i:the|its|their)\s+)"
            rf"(?P<inst>(?i:{alternation(lex.institutions)})|(?<=['’]s\s)[a-z]+(?:\s+affairs)?\s+(?:ministry|department))(?![\w-])"),
        credit=re.compile(rf"(?:^\s*(?:By|BY)\s+|(?i:(?:{alternation([c for c in lex.credit_before if ' ' in c])}))\s+)$"),
        # "X, the mining company": not "X, the chemist who led the team" nor "the group's officer".
        # nor "X, a lawmaker of the ruling party": a company noun after a preposition is not the head
        company_around=re.compile(rf"^,\s+(?:(?i:the|a|an)|[A-Z][\w-]*['’]s)\s+(?![^,.;:]{{0,60}}?\b(?:who|whose)\b)"
                                  rf"(?:(?!\b(?:of|at|for|from|with|in)\s)[^,.;:]){{0,60}}?\b(?:{companies})\b(?!['’])"),
        company_before=re.compile(rf"(?<![\w-])(?:{companies})\s+$"),
        company_apposed=re.compile(rf"(?<![\w-])(?:{companies}),\s+$"),
        company_after=re.compile(rf"^\s+(?:[a-z]+\s+)?(?:{companies})\b"),
        possessive_role_before=re.compile(r"(?:^|\s)(?P<own>[A-Z][\w-]*['’]s)\s+(?P<role>[^,.;:“”\"()]{2,60}?),\s+$"),
        state_before=re.compile(rf"(?<![\w-])(?i:{alternation(lex.state_media_words)})\s+$"),
        state_media_before=re.compile(rf"(?<![\w-])(?i:{alternation(lex.state_media_words)})\s+"
                                      rf"(?:{alternation(lex.media_nouns)})\s+$"),
        country_after=re.compile(rf"^ ({countries})(?![\w-])(?!['’](?!s\b))(?!\s+[A-Z])"),
        # "Environment and Climate Change Canada": portfolios joined by "and", then the country
        portfolio_country=re.compile(rf"(?<![\w’'.-])((?:[A-Z][a-z]+ ){{1,3}}(?:and|&) (?:[A-Z][a-z]+ ){{1,3}})"
                                     rf"({countries})(?![\w-])(?!['’](?!s\b))(?! [A-Z])"),
        named_after=re.compile(rf"^\s+(?:{alternation(lex.named_after_nouns)})(?![\w-])"),
        # "Physicians for Human Rights", "Nam District Residents for Clean Air": members and a cause
        advocacy=re.compile(rf"(?<![\w’'.-])((?:{cap}\s+){{0,3}}"
                            rf"(?:{alternation(sorted(lex.advocacy_members | lex.group_nouns | lex.anonymous_plurals))}))"
                            rf"\s+(?:for|[Aa]gainst|[Ww]ithout)\s+(?:the\s+)?{tail_cap}"),
        verb_after=re.compile(rf"^,?\s+(?:(?:{alternation(lex.fillers)})\s+)*(?:{alternation(lex.verbs)})\b"),
    )


def owner_key(owner: str | None) -> tuple[str | None, str | None]:
    """(key, display) of a title's owner: a demonym or capital becomes its country."""
    if not owner:
        return None, None
    owner = re.sub(r"['’]s$", "", owner.strip().lstrip("#"))
    owner = re.sub(r"^(?i:the|an?)\s+", "", owner)
    found = lexicon().surfaces.get(owner)
    if found:
        entry = found[0]
        acronym = owner.replace(".", "").isupper()
        display = entry.name if entry.kind == "organization" else owner if acronym else possessive(entry.name)
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
    return list(_scan(text))


@lru_cache(maxsize=8192)
def _scan(text: str) -> tuple[Hit, ...]:
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
        if text[m.end(1):m.end(1) + 1] == "$":
            continue  # "US$ 52,000", "HK$": a currency's sign, not the country
        before = text[max(0, m.start(1) - 40):m.start(1)]
        if signal == "gazetteer:organization-alias" and " " in surface:
            word = re.search(r"(?<![\w.’'-])([A-Z]\w*) $", before)
            if word and word.group(1) not in lex.stop and word.group(1) not in lex.surfaces:
                continue  # "National Security Council": another body's name ends with the alias
        if signal == "gazetteer:demonym" and re.search(r"(?i:\btranslated\s+from|\b(?:written|originally)\s+in)"
                                                      r"\s+(?:the\s+)?$", before):
            continue  # "Translated from the French": a language, not the country
        if entry.kind == "country" and signal in ("gazetteer:country", "gazetteer:capital", "gazetteer:demonym") \
                and _after_given_name(text, m.start(1), lex, pat):
            continue  # "Jorge Chile", "Paris Hilton"... a surname that is also a place
        if entry.kind == "country" and surface in lex.place_given_names \
                and _before_surname(text, m.start(1), m.end(1), lex, pat):
            continue  # "Sofia Lindqvist", "Santiago Peña": a given name, not the capital
        branch = re.search(r"(?<![\w.\-’'])([A-Z]{2,6}) $", text[:m.start(1)])
        if entry.kind == "country" and signal == "gazetteer:country" and branch \
                and branch.group(1) not in lex.surfaces and not re.match(r"[\w’'-]", text[m.end(1):m.end(1) + 1]):
            # "XRT Poland", "ABC Peru": an acronym and a country make a national branch's name
            name = text[branch.start(1):m.end(1)]
            hits.append(Hit(branch.start(1), m.end(1), name, "organization", fold(name), "organization-branch"))
            for i in range(branch.start(1), m.end()):
                taken[i] = True
            continue
        named = re.match(r" ([A-Z][a-z][\w-]*)(?=[\s,.;:]|$)", text[m.end(1):])
        if entry.kind == "country" and signal == "gazetteer:demonym" and named \
                and not re.search(r"(?:[A-Z][\w’'-]*|of|for|and|&)\s$", text[:m.start(1)]) \
                and named.group(1) not in lex.stop and named.group(1) not in lex.surfaces \
                and named.group(1).lower() not in pat.title_words and named.group(1) not in lex.calendar:
            rest = text[m.end(1) + named.end():]
            paren = re.match(r"\s*\(([^()]{2,40})\)", rest)
            if paren or pat.verb_after.match(rest) or pat.company_around.match(rest):
                # "Ruritanian Railways said", "Ruritanian Forests (Padurile), the state agency": a
                # demonym and one capitalised word that speaks or is described as a body
                end = m.end(1) + named.end()
                name = text[m.start(1):end]
                hits.append(Hit(m.start(1), end, name, "organization", fold(name), "organization-demonym",
                                also=paren.group(1) if paren else None))
                for i in range(m.start(1), end + (paren.end() if paren else 0)):
                    taken[i] = True
                continue
        hits.append(Hit(m.start(1), m.end(1), surface, "gazetteer", fold(entry.name), signal))
        for i in range(m.start(), m.end()):
            taken[i] = True
    hits = _spelled_out(text, hits, taken, lex)
    hits = _portfolio_countries(text, hits, taken, lex, pat)
    hits = _advocacy_groups(text, hits, taken, lex, pat)
    hits = _organizations(text, hits, taken, lex, pat)
    hits = _institutions(text, hits, taken, lex, pat)
    starts = {s for s, _ in sentences(text)}
    runs = _runs(text, [w for w in words(text) if not taken[w[0]]], lex, pat)
    for run in runs:
        hit = _classify(text, run, starts, lex, pat)
        if hit and hit.kind == "place" and hit.signal == "place-noun" and " " in hit.surface:
            # "Capital City Metropolitan Region": a region named after a place the gazetteer knows
            head = next((h for h in hits if h.kind == "gazetteer" and h.end == hit.start - 1
                         and text[h.end] == " "), None)
            if head:
                hits.remove(head)
                surface = text[head.start:hit.end]
                hit = Hit(head.start, hit.end, surface, "place", fold(surface.rsplit(" ", 1)[0]),
                          "place-noun", alias=surface)
        if hit:
            hits.append(hit)
    for m in re.finditer(r"(?<![\w.@/:-])([a-z]{2,}\.[a-z]{2,})(?![\w@/-]|\.\w)", text):
        # "the services union ver.di said": a lower-case name with a dot that speaks or owns something,
        # or stands after an organisation noun; not a web address or a file name
        if taken[m.start()] or m.group(1).rsplit(".", 1)[1] in lex.web_suffixes:
            continue
        after = text[m.end():]
        if pat.verb_after.match(after) or re.match(r"['’]s\s", after) or re.search(
                r"(?<![\w-])(?:union|party|group|company|firm|association|alliance|movement|platform)\s+$",
                text[:m.start()]):
            hits.append(Hit(m.start(), m.end(), m.group(1), "organization", fold(m.group(1)), "lowercase-name"))
    by_start = {h.start: h for h in hits if h.kind == "organization"}
    for n, h in enumerate(hits):
        org = by_start.get(h.end + 2)
        if h.kind == "person" and h.signal == "name-run" and text[h.end:h.end + 2] == " (" and org \
                and text[org.end:org.end + 1] == ")" and not org.surface.isupper():
            # "the Kisan Ekta Samiti (Farmers' Unity Committee)": a body's own name, its translation after
            hits[n] = Hit(h.start, h.end, h.surface, "organization", h.key, "translated-after", also=org.surface)
    for m in re.finditer(r"(?<![\w.@/:#-])([a-z]{1,4}[A-Z][a-z]+)(?![\w@/.-]|\.\w)", text):
        # "flyBird said", "iQuant's shares": a brand written with a lower-case initial and an inner
        # capital, that speaks or owns something; not a word of code
        if taken[m.start()]:
            continue
        after = text[m.end():]
        if pat.verb_after.match(after) or re.match(r"['’]s\s", after):
            hits.append(Hit(m.start(), m.end(), m.group(1), "organization", fold(m.group(1)), "lowercase-name"))
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
    hits = _drop_seat_cities(text, hits, lex)
    return tuple(_drop_overlaps(hits))


# Compass words that begin organisations' names ("North Atlantic Council", "South Asian Association").
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}


def _drop_seat_cities(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """"an analyst at the Kestrel Institute in Oslo": a capital right after a named body or person
    and "in" is where they sit, not the country speaking or acting."""
    ends = {h.end for h in hits if h.kind in ("person", "organization", "single")
            or (h.kind == "gazetteer" and lex.surfaces[h.surface][0].kind == "organization")}
    out = []
    for h in hits:
        if h.kind == "gazetteer" and h.signal == "gazetteer:capital":
            m = re.search(r"\s+in\s+$", text[:h.start])
            if m and m.start() in ends:
                continue
        out.append(h)
    return out


def _organizations(text: str, hits: list[Hit], taken: list[bool], lex: Lexicon, pat: Patterns) -> list[Hit]:
    """Named organisations: "National Bank of Poland", "Textile Workers' Union (STT)"."""
    for m in pat.org_name.finditer(text):
        start, end = m.start(), m.end()
        inside = [h for h in hits if h.start < end and start < h.end]
        if any(h.kind != "gazetteer" or h.start < start or h.end > end
               or (lex.surfaces[h.surface][0].kind != "country" and not _part_of_name(text, h, start, end))
               for h in inside):
            continue  # an organisation the gazetteer knows, or a name running past the match
        country = pat.country_after.match(text[end:]) if text[start:end].split()[-1] in lex.org_nouns else None
        if country:  # "Indigenous Services Canada", "Health Watch India": the country ends the name
            end += country.end()
            inside = [h for h in hits if h.start < end and start < h.end]
        if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            nxt = re.match(r" ([\w-]+)", text[end:])
            if nxt and nxt.group(1) not in lex.stop and nxt.group(1).lower() not in pat.title_words \
                    and nxt.group(1) not in lex.surfaces:
                continue  # the name goes on ("ING Bank Śląski"): the name runs take it
        owner, named_after = None, None
        words_ = list(re.finditer(r"\S+", text[start:end]))
        while words_:
            for k in (3, 2, 1):
                raw = " ".join(x.group(0) for x in words_[:k])
                w = re.sub(r"['’]s?$", "", raw)
                if len(words_) > k and w in lex.surfaces and lex.surfaces[w][0].kind == "country":
                    if w == raw and lex.surfaces[w][1] in ("gazetteer:country", "gazetteer:demonym", "gazetteer:capital"):
                        # "Maldives Red Crescent Society", "Oslo Institute for X": the country or
                        # the capital is in the name
                        named_after = words_[0]
                    owner, words_ = lex.surfaces[w][0], words_[k:]
                    break
            else:
                w = words_[0].group(0)
                if w in lex.org_adjectives and any(x.group(0) in lex.org_nouns for x in words_[1:]):
                    break  # "Central Bank of X", "Southern Command": the adjective is the name's
                if (w in lex.stop and not (w in _COMPASS and len(words_) > 2)) \
                        or w.lower() in ("the", "its", "their") or re.fullmatch(
                        r"[A-Z][\w.’']*-(?:based|born|headquartered|registered|owned|run|backed|funded|led|accredited|certified|approved|affiliated|sponsored|linked|controlled)", w) or \
                        (re.search(r"['’]s$", w) and len(words_) > 2 and words_[1].group(0) not in lex.org_nouns):
                    words_ = words_[1:]  # "The", or a possessive that is not part of the name
                    continue
                break
        nouns = [i for i, x in enumerate(words_) if x.group(0) in lex.org_nouns]
        cut = [i for i, x in enumerate(words_) if re.search(r"['’]s$", x.group(0)) and nouns and i < nouns[0] - 1]
        if cut:
            words_ = words_[cut[-1] + 1:]  # "Keir Starmer's Labour Party": the party is "Labour Party"
        if not words_:
            continue
        nstart = start + words_[0].start()
        name = text[nstart:end]
        lead = name[:re.search(rf"\b(?:{'|'.join(sorted(lex.org_nouns))})\b", name).start()] if re.search(
            rf"\b(?:{'|'.join(sorted(lex.org_nouns))})\b", name) else name
        if re.search(r"\s(?:and|&)\s", lead) and not re.search(r"(?:^|\bthe(?:\s+[a-z]+)?|['’]s)\s*$", text[:nstart]):
            continue  # "Okafor and European Commission": two names, not "the [state] Peace and Security Council"
        toks = name.split()
        if len(toks) < 2 or any(t in lex.media_words for t in toks) and not _news_agency(toks):
            continue
        if toks[0].lower() in pat.title_words and toks[0] not in lex.generic_org_words \
                and not (toks[0] in lex.org_heads and toks[1] == "of") and not _title_body(toks, lex, pat):
            continue  # "Chief Executive ...", but "Board of Trade" (a head before "of")
        if _department(text, nstart, toks, lex):
            continue  # "Head of Corporate Communications": a department named in a title
        if _title_follows(text, end, toks, pat):
            continue  # "Energy Cabinet Secretary X": the noun begins a title, not an organisation
        plain = None
        if re.match(r"\s+Minister\b", text[end:]) and not owner and named_after is None and not cut \
                and not any(t in lex.org_heads or t in lex.legal_forms for t in toks):
            # "Transport and Communications Minister Ann Lee": the minister's portfolio names a ministry
            plain, name = name, f"Ministry of {name}"
        elif owner and all(t in lex.generic_org_words for t in toks):
            plain, name = name, f"{owner.demonym or owner.name} {name}"
        elif named_after is not None and not cut:
            plain, name, nstart = name, text[start + named_after.start():end], start + named_after.start()
        acro = pat.acronym_after.match(text[end:])
        hits = [h for h in hits if not (h in inside and h.start >= nstart)]
        hits.append(Hit(nstart, end, name, "organization", fold(strip_legal_form(name)), "organization-name",
                        alias=plain, also=acro.group(1) if acro else _known_as(text[end:], pat)))
        for i in range(nstart, end):
            taken[i] = True
    return hits


_WORD = r"[A-Z][\w’'-]*"
_LONG_NAME = rf"{_WORD}(?:,?\s+(?:(?:and|of|for|on|the|&|de|da|do|dos|das|del|della|di|du|des|la)\s+)*{_WORD}){{2,11}}"
_SPELLED = re.compile(rf"(?<![\w’'-])(?P<name>{_LONG_NAME})\s*\((?P<acro>[A-Z]{{3,10}})\)"
                      rf"|(?<![\w’'-])(?P<acro2>[A-Z]{{3,10}})\s*\((?P<name2>{_LONG_NAME})\)")


def _spelled_out(text: str, hits: list[Hit], taken: list[bool], lex: Lexicon) -> list[Hit]:
    """A long name spelled out beside its acronym, each capital word giving one letter: "National
    Disaster Risk Reduction and Management Council (NDRRMC)", "PAGASA (Philippine Atmospheric,
    Geophysical and Astronomical Services Administration)" (a comma may stand inside the name). The
    words before the name that give no letter ("according to the") are not in it."""
    for m in _SPELLED.finditer(text):
        acro = m.group("acro") or m.group("acro2")
        name_group = "name" if m.group("name") else "name2"
        words_ = list(re.finditer(_WORD, m.group(name_group)))
        base = m.start(name_group)
        first = next((i for i in range(len(words_))
                      if "".join(w.group(0)[0] for w in words_[i:]) == acro), None)
        if first is None or (name_group == "name2" and first != 0) or len(words_) - first < 3:
            continue
        start, end = base + words_[first].start(), m.end(name_group)
        inside = [h for h in hits if h.start < end and start < h.end]
        if any(h.kind != "gazetteer" or lex.surfaces[h.surface][0].kind == "organization" for h in inside):
            continue  # a body the gazetteer knows ("International Monetary Fund (IMF)")
        name = text[start:end]
        hits = [h for h in hits if h not in inside]
        if name_group == "name":
            hits.append(Hit(start, end, name, "organization", fold(name), "acronym-after", also=acro))
        else:  # the acronym is the name the text uses; the long name is its alias
            a0, a1 = m.start("acro2"), m.end("acro2")
            hits.append(Hit(a0, a1, acro, "organization", fold(acro), "acronym-after", alias=name))
        for i in range(start, end):
            taken[i] = True
    return hits


def _portfolio_countries(text: str, hits: list[Hit], taken: list[bool], lex: Lexicon, pat: Patterns) -> list[Hit]:
    """A government department named by its portfolios and its country ("Environment and Climate
    Change Canada", "Sport and Recreation South Africa"), a naming usage of Canada's federal
    departments: one organisation, not a person called "Change Canada"."""
    for m in pat.portfolio_country.finditer(text):
        toks = m.group(1).split()
        if any(t in lex.stop or t in lex.surfaces or t in lex.calendar or t.lower() in pat.title_words
               or t in lex.geo_nouns or t in lex.regions for t in toks if t not in ("and", "&")):
            continue
        start, end = m.start(), m.end()
        if any(taken[i] and not any(h.kind == "gazetteer" and h.start <= i < h.end for h in hits)
               for i in range(start, end)):
            continue
        hits = [h for h in hits if not (h.start < end and start < h.end)]
        hits.append(Hit(start, end, m.group(0), "organization", fold(m.group(0)), "organization-name"))
        for i in range(start, end):
            taken[i] = True
    return hits


def _advocacy_groups(text: str, hits: list[Hit], taken: list[bool], lex: Lexicon, pat: Patterns) -> list[Hit]:
    """An advocacy group named by its members and its cause ("Physicians for Human Rights", "X District
    Residents for Chemical Safety"): one organisation, not a person called "Human Rights"."""
    for m in pat.advocacy.finditer(text):
        start, end = m.start(), m.end()
        lead = m.group(1).split()
        while len(lead) > 1 and (lead[0] in lex.stop or lead[0].lower() in pat.title_words):
            start += text[start:].index(lead[1])
            lead = lead[1:]
        if any(taken[i] and not any(h.kind == "gazetteer" and h.start <= i < h.end for h in hits)
               for i in range(start, end)):
            continue
        name = text[start:end]
        hits = [h for h in hits if not (h.start < end and start < h.end)]
        hits.append(Hit(start, end, name, "organization", fold(name), "organization-name"))
        for i in range(start, end):
            taken[i] = True
    return hits


def _department(text: str, start: int, toks: list[str], lex: Lexicon) -> bool:
    """"Head of Group Communications": a department named in a person's title, not a body of its own."""
    return bool(re.search(r"(?<![\w-])(?:Head|Director|Manager|Vice President|VP)\s+of\s+$", text[:start])) \
        and toks[0] not in lex.org_heads


def _title_body(toks: list[str], lex: Lexicon, pat: Patterns) -> bool:
    """An organisation named by title words and its noun: "Auditor General's Office" (the office
    of a title), "Premier League" (a title word that is the name's adjective)."""
    words_ = [re.sub(r"['’]s?$", "", t) for t in toks[:-1]]
    return toks[-1] in lex.org_nouns and all(w.lower() in pat.title_words or w.lower() in pat.modifiers
                                             for w in words_)


def _title_follows(text: str, end: int, toks: list[str], pat: Patterns) -> bool:
    """The name's noun and the words after it make a title before a name ("Cabinet Secretary Ann
    Wambui", "Council Member Jo Reyes")."""
    m = re.match(r"((?:\s+[A-Za-z][\w-]*){1,3}?)\s+[A-Z][a-z]", text[end:])
    return bool(m) and fold(f"{toks[-1]}{m.group(1)}") in pat.titles_folded


def _institutions(text: str, hits: list[Hit], taken: list[bool], lex: Lexicon, pat: Patterns) -> list[Hit]:
    """Government bodies named by a common noun: "Tajikistan's foreign ministry", "the border service"."""
    for m in pat.institution.finditer(text):
        start, end = m.start(), m.end()
        if any(taken[i] for i in range(m.start("inst"), end)):
            continue
        inst = " ".join(m.group("inst").lower().split())
        if inst.endswith(" officials"):  # "the X city officials said": the X city government
            inst = inst[:-len("officials")] + "government"
        owner = m.group("owner")
        if owner and owner not in lex.surfaces:
            if owner in lex.stop or owner in lex.calendar or owner.lower() in pat.title_words:
                continue
            name = f"{owner} {inst}"  # a province's or city's department: "Sindh's health department"
            key, signal = fold(name), "institution"
        elif owner and inst.endswith("mission"):
            entry = lex.surfaces[owner][0]
            if entry.kind != "organization":
                continue
            # "the European Union's election observation mission", "the EU observer mission": one
            # mission of the body, whatever the words before "mission"
            name = re.sub(r"['’]s$", "", owner) + " " + inst
            key, signal = fold(f"{entry.name} mission"), "institution"
        elif owner:
            entry = lex.surfaces[owner][0]
            if entry.kind != "country":
                continue
            name = f"{entry.demonym or entry.name} {inst}"
            key, signal = fold(name), "institution"
        elif inst == "mission":
            continue  # "the mission": a body's mission only after its name
        else:
            start = m.start("inst")
            name, key, signal = inst[:1].upper() + inst[1:], f"|{inst}", "institution:bare"
        hits = [h for h in hits if not (h.start < end and start < h.end) or (owner and h.kind == "gazetteer")]
        hits.append(Hit(start, end, name, "institution", key, signal, alias=text[start:end]))
        for i in range(start, end):
            taken[i] = True
    return hits


def _part_of_name(text: str, h: Hit, start: int, end: int) -> bool:
    """A known organisation inside a longer name: "UN Office for ...", "Peace and Security Council"."""
    if h.end == end and re.fullmatch(r"(?:(?i:the|its|their)\s+)*", text[start:h.start]):
        return False  # the whole name is the known organisation
    if re.fullmatch(r"(?:(?i:the|its|their)\s+)*", text[start:h.start]) or h.end < end:
        return True  # the owner heads the name, or the name goes on ("Kenya Red Cross Society"); a possessive one is cut off below
    return bool(re.search(r"[A-Z][\w-]*\s+(?:and|&)\s+$", text[start:h.start]))


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


def _before_surname(text: str, start: int, end: int, lex: Lexicon, pat: Patterns) -> bool:
    """A place name that is a given name, followed by one more name word and no other: a person."""
    m = re.match(r" ([A-Z][a-z][\w’'-]*)(?![\w’'-])(?! +[A-Z])", text[end:])
    if not m or re.search(r"(?i:\b(?:in|at|from|to|near|of|for|into|outside|around)\s+)$", text[:start]):
        return False
    w = m.group(1)
    return not (w in lex.stop or w in lex.calendar or w in lex.surfaces or w.lower() in pat.title_words
                or w in lex.org_nouns or w in lex.geo_nouns or w in lex.media_words or w in lex.regions
                or w.lower() in lex.thing_nouns or w in lex.place_nouns or w in lex.legal_forms)


def _is_owner(text: str, m: re.Match, s: int, e: int) -> bool:
    """True when the hit at s..e is the title's owner (the "NATO" of "NATO chief")."""
    return s == m.start("owner") or (s >= m.start("owner") and e <= m.end("owner"))


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Names never overlap; a title may span the names inside it ("NATO chief")."""
    out: list[Hit] = []
    loose = ("title", "institution")
    for h in sorted((h for h in hits if h.kind not in loose), key=lambda h: (h.start, -(h.end - h.start))):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return sorted(out + [h for h in hits if h.kind in loose], key=lambda h: (h.start, h.end, h.kind))


def _runs(text: str, toks: list[tuple[int, int, str]], lex: Lexicon, pat: Patterns) -> list[list[tuple[int, int, str]]]:
    """Maximal sequences of capitalised words joined by single spaces (or name particles)."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        s, e, w = tok
        cap = (is_capitalised(w) or (cur and prefixed_name(w))) and not _calendar(text, s, e, w, lex) \
            and not w[0].isdigit()
        particle = w in lex.particles and cur and _particle_joins(text, toks, i, lex)
        joined = cur and (text[cur[-1][1]:s] in (" ", "\u00a0") or (
            text[cur[-1][1]:s] == ". " and (len(cur[-1][2]) == 1 or cur[-1][2] in HONORIFICS
                                            or cur[-1][2] in lex.honorifics
                                            or cur[-1][2] in lex.ranks)))
        if (cap or particle) and (joined or not cur):
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = [tok] if cap else []
    if cur:
        runs.append(cur)
    return [_trim_particles(r, lex) for r in runs]


def _calendar(text: str, s: int, e: int, w: str, lex: Lexicon) -> bool:
    """Weekdays always; a month name only next to a date ("May 4", "4 May", "in May"), not "Jan Kruk"."""
    if w in lex.weekdays:
        return True
    if w not in lex.months:
        return False
    return bool(re.match(r"\.?,?\s*\d", text[e:])
                or re.search(r"(?:^|[^\d.,])\d{1,2}(?:st|nd|rd|th)?\s+$", text[max(0, s - 8):s])  # "on 20 January"
                or re.search(r"(?i:\b(?:in|on|since|until|by|from|of|last|next|early|late|mid|this|end|during|before"
                             r"|after)[\s-]+)$", text[max(0, s - 12):s]))


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


HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"}
# Title words that are also common in names of things ("General Motors", "Chief Rabbi").
_LOOSE_TITLES = {"general", "justice", "head", "chair", "member", "official", "chief", "leader"}


def _classify(text: str, run, starts: set[int], lex: Lexicon, pat: Patterns) -> Hit | None:
    honorific = bool(run) and (run[0][2] in HONORIFICS or run[0][2] in lex.honorifics)
    # Leading stop words and title words ("The", "President", "Deputy Press Secretary") go, and
    # whatever stands before the last title word ("Commerce Minister Li Wei" is "Li Wei"); an
    # initial that is also a stop word stays ("A. V. Rao").
    if len(run) > 1 and run[0][2] in lex.question_auxiliaries and re.search(r"(?:^|[.!?][\"”’]?\s+)[\"“]?$", text[:run[0][0]]) \
            and re.match(r"[^.!?]*\?", text[run[0][0]:]):
        run = run[1:]  # "Can Acme say the same?": an auxiliary verb opening a question
    # "Laos's president, To Lim, said": a capitalised stop word inside an apposition to a title,
    # before one more name word, begins the name (mid-sentence, "To" would be lower-case)
    titled_pair = len(run) == 2 and run[0][2] in lex.stop and run[0][2] not in lex.honorifics \
        and (apposed := re.search(r"(?<![\w-])([a-z]+),\s+$", text[:run[0][0]])) is not None \
        and apposed.group(1) in pat.title_words \
        and re.match(r"\s*,", text[run[-1][1]:]) is not None and is_capitalised(run[1][2])
    loose = False
    while run and not titled_pair and not (run[0][2] in lex.org_adjectives and any(t[2] in lex.org_nouns for t in run[1:])) \
            and not (len(run) > 1 and len(run[0][2]) == 1 and text[run[0][1]:run[0][1] + 1] == ".") \
            and (run[0][2].lstrip("#") in lex.stop or run[0][2].lower() in pat.title_words
                 or run[0][2] in lex.honorifics
                 or (run[0][2].lower() in pat.modifiers and _before_title(run, lex, pat)) or run[0][2] in lex.ranks):
        honorific = honorific or run[0][2] in lex.ranks or run[0][2] in lex.honorifics
        loose = run[0][2].lower() in _LOOSE_TITLES
        run = run[1:]
    inner = [i for i, t in enumerate(run[:-1]) if t[2].lower() in pat.title_words and t[2].lower() not in _LOOSE_TITLES
             and not (t[2] in lex.org_adjectives and any(u[2] in lex.org_nouns for u in run[i + 1:]))]
    if inner:
        run = run[inner[-1] + 1:]
        while len(run) > 1 and (run[0][2] in HONORIFICS or run[0][2] in lex.honorifics):
            run, honorific = run[1:], True  # "Information Minister Hon. Jane Banda"
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
    if any(t in ("War", "World") or (t in lex.geo_nouns and toks[-1] not in lex.org_nouns)
           or t in lex.media_words and not _news_agency(toks) for t in toks):  # "Rift Valley", but "Coast Guard"
        return None
    if toks[0] in lex.competition_words:
        return None  # "Campeonato Paulista", "Série B": a sports competition
    if len(toks) == 1 and surface in lex.generic_speakers:
        return None  # "Management said": a part of the body the text is about
    if _department(text, start, toks, lex):
        return None  # "Head of Corporate Communications": a department named in a title
    if len(toks) >= 2 and toks[-1] in lex.byline_roles:
        return None  # "Legal Correspondent": a reporter's role on a byline
    if len(toks) >= 2 and (toks[-1] in lex.legal_instruments or toks[-1] in lex.document_nouns) \
            and toks[0] not in lex.org_heads:
        return None  # "Works Constitution Act", "Geneva Conventions", "Product Alert": a law or a document
    if pat.credit.search(text[max(0, start - 40):start] if start > 40 else text[:start]) \
            or re.search(r"\w\s*/\s*$", text[:start]) or re.match(r"\s*/\s*[A-Z]", text[end:]):
        return None  # a byline or credit ("By ...", "REUTERS/Jane Doe", "Jane Doe/AFP")
    if re.search(r"(?:/|(?i:photo(?:graph)?s?|images?|pictures?|credits?)\s*:)[^.;:/]{0,60}\bvia\s+$", text[:start]) \
            or re.match(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text[end:]):
        return None  # "Photo: Jane Doe / Pool via Agency", a reporter's contact ("Jane Doe jdoe@paper.example")
    after, before = text[end:], text[:start]
    if after[:1] == "$":
        return None  # "R$ 200", "C$": letters before a dollar sign write a currency
    capitals = len(toks) >= 2 and all(_capitals(t) for t in toks)
    if capitals and not before.strip() and re.match(r"\s*(?:,|\(|[–—-])", after):
        return None  # "RIO DE JANEIRO (Agency) –": a dateline's city, named again in the text
    if capitals and _capital_boilerplate(text, start, toks, before, after, lex):
        return None  # "READ MORE:", "BREAKING NEWS", a heading in capitals, "4:12 PM GMT"
    nxt = re.match(r"[’'\"”]?(?:\s+(?:and|or)\s+(?:[A-Z][\w\-]*\s+)*(\w+)|\s+(\w+))", after)
    if nxt and (nxt.group(1) or nxt.group(2)) in lex.thing_nouns:
        return None  # "Exocet missiles", "Patriot and ... missiles", "'Iron Shield' drills"
    prev = re.search(r"(?<![\w-])(\w+),\s+$", before[-40:])
    if prev and prev.group(1) in lex.thing_nouns and re.match(r",", after):
        return None  # "a naval exercise, Iron Shield, began": the thing's name in apposition
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]\s*\(\s*$", before[-8:]) \
            and re.match(r"\s*\),?\s+(?:or|also|known\s+as|in\s+English)\s+(?:the\s+)?[A-Z]", after):
        return None  # "恒达钢铁集团 (Héngdá Jítuán), or Hengda Group": a transcription; the name follows
    head = re.search(r"(?<![\w-])([A-Z][\w-]*)(?:\s+[A-Z][\w-]*)+\s*\(\s*$", before[-80:]) if before.endswith("(") else None
    if head and len(toks) >= 2 and fold(head.group(1)) == fold(toks[0]) and re.match(r"\s*\)", after):
        return None  # "Hengda Steel (Hengda Gangtie)": the same body's name in its own language
    if pat.vessel_before.search(before[-40:]):
        return None  # "the aircraft carrier John Doe", "USS John Doe": a ship named after someone
    if len(toks) == 1 and _capitals(surface):
        known = re.search(r"(?<![\w-])known\s+as\s+(?:the\s+)?$", before)
        if known:  # "the army's intelligence agency, known as HUR or GUR": two names of one body
            other = re.match(r"\s+or\s+(?:the\s+)?([A-Z][A-Z&\-]*[A-Z])(?![\w-])", after)
            return Hit(start, end, surface, "organization", fold(surface), "known-as",
                       also=other.group(1) if other else None)
        if (pat.media_around.match(after) and pat.state_before.search(before)) or pat.state_media_before.search(before):
            # "the official ABC news agency", "state news agency ABC": state media speak for a state
            return Hit(start, end, surface, "organization", fold(surface), "state-media")
    if pat.media_around.match(after) or re.search(r"\b(?:outlet|agency|newspaper|broadcaster)\s+$", before):
        return None
    if len(toks) == 1 and re.match(r"\s+\d+\b(?![.,:]\d)", after) and not pat.verb_after.match(after):
        return None  # "Terminal 2", "Ward 7", "Pier 9": a numbered part of something, not a name
    if pat.place_after.match(after) and not re.search(r"(?<![\w-])(?i:an?)\s+$", before):
        # not "a Siberian region": an indefinite description names no place
        return Hit(start, end, surface, "place", fold(surface), "place-noun", alias=surface + after[:len(pat.place_after.match(after).group(0))])
    if len(toks) >= 2 and toks[-1] in lex.place_nouns:
        name = text[start:run[-2][1]].lstrip("#")
        return Hit(start, end, surface, "place", fold(name), "place-noun")
    if len(toks) >= 2 and any(t in lex.org_nouns for t in toks):
        return Hit(start, end, surface, "organization", fold(strip_legal_form(surface)), "organization-noun",
                   also=_known_as(after, pat))
    if len(toks) >= 2 and (toks[-1] in lex.legal_forms or toks[0] in lex.romance_org_heads):
        # "Acme Mining SA" (a legal form), "Colegio de Abogados" (a Romance organisation's head);
        # initials in brackets that do not fit it are those of its name in another language
        acro = re.match(r"\s*\(([A-Z]{2,8})\)", after)
        return Hit(start, end, surface, "organization", fold(strip_legal_form(surface)), "organization-form",
                   also=acro.group(1) if acro else None)
    if re.search(r"(?<![\w-])(?:in|near|outside|around)\s+$", before) \
            and not pat.title_in.search(surface) and not re.match(r"['’]s\b", after) \
            and not any(t in lex.org_nouns for t in toks) and not capitals:  # "in Congress", "in Parliament"
        return Hit(start, end, surface, "place", fold(surface), "place-preposition")
    acro = pat.acronym_after.match(after)
    if len(toks) >= 2 and acro and _initials_fit(acro.group(1), toks):
        return Hit(start, end, surface, "organization", fold(surface), "acronym-after", also=acro.group(1))
    head = re.search(r"(?<![\w.’'-])([A-Z][\w-]*) $", before) if acro else None
    if head and head.group(1) in lex.surfaces and _initials_fit(acro.group(1), [head.group(1)] + toks) \
            and not _initials_fit(acro.group(1), toks):
        # "Tunis Afrique Presse (TAP)": a capital or a country's name begins the body's name
        name = text[head.start(1):end]
        return Hit(head.start(1), end, name, "organization", fold(name), "acronym-after", also=acro.group(1))
    role, role_key, alias, signal = _role(text, start, end, pat)
    if len(toks) == 1 and re.match(r"['’]s\s", after) and not prefixed_name(surface) \
            and pat.verb_after.match(after[2:]) and not pat.verb_after.match(after):
        # "Moody's said": a possessive does not speak, so the "'s" is the name's own
        end += 2
        return Hit(start, end, text[start:end], "single", fold(surface), "single-speaker")
    if len(toks) == 1 and re.search(r"(?<![\w-])(?i:the)\s+$", before) and not _capitals(surface) \
            and _collective_after().match(after):
        # "the Solidarność union", "the Unite confederation": a body named by one word and its noun
        return Hit(start, end, surface, "organization", fold(surface), "company-noun")
    if pat.company_around.match(after) or pat.company_before.search(before) or \
            (pat.company_apposed.search(before) and re.match(r",\s", after)) or \
            (len(toks) >= 2 and pat.company_after.match(after)):
        return Hit(start, end, surface, "organization", fold(strip_legal_form(surface)), "company-noun",
                   also=_known_as(after, pat))
    if capitals:  # "ABN AMRO": two or more all-capital words make one organisation's name
        return Hit(start, end, surface, "organization", fold(surface), "capitals")
    sentence_initial = start in starts or re.search(r"^\W*$", text[max(0, start - 3):start]) is not None \
        and any(abs(start - s) <= 3 for s in starts)
    acronym = any(len(t) > 1 and t.isupper() for t in toks)
    if len(toks) >= 2 and not acronym and all(_name_like(t, lex) or (titled_pair and i == 0) for i, t in enumerate(toks)):
        if pat.named_after.match(after):
            return None  # "the Charles Dupont hospital": a building named after a person
        if toks[0] in lex.document_nouns:
            return None  # "Rules Governing Municipal Tenders": a document's title
        if len(toks[-1]) == 1 and text[end:end + 1] != ".":
            return None  # "its Pit D quarry", "Zone B": a label, not a person (no initial's dot)
        return Hit(start, end, surface, "person", fold(surface), signal or "name-run", role, role_key, alias)
    if len(toks) == 1:
        if loose:  # "General Motors": not a general called Motors
            return Hit(start, end, surface, "single", fold(surface), "single")
        if honorific and not signal:
            signal = "honorific"
        if not signal and pat.verb_after.match(after) and not re.match(
                r"\s+\w+\s+(?:are|is|were|was|have|has|had|can|could|will|would|may|might|must|should)\b", after):
            signal = "single-speaker"  # not "Satellite estimates are useful": a noun before the verb
        if not signal and sentence_initial:
            rel = re.match(r",\s+(?:which|whose)\b[^.;:!?\"“”]*?,(?=\s)", after)
            if rel and pat.verb_after.match(after[rel.end():]):
                signal = "single-speaker"  # "Skyjet, which flies from Lyon, said": a body (not "who")
        if not signal and _capitals(surface) and any(w in pat.title_words for w in re.findall(
                r"[a-z]+", re.match(r"(?:\s+[a-z]+){0,2}", after).group(0))):
            signal = "title-owner"  # "ABC spokesman X": an acronym that has a spokesman is an organisation
        return Hit(start, end, surface, "single", fold(surface),
                   signal or ("single:initial" if sentence_initial else "single"), role, role_key, alias)
    return None


def _before_title(run, lex: Lexicon, pat: Patterns) -> bool:
    """A title's modifier ("Former", "New", "Acting") is one only before a title word, another
    modifier or a rank: "New York" is a name."""
    if len(run) < 2:
        return True
    nxt = run[1][2]
    return nxt.lower() in pat.title_words or nxt.lower() in pat.modifiers or nxt in lex.ranks \
        or nxt in lex.honorifics or nxt in lex.stop


def _known_as(after: str, pat: Patterns) -> str | None:
    """The other name given right after an organisation's ("known as the Bench", '("Sun Group")', or a
    translation in brackets: "(Guardia Costiera, GC)")."""
    m = pat.known_after.match(after)
    return (m.group("quoted") or m.group("bracket") or m.group("known")).strip() if m else None


def _capitals(token: str) -> bool:
    """An all-capital word of two letters or more ("AMRO", "AT&T"), not a digit in it."""
    return re.fullmatch(r"[A-Z][A-Z&\-]*[A-Z]", token) is not None


def _capital_boilerplate(text: str, start: int, toks: list[str], before: str, after: str, lex: Lexicon) -> bool:
    """A run of capitals that is a label, a heading or a time, not a name."""
    if any(t.capitalize() in lex.stop or t.capitalize() in lex.capital_labels for t in toks):
        return True  # "READ MORE", "BREAKING NEWS", "LIVE UPDATES"
    if re.match(r"\s*[:|]", after) or re.search(r"\d\W*$", before):
        return True  # a label before a colon or bar ("MARKET WRAP:"); "4:12 PM GMT"
    sent = next(((s, e) for s, e in sentences(text) if s <= start < e), (0, len(text)))
    return not re.search(r"[a-z]", text[sent[0]:sent[1]])  # a heading in capitals


def _initials_fit(acronym: str, toks: list[str]) -> bool:
    """"MSF" for "Médecins Sans Frontières": the acronym's letters are the name's initials, in order."""
    initials = [t[0].upper() for t in toks if t[:1].isupper()]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(c in it for c in letters)


def _name_like(token: str, lex: Lexicon) -> bool:
    if token in lex.particles or prefixed_name(token):
        return True
    return token[0].isupper() and not any(ch.isdigit() for ch in token) and token not in lex.stop


@lru_cache(maxsize=1)
def _rank_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A rank's or honorific's dot ending a text, and a run of ranks ending it (compiled once)."""
    ranks = alternation(sorted(lexicon().ranks | lexicon().honorifics))
    if not ranks:
        return None
    return re.compile(rf"(?<![\w-])(?:{ranks})\.\s*$"), re.compile(rf"(?:(?<![\w-])(?:{ranks})\.?\s+)+$")


@lru_cache(maxsize=1)
def _collective_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(sorted(lexicon().collective_org_nouns))})\b(?![’'-])")


def _role(text: str, start: int, end: int, pat: Patterns):
    """The title the text gives a name: before it ("NATO chief X"), or in apposition."""
    ranks = _rank_patterns()
    # a sentence does not end at an honorific's dot ("Minister Hon. Jane Banda")
    sent_start = max([s for s, _ in sentences(text) if s <= start
                      and not (ranks and ranks[0].search(text[:s]))] or [0])
    before = text[sent_start:start]
    if ranks:
        before = ranks[1].sub("", before)  # "spokesperson Lt. Col."
    m = pat.role_before.search(before)
    if m:
        owner, title = m.group("owner"), m.group("title")
        if owner and (fold(f"{owner} {title}") in pat.titles_folded or owner.lower() in pat.modifiers):
            owner, title = None, f"{owner} {title}"
        key, display = title_key(owner, title)
        role = " ".join(x for x in (display, title) if x)
        if not owner:  # "Dushanbe's foreign ministry spokesman": the body the title belongs to
            body = next((i for i in pat.institution.finditer(before[:m.start()])
                         if not before[i.end():m.start()].strip()), None)
            if body:
                role = f"{body.group(0).strip()} {title}".replace("’", "'")
        alias = _alias(before[m.start():].strip(), "") if owner else None
        return role, key, alias, "title-before-name"
    m = pat.appositive_after.match(text[end:])
    if m and pat.title_in.search(m.group("role")):
        return m.group("role").strip(), None, None, "appositive"
    m = pat.possessive_role_before.search(before)
    if m and pat.title_in.search(m.group("role")):
        phrase = f"{m.group('own')} {m.group('role')}".strip()
        key, _ = title_key(m.group("own"), m.group("role"))
        return phrase.replace("’", "'"), key, phrase, "appositive"
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


def _news_agency(toks: list[str]) -> bool:
    """ "Andean Press Agency", "Agence France-Presse": a news agency is a voice the articles cite
    ("the agency reported four"), not the outlet a reader has in hand."""
    return toks[-1] == "Agency" or toks[0] == "Agence"
