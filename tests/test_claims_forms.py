"""Attribution forms read by the claims reader: a negated verb is no statement, 'it' and 'the
<noun>' for a body named before, a figure in a relative clause, 'called them X', 'maintains that',
and an exact rate matched across articles."""

from __future__ import annotations

from test_claims_voices import article, cited, claims_of  # the same small-article helpers


def test_a_negated_verb_is_no_statement_and_the_next_verb_speaks():
    arts = [article("a", "Harbour Freight Lines has not responded to the claim.",
                    "Marta Quell, who runs the depot, has not commented since Friday, when she said again "
                    "that the cranes had been \u201cinspected every week\u201d.")]
    claims, index = claims_of(arts)
    assert not cited(claims, "a", 0)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Marta Quell")
    assert c.found_by == ["pronoun:said"]


def test_it_and_the_noun_are_the_body_named_before():
    arts = [article("a", "The Northern Rivers Water Authority published its survey on Monday.",
                    "The finding came as the Lakeland Anglers Association, a volunteer group, released its own "
                    "count. Based on samples from 40 streams, it estimates that 3,200 trout died.",
                    "Fishing was suspended, the authority said.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Lakeland Anglers Association")
    (d,) = cited(claims, "a", 2)
    assert d.actor == index.resolve("Northern Rivers Water Authority")
    assert d.found_by == ["body-noun:said"]


def test_the_noun_needs_a_body_of_that_name():
    arts = [article("a", "The Lakeland Anglers Association met on Monday.", "Fishing was suspended, the mission said.")]
    claims, _ = claims_of(arts)
    assert not cited(claims, "a", 1)


def test_a_figure_in_a_relative_clause_is_attributed_and_merged():
    arts = [article("one", "The Central Statistics Bureau said on Monday that unemployment rose to 7.3% in May, "
                           "the highest level in four years."),
            article("two", "That puts the union between the Central Statistics Bureau, which announced 7.3%, "
                           "and the employers' federation."),
            article("three", "The Tarn Valley Council, which has long called for a bypass, met on Monday.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert c.actor == index.resolve("Central Statistics Bureau")
    assert {s.article for s in c.sources} == {"one", "two"}
    assert not cited(claims, "three", 0)  # no figure: background, not a statement


def test_called_them_and_maintains_that_attribute_without_a_quote():
    arts = [article("a", "Two days after the Coastal Guard called them rumours, the oil slicks turned out to be real.",
                    "The Coastal Guard maintains that the spill was contained.",
                    "The Coastal Guard called a meeting for Friday.")]
    claims, index = claims_of(arts)
    guard = index.resolve("Coastal Guard")
    assert [c.actor for c in cited(claims, "a", 0)] == [guard]
    assert [c.actor for c in cited(claims, "a", 1)] == [guard]
    assert not cited(claims, "a", 2)


def test_a_body_named_by_one_word_speaks_in_lower_case():
    arts = [article("one", "Police said on Monday that reports of looted shops in the old town were \u201cfalse "
                           "rumours spread to cause panic\u201d."),
            article("two", "Two days after police called them false rumours, the looted shops of the old town "
                           "turned out to be real.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert c.actor == index.resolve("Police")
    assert {s.article for s in c.sources} == {"one", "two"}


def test_a_short_quoted_phrase_echoed_in_other_words_is_one_statement():
    arts = [article("one", "\u201cEvery safety rule was applied to the letter on this site. We trained each "
                           "team for months, replaced both cranes and hired two more inspectors,\u201d Ivo Marsh said."),
            article("two", "Ivo Marsh has not spoken since the inquiry opened at the county court, but wrote last "
                           "week to the families of the injured workers that the crew had \u201capplied every rule\u201d.")]
    claims, _ = claims_of(arts)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in claims), \
        [(c.actor, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_one_voice_giving_one_small_count_is_one_claim():
    arts = [article("one", "The death toll has risen to 17, the Saint Brendan Infirmary said on Monday.",
                    "Separately, the ferry line resumed service after a week."),
            article("two", "Volunteers searched the river banks. Police say nine died; the Saint Brendan "
                           "Infirmary has confirmed 17.")]
    claims, index = claims_of(arts)
    infirmary = index.resolve("Saint Brendan Infirmary")
    (c,) = [c for c in claims if c.actor == infirmary]
    assert {s.article for s in c.sources} == {"one", "two"}


def test_inspectors_of_a_body_describe_with_a_quote():
    arts = [article("a", "In a draft report, the NRWA inspectors describe \u201ccareless storage of solvents\u201d "
                         "at the plant.",
                    "The Northern Rivers Water Authority (NRWA) will publish it in May.")]
    claims, index = claims_of(arts)
    assert [c.actor for c in cited(claims, "a", 0)] == [index.resolve("NRWA")]


def test_a_body_named_by_a_word_of_its_name_gives_a_figure_it_reported():
    arts = [article("one", "The Federal Audit Commission said on Monday that the deficit reached 4.7% of output."),
            article("two", "The Supreme Court said it would rule on the complaint filed by the governor, who disputes "
                           "the commission's estimate of 4.7%.")]
    claims, index = claims_of(arts)
    commission = index.resolve("Federal Audit Commission")
    (c,) = [c for c in claims if c.actor == commission]
    assert {s.article for s in c.sources} == {"one", "two"}


def test_a_body_and_its_office_speak_with_one_voice():
    arts = [article("one", "The NORDA's Office for Coastal Safety said the ferry had sailed \u201cwithout a valid "
                           "stability certificate\u201d."),
            article("two", "NORDA inspectors said this week the ferry sailed \u201cwithout a valid stability "
                           "certificate\u201d, and asked for a review.")]
    claims, _ = claims_of(arts)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in claims), \
        [(c.actor, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_a_short_quote_between_the_subject_and_the_coordinated_verb():
    arts = [article("a", "Transport Secretary Ilse Varga closed the bridge on Sunday \u201cuntil further notice\u201d "
                         "and said engineers would report to her within ten days.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 0)
    assert c.actor == index.resolve("Ilse Varga")
    assert c.found_by == ["subject-coordinated-verb:said"]


def test_a_rejection_of_a_named_thing_in_a_few_words_is_no_claim():
    arts = [article("a", "Union leader Pavel Dronov also rejected the operator's passenger figures.",
                    "Pavel Dronov rejected the operator's figures as \u201cpure invention\u201d.",
                    "Pavel Dronov rejected the idea that the strike had failed.")]
    claims, _ = claims_of(arts)
    assert not cited(claims, "a", 0)
    assert cited(claims, "a", 1) and cited(claims, "a", 2)


def test_a_name_deep_in_the_subject_phrase_is_not_the_speaker_and_by_names_one():
    arts = [article("a", "Parents of pupils enrolled in the primary schools of Dunmore District Council say 60 "
                         "classrooms have mould, well above the 40 reported by the Regional Schools Inspectorate.",
                    "Officials of Dunmore District Council said the repairs would start in June.")]
    claims, index = claims_of(arts)
    assert [c.actor for c in cited(claims, "a", 0)] == [index.resolve("Regional Schools Inspectorate")]
    assert [c.actor for c in cited(claims, "a", 1)] == [index.resolve("Dunmore District Council")]


def test_a_body_s_statement_or_letter_says():
    arts = [article("a", "The Harbour Board's statement said the north quay would reopen on Friday.",
                    "The Rail Workers Union's letter to members said the strike would go ahead.")]
    claims, index = claims_of(arts)
    assert [c.actor for c in cited(claims, "a", 0)] == [index.resolve("Harbour Board")]
    assert [c.actor for c in cited(claims, "a", 1)] == [index.resolve("Rail Workers Union")]


def test_a_voice_revising_its_own_count_is_the_same_claim_updated():
    arts = [article("one", "Thirty cattle on four farms have been infected with the virus, the State Veterinary "
                           "Service said on Monday, two more than the farmers had reported."),
            article("two", "Separately, the ferry line resumed service after a week.",
                    "The State Veterinary Service on Friday raised its count of infected cattle to 41."),
            article("three", "The State Veterinary Service raised the alarm about the virus.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 1)
    assert c.actor == index.resolve("State Veterinary Service")
    assert {s.article for s in c.sources} == {"one", "two"}
    assert not cited(claims, "three", 0)  # raised without a count of its own: no statement


def test_she_said_after_a_quote_of_the_same_speaker_continues_the_statement():
    arts = [article("a", "\u201cThe water came through the roof in minutes,\u201d Ada Lorne told the Gazette. She said at "
                         "least two photographs sent by tenants showed the damage.",
                    "\u201cWe moved everyone out,\u201d Ada Lorne said. She said 14 flats were empty.")]
    claims, _ = claims_of(arts)
    assert len(cited(claims, "a", 0)) == 1  # one statement, its quote and what follows
    assert len(cited(claims, "a", 1)) == 2  # a count of its own is a claim of its own
