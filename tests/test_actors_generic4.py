"""Actor rules added after the fourth held-out batch of 2026-11-21 (a winter front line, a wildfire
in a Canadian district, a diplomatic row in the Maghreb, a contaminated syrup in India), each on
small invented sentences about other subjects (no name from those stories)."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.model import Article, Paragraph


def actors_of(*paragraphs: str, outlet: str | None = None) -> dict:
    actors, _ = find_actors([Article(id="a", path="seeds/a.txt", title="A", outlet=outlet,
                                     paragraphs=[Paragraph(p) for p in paragraphs])])
    return {a.name: a for a in actors}


def test_month_after_a_day_number_is_a_date():
    names = actors_of("Tomas Berg, who retires on 14 March, has promised a review.",
                      "The league on Friday, 3 June, called for calm.")
    assert "March" not in names and "June" not in names, names
    assert "Tomas Berg" in names, names


def test_agency_after_via_in_a_credit_and_a_name_before_an_email_are_no_actors():
    names = actors_of("[Photo caption: Divers at the quay. Photo: Ana Lind / Pool via Northlight Pictures]",
                      "Tomas Berg said the quay would reopen.",
                      "Lee Ha-eun hlee@harbourdaily.example")
    assert "Northlight Pictures" not in names and "Lee Ha-eun" not in names, names
    assert "Tomas Berg" in names, names


def test_byline_on_lines_of_its_own_and_a_promo_line_name_no_actors():
    names = actors_of("Harbour pilots end strike",
                      "Ines Varga",
                      "Shipping Correspondent",
                      "The pilots' union said Tomas Berg had agreed to the new rota.",
                      "Also on Harbour Daily: City to open 40 berths at Westgate Marina Club")
    assert not {"Ines Varga", "Shipping Correspondent", "Westgate Marina Club"} & set(names), names
    assert "Tomas Berg" in names, names


def test_honorific_particles_and_initials_of_one_person():
    names = actors_of("Maître Karim-Nour Ben Aissa, who defends the skipper, said he was innocent.",
                      "The skipper's lawyer, Karim Nour Bin Aissa, said on Friday he would appeal.",
                      "Port spokesman Walid Al Hamdi said the boat was seized; Walid El Hamdi added it was unsafe.",
                      "Harbour master Arun Vinay Desai ordered the closure.",
                      "Harbour master A. V. Desai said the order stood. Desai said it was final.")
    lawyers = [n for n in names if "Aissa" in n]
    assert len(lawyers) == 1 and not lawyers[0].startswith("Ma"), names
    assert len([n for n in names if "Hamdi" in n]) == 1, names
    desai = [a for n, a in names.items() if "Desai" in n]
    assert len(desai) == 1 and desai[0].name == "Arun Vinay Desai", names
    assert len(desai[0].mentions) == 2, desai


def test_seat_of_a_presidency_stands_for_it():
    names = actors_of("Neither La Moneda nor Casa Rosada has commented on the arrest of the two fishermen.",
                      "The Argentine presidency said on Friday it would seek their release.")
    assert names["Casa Rosada"].kind == "organization" and len(names["Casa Rosada"].mentions) == 2, names
    assert names["La Moneda"].kind == "organization", names
    assert not any(n.startswith("Neither") for n in names), names


def test_body_whose_name_ends_with_a_known_alias_and_a_language():
    names = actors_of("Translated from the Spanish. After a meeting of the National Security Council, "
                      "the Ruritanian cabinet said the border would stay shut.")
    assert "UN Security Council" not in names and "Spain" not in names, names
    assert names["National Security Council"].kind == "organization", names


def test_place_based_before_an_organisation_is_not_its_name():
    names = actors_of("Ana Lind, a fellow at the Oslo-based Nordic Institute for Sea Studies, said the quota was low.")
    assert "Nordic Institute for Sea Studies" in names, names
    assert not any(n.startswith("Oslo") for n in names), names


def test_building_named_after_a_person_is_not_the_person():
    names = actors_of("The skipper was taken to the Henri Lavoie hospital in Brest, Tomas Berg said.")
    assert "Henri Lavoie" not in names, names
    assert "Tomas Berg" in names, names


def test_capital_that_begins_a_bracketed_acronym_name():
    names = actors_of("Riga Nord Presse (RNP), the state news agency, said the ferry had sunk.",
                      "The Latvian state news agency RNP later put the toll at four.")
    assert "Nord Presse" not in names, names
    body = [a for a in names.values() if "RNP" in a.aliases or a.name == "RNP"]
    assert len(body) == 1 and body[0].name == "Riga Nord Presse" and len(body[0].mentions) == 2, names


def test_co_operatives_laboratories_and_first_nations_are_organisations():
    names = actors_of("Residents blame a line run by the Northern Grid Co-op, near the Silver Lake First Nation.",
                      "Samples went to the Central Food Laboratory in Leeds.",
                      "The Silver Lake First Nation said 12 homes burned; the Northern Grid Co-op denied it.")
    for name in ("Northern Grid Co-op", "Silver Lake First Nation", "Central Food Laboratory"):
        assert names[name].kind == "organization", names
    assert not {"Grid Co-op", "Food Laboratory"} & set(names), names


def test_regional_district_of_a_place_is_a_local_government():
    names = actors_of("The Regional District of North Tamar (RDNT) ordered 400 homes evacuated.",
                      "RDNT said the order would stand; the Regional District of North Tamar will review it.")
    body = names["Regional District of North Tamar"]
    assert body.kind == "organization" and len(body.mentions) == 2, names
    assert not {"Regional", "RDNT"} & set(names), names


def test_state_bodies_named_by_common_nouns():
    names = actors_of("Eleven children have died, the Kerala public health department said on Monday.",
                      "Parents rejected the state government's offer of Rs 2 lakh.")
    assert names["Kerala public health department"].kind == "organization", names
    assert names["State government"].kind == "organization", names


def test_department_named_with_its_country_at_the_end():
    names = actors_of("Homes on reserve land are assessed with Veterans Services Canada, the board said.",
                      "Fisheries and Marine Science Canada's survey counted 40 boats.",
                      "Reef Watch India is a weekly newsletter.", outlet="Reef Watch India")
    assert names["Veterans Services Canada"].kind == "organization", names
    assert names["Fisheries and Marine Science Canada"].kind == "organization", names
    assert not {"Veterans Services", "Marine Science Canada", "Reef Watch"} & set(names), names


def test_place_named_with_a_demonym_is_not_the_country():
    names = actors_of("Ferries to French Polynesia were cancelled, Tomas Berg said in British Columbia.")
    assert "France" not in names and "United Kingdom" not in names, names


def test_dotted_initials_begin_an_organisation_name():
    names = actors_of("The families filed a class action in N.S. Supreme Court on Tuesday.")
    assert "N.S. Supreme Court" in names and "Supreme Court" not in names, names


def test_bare_police_is_the_one_police_force_named():
    names = actors_of("Corporal Ana Lind of the Royal Island Mounted Police said the campfire was cold.",
                      "Police said they had found a second campfire.")
    assert "Police" not in names, names
    assert len(names["Royal Island Mounted Police"].mentions) == 2, names


def test_noun_before_a_verb_is_no_speaker():
    names = actors_of("\"Radar estimates are useful, but they overcount,\" Tomas Berg said.")
    assert "Radar" not in names, names
    assert "Tomas Berg" in names, names


def test_bare_organisation_noun_is_no_actor():
    names = actors_of("Hospital says 11 children have died")
    assert "Hospital" not in names, names


def test_company_with_and_without_its_legal_form_is_one():
    names = actors_of("The syrup was made by Vasant Pharma Labs Pvt Ltd at its plant in Nashik.",
                      "Vasant Pharma Labs managing director Arun Mehta denied it. Vasant said it would appeal.")
    body = [a for n, a in names.items() if n.startswith("Vasant")]
    assert len(body) == 1 and body[0].kind == "organization", names
    assert len(body[0].mentions) == 2, body


def test_rules_and_documents_are_no_actors():
    names = actors_of("The licence was suspended under the Fertiliser Control Rules, Tomas Berg said.",
                      "In a Food Safety Alert published on Tuesday, the agency named two batches.")
    assert not {"Fertiliser Control Rules", "Food Safety Alert"} & set(names), names
    assert "Tomas Berg" in names, names


def test_brand_before_a_dosage_form_is_a_thing():
    names = actors_of("Inspectors found the solvent in Coldex Plus syrup sold in Nagpur.")
    assert "Coldex Plus" not in names, names


def test_surname_of_two_people_is_no_third_actor():
    names = actors_of("Dr Priya Desai, who heads the ward, said ten children had died.",
                      "The firm's director, Mahesh Desai, denied it. Mr Desai said the syrup was safe.",
                      "Desai said the company would appeal.")
    assert "Desai" not in names, names
    assert {"Priya Desai", "Mahesh Desai"} <= set(names), names


def test_organisation_after_a_place_and_its_acronym():
    names = actors_of("Inspectors of the state Food and Drug Administration raided the plant in Kerala.",
                      "The order of the Kerala Food and Drug Administration stands, the FDA said.")
    body = [a for n, a in names.items() if "Administration" in n or n == "FDA"]
    assert len(body) == 1 and len(body[0].mentions) == 2, names
    assert "Drug Administration" not in names, names


def test_acronym_of_the_words_after_a_place():
    names = actors_of("The order came from the Kerala Food Safety Authority in Kochi.",
                      "The FSA said on Monday it would not lift it; samples were tested in Kerala.")
    assert "FSA" not in names, names
    assert len(names["Kerala Food Safety Authority"].mentions) == 2, names


def test_generic_name_is_the_one_longer_name_ending_with_it():
    names = actors_of("The company will challenge the order in the Riverside High Court.",
                      "Its petition is listed before a bench of the High Court on Friday.")
    assert "High Court" not in names, names
    assert len(names["Riverside High Court"].mentions) == 2, names


def test_creek_is_a_geographic_feature():
    names = actors_of("The blaze crossed Harlan Creek on Saturday, Tomas Berg said.")
    assert "Harlan Creek" not in names, names


def test_public_health_ministry_is_the_health_ministry():
    names = actors_of("The cases were reported by Ghana's public health ministry on Monday.",
                      "Ghana's health ministry ordered the syrup withdrawn.")
    ministries = [n for n in names if "ministry" in n]
    assert len(ministries) == 1 and len(names[ministries[0]].mentions) == 2, names


def test_police_ranks_and_advocate_before_a_name_are_titles():
    names = actors_of("Corporal Ana Lind said the road was closed.",
                      "Advocate Ravi Menon said the families would appeal. Menon said so twice.")
    assert {"Ana Lind", "Ravi Menon"} <= set(names), names


def test_a_news_agency_that_reports_is_an_actor_a_newspaper_is_not():
    found = actors_of("The Andean Press Agency reported four expulsions, the Lima Daily Press said.",
                      "Agence Centrale-Presse said five.")
    names = set(found)
    assert "Andean Press Agency" in names and found["Andean Press Agency"].kind == "organization"
    assert not any("Daily Press" in n for n in names)
