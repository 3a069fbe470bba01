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


def test_a_figure_given_of_a_bare_percentage_re_estimates_the_one_before():
    """"The union gave a figure of 85%" after "said 41% of its drivers had joined the strike" is the
    union's estimate of the same share: one dispute about the drivers, and the bare 85% stays out
    of a dispute about the pay rise."""
    x, _ = found([
        article("a", "The drivers' union, the SFV, is demanding a 9% pay rise. Veltra Rail's chief executive, "
                     "Ilse Marten, said a 3% rise was the most it could pay.",
                "The company said 41% of its drivers had joined the strike on Wednesday. "
                "The union gave a figure of 85%.", date="2024-03-07"),
    ])
    shares = [d for d in x.disputes
              if {c.figure.value for p in d.positions for c in x.claims if c.id in p.claims and c.figure} >= {41, 85}]
    assert len(shares) == 1, [d.title for d in x.disputes]
    values = {c.figure.value for p in shares[0].positions for c in x.claims if c.id in p.claims}
    assert values == {41, 85}, values


def test_a_sum_written_with_a_code_or_a_foreign_scale_is_money():
    """"EUR 40m", "40 millions d'euros", "Rp150 juta", "IDR 150m": sums, as "€40 million" is; "rp 5"
    in running text is no sign."""
    from build_dossier.extract.figures import read_figures
    read = lambda t: [(r.figure.value, r.figure.unit.split("/")[0]) for r in read_figures(t, "2024-01-01", None)
                      if r.figure.kind == "money"]
    assert read("The stoppage cost it EUR 40m in lost revenue.") == [(40000000, "EUR")]
    assert read("\"We are at 40 millions d'euros,\" she said.") == [(40000000, "EUR")]
    assert read("The offer stands at Rp150 juta.") == [(150000000, "IDR")]
    assert read("It raised its offer to IDR 150m, up from Rp 50 million.") == [(150000000, "IDR"), (50000000, "IDR")]
    assert read("Section rp 5 of the code.") == []


def test_a_sum_paid_per_head_named_after_a_bracket_is_paid_per_head():
    """"IDR 150m (roughly $9,150) per bereaved family" and "to the family of each worker killed" pay
    per family: one dispute with "the union wants Rp 500 million per family"."""
    x, _ = found([
        article("a", "The mining company Selvar said it would pay Rp 50 million (about US$3,050) to the family "
                     "of each worker killed, its director Budi Santoso said.", date="2024-03-07"),
        article("b", "On Saturday Selvar raised its offer to IDR 150m (roughly US$9,150) per bereaved family, "
                     "Budi Santoso said. The union's leader, Agus Hadi, said the union wants Rp 500 million "
                     "per family.", date="2024-03-10"),
    ])
    money = [d for d in x.disputes if d.title.startswith("How much")]
    assert len(money) == 1, [d.title for d in x.disputes]
    values = {c.figure.value for p in money[0].positions for c in x.claims if c.id in p.claims}
    assert 500000000 in values and values & {50000000, 150000000}, values


def test_estimates_one_article_weighs_against_each_other_are_sides_whatever_their_days():
    """Tolls said on Monday, Tuesday and Thursday are counts at three times, unless the article weighs
    them ("The agency's estimate is higher than the one issued by Zarovia earlier in the week"):
    then they are one casualty dispute."""
    text = [
        "At least 80 Ostrian soldiers have been killed in fighting near Vask and close to 700 have been "
        "wounded, the spy agency told lawmakers on Thursday.",
        "The agency's estimate is higher than the one issued by Zarovia earlier in the week. Zarovia's army "
        "said on Monday that Ostrian units had suffered at least 20 killed and wounded over the weekend.",
        "But it is lower than Washington's reckoning. A senior US official, Dan Pell, told reporters on Tuesday "
        "that \"several hundred\" Ostrian troops had been killed or wounded.",
    ]
    x, _ = found([article("a", *text, date="2024-12-19")])
    tolls = [d for d in x.disputes if d.title.startswith("How many")]
    assert len(tolls) == 1 and len(tolls[0].positions) >= 2, [d.title for d in x.disputes]


def test_the_length_of_a_ban_is_a_figure_and_two_lengths_are_a_dispute():
    """"a four-year ban" sought against "no more than two years" argued: "How long a ban, in years?";
    "two years ago" and "two years of wages" are no penalty."""
    from build_dossier.extract.figures import read_figures
    units = lambda t: [(r.figure.value, r.figure.unit) for r in read_figures(t, "2024-01-01", None)]
    assert units("She was banned from racing for 18 months after the hearing.") == [(18, "months ban")]
    assert units("He was jailed for six years.") == [(6, "years sentence")]
    assert units("He joined the club two years ago and was paid for two years of work.") == []
    x, _ = found([
        article("a", "The federation's prosecutor, Ana Vidal, is expected to seek a four-year ban for the rider, "
                     "Teo Marks.",
                "His lawyer, Rui Sena, said the defence would argue for no more than two years.",
                date="2024-03-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How long")]
    assert d.title == "How long a ban, in years?", d.title
    values = {c.figure.value for p in d.positions for c in x.claims if c.id in p.claims}
    assert values == {2, 4}, values


def test_people_said_to_be_working_are_workers():
    """"48 workers had been on the night shift" against "more than 80 people had been working in the
    area": one count of workers."""
    x, _ = found([
        article("a", "The mining company Selvar said 48 workers had been on the night shift in the pit, "
                     "its director Budi Santoso said."),
        article("b", "The union's leader, Agus Hadi, said more than 80 people had been working in and around "
                     "the pit.", date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    values = {c.figure.value for p in d.positions for c in x.claims if c.id in p.claims}
    assert values == {48, 80}, values


def test_a_law_said_to_have_been_respected_is_the_lawful_side():
    """"the law was breached" against "The service law has been fully respected" (the passive): a
    lawfulness dispute whose lawful side is the ministry's."""
    x, _ = found([
        article("a", "The drivers' union SFV said the ministry had breached the service law by ordering cuts, "
                     "its leader Oskar Brenn said.",
                "The transport ministry rejected the charge. \"The service law has been fully respected,\" "
                "a spokesman for the minister, Lena Holt, said.", date="2024-03-07"),
    ])
    sides = [p.summary for d in x.disputes for p in d.positions]
    assert any(s.startswith("Lawful") and "respected" in s for s in sides), sides
