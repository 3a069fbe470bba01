"""Actor rules added after measuring on unseen stories: each on a small invented sentence."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, outlet: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=outlet,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def actors_of(*paragraphs: str, outlet: str | None = None) -> dict:
    actors, _ = find_actors([article("a", *paragraphs, outlet=outlet)])
    return {a.name: a for a in actors}


def test_organisation_name_with_several_of_and_for():
    names = actors_of("The Office for the Protection of Migrant Workers (OPMW) said on Monday that it would appeal.")
    assert "Office for the Protection of Migrant Workers" in names
    assert names["Office for the Protection of Migrant Workers"].kind == "organization"
    assert "Migrant Workers" not in names


def test_known_organisation_heading_a_longer_name():
    names = actors_of("The UN Office for Disarmament Research (UNODR) published a report.")
    assert any(n.startswith("UN Office for Disarmament Research") for n in names), names


def test_and_inside_an_organisation_name_but_not_between_two_names():
    names = actors_of("The Bloc's Peace and Development Council met in Lima.")
    assert "Peace and Development Council" in names
    names = actors_of("A call between Okonjo and European Commission officials was planned.")
    assert not any(" and " in n for n in names), names


def test_hyphenated_arabic_article_stays_in_the_name():
    names = actors_of("Foreign ministry spokesperson Tariq al-Nouri told reporters the talks would go on.",
                      "Al-Nouri added that a deal was close.")
    assert "Tariq al-Nouri" in names
    assert names["Tariq al-Nouri"].kind == "person"
    assert "Tariq" not in names


def test_military_rank_and_occupation_before_a_name_are_titles():
    names = actors_of("Brigadier General Omar Sayed said the base was hit.",
                      "Fisherman Juma Okello said the boats were lost.")
    assert "Omar Sayed" in names and "Juma Okello" in names
    assert names["Juma Okello"].role == "Fisherman"


def test_name_followed_by_its_acronym_is_an_organisation():
    names = actors_of("Reporters Sans Frontières (RSF) said two journalists were detained.")
    assert names["Reporters Sans Frontières"].kind == "organization"
    assert "RSF" in names["Reporters Sans Frontières"].aliases


def test_romanisation_variants_of_a_full_name_merge():
    actors, _ = find_actors([
        article("a", "Minister Abdul Rasool Khan said the dam held."),
        article("b", "Abdul Rasul Khan said on Monday the dam had held.", "Khan said more later."),
    ])
    people = [a.name for a in actors if a.kind == "person"]
    assert len(people) == 1, people


def test_possessive_province_names_its_department():
    names = actors_of("Oromia's health department said 40 cases were confirmed.")
    assert "Oromia health department" in names
    assert names["Oromia health department"].kind == "organization"


def test_union_named_in_apposition_is_an_organisation():
    names = actors_of("The country's largest trade union, Solidarnosc Pracy, called a strike.")
    assert names["Solidarnosc Pracy"].kind == "organization"


def test_country_written_in_the_name_stays_in_it_and_the_short_form_joins():
    names = actors_of("The Kenya Flood Relief Society said 12 bodies were found.",
                      "Flood Relief regional manager Amina Wekesa said rescuers were stretched.")
    org = names["Kenya Flood Relief Society"]
    assert org.kind == "organization"
    assert "Flood Relief" not in names


def test_name_after_a_locative_preposition_is_a_place():
    names = actors_of("Officials in Nova Kakhovka said water levels were falling.")
    assert names["Nova Kakhovka"].kind == "place"
    names = actors_of("Thousands have died in Lukashenko's crackdown, Novak said.")
    assert all(a.kind != "place" for a in names.values()), names


def test_the_articles_own_outlet_is_not_an_actor():
    names = actors_of("The Harbour Ledger is reader-supported.", "Mayor Ana Ruiz said the port would reopen.",
                      outlet="The Harbour Ledger")
    assert "Harbour Ledger" not in names and "Ana Ruiz" in names


def test_credit_after_a_slash_is_not_an_actor():
    names = actors_of("Boats in the harbour. Photo: Ana Lima/Getty Images",
                      "Port chief Rui Costa said the boats were safe.")
    assert "Getty Images" not in names


def test_a_name_written_as_a_place_once_is_that_place_everywhere():
    names = actors_of("The envoy met officials in Port Ilona on Monday.",
                      "A delegation will travel to Port Ilona next week.")
    assert names["Port Ilona"].kind == "place"


def test_a_camp_is_a_place():
    names = actors_of("Shells hit the Kalma Rivi displacement camp overnight, the agency said.")
    assert names["Kalma Rivi"].kind == "place"


def test_an_institution_after_in_is_not_a_place():
    from build_dossier.extract.names import scan

    hits = scan("The bill stalled in Parliament, Senator Mara Quist said.")
    assert [h.surface for h in hits if h.kind == "place"] == []
    assert [h.surface for h in scan("Talks resumed in Lake Ossia.") if h.kind == "place"] == []
    assert [h.surface for h in scan("Talks resumed in Port Ossia.") if h.kind == "place"] == ["Port Ossia"]


def test_a_company_named_by_its_trade_is_an_organisation_not_a_person():
    from build_dossier.extract.actors import find_actors
    from build_dossier.model import Article, Paragraph

    art = Article("a", "seeds/a.txt", "Carrier hit by breach", [
        Paragraph("Harlow Telecom said on Monday that the details of 1,000 customers had been stolen."),
        Paragraph("Keller Container Terminals said the strike had halted two of its berths."),
    ], date="2026-09-14")
    actors, _ = find_actors([art])
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Harlow Telecom") == "organization"
    assert kinds.get("Keller Container Terminals") == "organization"


def test_a_surname_with_its_particle_at_a_sentence_start_is_the_person():
    from build_dossier.extract.actors import find_actors
    from build_dossier.model import Article, Paragraph

    art = Article("a", "seeds/a.txt", "Strike", [
        Paragraph("Union negotiator Anouk van Dijk told reporters the strike would go on."),
        Paragraph("Van Dijk said the workers had given notice in writing."),
    ], date="2026-06-09")
    actors, _ = find_actors([art])
    people = [a for a in actors if a.kind == "person"]
    assert [a.name for a in people] == ["Anouk van Dijk"]
    assert "Van Dijk" in people[0].aliases and len(people[0].mentions) == 2


def test_an_organisation_named_head_of_place_keeps_its_head():
    names = actors_of("Port of Velmora Authority spokesman Teodor Lind said nine ships were waiting.",
                      "About half the cargo goes by rail, according to the port authority.")
    assert names["Port of Velmora Authority"].kind == "organization"
    assert "Velmora Authority" not in names
    assert "port authority" in names["Port of Velmora Authority"].aliases
    assert names["Teodor Lind"].role == "Port of Velmora Authority spokesman"
    names = actors_of("Ships were sent on to the Port of Kessel-Ostra, and the Bank of Norland said rates would hold.",
                      "Researchers at the University of East Harrow and the Ministry of Coastal Affairs agreed.")
    for org in ("Port of Kessel-Ostra", "Bank of Norland", "University of East Harrow", "Ministry of Coastal Affairs"):
        assert names[org].kind == "organization", (org, names)
    assert not any(n in names for n in ("Kessel-Ostra", "Norland", "East Harrow", "Coastal Affairs")), names


def test_a_title_of_a_country_is_not_an_organisation_name():
    names = actors_of("The President of Chile, Marta Solis, said the talks would go on.",
                      "The Prime Minister of Norway said he would attend.")
    assert {n: a.kind for n, a in names.items()} == {"Marta Solis": "person", "Chile": "country", "Norway": "country"}
    assert names["Marta Solis"].role == "President of Chile"


def test_two_all_capital_words_are_one_organisation():
    names = actors_of("Analysts at KORVAN DELTA put the loss at €3 million a week.",
                      "The KORVAN DELTA figure was lower than the union's.")
    assert {n: a.kind for n, a in names.items()} == {"KORVAN DELTA": "organization"}
    assert len(names["KORVAN DELTA"].mentions) == 2


def test_capitals_that_label_or_head_a_text_are_not_actors():
    from build_dossier.clean import clean, load_rules
    from build_dossier.ingest import ingest
    from build_dossier.model import SourceFile

    text = "\n".join([
        "DOCKERS WALK OUT AT TWO TERMINALS",
        "LIVE UPDATES: the strike in pictures",
        "BREAKING NEWS Dockers strike at two terminals",
        "Dockers began a strike on Monday, the union said.",
        "HARBOUR STRIKE DEEPENS",
        "READ MORE: Port automation, explained",
        "WATCH: Ships queue outside the harbour",
        "MARKET WRAP: shares closed lower on Monday.",
        "Shares in Harlow Telecom closed at 4:12 PM GMT on Monday.",
        "Union leader Ana Ruiz said the strike would go on.",
    ]) + "\n"
    result = clean(ingest(SourceFile("seeds/t.txt", text)), load_rules())
    actors, _ = find_actors([article("a", *(p.text for p in result.paragraphs))])
    assert {a.name for a in actors} == {"Harlow Telecom", "Ana Ruiz"}, [(a.name, a.kind) for a in actors]
