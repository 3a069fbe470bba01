"""Figures: counts, money and percentages, with what they count, who gives them and when.

Each number is read with its qualifier ("about", "nearly", "up to"), range ("5,000-7,000"),
multiplication ("two brigades of 6,000 troops each" = 12,000, the expression kept) and total
("3,000 of a promised 10,000"). What it counts is the noun phrase after it, normalised to a head
noun (data/figures.yaml synonyms), the actor it belongs to ("North Korean" -> that country) and
what happened to them ("killed"), so that figures about one quantity share a `unit`.
The same figure in several articles is one claim with a source per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..dates import find_dates
from ..model import Article, Claim, Figure, SourceRef
from ..resources import load_data
from .claims import speaker
from .events import short_slug
from .text import sentences

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")


@dataclass(frozen=True)
class Reading:
    """A figure read in one sentence: its span there and the Figure."""

    start: int
    end: int
    figure: Figure


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> dict:
    data = dict(load_data("figures"))
    data["synonym_of"] = {w: head for head, ws in data["unit_synonyms"].items() for w in ws}
    for key in ("stopwords", "generic_modifiers", "states", "anaphors", "not_before"):
        data[key] = frozenset(w.lower() for w in data[key])
    return data


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = _data()
    long_scales = [s for s in d["scales"] if len(s) > 2]
    short_scales = [s for s in d["scales"] if len(s) <= 2]
    scale = rf"(?:\s+(?P<scale>{_alt(long_scales)})\b|(?P<sscale>{_alt(short_scales)})\b)?"
    figure = re.compile(
        rf"(?<![\w.,/#@:$€£¥-])(?:(?P<qual>{_alt(d['qualifiers'])})\s+)?(?P<between>between\s+)?"
        rf"(?P<cur>{_alt(d['currency_signs'])})?\s?(?P<num>{NUM}){scale}"
        rf"(?:\s*(?:-|–|to|and)\s*(?P=cur)?(?P<num2>{NUM})(?:\s+(?P<scale2>{_alt(long_scales)})\b)?)?"
        rf"(?P<pct>\s?%|\s+(?:{_alt(p for p in d['percent_words'] if p != '%')})\b)?"
        rf"(?:\s+(?P<curw>{_alt(d['currency_words'])})\b)?",
        re.I,
    )
    times = re.compile(
        rf"\b(?P<mult>{_alt(d['number_words'])}|\d+)\s+(?P<group>[a-z]+)\s+of\s+"
        rf"(?:(?P<qual>{_alt(d['qualifiers'])})\s+)?(?P<num>{NUM})\s+(?P<np>(?:[\w’'-]+\s+){{1,5}}?)each\b",
        re.I,
    )
    total = re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,3}}?(?:out\s+)?of\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<num>{NUM})"
                       rf"(?:\s+(?P<scale>{_alt(long_scales)})\b)?", re.I)
    return figure, times, total


def _number(text: str, scale: str | None = None) -> float:
    value = float(text.replace(",", ""))
    if scale:
        value *= _data()["scales"][scale.lower()]
    return int(value) if value == int(value) else value


def _noun_phrase(rest: str, percent: bool) -> tuple[list[re.Match], list[str], int]:
    """The words counted, right after a number: (kept word matches, states, end offset)."""
    d = _data()
    words = list(_WORD.finditer(rest))
    i = 0
    if percent or (len(words) > 1 and words[0].group().lower() == "of"):
        # "0.25% of its GDP", "5,000 of its soldiers"
        if words and words[0].group().lower() == "of":
            i = 1
            while i < len(words) and words[i].group().lower() in d["generic_modifiers"]:
                i += 1
    kept: list[re.Match] = []
    first = i
    while i < len(words) and len(kept) < 5:
        w = words[i].group()
        if not w[0].isalpha() or w.lower() in d["stopwords"]:
            break
        kept.append(words[i])
        i += 1
    while kept and kept[-1].group().islower() and re.search(r"(ed|ing|ly)$", kept[-1].group()) \
            and kept[-1].group().lower() not in d["synonym_of"]:
        kept.pop()
    states = [w.group().lower() for w in kept[:-1] if w.group().lower() in d["states"]]
    # What happened to them, just after: "600 soldiers have been killed or wounded"
    j = words.index(kept[-1]) + 1 if kept else first
    aux = {"have", "has", "had", "been", "were", "was", "are", "is", "being", "reportedly", "or",
           "and", "were", "left", "now", "already", "confirmed"}
    for w in words[j:j + 6]:
        low = w.group().lower()
        if low in d["states"]:
            states.append(low)
        elif low not in aux:
            break
    end = kept[-1].end() if kept else 0
    return kept, states, end


def read_figures(text: str, ref: str | None = None, index=None) -> list[Reading]:
    """Every figure in one sentence `text` (the article's date `ref` resolves the date it refers to)."""
    d = _data()
    figure_re, times_re, total_re = _patterns()
    dates = find_dates(text, ref)
    taken = [(x.start, x.end) for x in dates]
    found: list[Reading] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    for m in times_re.finditer(text):
        mult = m.group("mult").lower()
        n = d["number_words"].get(mult) or int(mult)
        np_start = m.start("np")
        kept, states, _ = _noun_phrase(m.group("np"), False)
        if not kept or not free(m.start(), m.end()):
            continue
        fig = _count(text, kept, states, np_start, m.start(), index)
        value = n * _number(m.group("num"))
        qual = d["qualifiers"].get((m.group("qual") or "").lower())
        found.append(Reading(m.start(), m.end(), replace(fig, value=value, expression=m.group(0), qualifier=qual)))
        taken.append((m.start(), m.end()))

    for m in figure_re.finditer(text):
        if not m.group("num") or not free(m.start("num"), m.end("num")):
            continue
        after = text[m.end():m.end() + 1]
        if after.isalnum() or after in (":",) or (after == "." and text[m.end() + 1:m.end() + 2].isdigit()):
            continue
        before = text[:m.start()].lower().split()
        if before and (before[-1] in d["not_before"] or " ".join(before[-2:]) in d["not_before"]):
            continue
        cur = m.group("cur") or m.group("curw")
        pct = m.group("pct")
        num = m.group("num")
        if re.fullmatch(r"(1[89]|20)\d\d", num) and not (cur or pct or m.group("scale")):
            continue  # a year
        value = _number(num, m.group("scale") or m.group("sscale"))
        high = _number(m.group("num2"), m.group("scale2") or m.group("scale") or m.group("sscale")) \
            if m.group("num2") else None
        if high is not None and high <= value:
            high = None  # "5 to 3" is not a range
        qual = d["qualifiers"].get((m.group("qual") or "").lower())
        rest = text[m.end():]
        kept, states, np_end = _noun_phrase(rest, bool(pct))
        if pct:
            noun = rest[kept[0].start():kept[-1].end()] if kept else ""
            fig = Figure(value=value, unit="%" + (f" of {noun.lower()}" if noun else ""), kind="percent", noun=noun)
        elif cur:
            code = d["currency_signs"].get(cur) or d["currency_words"].get(cur.lower())
            head = _head(kept)
            noun = rest[kept[0].start():kept[-1].end()] if kept else ""
            fig = Figure(value=value, unit=code + (f" {head}" if head else ""), kind="money", noun=noun)
        elif kept:
            fig = _count(text, kept, states, m.end(), m.start(), index)
        elif states:  # "1,500 displaced"
            fig = Figure(value=value, unit="/".join(states), kind="count")
        elif _refers_back(text[:m.start()]) and found_before(found, m.start()) is None:
            fig = Figure(value=value, unit="", kind="count")  # unit filled from the previous figure
        else:
            continue
        end = m.end() + np_end if kept else m.end()
        tot = total_re.match(text[end:])
        total = None
        if tot and not pct:
            total = _number(tot.group("num"), tot.group("scale"))
            end += tot.end()
        start = m.start()
        fig = replace(fig, value=value, expression=text[start:end].strip(), qualifier=qual, total=total,
                      low=value if high is not None else None, high=high)
        found.append(Reading(start, end, fig))
        taken.append((start, end))

    date = next((x.iso for x in dates), None)
    return sorted((replace(r, figure=replace(r.figure, date=date)) for r in found), key=lambda r: r.start)


def found_before(found: list[Reading], start: int) -> Reading | None:
    """A figure with a unit earlier in the same sentence (then "this number" means that one)."""
    earlier = [r for r in found if r.start < start and r.figure.unit]
    return earlier[-1] if earlier else None


def _refers_back(before: str) -> bool:
    words = re.findall(r"[a-z]+", before.lower())
    return any(w in _data()["anaphors"] for w in words)


def _head(kept: list[re.Match]) -> str:
    if not kept:
        return ""
    head = kept[-1].group().lower()
    return _data()["synonym_of"].get(head, head)


def _count(text: str, kept: list[re.Match], states: list[str], offset: int, number_start: int, index) -> Figure:
    """A count whose noun phrase is `kept` (matches in text[offset:])."""
    d = _data()
    noun = text[offset + kept[0].start():offset + kept[-1].end()]
    about = None
    modifiers: list[str] = []
    if index is not None:
        for s, _e, actor_id in index.mentions_in(noun):
            if s < kept[-1].start() - kept[0].start():
                about = actor_id
                break
    covered = _actor_words(noun, index) if about else set()
    for w in kept[:-1]:
        low = w.group().lower()
        if low in d["generic_modifiers"] or low in d["states"] or low in covered:
            continue
        modifiers.append(low)
    if about is None and index is not None:
        clause_start = max(text.rfind(";", 0, number_start), text.rfind(":", 0, number_start), 0)
        before = [x for x in index.mentions_in(text) if clause_start <= x[0] and x[1] <= number_start]
        if before:
            about = before[-1][2]
    unit = " ".join(modifiers + [_head(kept)] + ["/".join(sorted(set(states), key=states.index))] * bool(states))
    return Figure(value=0, unit=unit, kind="count", noun=noun, about=about)


def _actor_words(noun: str, index) -> set[str]:
    return {w.lower() for s, e, _ in index.mentions_in(noun) for w in noun[s:e].split()}


def find_figures(articles: list[Article], index) -> list[Claim]:
    """Figure claims: one per quantity and value, with a source in every article that gives it."""
    merged: dict[tuple, Claim] = {}
    for article in articles:
        previous: Figure | None = None
        for i, paragraph in enumerate(article.paragraphs):
            for s, e in sentences(paragraph.text):
                sentence = paragraph.text[s:e]
                for r in read_figures(sentence, article.date, index):
                    fig = r.figure
                    if not fig.unit:
                        if previous is None or previous.kind != fig.kind:
                            continue
                        fig = replace(fig, unit=previous.unit, about=previous.about, noun=previous.noun)
                    previous = fig
                    key = (fig.kind, fig.unit, fig.about, fig.value, fig.high)
                    ref = SourceRef(article.id, i, sentence)
                    claim = merged.get(key)
                    if claim is None:
                        merged[key] = Claim(
                            id="", text=sentence, kind="figure",
                            actor=speaker(article, i, sentence, index),
                            sources=[ref], found_by=["figures: number with its noun phrase"], figure=fig)
                    elif all((x.article, x.paragraph) != (ref.article, ref.paragraph) for x in claim.sources):
                        claim.sources.append(ref)
                        if claim.actor is None:
                            claim.actor = speaker(article, i, sentence, index)
    taken: set[str] = set()
    claims = list(merged.values())
    for c in claims:
        f = c.figure
        base = short_slug(f"figure {_plain(f.value)} {f.unit} {f.about or ''}")
        c.id, n = base, 2
        while c.id in taken:
            c.id, n = f"{base}-{n}", n + 1
        taken.add(c.id)
    return claims


def _plain(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
