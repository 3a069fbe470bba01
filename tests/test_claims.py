"""Attributed claims, their merging across sources, their pages and footnotes."""

from __future__ import annotations

import os
import re
from pathlib import Path

from build_dossier.extract import extract
from build_dossier.extract.actors import find_actors
from build_dossier.extract.claims import find_claims, speaker
from build_dossier.model import Article, Dossier, Paragraph
from build_dossier.render import render_site



def article(aid: str, *paragraphs: str, outlet: str | None = None, date: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=outlet, date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])

GOLDEN = Path(__file__).parent / "golden"

ELECTION = [
    article(
        "vote",
        "Opposition leader Maria Ostrova said the count was “rigged from the start” and called for a recount.",
        "“We will not accept this result,” Ostrova told reporters in the capital.",
        "According to election commissioner Tomas Brenner, turnout reached a record high.",
        "He noted that observers had found no irregularities.",
        "Brenner wrote on X that the results would be published on Friday.",
        outlet="Daily Ledger", date="2025-03-02",
    ),
    article(
        "vote-2",
        "The vote was “rigged from the start”, Maria Ostrova said on Sunday.",
        "Analysts said the margin was narrow.",
        outlet="Evening Post", date="2025-03-03",
    ),
]


def claims_of(articles):
    _, index = find_actors(articles)
    return find_claims(articles, index), index


def test_attribution_patterns_find_the_speaker():
    claims, index = claims_of(ELECTION)
    said = {(c.sources[0].article, c.sources[0].paragraph): c for c in claims}
    ostrova = index.resolve("Maria Ostrova")
    brenner = index.resolve("Tomas Brenner")
    assert ostrova and brenner
    assert said[("vote", 0)].actor == ostrova  # X said
    assert said[("vote", 1)].actor == ostrova  # “...,” X told reporters
    assert said[("vote", 2)].actor == brenner  # according to X
    assert said[("vote", 3)].actor == brenner  # He noted that ...
    assert said[("vote", 4)].actor == brenner  # X wrote on X
    assert "according-to" in said[("vote", 2)].found_by
    assert any(f.startswith("pronoun") for f in said[("vote", 3)].found_by)
    assert said[("vote", 1)].kind == "quote"


def test_same_quote_in_two_articles_is_one_claim_citing_both():
    claims, index = claims_of(ELECTION)
    rigged = [c for c in claims if "rigged from the start" in c.text]
    assert len(rigged) == 1
    claim = rigged[0]
    assert claim.key
    assert {(s.article, s.paragraph) for s in claim.sources} == {("vote", 0), ("vote-2", 0)}
    for s in claim.sources:
        paragraph = next(a for a in ELECTION if a.id == s.article).paragraphs[s.paragraph].text
        assert s.quote and s.quote in paragraph


def test_anonymous_attribution_has_no_actor():
    claims, _ = claims_of(ELECTION)
    analysts = [c for c in claims if c.text.startswith("Analysts said")]
    assert analysts and analysts[0].actor is None


def test_speaker_helper_for_a_sentence():
    _, index = find_actors(ELECTION)
    assert speaker(ELECTION[0], 3, "He noted that observers had found no irregularities.", index) \
        == index.resolve("Tomas Brenner")
    assert speaker(ELECTION[1], 1, (0, 10), index) is None


def test_embedded_post_signature_names_its_author():
    arts = [article("post", "Farm subsidies must end now. Our farmers deserve better.\n"
                            "— Lena Halvorsen (@LenaHalvorsen) May 4, 2025",
                    "Agriculture Minister Lena Halvorsen said farm subsidies must end now.")]
    claims, index = claims_of(arts)
    post = next(c for c in claims if c.sources[0].paragraph == 0)
    assert post.actor == index.resolve("Lena Halvorsen")
    assert "embedded-post" in post.found_by
    assert post.sources[0].quote in arts[0].paragraphs[0].text


def dossier_of(articles) -> Dossier:
    found = extract(articles)
    return Dossier("Test", articles, found.actors, found.claims, found.events, found.disputes)


def test_footnote_labels_unique_per_page_and_link_to_paragraphs():
    pages = render_site(dossier_of(ELECTION))
    for uri, text in pages.items():
        labels = re.findall(r"^\[\^([^\]]+)\]:", text, re.M)
        assert len(labels) == len(set(labels)), uri
        for label in labels:
            assert f"[^{label}]" in text.split(f"[^{label}]:")[0], (uri, label)
    claim_page = next(t for u, t in pages.items() if u.startswith("claims/") and "rigged" in t and "index" not in u)
    assert "(../sources/vote.md#p1)" in claim_page and "(../sources/vote-2.md#p1)" in claim_page
    assert "*Daily Ledger*" in claim_page and "2025-03-02" in claim_page


def test_key_claims_marked_on_source_pages():
    pages = render_site(dossier_of(ELECTION))
    source = pages["sources/vote.md"]
    assert '!!! quote "Key claim"' in source
    assert "also reported by Evening Post ([¶1](vote-2.md#p1))" in source


def test_article_markup_is_escaped_everywhere():
    arts = [article("evil", "Mayor Ivo Danek said “<script>alert(1)</script> [x](javascript:alert(1)) is fine”.",
                    "“<img src=x onerror=alert(1)>,” Ivo Danek told reporters.", outlet="<b>Bad</b>"),
            article("evil-2", "Ivo Danek said “<script>alert(1)</script> [x](javascript:alert(1)) is fine”.")]
    pages = render_site(dossier_of(arts))
    generated = "\n".join(t for u, t in pages.items() if u.startswith(("claims/", "actors/", "sources/")))
    # JSON-LD carries the claim's text as data: JSON-escaped ("<" as \u003c), never Markdown.
    jsonld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', generated, re.S)
    assert all("<" not in block for block in jsonld)
    generated = re.sub(r'<script type="application/ld\+json">.*?</script>', "", generated, flags=re.S)
    assert "<script>" not in generated and "<img" not in generated and "<b>" not in generated
    assert "](javascript:" not in generated
    assert "&lt;script&gt;" in generated


def test_golden_actor_and_claim_pages():
    # Actors and claims only (events, disputes and figures have their own tests).
    actors, index = find_actors(ELECTION)
    pages = render_site(Dossier("Test", ELECTION, actors, find_claims(ELECTION, index)))
    wanted = {u: t for u, t in pages.items() if u.startswith(("actors/", "claims/"))}
    text = "".join(f"===== {u}\n{t}\n" for u, t in sorted(wanted.items()))
    golden = GOLDEN / "election-actors-claims.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 and check the diff by eye"


def test_extraction_is_deterministic():
    a = dossier_of(ELECTION)
    b = dossier_of([Article(x.id, x.path, x.title, list(x.paragraphs), outlet=x.outlet, date=x.date) for x in ELECTION])
    assert render_site(a) == render_site(b)


def test_relative_clause_and_appositive_between_speaker_and_verb():
    arts = [article("hearing",
                    "Senator Maria Vance, who chairs the Senate Trade Committee, said she would hold hearings.",
                    "Farid Osman, the Ostrian foreign ministry spokesman, said talks had stalled.",
                    "Finance Minister Ida Berg welcomed the cut but said rates should fall further.")]
    claims, index = claims_of(arts)
    by_paragraph = {c.sources[0].paragraph: c.actor for c in claims}
    assert by_paragraph == {0: index.resolve("Maria Vance"), 1: index.resolve("Farid Osman"),
                            2: index.resolve("Ida Berg")}


WORDS = ["said", "told", "reporters", "Anna", "Berg", "Lithuania's", "president", "“", "”", '"', ",",
         ".", "He", "according", "to", "the", "Ministry", "of", "Defence", "(MoD)", "Kyiv", "NATO",
         "chief", "<b>", "[x](javascript:1)", "added", "Mr.", "J.", "on", "X", "Monday", "—", "\n"]


def test_property_quotes_are_verbatim_and_mentions_inside_the_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(paragraph, min_size=1, max_size=4), st.lists(paragraph, min_size=1, max_size=3))
    def check(first, second):
        arts = [article("one", *first), article("two", *second)]
        actors, index = find_actors(arts)
        ids = {a.id for a in actors}
        for a in arts:
            for p in a.paragraphs:
                for s, e, actor_id in index.mentions_in(p.text):
                    assert 0 <= s < e <= len(p.text) and actor_id in ids
        for claim in find_claims(arts, index):
            assert claim.actor is None or claim.actor in ids
            for src in claim.sources:
                text = next(x for x in arts if x.id == src.article).paragraphs[src.paragraph].text
                assert src.quote and src.quote in text

    check()


def test_speaker_after_said_with_an_honorific_and_after_a_whose_clause():
    articles = [article(
        "clinic",
        "“The wards are full,” said Dr. Irena Vasko, the hospital's director.",
        "The Lumen Foundation, whose vans have been in the valley since May, said its staff had fed 900 people.",
        "Opposition lawmakers said the closure was illegal.")]
    claims, index = claims_of(articles)
    said = {c.sources[0].paragraph: c for c in claims}
    assert said[0].actor == index.resolve("Irena Vasko")
    assert said[1].actor == index.resolve("Lumen Foundation")
    assert 2 in said and said[2].actor is None  # a group without a name: a claim, no actor
