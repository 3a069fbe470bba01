"""Claims and figures on held-out batch 9's kinds of sentence (small invented articles): sums
written with a currency's code or local sign and a foreign scale word; a pay rise "to compensate";
the earlier value "up from the N"."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.extract.figures import find_figures, read_figures
from test_claims_voices import article, cited, claims_of


def _read(text: str) -> list[tuple]:
    return [(r.figure.value, r.figure.unit, r.figure.kind) for r in read_figures(text, "2031-03-12")]


def test_a_sum_with_its_iso_code_or_local_sign_and_a_foreign_scale_is_money():
    assert _read("The firm raised its offer to IDR 150m on Saturday.") == [(150_000_000, "IDR", "money")]
    assert _read("The offer stands at Rp150 juta.") == [(150_000_000, "IDR", "money")]
    assert _read("It would pay Rp 50 million to each family.")[0][:2] == (50_000_000, "IDR/family")
    assert _read("The strike cost EUR 40m in lost revenue.") == [(40_000_000, "EUR", "money")]
    assert _read("“We are at 40 millions d'euros,” she said.") == [(40_000_000, "EUR", "money")]
    assert _read("The port handled RM 2.5 billion of cargo.")[0][:2] == (2_500_000_000, "MYR")
    # a code only in capitals and right before a number
    assert [k for _, _, k in _read("The idr 150 cases were closed.")] != ["money"]


def test_one_sum_written_three_ways_is_one_figure():
    arts = [article("one", "The Lakeside Mining Company said it would pay Rp 50 million to each family."),
            article("two", "The Lakeside Mining Company has offered 50 million rupiah per family."),
            article("three", "The Lakeside Mining Company raised its offer to IDR 80m, up from IDR 50m.")]
    _, index = find_actors(arts)
    sums = [c for c in find_figures(arts, index) if c.figure.value == 50_000_000]
    assert len(sums) == 1 and {s.article for s in sums[0].sources} == {"one", "two", "three"}


def test_a_pay_rise_to_do_something_measures_the_pay_rise():
    (r,) = read_figures("The unions are demanding a 9% pay rise to compensate for inflation.", "2031-03-12")
    assert r.figure.unit == "% pay rise"
    (r,) = read_figures("The council approved a 3% cut to the budget.", "2031-03-12")
    assert r.figure.unit == "% budget"


def test_up_from_the_earlier_value_is_the_same_count():
    arts = [article("one", "Police said 23 people were arrested on Monday."),
            article("two", "Police said 31 people had now been arrested, up from the 23 announced last week.")]
    _, index = find_actors(arts)
    (c,) = [c for c in find_figures(arts, index) if c.figure.value == 23]
    assert c.figure.unit == "arrested" and {s.article for s in c.sources} == {"one", "two"}


def test_a_fact_box_s_giver_and_bare_number_is_that_giver_s_count():
    arts = [article("one", "The Harbour Police said 23 people were arrested on Monday."),
            article("two", "Arrests. Harbour Police: 23, after the Monday protest. The rest were freed.")]
    _, index = find_actors(arts)
    (c,) = [c for c in find_figures(arts, index) if c.figure.value == 23]
    assert c.figure.unit == "arrested" and {s.article for s in c.sources} == {"one", "two"}


def test_the_ministry_of_a_story_naming_no_ministry_speaks_through_its_one_minister():
    one = article("one", "Transport Minister Olga Brandt said on Monday that the offer was final.",
                  "In a statement, the ministry said the law had been “respected to the letter”.")
    two = article("two", "The ministry says the law was “respected to the letter” throughout the strike.")
    claims, index = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert c.actor == index.resolve("Olga Brandt")
    assert {(s.article, s.paragraph) for s in c.sources} == {("one", 1), ("two", 0)}


def test_the_ministry_is_no_minister_when_the_story_names_a_ministry():
    one = article("one", "Transport Minister Olga Brandt said on Monday that the offer was final.",
                  "The Finance Ministry said the budget was fixed. Later the ministry said the law had been respected.")
    claims, index = claims_of([one])
    assert all(c.actor != index.resolve("Olga Brandt") for c in cited(claims, "one", 1))


def test_a_re_estimate_with_its_own_unit_keeps_it():
    arts = [article("one", "The agency said 300 soldiers had been killed and 2,700 wounded. The president "
                           "has put the losses at close to 4,000 killed and wounded."),
            article("two", "The president said nearly 4,000 soldiers had been killed or wounded.")]
    _, index = find_actors(arts)
    (c,) = [c for c in find_figures(arts, index) if c.figure.value == 4000]
    assert c.figure.unit == "killed/injured" and {s.article for s in c.sources} == {"one", "two"}


def test_the_n_figure_is_the_value_named_elsewhere():
    arts = [article("one", "The club's expert put the concentration at 0.8 nanograms per millilitre."),
            article("two", "So the 0.8 figure the club was pushing a fortnight ago is dead.")]
    _, index = find_actors(arts)
    (c,) = [c for c in find_figures(arts, index) if c.figure.value == 0.8]
    assert c.figure.unit == "nanograms" and {s.article for s in c.sources} == {"one", "two"}


def test_saying_nothing_is_no_statement():
    arts = [article("one", "The Harbour Authority has said nothing about the missing crew.",
                    "The Harbour Authority said nothing. The port said little.",
                    "The Harbour Authority said nothing would change before June.")]
    claims, _ = claims_of(arts)
    assert not cited(claims, "one", 0) and not cited(claims, "one", 1)
    assert cited(claims, "one", 2)  # "said nothing would change" is a statement


def test_not_the_n_set_against_a_figure_is_another_value_of_it():
    arts = [article("one", "The election board said irregularities were found at 12 centres.",
                    "The party said more than 20 centres were affected."),
            article("two", "The order covers the 14 centres documented by the monitors, not the 12 the board "
                           "had acknowledged, nor the “more than 20” alleged by the party.")]
    _, index = find_actors(arts)
    figs = find_figures(arts, index)
    for value in (12, 20):
        (c,) = [c for c in figs if c.figure.value == value]
        assert c.figure.unit == "centres" and {s.article for s in c.sources} == {"one", "two"}, value


def test_units_spelled_out_or_by_symbol_are_one_unit():
    assert {r.figure.unit for r in read_figures("It blamed 210 millimeters of rain.", None)} == \
        {r.figure.unit for r in read_figures("It said 210 mm of rain fell.", None)} == {"millimetres"}
    assert {r.figure.unit for r in read_figures("It would cut 480 jobs.", None)} == \
        {r.figure.unit for r in read_figures("The cut concerns 480 positions.", None)} == {"jobs"}


def test_an_aside_between_commas_keeps_the_subject_s_statement():
    for aside in ("by contrast", "however", "for its part", "meanwhile"):
        claims, index = claims_of([article("one", f"The Harbour Authority, {aside}, repeated its call for "
                                                  "berth-by-berth results to be published.")])
        assert [c.actor for c in claims] == [index.resolve("Harbour Authority")], aside



def test_a_fact_box_line_s_label_gives_its_figure():
    arts = [article("one", "Results. Harbour Board: Jo Roe by 1,212 votes. Turnout was low."),
            article("two", "The Harbour Board declared Jo Roe the winner, saying he had won by 1,212 votes.")]
    _, index = find_actors(arts)
    (c,) = [c for c in find_figures(arts, index) if c.figure.value == 1212]
    assert c.actor == index.resolve("Harbour Board") and {s.article for s in c.sources} == {"one", "two"}
