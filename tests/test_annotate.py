"""Applying annotations over extraction: each kind, the precedence rules, the exact error messages."""

from __future__ import annotations

import copy

import pytest

from build_dossier.annotate import apply
from build_dossier.annotations import AnnotationFile, load
from build_dossier.core import Settings, build
from build_dossier.errors import DossierErrors
from build_dossier.model import (
    Actor, Article, Claim, Dispute, Dossier, Event, Mention, Paragraph, Position, SourceFile, SourceRef,
)


def notes_from(files: dict[str, str]):
    notes, problems = load([AnnotationFile(uri, f"docs/{uri}", text) for uri, text in files.items()])
    assert problems == []
    return notes


def fm(**lines: str) -> str:
    """Front matter from keyword arguments holding YAML text."""
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in lines.items()) + "---\n"


def dossier() -> Dossier:
    a = Article("nato-confirms", "seeds/a.txt", "NATO confirms", [
        Paragraph("Secretary-General Mark Rutte said the move was “a significant escalation”."),
        Paragraph("The Pentagon said North Korea has sent some 10,000 troops to train in Russia."),
        Paragraph("Rutte later said: “a dangerous expansion of Russia’s war”. The NATO chief left."),
    ])
    b = Article("zelensky-says", "seeds/b.txt", "Zelensky says", [
        Paragraph("The number is expected to rise to around 12,000, Zelensky said."),
        Paragraph("Mark Rutte, NATO’s chief, agreed."),
    ])
    return Dossier(
        title="Test",
        articles=[a, b],
        actors=[
            Actor("mark-rutte", "Mark Rutte", "person", ["Secretary-General"], None,
                  [Mention("nato-confirms", 0)], ["name"]),
            Actor("rutte", "Rutte", "other", [], None, [Mention("nato-confirms", 2)], ["surname"]),
            Actor("pentagon", "Pentagon", "organization", [], None, [Mention("nato-confirms", 1)], ["name"]),
            Actor("monday", "Monday", "person", [], None, [], ["name"]),
        ],
        claims=[
            Claim("escalation", "Rutte called it a significant escalation", "quote", "rutte",
                  [SourceRef("nato-confirms", 0, "a significant escalation")], ["quote"]),
            Claim("troops-10000", "North Korea sent 10,000 troops", "figure", "pentagon",
                  [SourceRef("nato-confirms", 1, "some 10,000 troops")], ["figure"]),
        ],
        events=[Event("confirmation", "2024-10-28", "NATO confirms", ["rutte", "monday"], ["escalation"],
                      [SourceRef("nato-confirms", 0)], ["date"])],
        disputes=[Dispute("troops", "How many troops?",
                          [Position("10,000", ["pentagon", "rutte"], ["troops-10000", "escalation"])], ["figures"])],
    )


def problems_of(files: dict[str, str], base: Dossier | None = None) -> list[str]:
    with pytest.raises(DossierErrors) as exc:
        apply(base or dossier(), notes_from(files))
    return [str(e) for e in exc.value.errors]


# ---------------------------------------------------------------------------------------------
# Actors


def test_rename_keeps_the_old_name_as_alias_and_sets_kind_and_role():
    d = apply(dossier(), notes_from({"actors/pentagon.md": fm(name="US Department of Defense", role="ministry")}))
    actor = next(a for a in d.actors if a.id == "pentagon")
    assert (actor.name, actor.kind, actor.role) == ("US Department of Defense", "organization", "ministry")
    assert actor.aliases == ["Pentagon"]


def test_unannotated_fields_stay_automatic_and_input_is_untouched():
    base = dossier()
    before = copy.deepcopy(base)
    d = apply(base, notes_from({"actors/pentagon.md": fm(role="ministry")}))
    assert base == before  # apply is pure
    assert next(a for a in d.actors if a.id == "pentagon").name == "Pentagon"
    assert d.claims == base.claims and d.events == base.events


def test_added_aliases_find_their_mentions():
    d = apply(dossier(), notes_from({"actors/mark-rutte.md": fm(aliases="[NATO chief]")}))
    actor = d.actors[0]
    assert actor.aliases == ["Secretary-General", "NATO chief"]
    # "NATO chief" in paragraph 3 of the first article; "Mark Rutte" in the second article.
    assert actor.mentions == [Mention("nato-confirms", 0), Mention("nato-confirms", 2), Mention("zelensky-says", 1)]


def test_merge_moves_aliases_mentions_and_references():
    d = apply(dossier(), notes_from({"actors/mark-rutte.md": fm(merge="[Rutte]")}))
    assert [a.id for a in d.actors] == ["mark-rutte", "pentagon", "monday"]
    rutte = d.actors[0]
    assert rutte.aliases == ["Secretary-General", "Rutte"]
    assert Mention("nato-confirms", 2) in rutte.mentions
    assert d.claims[0].actor == "mark-rutte"
    assert d.events[0].actors == ["mark-rutte", "monday"]
    assert d.disputes[0].positions[0].actors == ["pentagon", "mark-rutte"]


def test_merge_chains_are_followed():
    d = apply(dossier(), notes_from({"actors/mark-rutte.md": fm(merge="[rutte]"),
                                     "actors/rutte.md": fm(merge="[monday]")}))
    assert [a.id for a in d.actors] == ["mark-rutte", "pentagon"]
    assert d.events[0].actors == ["mark-rutte"]


def test_hidden_actor_is_dropped_with_every_reference():
    d = apply(dossier(), notes_from({"actors/monday.md": fm(hidden="true")}))
    assert "monday" not in [a.id for a in d.actors]
    assert d.events[0].actors == ["rutte"]


def test_new_actor_from_its_file_name():
    d = apply(dossier(), notes_from({"actors/yoon-suk-yeol.md": fm(name="Yoon Suk Yeol", kind="person")}))
    actor = d.actors[-1]
    assert (actor.id, actor.name, actor.kind, actor.found_by) == ("yoon-suk-yeol", "Yoon Suk Yeol", "person",
                                                                  ["annotation"])


def test_actor_errors():
    assert problems_of({
        "actors/ghost.md": fm(kind="person"),
        "actors/monday.md": fm(hidden="true", merge="[Pentagon]"),
        "actors/pentagon.md": fm(merge="[Nobody, monday]"),
    }) == [
        "docs/actors/ghost.md:1: no actor 'ghost' was extracted: to add one, give it a `name`",
        "docs/actors/monday.md:3: merge: cannot merge 'Pentagon' into a hidden actor ('monday' is hidden)",
        "docs/actors/pentagon.md:2: merge: no actor named 'Nobody'",
        "docs/actors/pentagon.md:2: merge: 'monday' is hidden (see docs/actors/monday.md)",
    ]


def test_merge_cycle_is_refused():
    errors = problems_of({"actors/rutte.md": fm(merge="[mark-rutte]"), "actors/mark-rutte.md": fm(merge="[rutte]")})
    assert errors and all("merged into each other" in e for e in errors)


# ---------------------------------------------------------------------------------------------
# Claims


def test_claim_fields_win_and_actor_resolves_by_name():
    d = apply(dossier(), notes_from({"claims/escalation.md": fm(text="'NATO: a significant escalation'",
                                                                  kind="statement", actor="Mark Rutte")}))
    c = d.claims[0]
    assert (c.text, c.kind, c.actor) == ("NATO: a significant escalation", "statement", "mark-rutte")
    assert c.sources == dossier().claims[0].sources


def test_claim_actor_null_means_nobody():
    d = apply(dossier(), notes_from({"claims/escalation.md": fm(actor="null")}))
    assert d.claims[0].actor is None


def test_hidden_claim_leaves_events_and_disputes():
    d = apply(dossier(), notes_from({"claims/escalation.md": fm(hidden="true")}))
    assert [c.id for c in d.claims] == ["troops-10000"]
    assert d.events[0].claims == [] and d.disputes[0].positions[0].claims == ["troops-10000"]


def test_new_claim_by_quote_stores_the_verbatim_passage():
    text = ("---\nactor: rutte\nquotes:\n  - source: nato-confirms\n"
            "    exact: \"A DANGEROUS expansion of Russia's war\"\n---\n")
    d = apply(dossier(), notes_from({"claims/dangerous-expansion.md": text}))
    c = d.claims[-1]
    assert (c.id, c.actor, c.found_by) == ("dangerous-expansion", "rutte", ["annotation"])
    assert c.sources == [SourceRef("nato-confirms", 2, "a dangerous expansion of Russia’s war")]
    assert c.text == "a dangerous expansion of Russia’s war"
    assert c.sources[0].quote in d.articles[0].paragraphs[2].text


def test_quote_added_to_an_extracted_claim():
    text = "---\nquotes:\n  - source: seeds/b.txt\n    exact: rise to around 12,000\n---\n"
    d = apply(dossier(), notes_from({"claims/troops-10000.md": text}))
    assert d.claims[1].sources[-1] == SourceRef("zelensky-says", 0, "rise to around 12,000")


def test_quote_errors_name_the_line_of_the_quote():
    text = ("---\ntext: x\nquotes:\n  - source: nato-confirms\n    exact: a minor escalation\n"
            "  - source: nato-confirms\n    exact: Rutte\n  - source: nato-confirms\n    exact: Rutte\n"
            "    prefix: Biden\n  - source: nowhere\n    exact: x\n---\n")
    assert problems_of({"claims/new.md": text}) == [
        "docs/claims/new.md:5: quote not found in source 'nato-confirms': \"a minor escalation\"",
        "docs/claims/new.md:7: quote found 2 times in source 'nato-confirms' (add a prefix or suffix to pick one): "
        "\"Rutte\"",
        "docs/claims/new.md:9: quote found 2 times in source 'nato-confirms' but not with this prefix/suffix: "
        "\"Rutte\"",
        "docs/claims/new.md:11: unknown source 'nowhere'",
    ]


def test_new_claim_needs_a_quote():
    assert problems_of({"claims/new.md": fm(text="Something")}) == [
        "docs/claims/new.md:1: no claim 'new' was extracted: to add one, quote it under `quotes:`"]


# ---------------------------------------------------------------------------------------------
# Events


def test_new_event_with_actors_claims_and_quoted_sources():
    text = ("---\ndate: 2024-10\ntitle: Troops sent\nactors: [Pentagon, NATO chief]\nclaims: [troops-10000]\n"
            "quotes:\n  - source: nato-confirms\n    exact: has sent some 10,000 troops\n---\n")
    notes = notes_from({"events/troops-sent.md": text, "actors/mark-rutte.md": fm(aliases="[NATO chief]")})
    d = apply(dossier(), notes)
    assert [x.date for x in d.events] == sorted(x.date for x in d.events)  # its place on the timeline
    e = next(x for x in d.events if x.id == "troops-sent")
    assert (e.id, e.date, e.title, e.actors, e.claims) == ("troops-sent", "2024-10", "Troops sent",
                                                           ["pentagon", "mark-rutte"], ["troops-10000"])
    assert e.sources == [SourceRef("nato-confirms", 1, "has sent some 10,000 troops")]


def test_event_annotation_replaces_lists_and_can_hide():
    d = apply(dossier(), notes_from({"events/confirmation.md": fm(date="2024-10-27", actors="[rutte]")}))
    assert (d.events[0].date, d.events[0].actors, d.events[0].claims) == ("2024-10-27", ["rutte"], ["escalation"])
    assert apply(dossier(), notes_from({"events/confirmation.md": fm(hidden="true")})).events == []


def test_event_errors():
    assert problems_of({"events/new.md": fm(title="x"),
                        "events/confirmation.md": fm(claims="[nope]", actors="[monday]"),
                        "actors/monday.md": fm(hidden="true")}) == [
        "docs/events/confirmation.md:2: no claim 'nope' (hidden or never extracted)",
        "docs/events/confirmation.md:3: actor 'monday' is hidden",
        "docs/events/new.md:1: no event 'new' was extracted: to add one, give it a `date` and a `title`",
    ]


# ---------------------------------------------------------------------------------------------
# Disputes

DISPUTE = """\
---
title: How many North Korean troops are in Russia?
positions:
  - summary: About 10,000
    held_by: [Pentagon]
    quotes:
      - source: nato-confirms
        exact: some 10,000 troops
  - summary: Around 12,000
    held_by: [Zelensky]
    quotes:
      - source: zelensky-says
        exact: rise to around 12,000
---
The sources give different numbers.
"""


def test_dispute_positions_from_quotes_reuse_or_create_claims():
    notes = notes_from({"disputes/troops.md": DISPUTE, "actors/zelensky.md": fm(name="Volodymyr Zelensky",
                                                                               aliases="[Zelensky]")})
    d = apply(dossier(), notes)
    dispute = d.disputes[0]
    assert dispute.title == "How many North Korean troops are in Russia?"
    first, second = dispute.positions
    assert (first.summary, first.actors, first.claims) == ("About 10,000", ["pentagon"], ["troops-10000"])
    assert (second.actors, second.claims) == (["zelensky"], ["troops-rise-to-around-12000"])
    new = d.claims[-1]
    assert (new.id, new.text, new.actor) == ("troops-rise-to-around-12000", "rise to around 12,000", None)
    assert new.sources == [SourceRef("zelensky-says", 0, "rise to around 12,000")]


def test_new_dispute_and_its_errors():
    d = apply(dossier(), notes_from({"disputes/new.md": fm(title="'Who knew?'")}))
    assert (d.disputes[-1].id, d.disputes[-1].positions) == ("new", [])
    assert problems_of({"disputes/troops.md": DISPUTE}) == [
        "docs/disputes/troops.md:10: no actor named 'Zelensky'"]
    assert problems_of({"claims/escalation.md": fm(actor="Mark Rute")}) == [
        "docs/claims/escalation.md:2: no actor named 'Mark Rute' (did you mean 'Mark Rutte'?)"]
    quote = "---\nquotes:\n  - source: nato-confirm\n    exact: x\n---\n"
    assert problems_of({"claims/escalation.md": quote}) == [
        "docs/claims/escalation.md:3: unknown source 'nato-confirm' (did you mean 'nato-confirms'?)"]
    assert problems_of({"disputes/other.md": fm(positions="[]")}) == [
        "docs/disputes/other.md:1: no dispute 'other' was extracted: to add one, give it a `title`"]


def test_hidden_dispute():
    assert apply(dossier(), notes_from({"disputes/troops.md": fm(hidden="true")})).disputes == []


# ---------------------------------------------------------------------------------------------
# Sources (the whole pipeline, pure)

SEED = """\
Troops arrive in Kursk
Oct 28, 2024
Troops have arrived in the region, officials said on Monday.
With thanks to the regional desk team
Subscribe to our newsletter for more.
The officials said the number would rise.
"""


def build_with(files: dict[str, str]):
    notes, problems = load([AnnotationFile(uri, f"docs/{uri}", text) for uri, text in files.items()])
    return build([SourceFile("seeds/one.txt", SEED)], Settings(), notes)


def test_source_metadata_wins_with_annotation_provenance():
    plain = build([SourceFile("seeds/one.txt", SEED)], Settings()).articles[0]
    assert plain.id == "troops-arrive-in-kursk" and plain.date == "2024-10-28"
    a = build_with({"sources/troops-arrive-in-kursk.md":
                    fm(title="'Troops in Kursk'", outlet="Example News", date="2024-10-29",
                       url="https://example.org/a", author="A. Writer")}).articles[0]
    assert (a.id, a.title, a.outlet, a.date, a.url, a.author) == (
        "troops-arrive-in-kursk", "Troops in Kursk", "Example News", "2024-10-29", "https://example.org/a", "A. Writer")
    assert a.provenance == {k: "annotation" for k in ("author", "date", "outlet", "title", "url")}


def test_boilerplate_and_content_lines():
    plain = build([SourceFile("seeds/one.txt", SEED)], Settings()).articles[0]
    assert "With thanks to the regional desk team" in [p.text for p in plain.paragraphs]
    assert "Subscribe to our newsletter for more." in [r.text for r in plain.removed]
    a = build_with({"sources/troops-arrive-in-kursk.md":
                    "---\nboilerplate:\n  - WITH THANKS to the regional\n"
                    "content:\n  - Subscribe to our newsletter for more.\n---\n"}).articles[0]
    assert [p.text for p in a.paragraphs] == [
        "Troops have arrived in the region, officials said on Monday.",
        "Subscribe to our newsletter for more.",
        "The officials said the number would rise.",
    ]
    removed = next(r for r in a.removed if r.text == "With thanks to the regional desk team")
    assert (removed.rule, removed.reason, removed.line) == (
        "annotation", "marked as boilerplate in docs/sources/troops-arrive-in-kursk.md", 4)


def test_file_binding_gives_the_article_the_file_name_as_id():
    a = build_with({"sources/kursk.md": fm(file="seeds/one.txt")}).articles[0]
    assert (a.id, a.title) == ("kursk", "Troops arrive in Kursk")


def test_source_errors():
    with pytest.raises(DossierErrors) as exc:
        build_with({
            "sources/unknown.md": fm(title="x"),
            "sources/bound.md": fm(file="seeds/missing.txt"),
            "sources/troops-arrive-in-kursk.md": "---\nboilerplate:\n  - Not in the article\n  - said\n---\n",
        })
    assert [str(e) for e in exc.value.errors] == [
        "docs/sources/bound.md:2: file 'seeds/missing.txt' is not one of the seeds",
        "docs/sources/troops-arrive-in-kursk.md:3: boilerplate line not found in seeds/one.txt: \"Not in the article\"",
        "docs/sources/troops-arrive-in-kursk.md:4: boilerplate line found in 2 lines (quote more of the line) "
        "in seeds/one.txt: \"said\"",
        "docs/sources/unknown.md:1: no source with id 'unknown': name the file after a source's id "
        "(see `build-dossier scaffold`) or bind it with `file: seeds/...`",
    ]


def test_a_repeated_line_is_one_boilerplate_verdict():
    seed = "A headline here\nSome body text that is long enough to be a paragraph.\nA headline here\nMore text.\n"
    notes, _ = load([AnnotationFile("sources/x.md", "docs/sources/x.md",
                                    "---\nfile: seeds/one.txt\ncontent:\n  - A headline here\n---\n")])
    a = build([SourceFile("seeds/one.txt", seed)], Settings(), notes).articles[0]
    assert [p.text for p in a.paragraphs].count("A headline here") == 2


def test_annotation_wins_over_the_seeds_own_front_matter():
    seed = "---\ntitle: Filed title\noutlet: Filed Outlet\ndate: 2024-10-01\n---\nA paragraph of the article body.\n"
    notes, _ = load([AnnotationFile("sources/filed-title.md", "docs/sources/filed-title.md",
                                    "---\noutlet: Corrected Outlet\n---\n")])
    a = build([SourceFile("seeds/x.md", seed)], Settings(), notes).articles[0]
    assert (a.title, a.outlet, a.date) == ("Filed title", "Corrected Outlet", "2024-10-01")
    assert a.provenance == {"date": "file", "outlet": "annotation", "title": "file"}


def test_dispute_positions_set_by_an_editor_are_recorded_in_found_by():
    text = ("---\npositions:\n  - summary: Ten thousand\n    held_by: [Pentagon]\n"
            "    quotes:\n      - source: nato-confirms\n        exact: has sent some 10,000 troops\n---\n")
    base = dossier()
    base.disputes.append(Dispute("numbers", "How many?", [Position("Old", [], [])], found_by=["figures"]))
    d = apply(base, notes_from({"disputes/numbers.md": text}))
    (dispute,) = [x for x in d.disputes if x.id == "numbers"]
    assert dispute.found_by == ["figures", "annotation"]
    assert [p.summary for p in dispute.positions] == ["Ten thousand"]
