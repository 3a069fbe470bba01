"""Sentences and words of a paragraph, as character spans (so quotes stay verbatim)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_data

# A sentence ends at . ! ? (or a closing quote after one) followed by space and a capital, a
# digit or an opening quote; never inside a quotation, never after a lone initial or "Mr.".
_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(\[]?[^\W_a-z])|\n+")
_ABBREV = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bLt|\bCol|\bMaj|\bCapt|\bSgt|\bCpl|\bAdm|\bBrig|\bCmdr|\bSupt|\bSen|\bRep|\bGov|\bNo|\bvs|\bJr|\bSr|\bU\.S|\bU\.K|\bU\.N|\bInc|\bCorp|\bCo)\.$")
_OPEN, _CLOSE = "“‘", "”’"
MASK = re.compile(r"https?://\S+|\bpic\.twitter\.com/\S+|\bwww\.\S+|(?<!\w)@\w+|\S+@\S+\.\w+")
WORD = re.compile(r"(?:[A-Z]\.){2,}|#?[^\W\d_][\w]*(?:[-'’][\w]+)*\.?|\d[\d,.]*\w*")


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
            if _ABBREV.search(before) or _inside_quote(text[start:], end - start):
                continue
            if re.search(r"\b[ap]\.m\.$", text[start:end]) and _day_follows(text[end:]):
                continue  # "at 5:12 p.m. Friday, 28 minutes before": the time of a day goes on
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


def _day_follows(rest: str) -> bool:
    """Whether a weekday or month name comes next ("p.m. Friday", "a.m. 7 August" is a date too)."""
    from ..dates import calendar_words
    months, weekdays = calendar_words()
    first = re.match(r"\s*(?:on\s+)?([A-Za-z]+)", rest)
    return first is not None and (first.group(1).lower() in weekdays or first.group(1).lower() in months)


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
