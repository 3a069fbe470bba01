"""Disputes on small invented stories, for rules added after held-out batch 6: percentages of one
thing however far apart, a crossing said closed and open, an offer accepted and turned down, a
rule that allows what another calls illegal, a refusal to do what was demanded, a denial the same
voice later takes back, and questions that read as questions."""

from __future__ import annotations

from test_disputes_contradictions import article, found, worded  # the same small-article helpers


def figured(x):
    return [d for d in x.disputes if any("figure" in f for f in d.found_by)]


def test_percentages_of_one_thing_far_apart_are_one_dispute():
    """0.05% against 39.2% of one solvent: a share is not a part of a whole, both are estimates."""
    x, _ = found([
        article("a", "The state laboratory found 39.2% ethylene glycol in the samples, its director Omar Benali said."),
        article("b", "The manufacturer, Corvel Pharma, said its own tests showed 0.05% ethylene glycol.",
                date="2024-05-08"),
    ])
    (d,) = figured(x)
    assert sorted(p.summary.split(" (")[0] for p in d.positions) == ["0.05% ethylene glycol", "39.2% ethylene glycol"]


def test_a_crossing_said_closed_and_said_open():
    """"closed until further notice" against a denial that it is closed and "operating normally";
    a cue inside "denied that ..." takes the other side; "no comment on the closure" takes none."""
    x, names = found([
        article("a", "Valdoria's interior ministry said on Saturday that the Porto Nuevo crossing would be "
                     "closed \"until further notice\" for security reasons.",
                "There was no immediate comment from the Merania government on the closure."),
        article("b", "The Merania transport ministry denied that the Porto Nuevo crossing, the busiest on the "
                     "border, was closed. \"The crossing is open and operating normally,\" its spokesman Tomas "
                     "Lenk said.", date="2024-05-07"),
    ])
    (d,) = worded(x)
    assert d.title == "Is the Porto Nuevo crossing closed?"
    sides = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert set(sides) == {"Closed", "Open", "Not closed"}
    assert "Merania" not in " ".join(sides["Closed"])


def test_an_offer_accepted_and_turned_down():
    x, names = found([
        article("a", "Norway offered on Monday to host talks between Valdoria and Merania in Oslo.",
                "Valdoria had accepted the Norwegian proposal on Tuesday, its foreign minister Ana Lind said."),
        article("b", "Merania has turned down the Norwegian proposal to host talks with Valdoria, foreign "
                     "ministry spokesman Piet Oris said.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    assert d.title == "Will the Norwegian proposal be accepted?"
    by_side = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    # the accepting side is its speaker or, since the actors merge, the subject right before the cue
    assert set(by_side) == {"Accepts it", "Turns it down"}
    assert by_side["Accepts it"] in ({"Ana Lind"}, {"Valdoria"}) and by_side["Turns it down"] == {"Piet Oris"}


def test_what_the_rules_allow_answers_illegal():
    """"The suspension is illegal" (its speaker holds it, though the cue ends in -al) against "the
    rules allowed the regulator to suspend a licence first"; the question names the subject."""
    x, names = found([
        article("court",
                "Counsel for the company, Irena Vos, argued that the suspension was \"illegal\" because no "
                "hearing had been held.",
                "Karl Imre, for the regulator, said the health rules allowed the agency to suspend a licence "
                "first and hear the company afterwards."),
    ])
    (d,) = worded(x)
    assert d.title == "Is the suspension lawful?"
    by_side = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert by_side == {"A breach of the law": {"Irena Vos"}, "Lawful": {"Karl Imre"}}


def test_a_demand_and_a_refusal_to_do_it():
    """"demanding that the utility set up a relief fund" against "refused to set up the relief fund"
    and "rejected a demand": the question is the demand's subjunctive clause."""
    x, names = found([
        article("a", "The lawyer Omar Haddad, who represents the flooded households, is demanding that the "
                     "utility set up a relief fund for the households. The utility has refused to set up the "
                     "relief fund for the households, a spokeswoman, Lena Brandt, said."),
    ])
    (d,) = worded(x)
    assert d.title == "Should the utility set up a relief fund for the households?"
    by_side = {p.summary.split(":")[0] for p in d.positions}
    assert by_side == {"Calls for it", "Refuses it"}


def test_a_refusal_of_another_step_does_not_answer_a_demand():
    x, _ = found([
        article("a", "The families' lawyer, Omar Haddad, said the families demand compensation from the "
                     "utility for the flooded households in the valley."),
        article("b", "The court refused to stay the ruling against the utility over the flooded households "
                     "in the valley, judge Lena Brandt said.", date="2024-05-08"),
    ])
    assert worded(x) == []


def test_a_denial_the_same_voice_takes_back_later():
    """"On Monday, X said there was no indication ...; late on Wednesday, it acknowledged ...": one
    holder's turnaround in one paragraph is a dispute though the two sentences share no word."""
    x, _ = found([
        article("a", "On Monday, the water utility said there was \"no indication\" its pumps were involved. "
                     "Late on Wednesday, it acknowledged that a valve had failed at the Kessel station at 6:40 p.m. "
                     "Friday."),
    ])
    (d,) = worded(x)
    assert d.title == "Is it true that a valve had failed at the Kessel station at 6:40 p.m. Friday?"
    assert {p.summary.split(":")[0] for p in d.positions} == {"Confirms it", "Denies or dismisses it"}


def test_a_denied_clause_without_its_apposition_is_the_question():
    x, _ = found([
        article("a", "The Merania transport ministry denied that the Kessel ferry terminal, the largest on the "
                     "river, had flooded overnight, spokesman Tomas Lenk said."),
        article("b", "The river authority's director, Ana Lind, confirmed that the Kessel ferry terminal had "
                     "flooded overnight.", date="2024-05-07"),
    ])
    (d,) = worded(x)
    assert d.title == "Is it true that the Kessel ferry terminal had flooded overnight?"


def test_a_contrasting_clause_is_its_own_topic():
    """"X has turned down ..., while the port authorities acknowledged that ...": the
    acknowledgement's topic is its own clause, and "authorities" names a speaker, not a topic; it
    does not answer an unrelated denial naming the same two countries."""
    x, _ = found([
        article("a", "The Merania authorities have denied that the Kessel ferry terminal is flooded, a "
                     "Merania government spokesman, Tomas Lenk, said."),
        article("b", "Valdoria has turned down a loan from Merania, while Merania's port authorities "
                     "acknowledged for the first time that two cranes had collapsed.", date="2024-05-07"),
    ])
    assert not [d for d in worded(x) if "confirmation" in d.found_by[0]]


def test_reports_called_unfounded_deny_what_they_report():
    x, names = found([
        article("a", "The detainee's lawyer, Omar Haddad, said his client had been on hunger strike since Friday."),
        article("b", "\"The reports of a hunger strike are completely unfounded,\" the prison service's "
                     "spokesman, Piet Oris, said.", date="2024-05-07"),
    ])
    (d,) = worded(x)
    by_side = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert by_side == {"Says it is so": {"Omar Haddad"}, "Says it is not so": {"Piet Oris"}}


def test_no_such_thing_answered_a_paragraph_later():
    """"No alert came to our phones" against "The alerts went out" in the next paragraph: what
    there is said to be none of is what the reply answers; "held without charge" is no "charged"."""
    x, names = found([
        article("a", "\"No alert came to our phones,\" village head Ana Lind said on Monday.",
                "\"The alerts went out at nine,\" district chair Piet Oris said."),
        article("b", "\"My client has not been charged with anything,\" lawyer Omar Haddad said.",
                "Haddad said his client was still held without charge in Kessel.", date="2024-05-07"),
    ])
    (d,) = worded(x)
    by_side = {p.summary.split(":")[0]: {names[a] for a in p.actors} for p in d.positions}
    assert by_side == {"Says it is so": {"Piet Oris"}, "Says it is not so": {"Ana Lind"}}


def test_two_denials_of_one_paragraph_are_one_dispute_and_the_question_reads():
    """Two denials in one paragraph ("had never sold the product abroad"; "never exported a single
    bottle") answer one question; "told <whom> that" and an inserted "it said" leave the question
    its subject."""
    x, _ = found([
        article("a", "The company's director, Ravi Menon, said the company had never sold the lotion abroad. "
                     "\"We have never exported a single bottle of this lotion,\" Menon said."),
        article("b", "Two batches, the company's spokeswoman Lena Brandt said, had been sold in March to a "
                     "merchant exporter in Kessel.",
                "A customs officer, Piet Oris, told the Kessel Courier that the exported lotion had "
                "cleared customs in a single bottle consignment.", date="2024-05-08"),
    ])
    polar = [d for d in worded(x) if "polarity" in d.found_by[0]]
    (d,) = polar
    assert d.title == "Is it true that the exported lotion had cleared customs in a single bottle consignment?"
    assert len(d.positions[1].sources) == 2  # both denials


def test_a_refusal_only_the_callers_report_is_no_dispute():
    x, _ = found([
        article("a", "A statement from Valdoria's foreign ministry demanded \"consular access without delay\" "
                     "to the detained reporter, which it said Merania had so far refused."),
        article("b", "Valdoria's foreign ministry repeated the demand for consular access to the detained "
                     "reporter on Monday.", date="2024-05-08"),
    ])
    assert not [d for d in worded(x) if "proposal" in d.found_by[0]]


def test_questions_name_their_subject():
    """"acknowledged for the first time that the ferry ...", a quoted predicate after a name ('that
    Mr Lenk "was charged ...'), and no question with a pronoun for its subject."""
    x, _ = found([
        article("a", "The Merania port authority denied that the Kessel ferry had sunk near the harbour, its "
                     "director Piet Oris said. \"It has not sunk,\" he said.",
                "Valdoria's coast guard chief, Ana Lind, said it had been confirmed that it sank."),
        article("b", "The river police acknowledged for the first time that the Kessel ferry had sunk near "
                     "the harbour, police spokesman Omar Haddad said.", date="2024-05-08"),
        article("c", "\"No charge has been notified to my client,\" lawyer Ravi Menon said.",
                "The prosecutor's spokesman, Ivo Marek, told a Kessel radio station on Monday that Mr Tomas "
                "\"was charged on Friday with espionage\".", date="2024-05-09"),
    ])
    titles = {d.title for d in worded(x)}
    assert "Is it true that the Kessel ferry had sunk near the harbour?" in titles
    assert "Is it true that Mr Tomas was charged on Friday with espionage?" in titles


def test_a_breach_in_quotation_marks_still_names_what_it_breaks():
    x, _ = found([
        article("a", "Valdoria's foreign minister, Ana Lind, described the deployment as a \"flagrant violation\" "
                     "of the Kessel arms treaty."),
        article("b", "Merania's defence minister, Piet Oris, said the deployment was fully in line with the "
                     "Kessel arms treaty.", date="2024-05-08"),
    ])
    (d,) = worded(x)
    assert d.title == "Is it lawful, or a breach of the Kessel arms treaty?"
