"""Claims found across articles on stories seen for the first time: a speaker's nickname in
straight quotes, a participle in an appositive ("X, citing sources, reported"), one voice's two
reports in other words."""

from __future__ import annotations

from test_claims_voices import article, cited, claims_of  # the same small-article helpers


def test_a_nickname_in_straight_quotes_is_no_quotation():
    arts = [article("a", "Santos Haulage Inc. is owned by Eduardo Santos.",
                    'Its president, Eduardo "Ed" Santos, repeated on Monday that "no permit was ever '
                    'refused to our trucks" and blamed the port.')]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Eduardo Santos")
    assert c.kind == "quote"


def test_citing_in_an_appositive_leaves_the_subject_speaking():
    arts = [article("a", "The Kestrel News Agency was founded in 2004.",
                    "On Monday the Kestrel News Agency, citing two people familiar with the talks, "
                    "reported that the board was preparing a cut of 300 jobs.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Kestrel News Agency")


def test_a_minister_speaks_for_the_ministry_of_that_office():
    arts = [article("one", "“This is a temporary, targeted measure. It is not a tariff,” the Trade and Industry "
                           "Ministry said in a written statement."),
            article("two", "“What we introduced is a temporary levy, not a tariff,” Industry Minister Ana Varga "
                           "told reporters on Monday.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}, [(x.actor, x.sources) for x in claims]


def test_a_minister_of_another_office_is_another_voice():
    arts = [article("one", "“This is a temporary, targeted measure. It is not a tariff,” the Trade and Industry "
                           "Ministry said in a written statement."),
            article("two", "“What we introduced is a temporary levy, not a tariff,” Health Minister Ana Varga "
                           "told reporters on Monday.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"two"}


def test_a_verb_and_its_noun_are_one_word_when_passages_are_compared():
    arts = [article("one", "The Delta Shipping Authority said on Sunday it was looking into whether the barge was "
                           "overloaded, and suspended the operations of Kappa Lines' four remaining vessels pending "
                           "its investigation."),
            article("two", "Delta Shipping Authority Administrator Jo Ruiz said the suspension of the company's "
                           "fleet would stay “until the investigation is complete” and that revocation “remains on "
                           "the table.”")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}, [(x.actor, x.sources) for x in claims]


def test_a_person_named_with_the_body_they_work_at_speaks_for_it():
    one = article("one", 'The Northern Met Agency said the flood warning "remained in force all night."')
    two = article("two", "Lena Dorn, a hydrologist at the Northern Met Agency, said the flood warning "
                         '"remained in force all night" and was never lifted.')
    claims, _ = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}, [(x.actor, x.sources) for x in claims]
    critic = article("two", "Lena Dorn, a critic of the Northern Met Agency, said the flood warning "
                            '"remained in force all night" and was never lifted.')
    claims, _ = claims_of([one, critic])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"two"}


def test_one_voice_giving_the_same_time_of_day_is_one_claim():
    arts = [article("one", "Lena Dorn said the agency raised a flood warning at 5 a.m. on Friday for the northern "
                           "valleys, expecting heavy rain and high rivers."),
            article("two", "Lena Dorn told the inquiry that the flood warning issued at 5 a.m. was never lifted "
                           "that day.")]
    claims, _ = claims_of(arts)
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}, [(x.actor, x.sources) for x in claims]


def test_a_pull_quote_is_its_speakers_claim():
    arts = [article("one", "“We will not accept this without a fight. The people who built this mill are paying for "
                           "the greed of a fund in London,” said Mara Kovac, the union's regional secretary."),
            article("two", "The mill will close in March.",
                    "“The people who built this mill are paying for the greed of a fund in London.” — Mara Kovac, "
                    "Metalworkers Union")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 1)
    assert c.actor == index.resolve("Mara Kovac")
    assert {s.article for s in c.sources} == {"one", "two"}


def test_a_date_after_the_weekday_stays_between_subject_and_verb():
    arts = [article("a", "The Harbour Safety Board on Tuesday, 12 May, said the crane had failed twice before.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 0)
    assert c.actor == index.resolve("Harbour Safety Board")


def test_a_bodys_commission_speaks_for_it():
    arts = [article("a", "The Andean Union (AU) said on Monday it was following the row.",
                    "The Andean Union (AU) Commission called on “the two neighbours to exercise restraint”, in a "
                    "statement issued in Lima.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Andean Union")


def test_acknowledged_a_but_maintains_b_cites_the_claim_of_b():
    arts = [article("one", "In a statement on Wednesday, the Harbour Power Authority acknowledged that its system had "
                           "recorded a fault on its pier feeder, 20 minutes before the fire was reported."),
            article("two", "The Harbour Power Authority acknowledged on Wednesday that a fault was recorded on its line "
                           "near the pier, 20 minutes before the first report, but maintains that corrosion is the "
                           "more likely cause."),
            article("three", "The Harbour Power Authority has faced questions all week.",
                    "Jo Blake, the authority's chief executive, pointed to the salt air.",
                    "“Corrosion remains the most likely cause,” Blake said.")]
    claims, index = claims_of(arts)
    # a claim of the cause alone, cited by the passage that also acknowledges the fault
    assert any({s.article for s in c.sources} == {"two", "three"} for c in cited(claims, "three", 2))


def test_the_noun_is_the_storys_one_body_of_that_name_when_the_article_never_named_it():
    arts = [article("one", "The Meridian Water Authority said on Monday that the reservoir was “safe to use again”."),
            article("two", "Residents queued for bottled water all week.",
                    "The authority insisted on Tuesday that the reservoir was “safe to use again”.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "two", 1)
    assert c.actor == index.resolve("Meridian Water Authority")
    assert {s.article for s in c.sources} == {"one", "two"}


def test_a_customer_of_a_body_does_not_speak_for_it():
    one = article("one", 'The Northern Met Agency said the flood warning "remained in force all night."')
    two = article("two", 'Northern Met Agency customer Lena Dorn said the flood warning "remained in force all '
                         'night" and was never lifted.')
    claims, _ = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"two"}
    staff = article("two", 'Northern Met Agency forecaster Lena Dorn said the flood warning "remained in force all '
                           'night" and was never lifted.')
    claims, _ = claims_of([one, staff])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}
