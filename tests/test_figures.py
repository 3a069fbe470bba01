"""Figures: the number, its qualifier, what it counts, who gives it, and one claim per figure."""

from __future__ import annotations

import pytest

from build_dossier.extract import extract
from build_dossier.extract.actors import find_actors
from build_dossier.extract.figures import era, find_figures, read_figures
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str | None = "2023-09-14", outlet: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=outlet, date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def one(text: str, ref: str | None = "2023-09-14"):
    found = read_figures(text, ref)
    assert len(found) == 1, [r.figure for r in found]
    return found[0].figure


@pytest.mark.parametrize("text, value, qualifier", [
    ("Rescuers said about 1,200 residents were evacuated.", 1200, "about"),
    ("Nearly 11,000 volunteers joined the clean-up.", 11000, "nearly"),
    ("Some 400 firefighters fought the blaze.", 400, "about"),
    ("Up to 30 boats were lost.", 30, "up to"),
    ("More than 50 people were killed.", 50, "more than"),
    ("At least 40 people were killed.", 40, "at least"),
    ("The dam holds 2.5 million cubic metres.", 2500000, None),
])
def test_value_and_qualifier(text, value, qualifier):
    f = one(text)
    assert (f.value, f.qualifier) == (value, qualifier)


def test_range_keeps_both_ends():
    f = one("Between 1,200 and 1,500 people were displaced.")
    assert (f.value, f.low, f.high, f.unit) == (1200, 1200, 1500, "displaced")


def test_groups_of_each_are_multiplied_and_the_expression_kept():
    f = one("The ministry sent three battalions of 800 soldiers each to the valley.")
    assert f.value == 2400
    assert f.expression == "three battalions of 800 soldiers each"
    assert f.unit == "troops"


def test_part_of_a_promised_total():
    f = one("The council has delivered 300 tents out of a promised 1,000.")
    assert (f.value, f.total, f.unit) == (300, 1000, "tents")


def test_money_and_percent():
    money, pct = read_figures("The insurer set aside €45 million, or 3% of its reserves.", "2023-09-14")
    assert (money.figure.kind, money.figure.value, money.figure.unit) == ("money", 45000000, "EUR")
    assert (pct.figure.kind, pct.figure.value, pct.figure.unit) == ("percent", 3, "% reserves")


def test_percent_names_what_it_measures_before_it():
    a, b = read_figures("Unemployment rose to 7.1% in August from 6.8% in July.", "2023-09-14")
    assert a.figure.unit == b.figure.unit == "% unemployment"
    assert (a.figure.date, b.figure.date) == ("2023-08", "2023-07")  # each its own date


def test_casualty_counts_are_counted_by_what_happened():
    killed = [r.figure for r in read_figures(
        "Six workers were killed and 23 injured; the fire killed at least two more people.", "2023-09-14")]
    # "two more people": killed on top of the six, what was added and not a toll of its own
    assert [(f.value, f.unit) for f in killed] == [(6, "killed"), (23, "injured"), (2, "more killed")]
    assert one("Officials confirmed nine deaths.").unit == "killed"


@pytest.mark.parametrize("text", [
    "The bridge was built in 1998.",                          # a year
    "Article 51 of the charter was cited.",                    # a reference number
    "Flight 370 left at 01:00.",                               # a number and a time
    "Two countries signed the accord.",                        # a small number word without a count noun
    "This is: 1. a warning 2. a threat.",                      # list markers
    "The levee broke on 3 September 2023.",                    # a date
])
def test_not_figures(text):
    assert read_figures(text, "2023-09-14") == []


def test_the_date_a_figure_refers_to():
    f = one("On Monday the agency counted 210 families in shelters.")
    assert f.date == "2023-09-11"


def test_era_keeps_old_figures_apart():
    assert era(None, "2023-09-14") is None
    assert era("2023-09-11", "2023-09-14") is None
    assert era("1987", "2023-09-14") == "1987"
    assert era("2023-07", "2023-09-14") == "2023-07"


FLOOD = [
    article("wire",
            "Floods in the Ostrava valley killed at least 40 people, regional governor Lena Marsh said on Monday.",
            "Marsh said about 1,200 residents had been evacuated."),
    article("herald",
            "The Red Cross said 52 people had died in the floods.",
            "Governor Lena Marsh said about 1,200 residents had been evacuated from the valley.",
            date="2023-09-15"),
]


def test_the_same_figure_in_two_articles_is_one_claim():
    _, index = find_actors(FLOOD)
    claims = find_figures(FLOOD, index)
    evacuated = [c for c in claims if c.figure.value == 1200]
    assert len(evacuated) == 1
    assert [(s.article, s.paragraph) for s in evacuated[0].sources] == [("wire", 1), ("herald", 1)]
    assert evacuated[0].kind == "figure" and evacuated[0].figure.unit == "evacuated"
    for c in claims:
        for s in c.sources:
            paragraph = {a.id: a for a in FLOOD}[s.article].paragraphs[s.paragraph].text
            assert s.quote in paragraph


def test_who_gives_the_figure():
    found = extract(FLOOD)
    by_value = {c.figure.value: c for c in found.claims if c.kind == "figure"}
    names = {a.id: a.name for a in found.actors}
    assert names.get(by_value[40].actor) == "Lena Marsh"
    assert "Red Cross" in names.get(by_value[52].actor, "")


def test_figures_are_exported(project):
    project.write("seeds/a.md", "---\ntitle: Flood toll rises\ndate: 2023-09-14\n---\n\n"
                  "Officials said about 1,200 residents had been evacuated.\n")
    project.build()
    (claim,) = [c for c in project.dossier()["claims"] if c["kind"] == "figure"]
    assert claim["figure"]["value"] == 1200
    assert claim["figure"]["qualifier"] == "about"
    assert claim["figure"]["expression"] == "about 1,200 residents"


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

QUALIFIERS = {"about": "about", "nearly": "nearly", "more than": "more than", "up to": "up to", "": None}


@given(st.integers(1, 10**9), st.sampled_from(sorted(QUALIFIERS)), st.sampled_from(["volunteers", "tents", "boats"]))
def test_any_written_count_is_read_back(n, qualifier, noun):
    written = f"{qualifier} {n:,}".strip()
    found = read_figures(f"The agency said {written} {noun} were counted.", "2023-09-14")
    assert len(found) == 1
    f = found[0].figure
    assert (f.value, f.qualifier, f.unit) == (n, QUALIFIERS[qualifier], noun)
    assert f.expression == f"{written} {noun}"


@given(st.integers(0, 999), st.integers(0, 99))
def test_any_percentage_is_read_back(whole, cents):
    value = whole + cents / 100
    text = f"Turnout reached {value:g}% on Sunday."
    (r,) = read_figures(text, "2023-09-14")
    assert r.figure.kind == "percent" and r.figure.value == pytest.approx(value)
    assert r.figure.unit == "% turnout"


def test_bodies_and_burials_count_the_dead():
    assert one("Volunteers said they had recovered more than 70 bodies.").unit == "killed"
    assert one("The charity said its volunteers had buried 84 people.").unit == "killed"


def test_a_toll_without_a_noun_counts_its_state():
    arts = [article("a", "The clinic treated 300 patients.", "The agency said the death toll had risen to 47.")]
    figs = {c.figure.value: c.figure for c in extract(arts).claims if c.figure}
    assert figs[47].unit == "killed" and figs[300].unit == "patients"


def test_noun_phrase_stops_at_an_adverb():
    assert one("Fewer than 16,500 riders ever saw their ranking lowered.").unit == "riders"


def test_a_percentage_of_a_measure_drops_whose_it_is_and_folds_synonyms():
    a = one("The fine amounted to 11% of the company's Italian revenue.")
    b = one("The regulator put the fine at about 3% of Aldo's turnover.")
    assert a.unit == b.unit == "% revenue"


def test_a_bare_percentage_after_a_possessive_measures_what_the_sentence_named():
    found = read_figures("The bank forecasts unemployment at 6.2%, against the ministry's 5.9%.", "2023-09-14")
    assert [r.figure.unit for r in found] == ["% unemployment", "% unemployment"]


def test_end_of_the_year_and_end_of_2023_are_one_era():
    arts = [article("a", "The bank sees unemployment at 6.2% at the end of 2023."),
            article("b", "The bank forecasts unemployment at 6.2% at the end of the year.")]
    figs = [c for c in extract(arts).claims if c.figure and c.figure.value == 6.2]
    assert len(figs) == 1 and len(figs[0].sources) == 2


def test_no_more_than_is_a_bound_from_above_and_a_past_verb_ends_the_noun():
    """"No more than 9,000 tonnes spilled" is at most 9,000; "9,000 tonnes left the tank": tonnes,
    "left" is the verb (an irregular past, not a word of what is counted)."""
    f = one("The refinery said no more than 9,000 tonnes of oil left the tank.")
    assert (f.value, f.qualifier, f.unit) == (9000, "up to", "tonnes")
    f = one("The campaigners said as much as 20,000 tonnes may have escaped.")
    assert (f.value, f.qualifier, f.unit) == (20000, "up to", "tonnes")
    f = one("Organisers said 4,000 cyclists took part in the ride.")
    assert (f.value, f.unit) == (4000, "cyclists")


def test_who_puts_a_figure_at_a_value_gives_it_and_does_not_own_it():
    """"The Harbour Authority puts it at 9,000 tonnes": the authority's estimate of the spill, one
    quantity with the refinery's figure, not a count of the authority's own tonnes."""
    found = extract([
        article("a", "The Harbour Authority puts it at 30,000 tonnes; Velmar Refining says no more than 9,000."),
        article("b", "Velmar Refining said no more than 9,000 tonnes of oil left the tank.", date="2023-09-15"),
    ])
    figures = {c.figure.value: c.figure for c in found.claims if c.kind == "figure"}
    assert (figures[30000].unit, figures[30000].about) == ("tonnes", None)
    assert figures[9000].unit == "tonnes"
    (d,) = [d for d in found.disputes if "tonnes" in d.title]
    assert len(d.positions) == 2


@pytest.mark.parametrize("text, unit, noun", [
    ("Police said 38 officers were hurt in the clashes.", "injured", "officers"),
    ("Twelve officers hurt in the clashes, the ministry said.", "injured", "officers"),
    ("Medics said 40 protesters got hurt.", "injured", "protesters"),
    ("Some 20 fishermen went missing.", "missing", "fishermen"),
    ("The ministry said about 3,000 casualties were reported.", "killed/injured", "casualties"),
    ("Organisers said 25,000 cyclists took part.", "cyclists", "cyclists"),
])
def test_a_verb_after_the_count_is_not_what_is_counted(text, unit, noun):
    f = one(text)
    assert (f.unit, f.noun) == (unit, noun)


def test_a_past_verb_right_after_a_number_names_nothing():
    assert read_figures("Some 25,000 took part, the organisers said.", "2023-09-14") == []


def test_an_aside_between_the_giver_and_the_verb():
    x = extract([article(
        "a", "The Norvik Water Board, citing its own gauges, said that 400 homes were flooded.")])
    names = {a.id: a.name for a in x.actors}
    (c,) = [c for c in x.claims if c.kind == "figure"]
    assert "Norvik Water Board" in names.get(c.actor, "")


def test_a_percentage_of_change_measures_what_changes():
    # "a 4% cut to the parks budget" is "4% of the parks budget"; "a 6% rise in fares" is "fares rose 6%"
    assert one("The council announced a 4% cut to the parks budget.").unit == "% parks budget"
    assert one("Rangers lost 4% of the parks budget.").unit == "% parks budget"
    assert one("Commuters face a 6% rise in fares.").unit == one("Fares rose 6%.").unit
    assert one("Staff won a 3% pay rise.").unit == "% pay rise"  # no "in/to ...": the change itself


def test_a_value_re_estimated_in_one_article_names_a_bare_value_in_another():
    arts = [
        article("gazette",
                "The organisers said 9,000 runners took part in the marathon.",
                "A timing firm, which read the chips of every finisher, put the figure at about 6,400."),
        article("courier",
                "The organisers counted 9,000, and the timing firm about 6,400.", date="2023-09-15"),
    ]
    _, index = find_actors(arts)
    claims = find_figures(arts, index)
    chips = [c for c in claims if c.figure.value == 6400]
    assert len(chips) == 1
    assert sorted({s.article for s in chips[0].sources}) == ["courier", "gazette"]


def test_no_more_than_is_an_upper_bound_not_a_number_sign():
    f = one("The operator says no more than 2,500 tonnes of grain were lost.")
    assert (f.value, f.qualifier, f.unit) == (2500, "up to", "tonnes")


def test_times_above_a_limit_counts_times():
    assert one("Tests showed lead at 12 times above the safe level.").unit == \
        one("Lead had fallen from 12 times on Monday.").unit == "times"


def test_a_toll_in_words_re_estimated_joins_the_same_figure_elsewhere():
    arts = [
        article("gazette", "The miners' union said at least seven miners had died in the collapse."),
        article("courier", "Rescuers reached the lower gallery on Friday.", "Pumps were brought in overnight.",
                "The owners kept the mine closed.", "The union has put the toll at seven; the owners count four.",
                date="2023-09-15"),
    ]
    _, index = find_actors(arts)
    seven = [c for c in find_figures(arts, index) if c.figure.value == 7]
    assert len(seven) == 1 and {s.article for s in seven[0].sources} == {"gazette", "courier"}, \
        [(c.figure, [s.article for s in c.sources]) for c in seven]


@pytest.mark.parametrize("text, value, unit", [
    ("The agency said 14 additional inspectors were hired.", 14, "additional inspectors"),
    ("Officials said 30 more miners had died overnight.", 30, "more killed"),
    ("Nine workers at the sawmill near the river were injured.", 9, "injured"),
    ("Some 40 villagers lost their lives in the landslide.", 40, "killed"),
    ("At least 25 pupils have tested positive for measles.", 25, "infected"),
])
def test_increments_and_states_told_after_the_noun(text, value, unit):
    f = one(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_count_since_a_date_is_a_count_up_to_now_and_an_other_year_is_its_era():
    assert one("At least 40 cattle have died of the disease since March.", "2024-05-02").date is None
    assert one("In 2019, the mayor won with 61.2% of the vote.", "2024-05-02").date == "2019"


def test_money_each_or_for_each_unit_is_a_sum_per_unit():
    assert one("Guards let fans in for 500 rupees each.").unit == "INR/each"
    assert one("The council will pay up to 20,000 rupees for each household.").unit == "INR/household"


@pytest.mark.parametrize("text", [
    "The party fell short of the 5% needed to enter parliament.",
    "Nobody can say whether the mayor crossed 50%.",
    "A run-off follows if she falls below 40%.",
])
def test_a_threshold_percentage_is_no_estimate(text):
    assert read_figures(text, "2024-05-02") == []


def test_vote_shares_are_whose_share_whoever_gives_them():
    found = extract([
        article("a", "The electoral board declared Mayor Tomas Velkan the winner, saying he had won 52.3% of the vote.",
                "Challenger Irena Dobrova won 41.0%, the board said."),
        article("b", "Dobrova's campaign put Velkan at 48.1%, below the 50% needed.",
                "Independent monitors estimate Velkan's share at 49.7%.", date="2023-09-15"),
        article("c", "Tomas Velkan thanked voters on Monday.",
                "The monitors' sample shows him at 49.7%.", date="2023-09-16"),
    ])
    shares = {c.figure.value: c.figure for c in found.claims if c.kind == "figure" and c.figure.kind == "percent"}
    velkan = next(a.id for a in found.actors if a.name.endswith("Velkan"))
    dobrova = next(a.id for a in found.actors if a.name.endswith("Dobrova"))
    assert {v: (f.unit, f.about) for v, f in shares.items()} == {
        52.3: ("% share", velkan), 41.0: ("% share", dobrova), 48.1: ("% share", velkan), 49.7: ("% share", velkan)}
    (d,) = [d for d in found.disputes if "share" in d.title.lower()]
    assert sorted(p.summary.split("%")[0] for p in d.positions) == ["48.1", "49.7", "52.3"]


@pytest.mark.parametrize("text", [
    "The crush happened at Gate 7 of the arena.",
    "Matches may resume from Saturday 24 October.",
    "Passengers waited at Terminal 2 for hours.",
])
def test_numbered_places_and_dates_are_no_counts(text):
    assert read_figures(text, "2024-05-02") == []


def test_a_name_after_the_counted_noun_begins_the_next_clause():
    f = one("It was far more than the 9,000 tickets Harbor United says it sold.")
    assert (f.value, f.unit, f.noun) == (9000, "people", "tickets")


def test_each_half_of_a_semicolon_has_its_own_giver_and_whose_figures_give_names_the_owner():
    x = extract([article("a", "That puts the survey between the Harbour Board, which announced 300 berths, "
                              "and the Pilots Guild, whose own figures give 120 berths."),
                 article("b", "Mayor Ana Ruiz says her count shows 80 berths; the Pilots Guild, which counted "
                              "them at dawn, estimates 95 berths.", date="2023-09-15")])
    names = {a.id: a.name for a in x.actors}
    figs = {c.figure.value: c for c in x.claims if c.kind == "figure"}
    assert names.get(figs[120].actor) == "Pilots Guild"
    assert names.get(figs[80].actor) == "Ana Ruiz"
    assert names.get(figs[95].actor) == "Pilots Guild"


def test_a_count_about_a_country_and_the_same_count_about_no_one_are_one_figure():
    articles = [
        article("first", "A defence official in Washington said about 1,000 Chilean soldiers had been "
                "killed since the autumn.", date="2025-04-28"),
        article("second", "Washington's count of roughly 1,000 dead is higher than the tally the "
                "intelligence service gave.", date="2025-04-30"),
        article("third", "The club said 800 fans were inside. Rescuers said 800 tickets were sold at the "
                "Northgate Arena.", date="2025-04-30"),
    ]
    _, index = find_actors(articles)
    claims = find_figures(articles, index)
    dead = [c for c in claims if c.figure.value == 1000]
    assert len(dead) == 1
    assert [s.article for s in dead[0].sources] == ["first", "second"]
    assert "no one in another" in " ".join(dead[0].found_by)
    # a value "about" a place the noun does not name is no owner to join
    assert all(len({s.article for s in c.sources}) == 1 for c in claims if c.figure.value == 800)


def test_several_hundred_is_an_estimate_and_a_participles_place_leads_to_the_state():
    (vague,) = [r.figure for r in read_figures("Several hundred Ruritanian troops have been killed or wounded, "
                                               "an official said.", "2024-12-19")]
    assert (vague.value, vague.qualifier, vague.unit) == (300, "about", "killed/injured")
    assert vague.expression == "Several hundred Ruritanian troops"
    first = read_figures("At least 100 soldiers deployed to the front have been killed.", "2024-12-19")[0].figure
    assert (first.value, first.unit) == (100, "killed")
    # "hundreds of" describes; it is no estimate
    assert read_figures("Hundreds of fans gathered outside.", "2024-12-19") == []


def test_peso_signs_and_a_sum_to_every_family_is_per_family():
    sums = [r.figure for t in ("The senator demanded ₱1 million to every bereaved family.",
                               "The government gave PHP 50,000 to each family.")
            for r in read_figures(t, "2026-07-10")]
    assert [(f.value, f.unit) for f in sums] == [(1000000, "PHP/family"), (50000, "PHP/family")]
