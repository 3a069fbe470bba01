"""The word lists the extractors read (build_dossier/data/*.yaml), loaded once, and name folding."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml


def load(name: str) -> dict:
    text = resources.files("build_dossier").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# Source: the Unicode characters with no canonical decomposition and their usual ASCII
# transliteration (ISO 9 / press practice: "Aydın" -> "Aydin", "Wałęsa" -> "Walesa").
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A name's comparison key: no accents, no case, hyphens and apostrophes as spaces. Letters that
    Unicode does not decompose into a base and an accent fold to the Latin letter the press writes
    for them in ASCII (Turkish dotless "ı", Polish "ł", Nordic "ø", South Slavic "đ")."""
    text = text.translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’`]s\b", "", text.lower())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def alternation(words: list[str]) -> str:
    """A regex alternation of literal phrases, longest first (so the longest match wins)."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


@dataclass(frozen=True)
class Entry:
    """One known actor of the gazetteer: a country or an organisation."""

    name: str
    kind: str  # "country" | "organization"
    country: str | None = None
    demonym: str | None = None


@dataclass
class Lexicon:
    surfaces: dict[str, tuple[Entry, str]] = field(default_factory=dict)  # surface -> (entry, signal)
    regions: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    title_modifiers: list[str] = field(default_factory=list)
    particles: set[str] = field(default_factory=set)
    particles_folded: set[str] = field(default_factory=set)
    question_auxiliaries: set[str] = field(default_factory=set)
    collective_org_nouns: set[str] = field(default_factory=set)
    chamber_words: set[str] = field(default_factory=set)
    name_suffixes: set[str] = field(default_factory=set)
    hyphen_prefixes: set[str] = field(default_factory=set)
    transliteration: list[tuple[str, str]] = field(default_factory=list)
    stop: set[str] = field(default_factory=set)
    calendar: set[str] = field(default_factory=set)
    platforms: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    org_nouns: set[str] = field(default_factory=set)
    org_heads: set[str] = field(default_factory=set)
    capital_labels: set[str] = field(default_factory=set)
    place_nouns: list[str] = field(default_factory=list)
    thing_nouns: set[str] = field(default_factory=set)
    media_nouns: list[str] = field(default_factory=list)
    state_media_words: list[str] = field(default_factory=list)
    geo_nouns: set[str] = field(default_factory=set)
    media_words: set[str] = field(default_factory=set)
    credit_before: list[str] = field(default_factory=list)
    company_nouns: set[str] = field(default_factory=set)
    institutions: list[str] = field(default_factory=list)
    generic_org_words: set[str] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)
    verbs: list[str] = field(default_factory=list)
    according_to: list[str] = field(default_factory=list)
    no_comment: list[str] = field(default_factory=list)
    attribution_nouns: list[str] = field(default_factory=list)
    time_words: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)
    anonymous: set[str] = field(default_factory=set)
    pronouns: set[str] = field(default_factory=set)
    ranks: set[str] = field(default_factory=set)
    legal_forms: set[str] = field(default_factory=set)
    romance_org_heads: set[str] = field(default_factory=set)
    legal_instruments: set[str] = field(default_factory=set)
    generic_speakers: set[str] = field(default_factory=set)
    org_adjectives: set[str] = field(default_factory=set)
    office_words: dict[str, str] = field(default_factory=dict)
    web_suffixes: set[str] = field(default_factory=set)
    org_titles: set[str] = field(default_factory=set)
    bare_bodies: set[str] = field(default_factory=set)
    place_given_names: set[str] = field(default_factory=set)
    group_nouns: set[str] = field(default_factory=set)
    given_names: dict[str, int] = field(default_factory=dict)  # folded given name -> variant line
    byline_roles: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    vessel_words: list[str] = field(default_factory=list)
    document_nouns: set[str] = field(default_factory=set)
    named_after_nouns: list[str] = field(default_factory=list)
    promo_leads: list[str] = field(default_factory=list)
    competition_words: set[str] = field(default_factory=set)
    club_words: set[str] = field(default_factory=set)
    anonymous_plurals: set[str] = field(default_factory=set)
    advocacy_members: set[str] = field(default_factory=set)

    def title_words(self) -> set[str]:
        return {w for t in self.titles for w in re.split(r"[\s]+", t)}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for c in load("countries.yaml")["countries"]:
        entry = Entry(c["name"], "country", demonym=(c.get("demonyms") or [None])[0])
        lex.surfaces[c["name"]] = (entry, "gazetteer:country")
        for key, signal in (("aliases", "country-alias"), ("demonyms", "demonym"), ("capitals", "capital")):
            for s in c.get(key) or []:
                lex.surfaces.setdefault(s, (entry, f"gazetteer:{signal}"))
    for o in load("organizations.yaml")["organizations"]:
        entry = Entry(o["name"], "organization", o.get("country"))
        lex.surfaces[o["name"]] = (entry, "gazetteer:organization")
        for s in o.get("aliases") or []:
            lex.surfaces.setdefault(s, (entry, "gazetteer:organization-alias"))
    names = load("names.yaml")
    lex.regions = set(names["regions"]) | set(names.get("demonym_places") or [])
    lex.titles = list(names["titles"])
    lex.title_modifiers = list(names["title_modifiers"])
    lex.particles = set(names["name_particles"])
    lex.particles_folded = {fold(w) for w in lex.particles}
    lex.question_auxiliaries = set(names.get("question_auxiliaries") or [])
    lex.collective_org_nouns = set(names.get("collective_org_nouns") or [])
    lex.chamber_words = set(names.get("chamber_words") or [])
    lex.name_suffixes = {fold(w) for w in names.get("name_suffixes") or []}
    lex.hyphen_prefixes = set(names.get("hyphen_prefixes") or [])
    lex.ranks = set(names.get("rank_abbreviations") or [])
    lex.legal_forms = set(names.get("legal_forms") or [])
    lex.romance_org_heads = set(names.get("romance_org_heads") or [])
    lex.legal_instruments = set(names.get("legal_instruments") or [])
    lex.generic_speakers = set(names.get("generic_speakers") or [])
    lex.org_adjectives = set(names.get("org_adjectives") or [])
    lex.web_suffixes = set(names.get("web_suffixes") or [])
    lex.office_words = {fold(k): v for k, v in (names.get("romance_office_words") or {}).items()}
    lex.group_nouns = set(names.get("group_nouns") or [])
    lex.byline_roles = set(names.get("byline_roles") or [])
    lex.promo_leads = list(names.get("promo_leads") or [])
    lex.competition_words = set(names.get("competition_words") or [])
    lex.club_words = {fold(w) for w in names.get("club_words") or []}
    lex.anonymous_plurals = set(names.get("anonymous_plurals") or [])
    lex.advocacy_members = set(names.get("advocacy_members") or [])
    lex.place_given_names = set(names.get("place_given_names") or [])
    lex.bare_bodies = {fold(w) for w in names.get("bare_body_words") or []}
    lex.org_titles = {fold(t) for t in names.get("organisation_titles") or []}
    lex.given_names = {fold(n): i for i, line in enumerate(names.get("given_name_variants") or []) for n in line}
    lines = len(names.get("given_name_variants") or [])
    lex.given_names |= {fold(n): lines + i for i, line in enumerate(names.get("particle_variants") or []) for n in line}
    lex.honorifics = set(names.get("honorifics") or [])
    lex.vessel_words = list(names.get("vessel_words") or [])
    lex.document_nouns = set(names.get("document_nouns") or [])
    lex.named_after_nouns = list(names.get("named_after_nouns") or [])
    lex.transliteration = [tuple(pair) for pair in names.get("transliteration") or []]
    lex.stop = set(names["stop_words"])
    lex.weekdays, lex.months = set(names["weekdays"]), set(names["months"])
    lex.calendar = lex.weekdays | lex.months
    lex.geo_nouns = set(names["geo_nouns"])
    lex.media_words = set(names["media_words"])
    lex.credit_before = list(names["credit_before"])
    lex.company_nouns = set(names["company_nouns"])
    lex.institutions = list(names["institutions"])
    lex.generic_org_words = set(names["generic_org_words"])
    lex.platforms = set(names["platforms"])
    lex.org_nouns = set(names["organization_nouns"])
    lex.org_heads = set(names["organization_heads"])
    lex.capital_labels = set(names["capital_labels"])
    lex.place_nouns = list(names["place_nouns"])
    lex.thing_nouns = set(names["thing_nouns"])
    lex.media_nouns = list(names["media_nouns"])
    lex.state_media_words = list(names.get("state_media_words") or [])
    lex.outlets = set(load("outlets.yaml")["outlets"])
    att = load("attribution.yaml")
    lex.verbs = list(att["verbs"])
    lex.according_to = list(att["according_to"])
    lex.no_comment = list(att.get("no_comment") or [])
    lex.attribution_nouns = list(att["nouns"])
    lex.time_words = list(att["time_words"])
    lex.fillers = list(att["fillers"])
    lex.anonymous = set(att["anonymous_subjects"])
    lex.pronouns = set(att["pronouns"])
    lex.stop |= {w.capitalize() for w in lex.anonymous}
    return lex


def romanised(token: str) -> str:
    """A name word with romanisation variants folded ("rasool" and "rasul" both give "rasul")."""
    for a, b in lexicon().transliteration:
        token = token.replace(a, b)
    return token


def prefixed_name(word: str) -> bool:
    """"al-Mahmoudi": a lower-case particle joined by a hyphen to a capitalised name part."""
    head, sep, rest = word.partition("-")
    return bool(sep) and head in lexicon().hyphen_prefixes and rest[:1].isupper()


def strip_legal_form(name: str) -> str:
    """A company's name without its legal form ("Acme Mining SA" is "Acme Mining")."""
    words_ = name.split()
    forms = lexicon().legal_forms
    while len(words_) > 1 and (words_[-1] in forms or words_[-1].rstrip(",") in forms):
        words_ = words_[:-1]
    return " ".join(words_).rstrip(",")


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """A name word's sound key across Slavic romanisations: "Oleh"/"Oleg" and
    "Hnatenko"/"Gnatenko" (Ukrainian h for Russian g, y/i/j, o/a, ks/x) give one key."""
    t = fold(token)
    for a, b in (("kh", "h"), ("ks", "x"), ("g", "h"), ("j", "i"), ("y", "i"), ("o", "a"),
                 ("ie", "e"), ("w", "v")):
        t = t.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", t)
