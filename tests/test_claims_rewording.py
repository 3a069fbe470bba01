"""One statement reported by several articles in different words is one claim citing each of them
(synonyms, a body and its country, a spokesman and his ministry, two romanisations of a name, a
statement reported in passing); one sentence giving several voices' statements is several claims.
Invented articles; each test asserts the claims find_claims returns."""

from __future__ import annotations

from tests.test_claims_voices import article, cited, claims_of


def articles_of(claim) -> set[str]:
    return {s.article for s in claim.sources}


def joined(claims, *aids: str) -> list:
    return [c for c in claims if set(aids) <= articles_of(c)]


def show(claims):
    return [(c.actor, sorted((s.article, s.paragraph) for s in c.sources), c.text[:60]) for c in claims]


def test_synonyms_join_one_statement_reworded():
    arts = [
        article("one", "The Velorian interior ministry said it had declared the envoys persona non grata."),
        article("two", "The Velorian interior ministry said it had ordered out the envoys."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_two_statements_of_one_speaker_stay_two_claims():
    arts = [
        article("one", "The Velorian interior ministry said it expelled four Norland diplomats for spying.",
                "The Velorian interior ministry said the harbour bridge would reopen to lorries next spring."),
        article("two", "The Velorian interior ministry said it had declared four Norland diplomats persona non "
                       "grata for spying."),
    ]
    claims, _ = claims_of(arts)
    assert not [c for c in claims if {("one", 0), ("one", 1)} <= {(s.article, s.paragraph) for s in c.sources}], \
        show(claims)
    bridge = cited(claims, "one", 1)
    assert bridge and all("two" not in articles_of(c) for c in bridge), show(claims)


def test_a_government_body_speaks_for_its_country():
    arts = [
        article("one", "On Monday, Peru's foreign ministry declared three Chilean diplomats persona non grata "
                       "and gave them 72 hours to leave."),
        article("two", "Lima says it expelled three Chilean diplomats on Monday for activities incompatible "
                       "with their status."),
    ]
    claims, index = claims_of(arts)
    both = joined(claims, "one", "two")
    assert both, show(claims)


def test_the_ministrys_spokesman_speaks_for_the_ministry_named_before():
    arts = [
        article("one", "Peru's transport ministry closed the northern port on Friday. “The port will stay "
                       "shut until the dredging is finished and inspected,” the ministry's spokesman, Tomas "
                       "Arvel, told reporters."),
        article("two", "Peru's transport ministry said the northern port would stay shut until the "
                       "dredging was finished and inspected."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_one_person_in_two_romanisations_is_one_voice():
    arts = [
        article("one", "“My client has done nothing wrong and is being held without charge in a police cell,” "
                       "his lawyer, Mohamed Ben Salah, told the Courier."),
        article("two", "The lawyer, Mohammed Bin Salah, said his client was still being held without charge in "
                       "a police cell and had not seen a judge."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_each_voice_of_a_sentence_listing_several_is_its_own_claim():
    arts = [article("one", "The totals remain contested: Peru's foreign ministry says it expelled three "
                           "Chileans, Chile's puts the figure at five, and the Andean Press Agency reported four.")]
    claims, index = claims_of(arts)
    actors = {c.actor for c in cited(claims, "one", 0)}
    assert len(actors) == 3 and index.resolve("Chile") in actors, show(claims)
    chile = [c for c in cited(claims, "one", 0) if c.actor == index.resolve("Chile")]
    assert chile[0].text == "Chile's puts the figure at five", show(claims)


def test_a_bare_said_closing_the_clause_before_is_not_a_second_voice():
    arts = [article("one", "Velora and the Norland Rebel Front agreed on Monday to a 72-hour truce after four "
                           "days of talks, Kessia's foreign ministry said, but each side accused the other of "
                           "breaking it within hours.")]
    claims, _ = claims_of(arts)
    assert len(cited(claims, "one", 0)) == 1, show(claims)


def test_three_quoted_words_in_a_row_join_two_long_quotes():
    arts = [
        article("one", "“My client has not been charged with anything. He is being held without charge under a "
                       "custody order, and I was not allowed to see him for two days,” Ilse Varga told the Courier."),
        article("two", "Ilse Varga maintains the opposite: “No charge has been notified to the defence. Piet is "
                       "held without charge, and that is why we speak of arbitrary detention.”"),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_a_statement_reported_in_passing_cites_its_voices_claim():
    arts = [
        article("one", "“The detainee is eating normally and is in good health,” the Velorian Prison Service "
                       "said on Monday, calling reports of a hunger strike unfounded."),
        article("two", "Ilse Varga said the Velorian Prison Service had denied that the detainee was on hunger "
                       "strike and was eating normally."),
    ]
    claims, index = claims_of(arts)
    prison = index.resolve("Velorian Prison Service")
    theirs = [c for c in claims if c.actor == prison]
    assert theirs and "two" in articles_of(theirs[0]), show(claims)
    assert not [c for c in claims if c.actor == prison and articles_of(c) == {"two"}], show(claims)


def test_according_to_its_ministry_is_the_ministry_of_the_subject():
    arts = [
        article("one", "Peru's foreign ministry said on Monday it had expelled three Chilean diplomats for "
                       "spying.", "Chile's foreign ministry called the decision hostile."),
        article("two", "Lima expelled three Chilean diplomats last week, according to its foreign ministry."),
    ]
    claims, index = claims_of(arts)
    found = cited(claims, "two", 0)
    assert found and found[0].actor == index.resolve("Peru's foreign ministry"), show(claims)


def test_the_same_body_is_the_body_that_spoke_in_the_paragraph():
    arts = [article("one", "On Monday the Velorian Prison Service said the detainee had been moved to hospital. "
                           "A week earlier the same body had called reports of a hunger strike “unfounded”.")]
    claims, index = claims_of(arts)
    prison = index.resolve("Velorian Prison Service")
    assert len([c for c in cited(claims, "one", 0) if c.actor == prison]) == 2, show(claims)


def test_a_count_in_words_and_in_digits_from_one_voice():
    arts = [
        article("one", "The forum's own list now has 14 children dead, Piet Olsen said, including two deaths "
                       "that were never reported."),
        article("two", "“Fourteen of our children are dead. Two crore rupees divided among all of us is an "
                       "insult,” Piet Olsen said."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_neither_x_nor_y_has_commented_is_no_claim():
    arts = [article("one", "Neither the Velorian Prison Service nor the Norland Embassy has commented publicly "
                           "on the arrest.")]
    claims, _ = claims_of(arts)
    assert not cited(claims, "one", 0), show(claims)


def test_a_company_with_and_without_its_legal_form_and_its_director():
    arts = [
        article("one", "Brisa Remedies Pvt Ltd recalled the syrup on Monday.",
                "“Tussolin is sold only in two states and we have never exported a single bottle,” said "
                "Brisa Remedies managing director Karan Mehta."),
        article("two", "Brisa Remedies told anyone who asked that Tussolin was sold only in two states and never "
                       "exported."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_a_participle_saying_is_the_opening_subjects_statement():
    arts = [article("one", "LIMA, Feb 21: The Andean High Court on Friday refused to lift the ban on the syrup, "
                           "saying commercial loss could not be weighed against the lives of children.")]
    claims, index = claims_of(arts)
    found = cited(claims, "one", 0)
    assert found and found[0].actor == index.resolve("Andean High Court"), show(claims)


def test_a_named_voice_putting_the_toll_at_a_count_is_its_count_claim():
    arts = [
        article("one", "The Velorian Institute of Child Health says it has treated 31 children, and 11 of them "
                       "have died."),
        article("two", "The Velorian Institute of Child Health has put the toll at 11."),
    ]
    claims, _ = claims_of(arts)
    assert joined(claims, "one", "two"), show(claims)


def test_officials_putting_the_toll_at_a_count_is_no_claim():
    arts = [article("one", "Officials put the toll at 38 but aid workers say the real figure is far higher.")]
    claims, _ = claims_of(arts)
    assert not [c for c in cited(claims, "one", 0) if "put the toll at" in " ".join(c.found_by)], show(claims)


def test_a_second_predicate_of_the_subject_cites_its_own_claim():
    arts = [
        article("one", "Peru's foreign ministry said that five members of its embassy in Santiago had been ordered "
                       "out, calling the decision hostile.",
                "The ministry said it had summoned the Chilean envoy and was expelling five Chilean diplomats "
                "in strict application of the principle of reciprocity."),
        article("two", "Peru says five of its embassy staff were expelled and sent home five Chilean diplomats "
                       "in return."),
    ]
    claims, _ = claims_of(arts)
    reciprocity = cited(claims, "one", 1)
    assert reciprocity and "two" in articles_of(reciprocity[0]), show(claims)


def test_standing_by_it_takes_the_sentence_before():
    arts = [
        article("one", "“The alerts went out at 9:14 and our staff called the band office,” board chair Hanne "
                       "Torvik said."),
        article("two", "The district has published a log showing the alert went out at 9:14 on Saturday. Board "
                       "chair Hanne Torvik says the district stands by it."),
    ]
    claims, _ = claims_of(arts)
    quotes = [s.quote for c in cited(claims, "two", 0) for s in c.sources if s.article == "two"]
    assert quotes and quotes[0].startswith("The district has published a log"), show(claims)
    assert joined(claims, "one", "two"), show(claims)


def test_he_said_is_the_person_already_quoted_not_a_name_in_passing():
    arts = [article("one",
                    "“A fault is not a fire,” chief executive Lorne Brack said on Monday.",
                    "Brack pointed instead to the storm. According to the co-op, Ilse Varga's lightning network "
                    "recorded 11 strikes near the ridge. “Lightning remains the most likely cause,” he said.")]
    claims, index = claims_of(arts)
    found = [c for c in cited(claims, "one", 1) if "Lightning remains" in c.text]
    assert found and found[0].actor == index.resolve("Lorne Brack"), show(claims)


def test_an_official_at_an_unnamed_office_is_an_anonymous_voice():
    arts = [article("one", "A senior official at the presidential office told reporters that the government "
                           "would respond in phases.")]
    claims, _ = claims_of(arts)
    found = cited(claims, "one", 0)
    assert found and found[0].actor is None and "anonymous" in " ".join(found[0].found_by), show(claims)
