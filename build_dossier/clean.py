"""Clean: split a document's blocks into the article's paragraphs and the boilerplate it drops.

Every block ends up either in a paragraph or, verbatim and with a reason, in `removed`.
Pattern rules come from data/boilerplate.yaml (plus the user's); the structural rules here
(headline, dateline, embedded posts, truncated duplicates, link lists) look at a block's
neighbours. When unsure, keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from .dates import find_full_dates, find_numeric_dates
from .errors import DossierError
from .model import Metadata, Paragraph, RawDocument, Removed
from .resources import load_data

# ---------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class Rule:
    id: str
    reason: str
    line: re.Pattern[str] | None = None
    search: re.Pattern[str] | None = None
    max_chars: int | None = None
    list_heading: bool = False  # the blocks listed under it (links, tags) go with it

    def matches(self, text: str) -> bool:
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        if self.line is not None and self.line.fullmatch(text):
            return True
        return self.search is not None and self.search.search(text) is not None


LIST_HEADING_RULES = {"related-heading"}
RULE_KEYS = {"id", "reason", "line", "search", "max_chars", "list_heading"}


def make_rule(spec: dict, where: str) -> Rule:
    if not isinstance(spec, dict):
        raise DossierError(f"{where}: a rule must be a mapping with id, reason and line or search")
    unknown = set(spec) - RULE_KEYS
    if unknown:
        raise DossierError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(RULE_KEYS))})")
    for key in ("id", "reason"):
        if not isinstance(spec.get(key), str) or not spec[key].strip():
            raise DossierError(f"{where}: rule needs a non-empty {key!r}")
    if not spec.get("line") and not spec.get("search"):
        raise DossierError(f"{where}: rule {spec['id']!r} needs 'line' or 'search'")
    compiled = {}
    for key in ("line", "search"):
        if spec.get(key):
            try:
                compiled[key] = re.compile(_pattern(spec[key], key), re.I)
            except re.error as exc:
                raise DossierError(f"{where}: rule {spec['id']!r}: bad regular expression in {key!r}: {exc}")
    max_chars = spec.get("max_chars")
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars <= 0):
        raise DossierError(f"{where}: rule {spec['id']!r}: 'max_chars' must be a positive integer")
    return Rule(
        id=spec["id"],
        reason=spec["reason"],
        line=compiled.get("line"),
        search=compiled.get("search"),
        max_chars=max_chars,
        list_heading=bool(spec.get("list_heading", spec["id"] in LIST_HEADING_RULES)),
    )


def _pattern(value, key: str) -> str:
    """A rule's regular expression: a string, or a list of alternatives (one per YAML item, so
    that long rules need no folded lines, whose joins would put spaces inside the pattern)."""
    if isinstance(value, list):
        return "|".join(f"(?:{_pattern(v, key)})" for v in value)
    return " ".join(str(value).split()) if key == "search" else str(value)


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    outlets: tuple[str, ...]
    self_references: tuple[re.Pattern[str], ...]
    masthead_words: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    company_suffixes: tuple[str, ...] = ()
    edition_words: frozenset[str] = frozenset()

    def outlet_named(self, text: str) -> str | None:
        return self._outlets_by_key.get(_norm(text))

    @cached_property
    def _outlets_by_key(self) -> dict[str, str]:
        by_key: dict[str, str] = {}
        for outlet in self.outlets:  # the first spelling listed wins, as before
            by_key.setdefault(_norm(outlet), outlet)
        return by_key


def load_rules(extra: list[dict] | None = None, disabled: list[str] | None = None,
               outlets: list[str] | None = None) -> Rules:
    """The built-in rules, minus `disabled` ids, plus `extra` ones (from mkdocs.yml); an extra
    rule with a built-in rule's id replaces it, in its place."""
    data = load_data("boilerplate")
    builtin = [make_rule(spec, f"data/boilerplate.yaml: rules[{i}]") for i, spec in enumerate(data["rules"])]
    known = {r.id for r in builtin}
    for rule_id in disabled or []:
        if rule_id not in known:
            raise DossierError(f"disable_rules: unknown rule {rule_id!r} (known: {', '.join(sorted(known))})")
    own: dict[str, Rule] = {}
    for i, spec in enumerate(extra or []):
        rule = make_rule(spec, f"boilerplate[{i}]")
        if rule.id in own:
            raise DossierError(f"boilerplate[{i}]: rule id {rule.id!r} used twice")
        own[rule.id] = rule
    rules = [own.pop(r.id, r) for r in builtin if r.id not in set(disabled or [])]
    rules += own.values()
    outlet_data = load_data("outlets")
    names = tuple(outlet_data["outlets"]) + tuple(outlets or [])
    refs = tuple(re.compile(p) for p in outlet_data["self_references"])
    masthead = frozenset(w.lower() for w in outlet_data.get("masthead_words", []))
    roles = frozenset(w.lower() for w in outlet_data.get("byline_role_words", []))
    suffixes = tuple(outlet_data.get("company_suffixes", []))
    editions = frozenset(w.lower() for w in outlet_data.get("edition_words", []))
    return Rules(tuple(rules), names, refs, masthead, roles, suffixes, editions)


# ---------------------------------------------------------------------------------------------
# Cleaning


@dataclass
class Cleaned:
    paragraphs: list[Paragraph]
    removed: list[Removed]
    meta: Metadata  # what the text itself shows (title, date, outlet)
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Overrides:
    """An editor's verdicts on blocks, keyed by their normalised text."""

    keep: frozenset[str] = frozenset()
    drop: tuple[tuple[str, str], ...] = ()  # (normalised text, reason)

    def drop_reason(self, text: str) -> str | None:
        key = _norm(text)
        return next((reason for t, reason in self.drop if t == key), None)

    def keeps(self, text: str) -> bool:
        return _norm(text) in self.keep


_TRAILING_CREDITS = re.compile(
    r"(?<=[.!?”\"'’)])\s*(?P<credits>\((?:additional )?(?:reporting|writing|editing|compiled|research|"
    r"additional reporting|text|photos?|video|graphics)\s+by\s+(?-i:[A-Z])[^()]{1,200}\))\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.:;,]['’”\"]?$")
_ELLIPSIS = ("…", "...")
_DATE_PREFIX = re.compile(
    r"^(?P<prefix>(?:date|published|updated|posted|posted on|published on)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}))\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Kyiv, Tuesday — The first sentence": a place and a weekday leading the first paragraph. The
# weekday is the day the piece was filed, not a date of what the sentence tells.
_WEEKDAY_LEAD = re.compile(
    r"^(?P<prefix>(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){0,3},\s+(?:"
    + "|".join(load_data("dates")["weekdays"])
    + r")\s*(?:[—–]|\s-))\s+(?P<rest>(?-i:[A-Z0-9“\"'‘]).*)$",
    re.I | re.S,
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:"
    + "|".join(sorted(load_data("dates")["time_zones"], key=len, reverse=True))
    + r")(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?\b",  # "14:05 (GMT+2)": the zone may be bracketed
    re.I,
)
_DATELINE_WORDS = re.compile(
    r"\b(published|updated|posted|last updated|first published|on|at|date|modified|local time|"
    + "".join(re.escape(w) + "|" for w in load_data("dates")["dateline_labels"]) +
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"\d+\s+(?:seconds?|mins?|minutes?|hours?|hrs?|days?)\s+ago)\b",
    re.I,
)
_READ_COUNTER = re.compile(r"\b(?:read|reads|views)\s*:?\s*[\d,. ]+\d\b", re.I)
_POST_SIGNATURE = re.compile(
    r"[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*(?:on\s+)?(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*$"
)
_KICKER_PUNCT = re.compile(r"[.!?,;:\"“”'‘’()]|\d")
_LIST_ITEM = re.compile(r"^[–—\-•·*]\s*\S")


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


_PARTS = re.compile(r"\s+[|·•]\s+")


def _rule_for(text: str, rules: Rules) -> Rule | None:
    """The first rule matching the block; else, for a line of parts joined by bars or dots
    ("Listen to this article | 5 min read", "Share · Leave a comment"), a rule standing for the
    parts when every part is boilerplate of some rule (it takes the first part's id)."""
    rule = next((r for r in rules.rules if r.matches(text)), None)
    if rule is not None or len(text) > 200 or "\n" in text:
        return rule
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    found = [next((r for r in rules.rules if r.matches(p)), None) for p in parts]
    if any(r is None for r in found):
        return None
    return Rule(found[0].id, "; ".join(dict.fromkeys(r.reason for r in found)))


def _title_key(text: str) -> str:
    """A headline compared with its other copies: quotation marks may differ between the page's
    title and its <h1> ("The 'never' syrup" / "The "never" syrup")."""
    return re.sub(r"[\"'`«»‹›]", "", _norm(text))


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 30 and len(text) <= 200 and not _SENTENCE_END.search(text) and "\n" not in text


_BULLETS = "".join(load_data("dates")["dateline_separators"])
# What a dateline leaves once its date, time and words are gone ("." is left by "11:20 a.m.").
_DATELINE_LEFTOVER = re.compile(rf"[\s|·•,.:/()\-–—{_BULLETS}]+")


def _dateline(text: str) -> tuple[str | None, bool] | None:
    """(iso date, has read counter) when the block is only a date, time and counters. A numeric
    date ("07.09.2026", "13/09/2026") is read too; an ambiguous one ("07/09/2026") gives no date
    (iso None) but the line is still only a dateline."""
    if len(text) > 120:
        return None
    dates = find_full_dates(text)
    dates = sorted(dates + [n for n in find_numeric_dates(text)
                            if not any(n.start < d.end and d.start < n.end for d in dates)],
                   key=lambda d: d.start)
    if not dates:
        return None
    rest = text
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    counter = bool(_READ_COUNTER.search(rest))
    rest = _READ_COUNTER.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _DATELINE_WORDS.sub(" ", rest)
    if _DATELINE_LEFTOVER.sub("", rest):
        return None
    return next((d.iso for d in dates if d.iso), None), counter


# "Riverton ● Wed, June 4, 2031 ● 09:40": a place (one to three capitalised words), a separator,
# then a dateline.
_PLACE_DATELINE = re.compile(
    rf"^(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){{0,2}}\s*(?:[|·•{_BULLETS}—–]|\s-)\s*(?P<rest>\S.*)$", re.S)


def _place_dateline(text: str) -> str | None:
    """The date of a dateline led by its place ("Riverton ● Wed, June 4, 2031 ● 09:40"): ""
    when the line is one but its date is unread; None when it is none."""
    m = _PLACE_DATELINE.match(text)
    if m is None or len(text) > 120:
        return None
    dl = _dateline(m.group("rest"))
    return None if dl is None else dl[0] or ""


def _block_date(text: str) -> str | None:
    """The one day a byline or dateline names ("By Jane Doe | 19 Oct 2026, 21:15"); none when it
    names several different days or none."""
    dates = find_full_dates(text)
    dates += [n for n in find_numeric_dates(text) if not any(n.start < d.end and d.start < n.end for d in dates)]
    days = {d.iso for d in dates if d.iso}
    return days.pop() if len(days) == 1 else None


_NAME_WORD = re.compile(r"(?:[A-Z][\w'’-]*\.?|(?:de|da|del|van|von|der|al|bin|el|la|le|di|du|dos|y))$")
_BYLINE_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")


def _looks_like_name(text: str, author: str | None) -> bool:
    """A person's name as a byline prints it: the article's author, or two to four capitalised
    words, optionally followed by ", <Place>"."""
    if author and _norm(text) == _norm(author):
        return True
    name, _, place = text.partition(",")
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return False
    place_words = place.split()
    return len(place_words) <= 3 and all(w[0].isupper() for w in place_words)


def _looks_like_names(text: str, author: str | None) -> bool:
    """One or more persons' names as a byline prints them ("Jane Doe", "Jane Doe and John Roe",
    "Jane Doe, John Roe and Ann Lee")."""
    parts = [p for p in re.split(r",\s*|\s+and\s+|\s*&\s*", text) if p.strip()]
    return 1 <= len(parts) <= 4 and all(_looks_like_name(p, author) and "," not in p for p in parts)


_ATTRIBUTION = re.compile(r"\b(said|says|told|tells|according|announced|reported|added|stated|claimed|wrote)\b", re.I)


def _credit_of_a_picture(text: str) -> bool:
    """A photo-credit line that credits a picture ("Photo: Jane Roe / Example News", "Jane
    Roe/Getty Images"), not a source line ("Source: Eurostat") that may close a paragraph."""
    return re.match(r"\s*\(?(source|video)s?\b", text, re.I) is None


def _caption_like(text: str) -> bool:
    """A line that can be a picture's caption: at most two sentences, at most 30 words, no
    quotation and no one's words reported."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    return len(text.split()) <= 30 and len(sentences) <= 2 and "\n" not in text \
        and not re.search(r"[\"“”]", text) and not _ATTRIBUTION.search(text)


def _role_line(text: str, rules: Rules) -> bool:
    """A reporter's role alone on a line ("Legal Correspondent", "Staff Reporter", "Europe
    correspondent"): a few words, the first capitalised, one a role word (data/outlets.yaml)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or re.search(r"[\d.!?;:\"“”()@]", text) or not words[0][0].isupper():
        return False
    lowered = [w.lower().strip(",") for w in words]
    return any(w in rules.role_words for w in lowered) and all(
        w[0].isupper() or lw in rules.role_words or lw in _NAME_JOINERS for w, lw in zip(words, lowered))


def _names_and_outlet(text: str) -> tuple[str, str | None]:
    """A byline's names and the outlet it names in brackets after them ("Jane Doe (The Valley
    Post)"): a few capitalised words, no digits."""
    m = re.fullmatch(r"(?P<names>[^()]+?)\s*\((?P<outlet>(?-i:[A-Z])[^()\d@/]{1,58})\)", text.strip())
    if m is None or len(m.group("outlet").split()) > 6 \
            or not all(w[0].isupper() or w in _NAME_JOINERS for w in m.group("outlet").split()):
        return text, None
    return m.group("names"), m.group("outlet").strip()


def _name_with_role(text: str, rules: Rules | None) -> str:
    """A byline's name without the role after its comma ("Jane Doe, staff reporter")."""
    name, sep, role = text.partition(",")
    if sep and rules is not None and 1 <= len(role.split()) <= 4 and not re.search(r"[\d@()]", role) \
            and any(w.lower() in rules.role_words for w in role.split()):
        return name
    return text


def _unsigned_byline(text: str, author: str | None, rules: Rules | None = None) -> str | None:
    """A byline without "By": "Jane Doe | 4 March 2026 | The Desk", "Jane Doe, Athens — Friday
    6 March 2026" or "Jane Doe, staff reporter | Input 2026.03.04 10:15": a name (and a role),
    then a part that is only a date. Returns the date ("" if unread)."""
    if len(text) > 200 or "\n" in text:
        return None
    parts = [p for p in _BYLINE_SEPARATOR.split(text) if p]
    if len(parts) < 2 or not _looks_like_name(_name_with_role(parts[0], rules), author):
        return None
    for part in parts[1:]:
        dl = _dateline(part)
        if dl is not None:
            return dl[0] or ""
    return None


_LABEL_PUNCT = re.compile(r"[\d.!?,;:\"“”‘’()]")
_LABEL_SEPARATOR = re.compile(r"\s[|/•·»›>]\s")


def _label_kind(text: str, rules: Rules) -> str | None:
    """Whether a short line reads as a masthead ("EXAMPLE NEWSWIRE", "Gulf Coast Press Agency")
    or a section label ("World | Africa", "Health") rather than a headline: "masthead", "kicker"
    or None."""
    words = [w for w in text.split() if w not in ("|", "/", "•", "·", "»", "›", ">", "-", "–", "—")]
    if not 1 <= len(words) <= 6 or len(text) > 60 or _LABEL_PUNCT.search(text):
        return None
    if _masthead_outlet(text, rules):
        return "masthead"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "masthead"
    # An outlet's name ends with its newspaper word ("... Press Agency", "... Today - English edition").
    # A newspaper word alone is a section ("News | Business | Energy"), not a name.
    ends = [p.split()[-1] for p in re.split(r"\s[-–—|/]\s", text) if len(p.split()) >= 2 or p.strip() == text.strip()]
    if any(w[0].isupper() and w.split("-")[-1].lower() in rules.masthead_words for w in ends):
        return "masthead"
    if _LABEL_SEPARATOR.search(text) or (len(words) <= 2 and all(w[0].isupper() for w in words if w[0].isalpha())):
        return "kicker"
    return None


def _headline_below_labels(blocks, first: int, drop, shielded, rules: Rules) -> tuple[int, list[tuple[int, str]]]:
    """The headline of a copied page and the labels above it. The first title-like line is the
    headline unless it is a masthead or section label and a longer title-like line follows it
    before the byline, dateline or first paragraph; a line repeated later in the text (pages
    print their headline twice) is the headline when only short lines stand above it."""
    candidates: list[int] = []
    for i in range(first, min(len(blocks), first + 8)):
        if i in drop:
            continue
        text = blocks[i].text
        if i in shielded or _dateline(text) is not None:
            break
        rule = _rule_for(text, rules)
        if rule is not None:
            if rule.id == "byline":
                break
            continue  # boilerplate between the lines (a breadcrumb): dropped by its rule below
        if not (_looks_like_headline(text) or _label_kind(text, rules)) or len(candidates) == 4:
            break
        candidates.append(i)
    if len(candidates) < 2:
        return first, []
    words = [len(blocks[i].text.split()) for i in candidates]
    keys = [_norm(blocks[i].text) for i in candidates]
    after = {_norm(b.text) for b in blocks[candidates[-1] + 1:]}
    chosen = 0
    if keys[0] not in after:
        kinds = [_label_kind(blocks[i].text, rules) for i in candidates]
        for k in range(1, len(candidates)):
            # a label under a masthead ("Example Observer" / "News | Business | Energy") is no
            # headline when a longer line that is no label follows it
            if kinds[k] and any(not kinds[j] and words[j] > words[k] for j in range(k + 1, len(candidates))):
                continue
            shorter = all(words[j] < words[k] for j in range(k))
            if shorter and (all(kinds[:k]) or (keys[k] in after and all(w <= 6 for w in words[:k]))):
                chosen = k
                break
            if not kinds[k]:
                break
    labels = [(i, _label_kind(blocks[i].text, rules) or "above") for i in candidates[:chosen]]
    return candidates[chosen], labels


_CREDIT_SEPARATOR = re.compile(r"\s*[|·•,]\s*|\s+[—–-]\s+")


def _outlet_in_name(name: str, rules: Rules) -> str | None:
    """`name` when it reads as an outlet's: a known outlet, or a few capitalised words with a
    newspaper word ("Valley News", "The Coast Ledger"), and no reporter's role ("Europe
    correspondent", "Staff Reporter")."""
    name = name.strip(" .;:")
    known = rules.outlet_named(name)
    if known:
        return known
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"[\d@/()]", name):
        return None
    lowered = [w.lower().strip(".,'’") for w in words]
    if any(w in rules.role_words for w in lowered) or not all(w[0].isupper() or w in _NAME_JOINERS for w in words):
        return None
    return name if any(w in rules.masthead_words for w in lowered) else None


_NAME_JOINERS = {"of", "the", "and", "&", "de", "du", "la", "le", "el", "al"}


def _edition_tail(part: str, rules: Rules) -> bool:
    """A byline's edition label after the outlet's name ("English Edition", "International
    edition", "Online edition"): up to three words ending in an edition word."""
    words = part.strip(" .;:").split()
    return 1 <= len(words) <= 3 and words[-1].lower() in rules.edition_words


def _byline_outlet(text: str, rules: Rules) -> str | None:
    """The outlet a byline names after the author: "By Jane Doe | The Coast Herald", "By Jane
    Doe, Valley News"."""
    credit = re.sub(r"^\(?by\s+", "", text.strip(), flags=re.I)
    # "Gazeta Example – English Edition": the name before the edition its dash joins it to.
    for segment in re.split(r"\s*[|·•,]\s*", credit)[1:]:
        m = re.match(r"^(?P<name>.+?)\s+[—–-]\s+(?P<tail>[^—–-]+)$", segment)
        if m is None:
            continue
        name, tail = m.group("name").strip(" .;:"), m.group("tail")
        words = name.split()
        if _edition_tail(tail, rules) and 1 <= len(words) <= 6 and not re.search(r"[\d@/()]", name) \
                and all(w[0].isupper() or w in _NAME_JOINERS for w in words) \
                and not any(w.lower().strip(".,'’") in rules.role_words for w in words):
            return rules.outlet_named(name) or name
    parts = [p for p in _CREDIT_SEPARATOR.split(credit) if p]
    for part in parts[1:]:
        if _dateline(part) is not None or _edition_tail(part, rules):
            continue
        outlet = _outlet_in_name(part, rules)
        if outlet:
            return outlet
    return None


def _copyright_outlet(text: str, rules: Rules) -> str | None:
    """The outlet a copyright line names: "© 2024 Harbour Daily Ltd. All rights reserved." is
    Harbour Daily; a photographer's "© Jane Doe" or a picture's "© Reuters" is no outlet (a
    year, a company suffix or "All rights reserved" must show a copyright line, and a known
    outlet, a newspaper word, a company suffix or "All rights reserved" an outlet's name)."""
    m = re.match(r"^\s*(?:©|ⓒ|\(c\)|copyright)(?:\s*(?:©|ⓒ|\(c\)))?\s*(?P<rest>.*)$", text, re.I) \
        or re.match(r"^(?P<rest>[^©ⓒ]{2,60}?)\s*(?:©|ⓒ|\(c\))\s*\d{4}\b.*$", text, re.I)
    if not m:
        return None
    rest = m.group("rest")
    reserved = re.search(r"\ball rights reserved\b", text, re.I) is not None
    year = re.search(r"\b(?:19|20)\d\d\b", text) is not None
    rest = re.split(r"\s*[.|]\s+|\s*[.|,]?\s*all rights reserved", rest, maxsplit=1, flags=re.I)[0]
    rest = re.sub(r"^(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)|(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)$", "", rest.strip()).strip(" .,")
    company = False
    for suffix in sorted(rules.company_suffixes, key=len, reverse=True):
        m2 = re.search(rf",?\s+{re.escape(suffix)}\.?$", rest, re.I)
        if m2:
            rest, company = rest[: m2.start()].strip(" .,"), True
            break
    words = rest.split()
    if not 1 <= len(words) <= 6 or re.search(r"[\d@/()]", rest) or not words[0][0].isupper():
        return None
    if not (year or reserved or company):  # "© Reuters" under a picture credits the picture
        return None
    if rules.outlet_named(rest):
        return rules.outlet_named(rest)
    lowered = [w.lower().strip(".,'’") for w in words]
    if company or reserved or any(w in rules.masthead_words for w in lowered):
        return rest
    return None


def _masthead_name(text: str, rules: Rules) -> str | None:
    """An unknown outlet's name from its masthead, when a newspaper word shows it is one ("JAMBO
    NEWS ONLINE" is "Jambo News Online"; "BBC NEWS" keeps its acronym); the first part of a line
    "Name - English edition"."""
    name = re.split(r"\s[-–—|/]\s", text.strip())[0].strip()
    words = name.split()
    if not words or not any(w.lower().strip(".,") in rules.masthead_words for w in words):
        return None
    if name.isupper():
        name = " ".join(w if len(w) <= 3 else w.capitalize() for w in words)
    return name


def _masthead_outlet(text: str, rules: Rules) -> str | None:
    """A known outlet named by a masthead line, alone or as one of its parts."""
    parts = [text] + [p for p in re.split(r"\s[-–—|/]\s", text) if p.strip()]
    return next((o for o in map(rules.outlet_named, parts) if o), None)


_MONTHS = load_data("dates")["months"]
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# "PORTVALE/EASTON, Oct 25 (Agency) - ", "LAGOS, 4 May - ": a place, then a day and a month, then
# an optional agency and a dash (Reuters and AP house style).
_WIRE_DATELINE = re.compile(
    r"^(?-i:[A-Z])[\w.'’/-]*(?: [\w.'’/-]+){0,3}(?:, (?-i:[A-Z])[\w.'’-]*(?: [\w.'’-]+){0,2})?,\s+"
    r"(?:" + _MONTH + r"\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+" + _MONTH.replace("month", "month2") + r")"
    r"\s*(?:\([^()]{1,40}\)\s*)?[—–-]\s", re.I)
_COPYRIGHT_YEAR = re.compile(r"(?:©|ⓒ|\(c\)|copyright)[^\n]{0,80}?\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b", re.I)


def _dateline_with_year(blocks, drop) -> str | None:
    """The day of a wire dateline that prints day and month only, its year read from the page's
    copyright line (the last year of a span); none when the lines name no year or several."""
    head = next((_WIRE_DATELINE.match(blocks[i].text) for i in range(min(len(blocks), 12))
                 if i not in drop and _WIRE_DATELINE.match(blocks[i].text)), None)
    if head is None:
        return None
    years = {int(m.group(2) or m.group(1)) for b in blocks for m in [_COPYRIGHT_YEAR.search(b.text)] if m}
    if len(years) != 1:
        return None
    month = _MONTHS[(head.group("month") or head.group("month2")).lower()]
    day, year = int(head.group("day") or head.group("day2")), years.pop()
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def clean(doc: RawDocument, rules: Rules, overrides: Overrides | None = None) -> Cleaned:
    overrides = overrides or Overrides()
    blocks = list(doc.blocks)
    meta = Metadata(**{k: getattr(doc.meta, k) for k in Metadata.FIELDS})
    provenance = {k: "file" for k in Metadata.FIELDS if getattr(meta, k)}
    removed: dict[int, list[Removed]] = {}  # by block index, in block order
    drop: dict[int, Removed] = {}
    kinds: dict[int, str] = {}
    quote_groups: dict[int, list[int]] = {}  # first index -> indices merged into one quote
    credited: dict[str, str | None] = {}  # the outlet a byline or a copyright line names

    def set_meta(key: str, value: str | None) -> None:
        if value and not getattr(meta, key):
            setattr(meta, key, value)
            provenance[key] = "text"

    def mark(i: int, reason: str, rule: str) -> None:
        drop[i] = Removed(blocks[i].text, reason, blocks[i].line, rule)

    # An editor's word first: forced drops; forced keeps are shielded from every rule below.
    shielded = {i for i, b in enumerate(blocks) if overrides.keeps(b.text)}
    for i, b in enumerate(blocks):
        reason = overrides.drop_reason(b.text)
        if reason is not None and i not in shielded:
            mark(i, reason, "annotation")

    # A "date YYYY-MM-DD" prefix glued to the first sentence.
    for i in range(min(3, len(blocks))):
        m = _DATE_PREFIX.match(blocks[i].text)
        if m and i not in drop:
            removed.setdefault(i, []).append(
                Removed(m.group("prefix"), "date prefix glued to the first sentence", blocks[i].line, "date-prefix")
            )
            set_meta("date", m.group("date"))
            blocks[i] = replace(blocks[i], text=m.group("rest"))

    # A place-and-weekday dateline leading the first paragraph ("Kyiv, Tuesday — ...").
    for i in [i for i in range(len(blocks)) if i not in drop][:4]:
        m = _WEEKDAY_LEAD.match(blocks[i].text)
        if m and i not in shielded:
            reason = "dateline (place and weekday) leading the first paragraph"
            removed.setdefault(i, []).append(Removed(m.group("prefix"), reason, blocks[i].line, "dateline-lead"))
            blocks[i] = replace(blocks[i], text=m.group("rest"))
            break

    # Credits closing a wire story's last paragraph: "... near the town. (Reporting by Jane Roe;
    # Editing by John Doe)".
    for i, b in enumerate(blocks):
        m = _TRAILING_CREDITS.search(b.text)
        if m and m.start() > 0 and i not in shielded and i not in drop:
            removed.setdefault(i, []).append(
                Removed(m.group("credits"), "credits at the end of a paragraph (reporters and editors)", b.line, "closing-credits"))
            blocks[i] = replace(b, text=b.text[: m.start()].rstrip())

    # Boilerplate above the headline ("Listen to this article") is not the headline.
    for i, b in enumerate(blocks[:4]):
        if i in drop:
            continue
        rule = _rule_for(b.text, rules)
        if rule is None or i in shielded:
            break
        mark(i, rule.reason, rule.id)
        if rule.id == "byline":
            set_meta("date", _block_date(b.text))
            credited.setdefault("byline", _byline_outlet(b.text, rules))

    # The headline: the file's title, or the first block when it reads as one, or a longer one
    # below a masthead or section label.
    header_end = 0
    first = next((i for i in range(len(blocks)) if i not in drop), None)
    if first is not None and meta.title is None and first not in shielded \
            and (_looks_like_headline(blocks[first].text) or _label_kind(blocks[first].text, rules)):
        first, labels = _headline_below_labels(blocks, first, drop, shielded, rules)
        for i, kind in labels:
            if kind == "kicker":
                mark(i, "section label above the headline (kicker)", "kicker")
            elif kind == "masthead":
                mark(i, "outlet name above the headline (masthead)", "masthead")
                set_meta("outlet", _masthead_outlet(blocks[i].text, rules) or _masthead_name(blocks[i].text, rules))
            else:
                mark(i, "line above the headline that the page prints again below (masthead or label)", "masthead")
    if first is not None:
        b = blocks[first]
        is_title = meta.title is not None and _title_key(b.text) == _title_key(meta.title)
        repeated = any(_title_key(o.text) == _title_key(b.text) for o in blocks[first + 1 :])
        if not is_title and meta.title is None and first not in shielded and (
            b.kind == "heading" or _looks_like_headline(b.text) or (repeated and len(b.text) <= 250)
        ) and _dateline(b.text) is None:
            set_meta("title", b.text)
            is_title = True
        if is_title and first not in shielded:
            mark(first, "headline (shown as the page title)", "headline")
            header_end = first + 1

    title_key = _title_key(meta.title) if meta.title else None
    for i, b in enumerate(blocks):
        if i in drop or i in shielded:
            continue
        if title_key and _title_key(b.text) == title_key:
            mark(i, "headline repeated in the body", "repeated-headline")
            header_end = max(header_end, i + 1) if i <= 6 else header_end
            continue
        dl = _dateline(b.text)
        if dl is not None:
            iso, counter = dl
            mark(i, "dateline and read counter" if counter else "dateline", "dateline")
            set_meta("date", iso)
            if i <= 6:
                header_end = max(header_end, i + 1)
            continue
        if _POST_SIGNATURE.search(b.text):
            group = [i]
            if _POST_SIGNATURE.match(b.text):  # a bare signature line closes a multi-line post
                j = i - 1
                # A line already in another post's quotation stays there (nothing twice, nothing lost).
                while j >= 0 and j not in drop and j not in kinds and _LIST_ITEM.match(blocks[j].text):
                    group.insert(0, j)
                    j -= 1
                if j >= 0 and j not in drop and j not in kinds:
                    group.insert(0, j)
            for j in group:
                kinds[j] = "quote"
            quote_groups[group[0]] = group
            continue
        if b.text.endswith(_ELLIPSIS) and len(b.text) >= 30:
            stem = _norm(b.text.rstrip("….").rstrip())
            neighbours = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
            if any(_norm(n.text).startswith(stem) and len(n.text) > len(b.text) - 2 for n in neighbours):
                mark(i, "truncated duplicate of a neighbouring line (image caption)", "truncated-duplicate")
                continue
        rule = _rule_for(b.text, rules)
        if rule is not None:
            mark(i, rule.reason, rule.id)
            if rule.id == "byline":  # its date is the article's ("By Jane Doe | 19 Oct 2026")
                set_meta("date", _block_date(b.text))
                credited.setdefault("byline", _byline_outlet(b.text, rules))
            elif rule.id == "copyright":
                credited.setdefault("copyright", _copyright_outlet(b.text, rules))
        if i in drop:
            continue
        if i <= 8:
            day = _place_dateline(b.text)
            if day is not None:
                mark(i, "dateline (place, date and time)", "dateline")
                set_meta("date", day or None)
                header_end = max(header_end, i + 1)
                continue
            day = _unsigned_byline(b.text, meta.author, rules)
            if day is not None:
                mark(i, "byline without “By” (the author's name and the date)", "author-line")
                set_meta("date", day or None)
                header_end = max(header_end, i + 1)
                continue
            # The authors' names above the dateline ("Jane Doe and John Roe" / "May 4, 2026 · 10:15").
            # "Jane Doe (The Valley Post)": the outlet in brackets after the names.
            nxt = next((j for j in range(i + 1, len(blocks)) if j not in drop), None)
            names, outlet_part = _names_and_outlet(b.text)
            if nxt is not None and _looks_like_names(names, meta.author) and (
                    _dateline(blocks[nxt].text) is not None or _place_dateline(blocks[nxt].text) is not None):
                mark(i, "byline without “By” (the authors' names above the dateline)", "author-line")
                credited.setdefault("byline", outlet_part)
                header_end = max(header_end, i + 1)
                continue
            # A byline on two lines: the name, then the role ("Jane Roe" / "Legal Correspondent").
            nxt = next((j for j in range(i + 1, len(blocks)) if j not in drop), None)
            if nxt is not None and nxt not in shielded and _looks_like_name(b.text, meta.author) \
                    and _role_line(blocks[nxt].text, rules):
                for j in (i, nxt):
                    mark(j, "byline on two lines (the author's name and role)", "author-line")
                set_meta("author", b.text)
                header_end = max(header_end, nxt + 1)
                continue
        outlet = rules.outlet_named(b.text)
        if outlet and len(b.text.split()) <= 5:
            mark(i, "source credit (outlet name alone on a line)", "outlet-credit")
            set_meta("outlet", outlet)
            continue

    # Links and tags listed under a "Related:" / "More about:" heading.
    for i in sorted(drop):
        rule = next((r for r in rules.rules if r.id == drop[i].rule), None)
        if rule is None or not rule.list_heading or drop[i].reason != rule.reason:
            continue
        j = i + 1
        while j < len(blocks) and j not in shielded and j not in kinds:
            if j in drop:
                if drop[j].rule == "dateline":  # a timestamp opens the next entry (a live blog)
                    break
                j += 1
                continue
            # a truncated headline ("Seoul shares slide as chipmakers extend losses for third str...")
            listed = re.sub(r"\s*(?:…|\.\.\.)$", "", blocks[j].text)
            if not _looks_like_headline(listed) or len(listed.split()) > 16:
                break
            mark(j, f"link or tag listed under “{blocks[i].text.rstrip(': ')}”", rule.id)
            j += 1

    # The lead picture's caption, above its credit line, between the page's header and the
    # article ("Volunteers fill sandbags on the quay on Monday." / "Photo: Jane Roe / Example
    # News"): a short line that reports no one's words. Lower in the text a line above a credit
    # may be a paragraph under which a picture without caption stands: kept.
    for i in sorted(j for j in drop if drop[j].rule == "photo-credit"):
        c = i - 1
        if c >= 1 and all(j in drop for j in range(c)) and c not in shielded and c not in kinds \
                and _credit_of_a_picture(blocks[i].text) and _caption_like(blocks[c].text):
            mark(c, "image caption (the line above its photo credit)", "caption-above-credit")

    # A section label (kicker) above the article: a word or two alone before its first paragraph.
    for i, b in enumerate(blocks[:6]):
        if i in drop or i in kinds:
            continue
        words = b.text.split()
        if i in shielded or not (1 <= len(words) <= 3 and len(b.text) <= 40) or _KICKER_PUNCT.search(b.text) \
                or not all(w[0].isupper() for w in words if w[0].isalpha()):
            break
        mark(i, "section label above the article (kicker)", "kicker")

    # A wire dateline with day and month only ("PORTVALE, Oct 25 (Agency) - ..."): the year from
    # the copyright line ("(c) Agency 2024."), when the page prints no other date.
    if not meta.date:
        set_meta("date", _dateline_with_year(blocks, drop))

    # The outlet a byline names after the author ("By Jane Doe | The Coast Herald").
    set_meta("outlet", credited.get("byline"))
    # A newsroom naming itself in its own copy gives the outlet.
    for i, b in enumerate(blocks):
        if i not in drop:
            for pattern in rules.self_references:
                m = pattern.search(b.text)
                if m and len(m.group("outlet").split()) <= 5:
                    set_meta("outlet", m.group("outlet"))
    # Last, the owner a copyright line names ("© 2024 Harbour Daily Ltd."); it spells out the
    # initials an agency dateline gave ("PORTVALE, May 4 (VRP) –" by "Valley River Post").
    owner = credited.get("copyright")
    if owner and meta.outlet and provenance.get("outlet") == "text" and meta.outlet.isupper() \
            and meta.outlet == "".join(w[0] for w in owner.split() if w[0].isupper() and w.lower() != "the"):
        meta.outlet = owner
    set_meta("outlet", owner)

    paragraphs: list[Paragraph] = []
    all_removed: list[Removed] = list(doc.dropped)
    merged = {j for g in quote_groups.values() for j in g[1:]}
    for i, b in enumerate(blocks):
        all_removed.extend(removed.get(i, []))
        if i in drop:
            all_removed.append(drop[i])
            continue
        if i in merged:
            continue
        if i in quote_groups:
            text = "\n".join(blocks[j].text for j in quote_groups[i])
            paragraphs.append(Paragraph(text, "quote", b.line))
            continue
        kind = kinds.get(i) or (b.kind if b.kind in ("quote", "standfirst") else "text")
        if kind == "text" and i < header_end and not paragraphs and b.kind != "heading":
            kind = "standfirst"
        paragraphs.append(Paragraph(b.text, kind, b.line))

    if not meta.title:
        meta.title = derive_title(paragraphs) or None
        if meta.title:
            provenance["title"] = "derived"
    return Cleaned(paragraphs, all_removed, meta, provenance)


def derive_title(paragraphs: list[Paragraph], limit: int = 90) -> str:
    """A title from the first sentence of the body, for articles that show none."""
    for p in paragraphs:
        if p.kind == "quote":
            continue
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", p.text.strip(), maxsplit=1)[0].rstrip(".")
        if len(sentence) <= limit:
            return sentence
        cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
        return cut + "…"
    return ""
