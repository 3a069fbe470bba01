"""Actor rules added after the kasarani-crush, ulaanbaatar-count and thessaloniki-nicu held-out
stories, each on small invented sentences about other subjects (no name from those stories)."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.extract.names import scan
from build_dossier.model import Article, Paragraph


def actors_of(*paragraphs: str) -> dict:
    actors, _ = find_actors([Article(id="a", path="seeds/a.txt", title="A", outlet=None,
                                     paragraphs=[Paragraph(p) for p in paragraphs])])
    return {a.name: a for a in actors}


def test_plural_possessive_inside_an_organisation_name():
    names = actors_of("Lena Hart, secretary of the Harbour Pilots' Trust, said the ferry was late.",
                      "Voters' Rights Watch, which counted the ballots, disagreed.")
    assert names["Harbour Pilots' Trust"].kind == "organization", names
    assert names["Voters' Rights Watch"].kind == "organization", names
    assert not {"Harbour Pilots", "Trust", "Rights Watch"} & set(names), names


def test_office_of_a_title_is_an_organisation():
    names = actors_of("The Auditor General's Office said the accounts were incomplete.")
    assert names["Auditor General's Office"].kind == "organization", names
    assert "Office" not in names, names


def test_possessive_after_the_organisation_noun_keeps_the_name():
    names = actors_of("It broke the National Fisheries Service's own quota rules, the group said.",
                      "The National Fisheries Service denied it.")
    assert "National Fisheries Service" in names and "Fisheries Service" not in names, names


def test_noun_that_begins_a_title_is_not_an_organisation():
    names = actors_of("Transport Cabinet Secretary Ruth Wairimu closed the port on Monday.")
    assert "Transport Cabinet" not in names, names
    assert names["Ruth Wairimu"].kind == "person"


def test_title_words_before_an_organisation_noun():
    hits = [h for h in scan("The Premier League suspended the fixture.") if h.kind == "organization"]
    assert [h.surface for h in hits] == ["Premier League"], hits


def test_hospital_and_league_are_organisation_nouns():
    names = actors_of("Three riders were taken to Northbrook General Hospital, the cycling league said.",
                      "Northbrook General Hospital said two were discharged.")
    assert names["Northbrook General Hospital"].kind == "organization", names
    assert "Hospital" not in names, names


def test_name_owning_a_board_title_is_an_organisation():
    names = actors_of("Harbour Wanderers chairman Olu Bassey said the club would appeal.",
                      "Harbour Wanderers lost 3-0 to Seaview Comets on Sunday.",
                      "Seaview Comets chief executive Ada Moss welcomed the result.")
    assert names["Harbour Wanderers"].kind == "organization", names
    assert names["Seaview Comets"].kind == "organization", names
    assert names["Olu Bassey"].kind == "person"


def test_spokesman_of_a_person_does_not_make_an_organisation():
    names = actors_of("Anna Berg spokesman Tim Lowe said she would attend.", "Anna Berg arrived late.")
    assert names["Anna Berg"].kind == "person", names


def test_numbered_part_is_not_a_name():
    names = actors_of("The crowd pressed against Terminal 3 at noon.", "Staff at Terminal 3 said it was calm.")
    assert "Terminal" not in names, names


def test_plural_group_noun_that_speaks_is_a_group():
    names = actors_of("Organisers said 5,000 runners took part.", "Mourners say the march was calm.")
    assert names["Organisers"].kind == "group" and names["Mourners"].kind == "group", names


def test_bare_generic_body_word_is_the_one_body_named_by_it():
    names = actors_of("The Maritime Rescue Agency said the ferry sank at dawn.",
                      "The National Police Service said the crew was safe.",
                      "Police said on Tuesday that two people were missing.")
    assert "Police" not in names, names
    assert len(names["National Police Service"].mentions) == 2, names


def test_bare_body_word_with_two_candidates_stays_unresolved():
    names = actors_of("The National Police Service said the ferry sank.",
                      "The Federal Police Service said the crew was safe.",
                      "Police said on Tuesday that two people were missing.")
    assert "National Police Service" in names and "Federal Police Service" in names
    assert len(names["National Police Service"].mentions) == 1, names


def test_known_as_apposition_gives_an_organisation_a_second_name():
    names = actors_of("Ruritania's Supreme Court, known as the Bench, will hear the appeal.",
                      "Lawyers asked the Bench to annul the vote.")
    assert "Bench" not in names, names
    court = names["Supreme Court"]
    assert "Bench" in court.aliases and len(court.mentions) == 2, court


def test_quoted_translation_in_brackets_is_the_same_organisation():
    names = actors_of('Mara Voss, spokeswoman for the residents\' group Vecinos Unidos ("United Neighbours"), '
                      "said the river smelt.",
                      "Mara Voss of the residents' group United Neighbours welcomed the ban.")
    groups = [n for n in names if n in ("Vecinos Unidos", "United Neighbours")]
    assert groups == ["Vecinos Unidos"], names
    assert "United Neighbours" in names["Vecinos Unidos"].aliases


def test_given_name_variants_with_one_surname_are_one_person():
    names = actors_of("Transport Minister Nikos Doulis opened the bridge.",
                      "Nikolaos Doulis said the bridge was safe.",
                      "Doulis left before noon.")
    people = [a for a in names.values() if a.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 3, names
    assert {"Nikos Doulis", "Nikolaos Doulis"} - {people[0].name} <= set(people[0].aliases), people


def test_given_name_variants_with_other_surnames_stay_apart():
    names = actors_of("Nikos Doulis opened the bridge.", "Nikolaos Petrou said the bridge was safe.")
    assert {"Nikos Doulis", "Nikolaos Petrou"} <= set(names), names


def test_city_prosecutors_office_is_an_organisation():
    names = actors_of("The Larnaca public prosecutor's office opened an inquiry into the ferry.")
    assert names["Larnaca public prosecutor's office"].kind == "organization", names


def test_capital_that_is_a_given_name_before_a_surname_is_a_person():
    names = actors_of("Santiago Ferreyra | 3 May 2026 | The Quay Report",
                      "Santiago Ferreyra wrote that the port reopened.")
    assert "Chile" not in names, names
    assert names["Santiago Ferreyra"].kind == "person"


def test_capital_after_a_preposition_stays_the_place():
    hits = [h for h in scan("The ferry reached Victoria Harbour after the Sofia talks in Sofia Monday.")
            if h.kind == "gazetteer"]
    assert [h.surface for h in hits][-1] == "Sofia", hits


def test_laws_and_treaties_are_not_actors():
    names = actors_of("The union said the plan broke the Harbour Safety Act and the Data Retention Regulation.",
                      "Lawyers cited the Hague Conventions and the Fisheries Code.",
                      "Maria Olsen, a lawyer, said the Harbour Safety Act was clear.")
    assert not {"Harbour Safety Act", "Data Retention Regulation", "Hague Conventions", "Fisheries Code"} & set(names), names
    assert names["Maria Olsen"].kind == "person", names


def test_every_sovereign_state_is_a_country():
    names = actors_of("Mauritania said its navy seized the boats.",
                      "Nouakchott rejected the claim, and Mauritanian officials said the crews were held.")
    assert names["Mauritania"].kind == "country", names
    assert not {"Nouakchott", "Mauritanian"} & set(names), names


def test_last_words_of_a_long_name_are_that_person():
    names = actors_of("Colonel Ahmed Salem Ould Baba, the army spokesman, said the patrol was attacked.",
                      "Ould Baba said two soldiers were hurt.")
    assert "Ould Baba" not in names, names
    assert names["Ahmed Salem Ould Baba"].kind == "person", names


def test_first_of_two_surnames_is_the_person():
    names = actors_of('"The dam is safe," said Lucía Ferrer Montoya, the engineer who heads the inspection board.',
                      "Ferrer said the cracks were old.")
    assert "Ferrer" not in names, names
    assert names["Lucía Ferrer Montoya"].kind == "person", names


def test_headings_departments_and_management_are_not_actors():
    names = actors_of("Brightwater Foods AG said it would close two plants.",
                      "Management told investors before it told the staff, the union said.",
                      "About Brightwater Foods AG",
                      "Media contact: Olga Berg, Head of Group Communications, Brightwater Foods AG.")
    assert not {"Management", "Group Communications", "About Brightwater Foods AG"} & set(names), names
    assert names["Brightwater Foods AG"].kind == "organization", names


def test_adjectives_that_begin_a_body_name_stay_in_it():
    names = actors_of("The Central Bank of Ruritania raised its rate, a spokesman for the Special Operations Forces said.",
                      "The Southern Command said the Central Bank of Ruritania was wrong.",
                      "Special Envoy Ann Lee said Western officials agreed.")
    assert {"Central Bank of Ruritania", "Special Operations Forces", "Southern Command"} <= set(names), names
    assert not {"Bank of Ruritania", "Operations Forces", "Command", "Western"} & set(names), names
    assert names["Ann Lee"].kind == "person", names


def test_a_ministers_portfolio_names_the_ministry():
    names = actors_of("Posts and Telecommunications Minister Ann Lee said the network was safe.",
                      "Kyrgyzstan's telecommunications ministry said on Friday that Lee would resign.")
    assert names["Ministry of Posts and Telecommunications"].kind == "organization", names
    assert len(names["Ministry of Posts and Telecommunications"].mentions) == 2, names
    assert not {"Posts and Telecommunications", "Kyrgyz telecommunications ministry"} & set(names), names
    assert names["Ann Lee"].kind == "person", names


def test_corps_and_romance_company_heads_make_organisations():
    names = actors_of("Captain Ivo Rask of the Mountain Rescue Corps said two climbers were found.",
                      "The lorry's owner, Transportes Andinos Sur, denied the claim.",
                      "Transportes Andinos Sur said the load was legal.")
    assert names["Mountain Rescue Corps"].kind == "organization", names
    assert names["Transportes Andinos Sur"].kind == "organization", names


def test_members_plural_is_their_organisation():
    names = actors_of("Ivo Rask, who chairs the Dockside Porters Union, said two cranes were stopped.",
                      "Porters said the cranes were unsafe.")
    assert "Porters" not in names, names
    assert len(names["Dockside Porters Union"].mentions) == 2, names


def test_a_translated_name_in_brackets_is_the_same_organisation():
    names = actors_of("The Ruritanian Coast Guard (Garde Côtière Ruritanienne, GCR) said it seized two trawlers.",
                      "Captain Ivo Rask, a spokesman for the Garde Côtière Ruritanienne, said the crews were safe.")
    assert names["Ruritanian Coast Guard"].kind == "organization", names
    assert "Garde Côtière Ruritanienne" not in names, names
    assert len(names["Ruritanian Coast Guard"].mentions) == 2, names


def test_a_state_offices_spanish_name_alone_is_the_office():
    names = actors_of("Colombia's Comptroller General's Office said it had audited the dam in May.",
                      "The Contraloría said the builder ignored its advice.",
                      "Nobody read the Contraloría's report, the mayor said.")
    assert "Contraloría" not in names, names
    assert len(names["Comptroller General's Office"].mentions) == 3, names


def test_a_lower_case_name_with_a_dot_is_an_organisation():
    names = actors_of("The dockers' union dock.ra said it would strike on Monday.",
                      "dock.ra's secretary, Ana Weiss, said pay was too low.",
                      "See harbour.example.com or email press@harbour.com for details.")
    assert names["dock.ra"].kind == "organization", names
    assert len(names["dock.ra"].mentions) == 2, names
    assert not {"harbour.example.com", "harbour.com", "example.com"} & set(names), names

