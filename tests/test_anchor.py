"""Quote anchoring: tolerant matching, verbatim spans, prefix/suffix, not found and ambiguous."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings, strategies as st

from build_dossier.anchor import AnchorError, fold, fold_text, locate

PARAS = [
    "Rutte said the move was “a significant escalation” of Pyongyang’s role.",
    "It was a “dangerous expansion” — of the war — Rutte said.  Rutte said it twice.",
]


def test_exact_quote_is_located_verbatim():
    i, start, end = locate(PARAS, "a significant escalation")
    assert (i, PARAS[i][start:end]) == (0, "a significant escalation")


def test_straight_quotes_dashes_case_and_whitespace_are_forgiven():
    i, start, end = locate(PARAS, 'A "DANGEROUS   expansion" - of the war')
    assert PARAS[i][start:end] == "a “dangerous expansion” — of the war"


def test_curly_apostrophe_typed_straight():
    i, start, end = locate(PARAS, "Pyongyang's role")
    assert PARAS[i][start:end] == "Pyongyang’s role"


def test_ambiguous_quote_reports_the_count():
    with pytest.raises(AnchorError) as exc:
        locate(PARAS, "Rutte said")
    assert exc.value.count == 3


def test_prefix_and_suffix_pick_one_of_several():
    i, start, end = locate(PARAS, "Rutte said", suffix="it twice")
    assert (i, PARAS[i][end:]) == (1, " it twice.")
    i, start, end = locate(PARAS, "Rutte said", prefix="of the war —")
    assert (i, start) == (1, PARAS[1].index("Rutte said."))
    with pytest.raises(AnchorError):  # an empty prefix does not narrow
        locate(PARAS, "rutte SAID", prefix="")


def test_prefix_that_rules_out_every_match_is_not_found():
    with pytest.raises(AnchorError) as exc:
        locate(PARAS, "Rutte said", prefix="Biden")
    assert exc.value.count == 0 and exc.value.near_misses == 3


def test_missing_quote_is_not_found():
    with pytest.raises(AnchorError) as exc:
        locate(PARAS, "a minor escalation")
    assert exc.value.count == 0 and exc.value.near_misses == 0


def test_blank_quote_is_not_found():
    with pytest.raises(AnchorError):
        locate(PARAS, "   ")


def test_fold_maps_every_character_back():
    folded = fold("A  “B”…\u00a0c")
    assert folded.text == 'a "b"... c'
    assert len(folded.origin) == len(folded.text)


# ---------------------------------------------------------------------------------------------
# Properties

ALPHABET = "abcdefgh ABC  ,.’‘“”\"'-–—…\u00a0\n"
SWAPS = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\n": " ", "…": "..."}


def retype(text: str, upper: bool, spaces: int) -> str:
    """How an editor might type a passage: plain quotes and dashes, other case, other spacing."""
    out = "".join(SWAPS.get(c, c) for c in text)
    out = out.upper() if upper else out
    return out.replace(" ", " " * spaces)


@settings(max_examples=300, deadline=None)
@given(
    paragraphs=st.lists(st.text(ALPHABET, min_size=1, max_size=60), min_size=1, max_size=4),
    data=st.data(),
    upper=st.booleans(),
    spaces=st.integers(1, 3),
)
def test_any_substring_retyped_locates_back_to_its_span(paragraphs, data, upper, spaces):
    i = data.draw(st.integers(0, len(paragraphs) - 1))
    p = paragraphs[i]
    start = data.draw(st.integers(0, len(p) - 1))
    end = data.draw(st.integers(start + 1, len(p)))
    piece = p[start:end]
    assume(piece.strip())
    # The span a match can report starts and ends on a non-space character.
    while p[start].isspace():
        start += 1
    while p[end - 1].isspace():
        end -= 1
    needle = fold_text(piece)
    occurrences = sum(_count_overlapping(fold(q).text, needle) for q in paragraphs)
    typed = retype(piece, upper, spaces)
    if occurrences == 1:
        assert locate(paragraphs, typed) == (i, start, end)
    else:
        with pytest.raises(AnchorError) as exc:
            locate(paragraphs, typed)
        assert exc.value.count == occurrences


def _count_overlapping(hay: str, needle: str) -> int:
    return sum(1 for k in range(len(hay)) if hay.startswith(needle, k))


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(st.text("abc .,", max_size=40), max_size=4), word=st.text("xyz", min_size=1, max_size=5))
def test_a_quote_that_is_not_there_is_reported_not_found(paragraphs, word):
    with pytest.raises(AnchorError) as exc:
        locate(paragraphs, word)
    assert exc.value.count == 0


@settings(max_examples=200, deadline=None)
@given(text=st.text(ALPHABET, max_size=80))
def test_found_span_folds_to_the_quote(text):
    assume(text.strip())
    needle = fold_text(text)
    i, start, end = locate([text], retype(text, True, 2))
    assert fold_text(text[start:end]) == needle
