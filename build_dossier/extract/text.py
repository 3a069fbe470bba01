"""Sentences and words of a paragraph, as character spans (so quotes stay verbatim)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_data

# A sentence ends at . ! ? (or a closing quote after one) followed by space and a capital, a
# digit or an opening quote; never inside a quotation, never after a lone initial or "Mr.".
_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(\[]?[^\W_a-z])|\n+")
# "at 9:14 p.m. Saturday", "9 a.m. ET", "on Aug. 7": a clock time followed by its day or time
# zone, and a month's short form followed by its day, are no sentence end.
_WEEKDAY_MONTH = (r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|January|February|March|April"
                  r"|May|June|July|August|September|October|November|December")
_NOT_AN_END = (
    (re.compile(r"\b[ap]\.m\.$", re.I),
     re.compile(rf"\s+(?:{_WEEKDAY_MONTH}|[ECMP][SD]?T|GMT|UTC|BST|CES?T|EET|IST|JST|KST|AE[SD]T)\b")),
    (re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"), re.compile(r"\s+\d")),
)
_OPEN, _CLOSE = "“‘", "”’"
MASK = re.compile(r"https?://\S+|\bpic\.twitter\.com/\S+|\bwww\.\S+|(?<!\w)@\w+|\S+@\S+\.\w+")
WORD = re.compile(r"(?:[A-Z]\.){2,}|#?[^\W\d_][\w]*(?:[-'’][\w]+)*\.?|\d[\d,.]*\w*")


@lru_cache(maxsize=1)
def _abbrev() -> re.Pattern:
    """A lone initial, or an abbreviation of data/sentences.yaml, just before a full stop."""
    words = sorted(load_data("sentences")["abbreviations"], key=len, reverse=True)
    return re.compile(r"(?:\b[A-Z]|" + "|".join(rf"\b{re.escape(w)}" for w in words) + r")\.$")


def _inside_quote(text: str, upto: int) -> bool:
    seg = text[:upto]
    curly = sum(seg.count(c) for c in "“") - sum(seg.count(c) for c in "”")
    straight = len(re.findall(r'(?:^|(?<=[\s(\[—–-]))"', seg)) - len(re.findall(r'"(?=[\s,.;:!?)\]—–-]|$)', seg))
    return curly > 0 or straight > 0


def inside_quote(text: str, upto: int) -> bool:
    """Whether position `upto` of `text` is inside a quotation opened before it."""
    return _inside_quote(text, upto)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`, in order, whitespace trimmed."""
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0)[0] != "\n":
            before = text[start:m.start() + 1]
            if _abbrev().search(before) or _inside_quote(text[start:], end - start):
                continue
            if any(last.search(before) and following.match(text, end) for last, following in _NOT_AN_END):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def words(text: str) -> list[tuple[int, int, str]]:
    """Words with their spans; URLs, @handles and e-mail addresses are skipped."""
    masked = MASK.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    for m in WORD.finditer(masked):
        w, s, e = m.group(0), m.start(), m.end()
        if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            w, e = w[:-1], e - 1
        for suffix in ("’s", "'s"):
            if w.endswith(suffix) and len(w) > 2:
                w, e = w[: -len(suffix)], e - len(suffix)
        out.append((s, e, w))
    return out


def is_capitalised(word: str) -> bool:
    w = word.lstrip("#")
    return bool(w) and w[0].isupper()


@lru_cache(maxsize=1)
def attribution_verbs() -> frozenset[str]:
    """The one-word reporting verbs of data/attribution.yaml, in lower case ("said", "told")."""
    return frozenset(v.lower() for v in load_data("attribution")["verbs"] if " " not in v)


@lru_cache(maxsize=1)
def topic_stopwords() -> frozenset[str]:
    """Words that say nothing of what a sentence is about: the stop words of data/events.yaml and
    data/figures.yaml, in lower case."""
    return frozenset(str(w).lower() for name in ("events", "figures") for w in load_data(name)["stopwords"])
