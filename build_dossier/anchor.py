"""Anchoring an editor's quote in a source, as the W3C Web Annotation TextQuoteSelector does.

An editor types (or pastes) a passage: `exact`, with an optional `prefix` and `suffix` to tell
repeats apart. Matching forgives what retyping changes -- whitespace, curly vs straight quotes,
dash variants, letter case, "…" vs "..." -- and an offset map leads back to the original text, so
the stored quote is always the verbatim substring of the paragraph (the dossier.json rule).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache

# Typographic variants an editor cannot be expected to retype exactly.
_SINGLE_QUOTES = "‘’‚‛′‹›`´"
_DOUBLE_QUOTES = "“”„‟″«»"
_DASHES = "‐‑‒–—―−﹘﹣－"
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
_FOLD = {**{c: "'" for c in _SINGLE_QUOTES}, **{c: '"' for c in _DOUBLE_QUOTES},
         **{c: "-" for c in _DASHES}, "…": "...", "\u00ad": ""}


_TABLE = str.maketrans({**_FOLD, **{c: "" for c in _ZERO_WIDTH}})


def quick_fold(text: str) -> str:
    """`fold` without the offset map, at C speed: for yes/no questions (is this name here?)."""
    return " ".join(text.translate(_TABLE).casefold().split())


def has_word(folded: str, name: str) -> bool:
    """Whether `name` (folded) occurs in `folded` text as whole words."""
    at = folded.find(name)
    while at != -1:
        end = at + len(name)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            return True
        at = folded.find(name, at + 1)
    return False


@dataclass(frozen=True)
class Folded:
    """Text folded for matching, and for each folded character the index it came from."""

    text: str
    origin: array  # compact: folded paragraphs are cached


@lru_cache(maxsize=4096)  # the same paragraphs are searched for every quote and name
def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() or ch in _ZERO_WIDTH:
            if ch.isspace() and out and out[-1] != " ":
                out.append(" ")
                origin.append(i)
            continue
        for c in _FOLD.get(ch, ch).casefold():
            out.append(c)
            origin.append(i)
    while out and out[-1] == " ":
        out.pop()
        origin.pop()
    return Folded("".join(out), array("l", origin))


def fold_text(text: str) -> str:
    """The folded form alone, for comparing names and lines."""
    return fold(text).text.strip()


@dataclass(frozen=True)
class Span:
    paragraph: int  # 0-based index into the paragraphs searched
    start: int
    end: int


class AnchorError(Exception):
    """The quote is not found (count 0) or found more than once (count > 1)."""

    def __init__(self, count: int, near_misses: int = 0):
        super().__init__(count)
        self.count = count
        self.near_misses = near_misses  # matches of `exact` that the prefix/suffix ruled out


def find_all(paragraphs: list[str], exact: str) -> list[Span]:
    """Every place `exact` occurs (folded), overlapping ones included, in reading order."""
    needle = fold_text(exact)
    if not needle:
        return []
    spans = []
    for i, paragraph in enumerate(paragraphs):
        if needle not in quick_fold(paragraph):  # the same folding, without the slow offset map
            continue
        hay = fold(paragraph)
        at = hay.text.find(needle)
        while at != -1:
            end = at + len(needle)
            spans.append(Span(i, hay.origin[at], hay.origin[end - 1] + 1))
            at = hay.text.find(needle, at + 1)
    return spans


def locate(paragraphs: list[str], exact: str, prefix: str | None = None,
           suffix: str | None = None) -> tuple[int, int, int]:
    """(paragraph index, start, end) of the one place the quote anchors; AnchorError otherwise.

    `prefix` must end right before the passage and `suffix` start right after it (whitespace
    between them is ignored), within the same paragraph.
    """
    spans = find_all(paragraphs, exact)
    candidates = [s for s in spans if _fits(paragraphs[s.paragraph], s, prefix, suffix)]
    if len(candidates) != 1:
        raise AnchorError(len(candidates), near_misses=len(spans) - len(candidates))
    s = candidates[0]
    return s.paragraph, s.start, s.end


def _fits(paragraph: str, span: Span, prefix: str | None, suffix: str | None) -> bool:
    if prefix and prefix.strip() and not fold_text(paragraph[: span.start]).endswith(fold_text(prefix)):
        return False
    if suffix and suffix.strip() and not fold_text(paragraph[span.end :]).startswith(fold_text(suffix)):
        return False
    return True
