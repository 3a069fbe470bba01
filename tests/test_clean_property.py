"""Property: the cleaner loses nothing. Every token of the input ends up, exactly once, either in
a kept paragraph or in a removed line, whatever mix of real sentences and boilerplate it gets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()
SEED_LINES = sorted({
    line.strip()
    for path in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
})

# Boilerplate of the kinds the cleaner knows, as other sites print them (not only the seeds').
BOILERPLATE = [
    "More", "Related:", "More about:", "Read: 726", "Views 12,034", "Become a Patron!",
    "Support independent journalism: make a donation today.", "Sign up for our daily newsletter",
    "KIM WON JIN/Getty Images", "Photo: Reuters", "Source:mil.in.ua", "Advertisement",
    "Oct 30, 2024 - 01:00", "28 October 2024    Read: 726", "Published 3 March 2023, 14:05 GMT",
    "Share", "Tweet | Email | Print", "5 min read", "© 2024 Example Media. All rights reserved.",
    "News Line", "Politico", "Reuters", "— Jane Doe (@janedoe) March 3, 2023", "– a listed point",
    "Story continues below advertisement", "Read more", "Tags:",
]

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789’'“”.,:;-#@/()",
                min_size=1, max_size=12)
sentence = st.builds(lambda ws, end: " ".join(ws) + end, st.lists(words, min_size=1, max_size=40),
                     st.sampled_from([".", "", "…", "!", ":", "?”"]))
line = st.one_of(
    sentence,
    st.sampled_from(SEED_LINES),
    st.sampled_from(BOILERPLATE),
    st.builds(lambda d, s: f"date {d} {s}", st.dates().map(lambda d: d.isoformat()), sentence),
    st.builds(lambda s: s[: max(30, len(s) // 2)].rstrip() + "…", st.sampled_from(SEED_LINES)),
    st.text(min_size=1, max_size=80),  # anything at all, unicode included
)


def tokens(texts) -> Counter:
    return Counter(t for text in texts for t in text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(line, st.booleans()), min_size=1, max_size=30), st.booleans())
def test_nothing_is_lost(lines, repeat_first):
    body = [text for text, _ in lines]
    if repeat_first:  # a headline repeated under itself
        body.insert(1, body[0])
    text = "".join(t + ("\n\n" if blank else "\n") for t, blank in zip(body, [b for _, b in lines] + [False]))
    result = clean(ingest(SourceFile("seeds/generated.txt", text)), RULES)
    kept = [p.text for p in result.paragraphs]
    dropped = [r.text for r in result.removed]
    assert tokens([text]) == tokens(kept + dropped)
    assert all(t.strip() for t in kept + dropped)
    for p in result.paragraphs:  # a paragraph is one or more whole input lines, in order
        assert p.line is not None


@given(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=40))
@settings(max_examples=100, deadline=None)
def test_nothing_is_lost_in_shuffled_seed_lines(lines):
    text = "\n".join(lines)
    result = clean(ingest(SourceFile("seeds/generated.txt", text)), RULES)
    assert tokens([text]) == tokens([p.text for p in result.paragraphs] + [r.text for r in result.removed])
