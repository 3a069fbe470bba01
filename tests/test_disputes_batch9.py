"""Disputes on small invented stories, for rules added after held-out batch 9: a rebuttal told on
another day than the figure it rebuts."""

from __future__ import annotations

from test_disputes_contradictions import article, found  # the same small-article helpers


def test_a_rebuttal_told_on_another_day_is_a_side_not_a_later_count():
    """Two sums said on different days are counts at two times, unless one paragraph sets them
    side by side in the mouths of different givers: then "How much is the cost?" is a dispute."""
    x, _ = found([
        article("a", "The stoppage has already cost Veltra Rail €25 million, its chief executive, Ilse Marten, "
                     "said on Thursday.", date="2024-03-07"),
        article("b", "\"The real cost is €8 million at most,\" Oskar Brenn of the drivers' union SFV said on Monday.",
                date="2024-03-11"),
        article("c", "Ms Marten said the stoppage had cost her company \"more than €25 million\". "
                     "The SFV has said the real cost was no more than €8 million.", date="2024-03-12"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How much")]
    values = sorted(c.figure.value for p in d.positions for c in x.claims if c.id in p.claims)
    assert set(values) == {8000000, 25000000}, values
