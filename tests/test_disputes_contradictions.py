"""Contradiction disputes on small invented stories: 'fake news' against a confirmation, 'within
the law' and rules 'followed to the letter' against a breach, a reply a paragraph away, a
subheading that is no one's statement; and unrelated statements that make no dispute."""

from __future__ import annotations

from build_dossier.extract import extract
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str = "2024-05-06") -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.replace("-", " ").title(), outlet=None,
                   date=date, paragraphs=[Paragraph(p) for p in paragraphs])


def found(articles):
    x = extract(articles)
    return x, {a.id: a.name for a in x.actors}


def worded(x):
    return [d for d in x.disputes if not any("figure" in f for f in d.found_by)]


def test_fake_news_against_a_confirmation():
    x, names = found([
        article("a", "The coast guard said reports of an oil slick spreading along the Varna beaches "
                     "were \"fake news\"."),
        article("b", "The Black Sea Institute confirmed on Thursday that an oil slick had been found "
                     "spreading along the Varna beaches.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    affirm, deny = d.positions
    assert affirm.summary.startswith("Confirms") and deny.summary.startswith("Denies")
    assert "fake news" in deny.summary
    assert d.title.startswith("Is it true that an oil slick") and d.title.endswith("beaches?")


def test_within_the_law_answers_a_breach_a_paragraph_before():
    # the two share no content word; the reply stands in the next paragraph, by another speaker
    x, names = found([article(
        "vote",
        "The mayor of Orsk, Lev Aranov, said the council meeting was moved online at an hour's notice.",
        "Marta Ilic, an opposition councillor, said the late move was a breach of the municipal rules.",
        "Aranov said the decision was \"entirely within the law\".")])
    (d,) = worded(x)
    breach, lawful = d.positions
    assert "breach" in breach.summary and "within the law" in lawful.summary
    assert [names[a] for a in breach.actors] == ["Marta Ilic"]
    assert [names[a] for a in lawful.actors] == ["Lev Aranov"]


def test_rules_followed_to_the_letter_against_breaches_of_the_protocol():
    x, names = found([
        article("inspect", "Food safety inspectors from the Agency for Food Standards described "
                           "\"serious breaches of the cooling protocol\" at the Delmar plant kitchens."),
        article("plant", "\"Every cooling protocol was followed to the letter in our kitchens,\" "
                         "Delmar manager Jonas Wirth said.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    assert {p.summary.split(":")[0] for p in d.positions} == {"A breach of the law", "Lawful"}
    assert any("to the letter" in p.summary for p in d.positions)
    assert d.title == "Is it lawful, or a breach of the cooling protocol?"


def test_a_quotation_cut_in_two_loses_its_stray_quote_mark():
    x, _ = found([article(
        "vote",
        "Marta Ilic, an opposition councillor, said the late move was a breach of the municipal rules.",
        "The mayor, Lev Aranov, said the move was \"entirely within the law and approved by the board\".")])
    (d,) = worded(x)
    lawful = d.positions[1]
    assert lawful.summary == "Lawful: “move was entirely within the law and approved by the board”"


def test_a_subheading_is_no_ones_statement():
    x, _ = found([article(
        "vote",
        "Critics: the vote broke the rules",
        "The election board said the vote was held in accordance with the rules.")])
    assert worded(x) == []


def test_opposite_legality_cues_far_apart_on_other_things_make_no_dispute():
    x, _ = found([article(
        "port",
        "Harbour master Ola Berg said the new mooring fee was lawful.",
        "The ferries kept their timetable on Monday.",
        "Fishermen landed more cod than last year.",
        "Ana Ruiz, who leads the anglers' club, said the night ban on angling was a breach of club rules.")])
    assert worded(x) == []


def test_a_call_to_lift_a_suspension_against_a_suspension_that_stays():
    x, names = found([article(
        "league",
        "The chess federation's president, Mira Kovac, asked the sports minister to lift the suspension "
        "of the national chess league so that matches in the smaller towns can go ahead.",
        "Sports Minister Daniel Horvat turned down the federation's request. \"The suspension stays "
        "until the inquiry reports,\" Horvat said.")])
    (d,) = worded(x)
    lift, keep = d.positions
    assert "lift the suspension" in lift.summary and "suspension stays" in keep.summary
    assert [names[a] for a in lift.actors] == ["Mira Kovac"]
    assert [names[a] for a in keep.actors] == ["Daniel Horvat"]


def test_not_related_against_a_contributing_factor():
    x, names = found([
        article("mill", "The mill's director, Petra Sand, said the two workers' illnesses were \"not related "
                        "to the dust\" in the grinding hall."),
        article("agency", "\"The dust was a contributing factor in the illnesses of both workers,\" said "
                          "Karl Moen of the labour inspectorate.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    assert d.title == "Was the dust a cause?"
    cause, no_cause = d.positions
    assert cause.summary.startswith("A cause") and "contributing factor" in cause.summary
    assert no_cause.summary.startswith("Not a cause") and "not related to the dust" in no_cause.summary
    assert [names[a] for a in no_cause.actors] == ["Petra Sand"]


def test_a_contributing_factor_to_something_else_is_no_dispute():
    x, _ = found([
        article("mill", "The mill's director, Petra Sand, said the stoppage was not related to the new tariffs."),
        article("agency", "Karl Moen of the labour inspectorate said fatigue was a contributing factor in "
                          "the forklift accident.", date="2024-05-08"),
    ])
    assert worded(x) == []


def test_a_call_against_its_refusal_in_the_same_paragraph():
    x, names = found([article(
        "ferry",
        "The islanders' association called on Monday for the ferry line to keep its winter timetable "
        "until the new pier opens. \"Cutting the winter timetable is not an option,\" said Lena Brandt, "
        "the ferry company's chief executive.")])
    (d,) = worded(x)
    assert d.title == "Should the ferry line keep its winter timetable?"
    call, refuse = d.positions
    assert call.summary.startswith("Calls for it") and refuse.summary.startswith("Refuses it")
    assert "not an option" in refuse.summary and [names[a] for a in refuse.actors] == ["Lena Brandt"]


def test_a_demanded_recount_against_no_legal_basis():
    x, names = found([article(
        "vote",
        "\"We demand a manual recount of every ballot in the Tarn district,\" said Jonas Ekberg of the "
        "Green List.",
        "The returning officer, Ida Holm, said there was no legal basis for a recount of ballots that "
        "were counted twice.")])
    (d,) = worded(x)
    assert d.title == "Should there be a manual recount of every ballot in the Tarn district?"
    call, refuse = d.positions
    assert [names[a] for a in call.actors] == ["Jonas Ekberg"]
    assert [names[a] for a in refuse.actors] == ["Ida Holm"]


def test_a_refusal_one_was_told_of_or_orders_turned_down_are_no_refusal():
    x, _ = found([article(
        "couriers",
        "The couriers' union called for the company to pay couriers who lost their shifts. "
        "Courier Tom Lind said couriers who turned down orders were paid less.",
        "\"We asked the company to pay couriers for lost shifts and were told it was not an option,\" "
        "union official Eva Berg said.")])
    assert worded(x) == []


def test_a_polarity_question_stops_before_minutes_after():
    x, _ = found([
        article("fans", "Ivo Petrov, who leads the supporters' club, said stewards locked the north gate "
                        "minutes after the final whistle."),
        article("club", "Club spokesman Marek Dvorak said no gate was locked by the stewards.",
                date="2024-05-08"),
    ])
    assert [d.title for d in worded(x)] == ["Is it true that stewards locked the north gate?"]


def test_an_anonymous_official_speaks_for_the_one_body_named_by_that_noun():
    # "in northern Tarvia" is where the school is, not who refuses; "a ministry official" is the
    # Education Ministry, the story's only body whose name ends in "ministry"
    x, names = found([article(
        "school",
        "The Education Ministry opened an inquiry on Monday.",
        "The teachers' union, Solidarnost Skola, called on Friday for the school to close its "
        "boarding house until the heating is repaired. \"Closing the only boarding school in northern "
        "Tarvia is not an option,\" a ministry official said.")])
    (d,) = worded(x)
    assert d.title == "Should the school close its boarding house?"
    call, refuse = d.positions
    assert [names[a] for a in refuse.actors] == ["Education Ministry"]


def test_lawyers_for_a_body_speak_for_it():
    x, names = found([article(
        "vote",
        "The Rural Voters Alliance filed a complaint on Monday.",
        "Lawyers for the alliance say the count was moved to the capital without notice, which they "
        "describe as a breach of the election law.",
        "Electoral commissioner Ida Holm said the move was \"entirely within the law\".")])
    (d,) = worded(x)
    breach, lawful = d.positions
    assert [names[a] for a in breach.actors] == ["Rural Voters Alliance"]
    assert [names[a] for a in lawful.actors] == ["Ida Holm"]
