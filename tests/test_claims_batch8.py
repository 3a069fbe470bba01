"""Claims on held-out batch 8's kinds of sentence (small invented articles): a person named once
with the body they head speaks for it in every passage; a place's population is background."""

from __future__ import annotations

from build_dossier.extract.figures import read_figures
from test_claims_voices import article, cited, claims_of  # the same small-article helpers


def test_a_chair_named_once_with_the_body_speaks_for_it_in_every_passage():
    one = article("one", "Lakeland Water Board chairwoman Dr Ada Obi said on Monday that the hearing would go ahead.",
                  "“Every gauge at the reservoir was calibrated in May and checked twice,” Obi told reporters.")
    two = article("two", "The Lakeland Water Board said every gauge at the reservoir had been calibrated in May.")
    claims, index = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {(s.article, s.paragraph) for s in c.sources} == {("one", 1), ("two", 0)}, \
        [(x.actor, x.sources) for x in claims]


def test_the_body_s_chair_in_an_appositive_speaks_for_it():
    one = article("one", "The Lakeland Water Board met on Sunday. The board's chairwoman, Dr Ada Obi, said on "
                         "Monday that the hearing would go ahead.",
                  "“Every gauge at the reservoir was calibrated in May and checked twice,” Obi told reporters.")
    two = article("two", "The Lakeland Water Board said every gauge at the reservoir had been calibrated in May.")
    claims, index = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {(s.article, s.paragraph) for s in c.sources} == {("one", 1), ("two", 0)}


def test_a_customer_named_with_the_body_still_does_not_speak_for_it():
    one = article("one", "Lakeland Water Board customer Ada Obi said on Monday that the hearing would go ahead.",
                  "“Every gauge at the reservoir was calibrated in May and checked twice,” Obi told reporters.")
    two = article("two", "The Lakeland Water Board said every gauge at the reservoir had been calibrated in May.")
    claims, _ = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"two"}


def _figures(text: str) -> list[str]:
    return [r.figure.expression for r in read_figures(text, "2031-03-12")]


def test_a_place_s_population_is_background():
    assert _figures("Ruritania, a nation of some 8 million people, has a long coastline.") == []
    assert _figures("Porto Vell, home to two ports and a refinery, has about 600,000 inhabitants.") == []
    assert _figures("The quake hit Vell, a town with a population of 40,000, at dawn.") == []
    # a count of what happened to people stays a figure
    assert _figures("The fire forced 900 inhabitants to flee.") == ["900 inhabitants"]
    assert _figures("The storm, which hit the town of 5,000 people, killed 12 people.") == ["12 people"]


def test_an_unnamed_spokeswoman_speaks_for_the_body_before_her():
    one = article("one", "The Harlow Steel Corporation denied it. “Harlow has never dumped slag in the river, and the "
                         "report is wrong,” a spokesman said by phone.")
    two = article("two", "The Harlow Steel Corporation said it had never dumped slag in the river.")
    claims, index = claims_of([one, two])
    (c,) = [x for x in cited(claims, "one", 0) if any("spokesman" in s.quote for s in x.sources)]
    assert c.actor == index.resolve("Harlow Steel Corporation")
    assert {s.article for s in c.sources} == {"one", "two"}


def test_a_ministry_statement_is_the_ministry_speaking():
    one = article("one", "The Ministry of Water on Monday fined the dam operator. A ministry statement said the "
                         "operator had opened the sluices without notice.")
    claims, index = claims_of([one])
    assert any(c.actor == index.resolve("Ministry of Water") and "ministry statement said" in c.text
               for c in claims), [(c.actor, c.text) for c in claims]


def test_its_chair_speaks_for_the_body_before():
    one = article("one", "Until May, the Lakeland Water Board had refused any inquiry. Its executive director, "
                         "Dr Ada Obi, said on Monday that the hearing would go ahead.",
                  "“Every gauge at the reservoir was calibrated in May and checked twice,” Obi told reporters.")
    two = article("two", "The Lakeland Water Board said every gauge at the reservoir had been calibrated in May.")
    claims, index = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {(s.article, s.paragraph) for s in c.sources} == {("one", 1), ("two", 0)}


def test_a_body_and_its_officer_giving_one_count_are_one_claim():
    one = article("one", "Harbour Party general secretary Jo Roe told the Courier that 37 of the party's members "
                         "had been picked up after the march.")
    two = article("two", "The Harbour Party says 37 of its members were detained on Monday.")
    claims, _ = claims_of([one, two])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"one", "two"}, [(x.actor, x.sources) for x in claims]
    other = article("two", "The Harbour Party says 58 of its members were detained on Monday.")
    claims, _ = claims_of([one, other])
    (c,) = cited(claims, "two", 0)
    assert {s.article for s in c.sources} == {"two"}


def test_a_name_ending_in_jr_before_an_appositive_still_speaks():
    arts = [article("a", 'Colonel Pedro "Pete" Villamor Jr., the port authority\'s spokesman, told reporters on '
                         'Tuesday that the barge "had every permit it needed".')]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 0)
    assert c.actor and "villamor" in c.actor


def test_a_percentage_compared_with_another_measures_what_that_one_does():
    (first, second) = read_figures("The official rate of 64 percent is higher than the 55.2 percent the monitors "
                                   "recorded.", "2031-03-12")
    assert first.figure.unit == second.figure.unit == "% rate"


def test_a_count_about_its_giver_only_by_context_joins_the_same_count_elsewhere():
    from build_dossier.extract import extract
    one = article("one", "The Citizens' Harbour Watch Network, a coalition of civic groups, said its own tally "
                         "put the gap at 412 votes.")
    two = article("two", "According to the Citizens' Harbour Watch Network, the gap in its own count was "
                         "only 412 votes.")
    found = extract([one, two])
    figures = [c for c in found.claims if c.figure is not None and c.figure.value == 412]
    assert len(figures) == 1, [(c.id, c.figure) for c in figures]
    assert {s.article for s in figures[0].sources} == {"one", "two"}


def test_the_company_is_the_last_body_named_with_a_company_noun():
    arts = [article("a", "Harlow Steel Industries gave a lower figure. “Nineteen of our staff were checked by doctors "
                         "as a precaution,” the company said in a statement.")]
    claims, index = claims_of(arts)
    (c,) = [x for x in cited(claims, "a", 0) if "Nineteen" in x.text]
    assert c.actor == index.resolve("Harlow Steel Industries")


def test_telling_reporters_after_but_is_the_second_subject_speaking():
    arts = [article("a", "The Ruritanian Foreign Ministry first dismissed the report as false, but on Monday President Ivan Gromov declined "
                         "to deny it, telling reporters in the capital that what Ruritania did with its fleet was a "
                         "matter for its own parliament.")]
    claims, index = claims_of(arts)
    speakers = {c.actor for c in cited(claims, "a", 0)}
    assert index.resolve("Ivan Gromov") in speakers, [(c.actor, c.text) for c in claims]
    # "a telling sign" reports nothing
    claims, _ = claims_of([article("b", "The empty stands were a telling sign that the club had lost its fans.")])
    assert claims == []


def test_a_body_in_an_opening_phrase_of_place_is_no_subject():
    arts = [article("a", "At the assembly, Deputy Ana Delacruz, who leads the finance panel, tabled a "
                         "motion on Monday and called on the regulator to withdraw the bank's licence.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 0)
    assert c.actor == index.resolve("Ana Delacruz"), [(x.actor, x.text) for x in claims]


def test_a_body_named_by_two_common_words_of_its_name():
    arts = [article("a", "The Northern Rescue Service opened an inquiry.",
                    "On Tuesday the rescue service had insisted the barge held every permit it needed.")]
    claims, index = claims_of(arts)
    (c,) = cited(claims, "a", 1)
    assert c.actor == index.resolve("Northern Rescue Service")


def test_what_someone_said_as_a_noun_reports_nothing():
    arts = [article("a", "The Supreme Court froze the sale. Inside: what the court said, what the "
                         "buyers said, and what happens next.")]
    claims, _ = claims_of(arts)
    assert not any("Inside" in c.text for c in claims), [(c.actor, c.text) for c in claims]
    claims, _ = claims_of([article("b", "Asked what the ministry had said, the Supreme Court said it would rule on Monday.")])
    assert len(claims) == 1
