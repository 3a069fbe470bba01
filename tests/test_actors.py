"""Actors found in small invented articles of other stories (not the demo's)."""

from __future__ import annotations

from build_dossier.extract.actors import find_actors
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, outlet: str | None = None, date: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), outlet=outlet, date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


TRADE = [
    article(
        "tariffs",
        "French President Emmanuel Macron said on Tuesday that the tariffs were a mistake.",
        "Macron added that Paris would respond within weeks, and Berlin agreed.",
        "Brazilian Trade Minister Joana Pereira-Lima told reporters in Geneva that talks had failed.",
        "The Brazilian trade minister said Brasília would appeal to the WTO.",
        "Photo: Reuters. Tuesday's talks ended early, the European Commission said.",
    ),
    article(
        "tariffs-2",
        "Emmanuel Macron, the French president, met Joana Pereira Lima on Friday in Geneva.",
        "Pereira Lima called the tariffs “unfair” and German officials were said to agree.",
    ),
]


def by_name(actors):
    return {a.name: a for a in actors}


def test_full_name_surname_and_spelling_variants_merge():
    actors, index = find_actors(TRADE)
    names = by_name(actors)
    assert "Emmanuel Macron" in names
    macron = names["Emmanuel Macron"]
    assert macron.kind == "person"
    assert "Macron" in macron.aliases
    assert {m.article for m in macron.mentions} == {"tariffs", "tariffs-2"}
    people = [a for a in actors if a.kind == "person"]
    lima = [a for a in people if "lima" in a.name.lower()]
    assert len(lima) == 1, [a.name for a in people]  # "Pereira-Lima" / "Pereira Lima"
    assert index.resolve("Joana Pereira Lima") == lima[0].id


def test_titles_tied_to_a_person_become_aliases_and_role():
    actors, index = find_actors(TRADE)
    names = by_name(actors)
    macron = names["Emmanuel Macron"]
    assert macron.role == "France's President"
    assert "French President" in macron.aliases
    lima = next(a for a in actors if "lima" in a.name.lower())
    assert lima.role == "Brazil's Trade Minister"
    # "The Brazilian trade minister said" resolves to her
    spans = index.mentions_in("The Brazilian trade minister said so.")
    assert [x[2] for x in spans] == [lima.id]


def test_demonyms_and_capitals_stand_for_their_country():
    actors, index = find_actors(TRADE)
    names = by_name(actors)
    france = names["France"]
    assert france.kind == "country"
    assert {"Paris", "French"} <= set(france.aliases)
    assert "Berlin" in names["Germany"].aliases
    assert index.resolve("Brasília") == names["Brazil"].id
    assert names["European Commission"].kind == "organization"


def test_no_junk_weekdays_agencies_sentence_starters():
    actors, _ = find_actors(TRADE)
    found = {a.name for a in actors} | {x for a in actors for x in a.aliases}
    for junk in ("Tuesday", "Friday", "Photo", "Reuters", "The", "Tuesday's"):
        assert junk not in found


def test_weapon_systems_and_places():
    arts = [article("war", "The army fired Vortex Hammer missiles near Dalgorod region, officials said.",
                    "Troops left Dalgorod on Monday, General Ana Kovac said.")]
    actors, _ = find_actors(arts)
    names = by_name(actors)
    assert "Vortex Hammer" not in names
    assert names["Dalgorod"].kind == "place"
    assert names["Ana Kovac"].kind == "person"


def test_only_cleaned_paragraphs_are_read():
    from build_dossier.model import Removed

    a = article("recall", "Carmaker Velto said it would recall 40,000 cars.")
    a.removed = [Removed("Photo by Jane Doakes / Getty Images", "photo credit")]
    actors, _ = find_actors([a])
    assert not any("Doakes" in x.name for x in actors)


def test_initials_honorifics_and_titles_inside_a_name_run():
    arts = [article("names",
                    "Former President Donald J. Trump said tariffs would rise. Mr. Trump added more.",
                    "“We will respond,” said Commerce Minister Li Wei. General Motors said it would cut jobs.",
                    "Dr. Ellen Park, a trade economist at the Institute of Pacific Studies, disagreed.")]
    actors, _ = find_actors(arts)
    names = by_name(actors)
    assert names["Donald J. Trump"].kind == "person" and "Trump" in names["Donald J. Trump"].aliases
    assert names["Li Wei"].role == "Commerce Minister"
    assert "Motors" not in names and "Former President" not in names["Donald J. Trump"].aliases
    assert names["Ellen Park"].role.startswith("trade economist")
    assert names["Institute of Pacific Studies"].kind == "organization"


def test_organisations_acronyms_and_government_bodies():
    arts = [article("bank",
                    "The Reserve Bank of Zembla cut rates, and the Monetary Board (MB) agreed.",
                    "Two MB members dissented. The RBZ said inflation would ease.",
                    "Mexico's finance ministry welcomed the cut; the Mexican finance ministry had asked for it.",
                    "By Jane Doakes", "Reporting by Jane Doakes; Editing by Tom Reed"),
            article("bank-2", "The finance ministry said it was pleased, the Daily Courier reported.",
                    "Union leader Mia Sand told Radio Nord that the textile maker Frostvik Garn would close.")]
    actors, index = find_actors(arts)
    names = by_name(actors)
    bank = names["Reserve Bank of Zembla"]
    assert bank.kind == "organization"
    assert index.resolve("RBZ") == bank.id  # initials
    assert "MB" in names["Monetary Board"].aliases
    ministry = names["Mexican finance ministry"]
    assert "Mexico's finance ministry" in ministry.aliases
    assert index.mentions_in("the finance ministry said")[0][2] == ministry.id
    assert names["Frostvik Garn"].kind == "organization"
    assert names["Mia Sand"].kind == "person"
    for junk in ("Jane Doakes", "Tom Reed", "Daily Courier", "Radio Nord", "Union leader"):
        assert junk not in names


def test_company_short_name_and_ministries_by_common_noun():
    arts = [article("recall",
                    "Toyota Motor Corp said on Thursday it would recall 1.2 million vehicles.",
                    "Toyota said more checks would follow. Japan's transport ministry said it was studying the case.")]
    actors, index = find_actors(arts)
    names = by_name(actors)
    toyota = names["Toyota Motor Corp"]
    assert "Toyota" in toyota.aliases and len(toyota.mentions) == 2
    assert names["Japanese transport ministry"].kind == "organization"


def test_middle_initials_and_short_first_names_merge():
    arts = [article("mid", "Donald J. Trump said the deal was done.", "Donald Trump later added details.",
                    "Alexander Stubb met Alex Stubb's aides.")]
    actors, _ = find_actors(arts)
    people = [a.name for a in actors if a.kind == "person"]
    assert sum("Trump" in p for p in people) == 1, people
    assert sum("Stubb" in p for p in people) == 1, people
