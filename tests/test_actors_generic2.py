"""Actor rules added after the kursk-followup, santiago-march and mures-spill stories, each on
small invented sentences (no name from those stories)."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.model import Article, Paragraph


def actors_of(*paragraphs: str) -> dict:
    actors, _ = find_actors([Article(id="a", path="seeds/a.txt", title="A", outlet=None,
                                     paragraphs=[Paragraph(p) for p in paragraphs])])
    return {a.name: a for a in actors}


def test_ukrainian_and_russian_romanisations_of_one_name_merge():
    names = actors_of("Agency spokesman Oleh Hnatenko said the count was wrong.",
                      "Oleg Gnatenko told reporters the count was wrong.",
                      "Hnatenko added that more would follow.")
    people = [a for a in names.values() if a.kind == "person"]
    assert len(people) == 1, names


def test_sound_key_needs_every_word_to_match():
    names = actors_of("Oleh Hnatenko said the count was wrong.", "Oleg Petrenko said it was right.")
    assert len([a for a in names.values() if a.kind == "person"]) == 2, names


def test_country_prefix_before_an_organisation_name_merges_with_the_bare_name():
    names = actors_of("The Polish National Archive Service said the files were lost.",
                      "The National Archive Service said it would search again.")
    orgs = [n for n, a in names.items() if "Archive Service" in n]
    assert orgs == ["National Archive Service"], names


def test_acronym_with_a_spokesman_is_an_organisation():
    names = actors_of('"We saw them," KZB spokesman Piotr Nowacki wrote on Friday.')
    assert names["KZB"].kind == "organization", names
    assert names["Piotr Nowacki"].kind == "person"


def test_rank_abbreviations_are_not_names():
    names = actors_of("Army spokesperson Maj. Gen. Tomas Rell told reporters the unit had left.")
    assert "Maj" not in names and "Gen" not in names, names
    assert names["Tomas Rell"].kind == "person"
    assert names["Tomas Rell"].role and "spokesperson" in names["Tomas Rell"].role


def test_second_surname_is_the_same_person():
    arts = [Article(id="a", path="seeds/a.txt", title="A", outlet=None, paragraphs=[
                Paragraph("Union spokeswoman Lucía Ferrer said the strike would go on."),
                Paragraph("Lucía Ferrer told the crowd to stay.")]),
            Article(id="b", path="seeds/b.txt", title="B", outlet=None, paragraphs=[
                Paragraph("Lucía Ferrer Ibarra, the spokeswoman of the national student federation, said on Monday that a strike was near.")])]
    actors, _ = find_actors(arts)
    people = [a.name for a in actors if a.kind == "person"]
    assert people == ["Lucía Ferrer"], people


def test_romance_organisation_head_makes_an_organisation():
    names = actors_of("The doctors' body, the Consejo de Médicos, joined the march.")
    assert names["Consejo de Médicos"].kind == "organization", names


def test_legal_form_is_stripped_to_merge_a_company():
    names = actors_of("The operator, Norvalt Mining SA, gave a smaller figure.",
                      "Norvalt Mining says no more than 800 tonnes left the site.")
    assert "Norvalt Mining" in names and names["Norvalt Mining"].kind == "organization", names
    assert "Norvalt Mining SA" in names["Norvalt Mining"].aliases


def test_acronym_and_country_name_a_national_branch():
    names = actors_of("The lake was dying. XRT Poland, citing satellite images, called for a ban.")
    assert names["XRT Poland"].kind == "organization", names
    assert "Poland" not in names or names["Poland"].kind == "country"


def test_demonym_and_one_word_that_speaks_is_an_organisation():
    names = actors_of("Polish Forests said the fire was out.",
                      "Polish Forests (Lasy), the state forestry agency, said so again.")
    assert names["Polish Forests"].kind == "organization", names
    assert "Forests" not in names


def test_demonym_as_a_surname_after_a_given_name():
    names = actors_of("Trade Minister Judith French said the deal was done.")
    assert names["Judith French"].kind == "person", names


def test_appositive_with_who_or_a_possessive_is_not_a_company():
    names = actors_of('"It is wrong," said Marta Kell, the chemist who led the team.',
                      '"It was ignored," said Tom Brill, the group\'s water policy officer.')
    assert names["Marta Kell"].kind == "person", names
    assert names["Tom Brill"].kind == "person", names


def test_region_named_after_a_known_city_is_one_place():
    names = actors_of("Gen. Ana Ruiz, head of police in the Lima Metropolitan Region, told reporters.")
    assert "Metropolitan" not in names, names


def test_an_acronym_named_as_state_media_is_an_actor():
    names = actors_of("Ruritanian state media, including the official RNA news agency, ignored the vote.",
                      "In the capital, RNA has carried no word of the protest.")
    assert names["RNA"].kind == "organization", names
    names = actors_of("The state news agency BTX said the harvest was a record.")
    assert names["BTX"].kind == "organization", names


def test_a_private_news_agency_stays_a_source():
    names = actors_of("The QNT news agency reported the vote, citing two officials.")
    assert "QNT" not in names, names


def test_two_acronyms_given_as_one_body_s_names_are_one_actor():
    names = actors_of("The navy's drone unit, known as VMX or WMX, has given higher numbers.",
                      "WMX spokesman Petar Ilic wrote on Telegram that the count was low.")
    bodies = [a for a in names.values() if {a.name, *a.aliases} & {"VMX", "WMX"}]
    assert len(bodies) == 1 and {bodies[0].name, *bodies[0].aliases} >= {"VMX", "WMX"}, names
