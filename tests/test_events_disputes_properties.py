"""Whatever the text, figures, events and disputes never crash, cite only paragraphs that exist,
quote them verbatim, and refer only to ids that exist."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_dossier.dates import find_dates
from build_dossier.extract import extract
from build_dossier.model import Article, Paragraph

TOKENS = ["the", "mayor", "Anna Berg", "said", "denied", "confirmed", "did not", "on Monday", "last Friday",
          "in June", "3 May 2021", "1,200", "about", "nearly 40", "people", "were killed", "€5 million", "12%",
          "two", "groups of 300 each", "ban", "lifted", "violates the law", "in line with the law", "accused",
          "rejected the accusation", "Valoria", "Valorian troops", "which", ",", ".", "“", "”", "(", ")", "|",
          "*", "<b>", "[x](y)", "#tag", "— Anna Berg (@aberg) May 3, 2021", "\n", "yesterday", "2,000 to 3,000"]

paragraph = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map(" ".join)
articles = st.lists(
    st.tuples(st.lists(paragraph, min_size=1, max_size=4), st.one_of(st.none(), st.sampled_from(["2024-05-06", "2021-05-04"]))),
    min_size=1, max_size=3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_extraction_is_consistent(raw):
    arts = [Article(id=f"a{i}", path=f"seeds/a{i}.txt", title=f"A{i}", date=date,
                    paragraphs=[Paragraph(p) for p in paras]) for i, (paras, date) in enumerate(raw)]
    x = extract(arts)
    by_id = {a.id: a for a in arts}
    claim_ids = [c.id for c in x.claims]
    assert len(claim_ids) == len(set(claim_ids))
    actor_ids = {a.id for a in x.actors}
    for c in x.claims:
        for s in c.sources:
            assert s.quote in by_id[s.article].paragraphs[s.paragraph].text
    for e in x.events:
        assert set(e.claims) <= set(claim_ids) and set(e.actors) <= actor_ids
        for s in e.sources:
            assert s.quote in by_id[s.article].paragraphs[s.paragraph].text
        if all(by_id[s.article].date is None for s in e.sources):  # never a guessed date
            assert any(e.date in {d.iso for d in find_dates(s.quote, None)} for s in e.sources)
    assert len({e.id for e in x.events}) == len(x.events)
    assert len({d.id for d in x.disputes}) == len(x.disputes)
    for d in x.disputes:
        assert len(d.positions) >= 2
        for p in d.positions:
            assert p.claims and set(p.claims) <= set(claim_ids) and set(p.actors) <= actor_ids
            for s in p.sources:
                assert s.quote in by_id[s.article].paragraphs[s.paragraph].text
