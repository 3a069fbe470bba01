"""Actors of batch 9's causes, in small invented articles (no name or phrase of the held-out stories)."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=None, date=None,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def actors_of(*paragraphs: str) -> dict:
    actors, _ = find_actors([article("a", *paragraphs)])
    return {a.name: a for a in actors}


def test_given_name_honorific_is_the_person_of_that_given_name():
    names = actors_of("Budi Santoso, who heads the drivers' union, said the list was wrong.",
                      '"They lied to us," Pak Budi said. Bu Ratna Dewi agreed.')
    assert "Pak Budi" not in names and "Budi" not in names
    assert "Budi Santoso" in names and names["Budi Santoso"].kind == "person"
    assert "Ratna Dewi" in names


def test_single_name_with_an_age_is_a_person():
    names = actors_of("Outside the school, Marlina, 37, waited for news of her daughter.",
                      '"Nobody called me," Marlina said.')
    assert names["Marlina"].kind == "person"
    assert "Nobody" not in names


def test_single_name_with_a_which_clause_before_said_is_an_organisation():
    names = actors_of("Skyjet, which has no base in Porto and rarely lands there, said it had "
                      "dropped 300 routes.")
    assert names["Skyjet"].kind == "organization"


def test_lower_case_camel_brand_that_speaks_is_an_organisation():
    names = actors_of("The ministry said 300 flights were cut. flyBird said it had cancelled 260 flights.")
    assert names["flyBird"].kind == "organization"


def test_acronym_hyphen_branch_is_the_acronyms_body():
    names = actors_of('"No," Ann Lee of FTU-Ports said. The FTU said it would strike.',
                      "FTU-Ports said it would strike.")
    assert "FTU-Ports" not in names
    assert "FTU-Ports" in names["FTU"].aliases


def test_french_company_head_and_its_trade_name_sharing_initials():
    names = actors_of("About 900 drivers at Société Ferroviaire Lorraine, known to tourists "
                      "as Eastern French Railways (EFR), joined the strike.",
                      "Société Ferroviaire Lorraine (EFR) keeps repeating the figure.")
    sfl = names["Société Ferroviaire Lorraine"]
    assert sfl.kind == "organization"
    assert "Eastern French Railways" in sfl.aliases and "Eastern French Railways" not in names


def test_lower_case_bodies_ministry_works_council_collective_hospital():
    names = actors_of("The transport ministry denied any delay.",
                      "Jan Roth, who chairs Acmor's general works council, disagreed. Acmor Systems SE said no.",
                      "The works council's case was stronger, Acmor's general works council said. Acmor said so.",
                      '"No," said Ali Ba, the spokesman for the fishermen\'s collective.',
                      "The regional hospital in Kenema said it had admitted two men.")
    assert names["Transport ministry"].kind == "organization"
    council = names["Acmor general works council"]
    assert council.kind == "organization"
    assert "Acmor" in names["Acmor Systems"].aliases  # the company, not its council
    assert "Fishermen's collective" in names
    assert "Regional hospital" in names



def test_portfolio_ministry_is_the_ministry_of_that_portfolio_named_in_full():
    names = actors_of("The Ministry of Transport and Works said the bridge was safe.",
                      "The transport ministry said repairs would start in May.")
    assert "Transport ministry" not in names
    assert "Ministry of Transport and Works" in names


def test_exercise_names_ships_and_labels_are_no_actors():
    names = actors_of("Navies begin 'Iron Shield' drills near Malta.",
                      "Four navies joined a naval exercise, Iron Shield, off Crete last spring.",
                      "Taking part is the aircraft carrier Dwight Morrow.",
                      "The USS Dwight Morrow docked at Split in early autumn.",
                      "The ministry ordered the miner to halt work at its Pit D quarry and check staff ID badges.")
    for junk in ("Iron Shield", "Dwight Morrow", "Pit D", "ID"):
        assert junk not in names


def test_think_tank_forum_is_one_organisation():
    names = actors_of('"No," said Kadri Tamm, a researcher at the Tallinn Forum for Maritime Studies.')
    assert names["Tallinn Forum for Maritime Studies"].kind == "organization"
    assert "Maritime Studies" not in names


def test_bylines_with_role_or_outlet_on_the_names_line():
    names = actors_of("Dam breach kills 14", "Ana Rua (The Lisbon Pulse)",
                      "Jin Ha-rim, senior correspondent | Posted 2019.03.11 08:05",
                      "The engineers said the dam failed.")
    assert "Ana Rua" not in names and "Jin Ha-rim" not in names


def test_ngo_in_apposition_to_a_countrys_group_and_foreign_body_heads():
    names = actors_of("Hijau, Malaysia's oldest conservation group, said the river had been dredged illegally.",
                      "Polda Jateng, the Central Java police, said it had questioned three men.",
                      "Lombok Regent Ali Rasyid said the mine would close.")
    assert names["Hijau"].kind == "organization"
    assert names["Polda Jateng"].kind == "organization"
    assert "Ali Rasyid" in names and "Lombok Regent Ali Rasyid" not in names


def test_romanised_name_in_brackets_is_no_separate_actor():
    names = actors_of("The venture belongs to 恒达钢铁集团 (Héngdá Gāngtiě Jítuán), or Hengda Steel Group, "
                      "a private producer.", "Hengda Steel (Hengda Gangtie) said it would pay compensation.",
                      "Hengda declined to comment.")
    assert "Hengda Steel Group" in names
    assert not [n for n in names if "Gangtie" in n or "Gāngtiě" in n]


def test_stop_word_that_begins_a_name_in_apposition_to_a_title():
    names = actors_of("She met Laos's president, To Lim, on the second day.")
    assert names["To Lim"].kind == "person"


def test_outlet_name_cut_short_is_the_outlet():
    a = Article(id="a", path="seeds/a.md", title="A", outlet="Cobalt Watch Africa", date=None,
                paragraphs=[Paragraph("Cobalt Watch Africa is published weekly."),
                            Paragraph('"No," Ana Rua told Cobalt Watch Africa.')])
    actors, _ = find_actors([a])
    assert not [x for x in actors if "Cobalt Watch" in x.name]
