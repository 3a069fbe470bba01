"""Actor rules added after the seventh held-out batch of 2026-11-21 (a war's new front, a ferry
disaster, a currency crisis), each on small invented sentences about other subjects (no name from
those stories)."""

from __future__ import annotations

from test_actors_generic4 import actors_of  # the same small-article helper


def test_turkish_dotless_i_folds_to_i():
    names = actors_of("Emre Yıldız said the move was late.",
                      "Emre Yildiz said reserves were thin.",
                      "Yıldız said the bank had waited too long.")
    people = [a for a in names.values() if a.kind == "person"]
    assert len(people) == 1, names
    assert not any(a.kind == "organization" and "ld" in a.name for a in names.values()), names


def test_country_alternative_name_inside_an_organisation_name_is_the_country():
    names = actors_of("The Supreme Court of Czechia ruled on Monday.",
                      "The Supreme Court of the Czech Republic said the appeal failed.")
    courts = [a for a in names.values() if a.kind == "organization" and "Supreme Court" in a.name]
    assert len(courts) == 1, names


def test_particles_written_together_or_apart_and_a_suffix_do_not_split_a_person():
    names = actors_of("Ramon de los Santos, the port manager, said the berth was closed.",
                      "Delos Santos said repairs would take a week.",
                      "Mon Delos Santos told reporters the port would reopen.",
                      "Port official Alberto Reyes Jr. said the crane had failed.",
                      "Reyes Jr said no one was hurt.")
    people = {a.name for a in names.values() if a.kind == "person"}
    assert len(people) == 2, people


def test_a_quoted_nickname_joins_the_given_name_and_the_nickname_forms():
    names = actors_of('Captain Roberto "Bobby" Salazar, the harbour master, ordered the port shut.',
                      "Bobby Salazar said the storm would pass by Sunday.",
                      "Harbour master Roberto Salazar later reopened two berths.",
                      "Captain Roberto told the crews to stay aboard.")
    people = {a.name for a in names.values() if a.kind == "person"}
    assert len(people) == 1, people


def test_the_palace_is_the_one_presidential_palace_named():
    names = actors_of("The Élysée said on Monday that the summit would go ahead.",
                      "The Palace also said the president would not attend the dinner.")
    assert "Palace" not in names, names
    assert len(names["Élysée"].mentions) == 2, names["Élysée"]


def test_an_auxiliary_opening_a_question_is_not_a_given_name():
    names = actors_of('"Our data are public. Can Meridstat say the same?" she asked.',
                      "Meridstat said the figures were sound.")
    assert "Can Meridstat" not in names, names
    assert "Meridstat" in names, names


def test_short_names_of_bodies_acronyms_possessive_names_and_one_word_unions():
    names = actors_of("Figures from the Latvian Statistical Bureau (CSŪ) showed prices rising.",
                      "LatvStat said food prices led the rise.",
                      "CSŪ said the figures were final.",
                      "Sainsbury's said on Monday that prices would hold.",
                      "Anna Berzina, who heads the Vienotība union, said members would strike.")
    bureau = names["Latvian Statistical Bureau"]
    assert len(bureau.mentions) == 3, bureau
    assert "LatvStat" not in names and "CSŪ" not in names, names
    assert names["Sainsbury's"].kind == "organization", names
    assert names["Vienotība"].kind == "organization", names


def test_parliaments_by_their_own_word_an_administrator_title_and_treasury_ministry():
    names = actors_of("Norway's Storting voted on Monday to approve the budget.",
                      "Coastal Safety Authority Administrator Lena Moss said the port would reopen.",
                      "Moss said inspections would continue.",
                      "The central bank and the Treasury and Economy Ministry announced new rules.")
    assert "Storting" in names and names["Storting"].kind == "organization", names
    assert names["Lena Moss"].kind == "person", names
    assert len(names["Lena Moss"].mentions) == 2, names["Lena Moss"]
    assert "Coastal Safety Authority" in names, names
    assert "Treasury and Economy Ministry" in names, names


def test_a_company_name_short_of_its_last_nouns_is_the_company():
    names = actors_of("The bus was operated by Nordhaven Shipping Lines Ltd., records show.",
                      "In a statement, Nordhaven Shipping said the driver was experienced.",
                      "Nordhaven Shipping Lines said it would cooperate.")
    orgs = [a for a in names.values() if "Nordhaven" in a.name]
    assert len(orgs) == 1, names


def test_a_long_name_spelled_out_beside_its_acronym_is_one_organisation():
    names = actors_of("Nine were missing, according to the National Flood Risk Reduction and Recovery Board (NFRRRB).",
                      "Selma Kort, a forecaster at MOGSO (Meridian Ocean, Geophysical and Seismic Office), said the wave came fast.",
                      "MOGSO said the warning had been issued at dawn.",
                      "The NFRRRB said two more bodies were found.")
    assert "Flood Risk Reduction" not in names and "Seismic Office" not in names, names
    assert len(names["National Flood Risk Reduction and Recovery Board"].mentions) == 2, names
    assert names["MOGSO"].kind == "organization" and len(names["MOGSO"].mentions) == 2, names


def test_a_chamber_word_alone_is_the_one_chamber_named_in_full():
    names = actors_of("Russia's State Duma approved the bill on Tuesday.",
                      "The Duma also voted to extend the session.")
    assert "Duma" not in names, names
    assert len(names["State Duma"].mentions) == 2, names


def test_market_participants_quoted_as_a_plural_are_no_actor():
    names = actors_of("Dealers said the move did little to calm the market.",
                      "Traders said the peso would stay weak.")
    assert "Dealers" not in names and "Traders" not in names, names


def test_a_byline_of_two_reporters_and_a_reporting_credit_name_no_actors():
    names = actors_of("Port strike ends after talks",
                      "Ines Varga and Piotr Lis",
                      "Tomas Berg said the deal would hold.",
                      "Reporting by Ines Varga in Gdansk and Piotr Lis in Gdynia; editing by Mara Holt")
    assert not {"Ines Varga", "Piotr Lis", "Mara Holt"} & set(names), names
    assert "Tomas Berg" in names, names


def test_rating_agencies_and_brokerages_are_organisations():
    names = actors_of("Kestrel Ratings, which rates the country B+, said the hike was welcome.",
                      "Ana Pires, an economist at Tagus Securities, said it came late.")
    assert names["Kestrel Ratings"].kind == "organization", names
    assert names["Tagus Securities"].kind == "organization", names


def test_the_statistics_office_is_the_statistical_institute_named():
    names = actors_of("Data from the Latvian Statistical Institute showed prices rising.",
                      "The statistics office said food prices led the rise.")
    assert not any("office" in n.lower() for n in names), names
    assert len(names["Latvian Statistical Institute"].mentions) == 2, names


def test_a_city_where_a_named_body_sits_is_not_its_country_and_new_york_is_a_name():
    names = actors_of("Ana Pires, a fellow at the Kestrel Institute for Security Policy in Oslo, said the talks failed.",
                      "Officials briefed the North Atlantic Council on Monday.",
                      "A diplomat at the United Nations in New York called the reports rumours.")
    assert "Norway" not in names, names
    assert "North Atlantic Council" in names and "Atlantic Council" not in names, names
    assert "York" not in names, names
