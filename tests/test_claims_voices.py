"""Claims merged across articles by voice: a person speaking for the body their role names, a
speaker named in full and in part, the same count from one voice, and 'repeated' attributing."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.extract import claims as claims_module
from build_dossier.extract.claims import find_claims
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=None, date=None,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def claims_of(articles):
    _, index = find_actors(articles)
    return find_claims(articles, index), index


def cited(claims, aid: str, paragraph: int):
    return [c for c in claims if any(s.article == aid and s.paragraph == paragraph for s in c.sources)]


def test_head_of_appositive_names_the_person_not_the_place():
    arts = [article("a", "“We counted some 7,400 people at the gates,” Colonel Dario Velmont, head of the "
                         "Harbour Guard in the Northern Lakes Region, told reporters.")]
    claims, index = claims_of(arts)
    assert cited(claims, "a", 0)[0].actor == index.resolve("Dario Velmont")


def test_repeated_attributes_and_merges_with_the_first_report():
    arts = [
        article("one", "Transport Minister Olga Brandt rejected that. “Night trains are not at risk. Not one "
                       "night train will be cancelled because of the subsidy review,” Brandt said on Monday."),
        article("two", "Transport Minister Olga Brandt repeated on Tuesday that night trains were “protected by "
                       "contract” and could not be cancelled by a subsidy review."),
    ]
    claims, _ = claims_of(arts)
    both = [c for c in claims if {s.article for s in c.sources} == {"one", "two"}]
    assert both, [(c.actor, [s.article for s in c.sources]) for c in claims]


def test_one_body_named_with_and_without_its_country_is_one_voice():
    arts = [
        article("one", "About 140 miners are still in the shaft, the National Mining Inspectorate said on Monday."),
        article("two", "Separately, the ferry line resumed service after a week.",
                "The Estonian National Mining Inspectorate said that 140 workers had no way out of the shaft."),
    ]
    claims, _ = claims_of(arts)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in claims), \
        [(c.actor, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_the_same_count_from_one_speaker_is_one_claim():
    arts = [
        article("one", "Lina Orsk said 2,300 containers were stuck at the northern quay after cranes failed in "
                       "the storm and ships waited offshore."),
        article("two", "Lina Orsk said that about 2,300 containers had nowhere to go, leaving truckers, exporters "
                       "and farmers stranded for days without any word from officials."),
    ]
    claims, _ = claims_of(arts)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in claims)


def test_different_counts_of_one_speaker_stay_apart():
    arts = [
        article("one", "Lina Orsk said 2,300 containers were stuck at the port."),
        article("two", "Lina Orsk said 410 containers had been cleared by Friday."),
    ]
    claims, _ = claims_of(arts)
    assert not any(len({s.article for s in c.sources}) == 2 for c in claims)


def test_distinctive_numbers_leave_out_years_and_small_counts():
    assert claims_module._numbers("In 2024, 3 people and 12,500 others paid 1.5 million, or 250 each.") == {"12500", "250"}


def test_a_sentence_naming_the_body_and_its_figure_cites_the_officials_quote():
    arts = [
        article("one", "“Between 12,000 and 14,000 tonnes of ash fell on the valley,” VGA commissioner Mara Lind "
                       "told a briefing.",
                "The Volcanic Geology Agency (VGA) said it had closed the road."),
        article("two", "The Volcanic Geology Agency puts it at 12,000 to 14,000 tonnes; Basalt Mining says "
                       "no more than 900."),
    ]
    claims, index = claims_of(arts)
    lind = [c for c in claims if c.actor == index.resolve("Mara Lind")]
    assert lind and {s.article for s in lind[0].sources} == {"one", "two"}, \
        [(c.actor, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_a_spokeswoman_and_her_body_giving_different_counts_stay_apart():
    arts = [
        article("one", "Harbour Board spokeswoman Ilse Maren said 14 ferries were waiting to dock on Monday "
                       "evening, against an average of three."),
        article("two", "The Harbour Board said 22 ferries were waiting to dock on Thursday morning."),
    ]
    claims, _ = claims_of(arts)
    assert not any(len({s.article for s in c.sources}) == 2 for c in claims)


def test_one_of_two_reported_statements_is_cited_with_another_article_s_report_of_it():
    arts = [
        article("one", "Veltro Shipping Company, which is listed in Vienna, said it would appeal to the Supreme Court, "
                       "the country's highest court."),
        article("two", "Veltro Shipping Company chief executive Mara Quist said on Friday that the reduced penalty of "
                       "€4.2 million amounted to 9% of the firm's domestic sales, and that the group would take "
                       "its case to the Supreme Court."),
    ]
    claims, _ = claims_of(arts)
    appeal = cited(claims, "one", 0)
    assert len(appeal) == 1 and {s.article for s in appeal[0].sources} == {"one", "two"}, \
        [(c.actor, [s.article for s in c.sources]) for c in claims]
    # the sentence's own claim (the penalty) stays one of its own
    assert any({s.article for s in c.sources} == {"two"} for c in claims)


def test_a_short_clause_said_in_full_by_the_same_voice_elsewhere():
    arts = [
        article("one", "Ostrania's interior ministry said Velan rangers had crossed first and that two "
                       "Ostranian herders had been hurt."),
        article("two", "Ostrania's interior ministry spokesman Taro Menk said Velan rangers crossed the river "
                       "first to seize a pasture."),
    ]
    claims, index = claims_of(arts)
    assert index.actor(index.resolve("Taro Menk")).role == "Ostrania's interior ministry spokesman"
    first = cited(claims, "one", 0)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in first), \
        [(c.actor, [s.article for s in c.sources]) for c in claims]


def test_one_voice_declining_to_comment_in_two_articles_is_one_claim():
    arts = [
        article("one", "“We have nothing to add on this matter,” palace spokesman Ivo Marek told reporters "
                       "in Lindau."),
        article("two", "Asked about the leaked budget on Monday, palace spokesman Ivo Marek said: “We do not "
                       "comment on rumours spread by the opposition.”"),
    ]
    claims, _ = claims_of(arts)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in claims), \
        [(c.actor, [s.article for s in c.sources]) for c in claims]


def test_a_bare_reaction_is_not_a_claim_but_the_statement_after_it_is():
    arts = [article("one", "Health Minister Lina Sorel rejected that. “No clinic will close because of this "
                           "budget,” Sorel said in a statement.")]
    claims, _ = claims_of(arts)
    texts = [c.text for c in claims]
    assert not any(t.endswith("rejected that.") for t in texts), texts
    assert any("No clinic will close" in t for t in texts), texts


def test_two_speakers_either_side_of_a_semicolon_are_two_claims():
    arts = [article("one", "Olaf Brink of the growers' association LTA said the board had \"broken the deal\"; "
                           "the board's Ines Varga said the deal was kept \"to the letter\".")]
    claims, index = claims_of(arts)
    by = {c.actor: c.text for c in claims}
    assert by.get(index.resolve("Ines Varga"), "").startswith("the board's Ines Varga said"), by
    assert by.get(index.resolve("LTA"), "").endswith("\"broken the deal\""), by


def test_an_insistence_inside_the_writer_s_sentence_cites_the_quote_it_reports():
    arts = [
        article("one", "“This is a one-off payment, not the beginning of a series of bonuses,” treasurer "
                       "Hana Dvorak told a news conference."),
        article("two", "Shares of the club rose 2% on Friday as fans bet that the board would pay out again "
                       "despite treasurer Hana Dvorak's insistence that the payment was a one-off."),
    ]
    claims, _ = claims_of(arts)
    quote = cited(claims, "one", 0)
    assert any({s.article for s in c.sources} == {"one", "two"} for c in quote), \
        [(c.actor, [s.article for s in c.sources]) for c in claims]


def test_a_request_is_an_attributed_statement():
    arts = [article("one", "In Lorbach, Mayor Edda Stein asked on Monday for the boil-water notice to be "
                           "lifted, saying the latest tests were clean.")]
    claims, index = claims_of(arts)
    assert [c.actor for c in claims] == [index.resolve("Edda Stein")], [(c.actor, c.text) for c in claims]


def test_asked_about_is_not_the_speaker_s_verb():
    arts = [article("one", "Asked about the strike on Monday, council spokesman Jon Ferro said: “We do not "
                           "negotiate in public.”")]
    claims, index = claims_of(arts)
    assert [c.actor for c in claims] == [index.resolve("Jon Ferro")], [(c.actor, c.text) for c in claims]


def test_a_claim_s_text_and_speaker_come_from_its_own_voice_not_a_passage_that_also_reports_it():
    arts = [
        article("one", "Harbour City Club chief executive Tomas Reint said the club had sold 48,000 tickets for "
                       "the final.",
                "The Harbour City Club said it would review its gates."),
        article("two", "“At least 65,000 people were inside, far more than the tickets sold,” rights commissioner "
                       "Ruth Amsel said of the 48,000 tickets Harbour City Club said it sold."),
    ]
    claims, index = claims_of(arts)
    club = [c for c in claims if any(s.article == "one" and s.paragraph == 0 for s in c.sources)]
    assert club and club[0].actor == index.resolve("Tomas Reint"), \
        [(c.actor, c.text, [(s.article, s.paragraph) for s in c.sources]) for c in claims]
    assert "65,000" not in club[0].text and "48,000" in club[0].text


def test_an_officer_named_by_a_bare_title_speaks_for_the_body_every_report_of_them_names():
    arts = [
        article("one", "Quellmark Logistics said on Monday it would shut two depots.",
                "Chief Financial Officer Henrik Salo said the walkout was “unlawful” and that Quellmark Logistics "
                "would sue the dockers for damages."),
        article("two", "Quellmark Logistics issued a statement on the walkout.",
                "Quellmark Logistics maintains that the walkout is unlawful and reserves the right to sue the "
                "dockers for damages."),
    ]
    claims, index = claims_of(arts)
    salo = [c for c in claims if c.actor == index.resolve("Henrik Salo")]
    assert salo and {s.article for s in salo[0].sources} == {"one", "two"}, \
        [(c.actor, [(s.article, s.paragraph) for s in c.sources]) for c in claims]


def test_the_company_said_is_the_last_company_named_before_it():
    arts = [
        article("a", "Brixwell Foods AG will shut its bakery in Tarnow, its managers told staff on Monday.",
                "A search of job listings by the Valley Courier Group found 30 openings in Gdansk. In a statement, "
                "the company said it was “building a small depot in Gdansk” but that this was “not a move of "
                "Polish jobs”."),
    ]
    claims, index = claims_of(arts)
    said = cited(claims, "a", 1)
    assert said and said[0].actor == index.resolve("Brixwell Foods AG"), \
        [(c.actor, c.text) for c in claims]


def test_an_officer_and_the_company_they_speak_for_are_not_a_dispute():
    from build_dossier.extract import extract
    arts = [
        article("a", "Brixwell Foods AG will cut 300 jobs at its bakery in Tarnow, it said on Monday.",
                "A search of job listings by the Valley Courier Group found 30 openings in Gdansk. In a statement, "
                "the company said it was “building a small team in Gdansk” but that this was “not a relocation "
                "of Polish jobs”."),
        article("b", "Brixwell Foods AG issued a statement on the strike.",
                "“We are building a small team in Gdansk to serve our Baltic customers. That is not a relocation "
                "of Polish jobs,” Chief Executive Jana Kowal said."),
    ]
    out = extract(arts)
    kowal = out.claims and [c for c in out.claims if any(s.article == "b" and s.paragraph == 1 for s in c.sources)]
    assert kowal and {s.article for s in kowal[0].sources} == {"a", "b"}, [(c.actor, c.text) for c in out.claims]
    assert not out.disputes, [d.title for d in out.disputes]


def test_was_quoted_as_saying_attributes_the_quote():
    arts = [
        article("a", "President Adaeze Okoro addressed the rally on Friday.",
                "“Those who rebuilt the dam are heroes, and every one of them honours our nation,” Okoro was "
                "quoted as saying."),
        article("b", "On Friday, Okoro said those who rebuilt the dam were heroes who had worked “for the nation”."),
    ]
    claims, index = claims_of(arts)
    said = cited(claims, "a", 1)
    assert said and said[0].actor == index.resolve("Adaeze Okoro"), [(c.actor, c.text) for c in claims]
    assert {s.article for s in said[0].sources} == {"a", "b"}, [(c.actor, [s.article for s in c.sources]) for c in claims]


def test_reaffirmed_rejects_and_put_the_number_at_attribute():
    arts = [
        article("a", "Kestrel Mills said on Tuesday it would cut 640 jobs in Wales, about a fifth of its staff."),
        article("b", "Kestrel Mills also reaffirmed that the planned reduction concerns 640 positions in Wales.",
                "Kestrel Mills rejects the accusation that it misled the unions.",
                "Kestrel Mills put the number at “around 310”, saying its mills kept running."),
    ]
    claims, index = claims_of(arts)
    mills = index.resolve("Kestrel Mills")
    for p in (0, 1, 2):
        assert [c.actor for c in cited(claims, "b", p)][:1] == [mills], (p, [(c.actor, c.text) for c in claims])
    assert {s.article for s in cited(claims, "b", 0)[0].sources} == {"a", "b"}


def test_a_statement_recalled_in_a_relative_clause_cites_the_quote_it_recalls():
    arts = [
        article("a", "Health Minister Ines Varga rejected the account. “No warning of that kind ever reached this "
                     "ministry. What is being said online is false,” she told a news conference on Tuesday."),
        article("b", "Lawmakers summoned Minister Varga on Thursday. Varga, who on Tuesday said no warning had reached "
                     "her ministry, acknowledged on Wednesday that the agency had received it but said it “never got "
                     "to my desk”."),
    ]
    claims, index = claims_of(arts)
    quote = cited(claims, "a", 0)
    assert quote and {s.article for s in quote[0].sources} == {"a", "b"}, \
        [(c.actor, c.text, [s.article for s in c.sources]) for c in claims]
