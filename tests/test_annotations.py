"""Reading annotation files: the schema of each kind, and errors naming file, line and key."""

from __future__ import annotations

from build_dossier.annotations import (
    UNSET, AnnotationFile, ActorNote, DisputeNote, NOTE_TYPES, SourceNote, load, page_view, schema,
)
from build_dossier.model import EditorPage


def read(uri: str, text: str):
    notes, problems = load([AnnotationFile(uri, f"docs/{uri}", text)])
    return notes, [str(p) for p in problems]


def test_every_field_of_every_kind_has_a_doc():
    for cls in NOTE_TYPES.values():
        for f in schema(cls):
            assert f.metadata["doc"].strip(), (cls.__name__, f.name)


def test_actor_note_fields_and_lines():
    notes, problems = read("actors/mark-rutte.md",
                           "---\nname: Mark Rutte\nkind: person\nrole: null\naliases:\n  - Rutte\n  - NATO chief\n"
                           "merge: [rutte]\nhidden: false\n---\nSome prose.\n")
    assert problems == []
    note = notes.actors["mark-rutte"]
    assert isinstance(note, ActorNote)
    assert (note.name, note.kind, note.role, note.aliases, note.merge, note.hidden) == (
        "Mark Rutte", "person", None, ["Rutte", "NATO chief"], ["rutte"], False)
    assert note.line_of("aliases", 1) == 7 and note.line_of("merge") == 8


def test_unwritten_fields_are_unset_and_null_means_none():
    notes, _ = read("sources/a.md", "---\noutlet: null\n---\n")
    note = notes.sources["a"]
    assert isinstance(note, SourceNote)
    assert note.outlet is None and note.title is UNSET and note.date is UNSET


def test_yaml_dates_and_numbers_read_as_text():
    notes, problems = read("sources/a.md", "---\ndate: 2024-10-28\ntitle: 1984\n---\n")
    assert problems == []
    assert (notes.sources["a"].date, notes.sources["a"].title) == ("2024-10-28", "1984")


def test_yaml_error_names_its_line():
    _, problems = read("claims/c.md", "---\ntext: fine\nkind: [quote\n---\n")
    assert len(problems) == 1 and problems[0].startswith("docs/claims/c.md:4: invalid YAML:")


def test_unknown_key_names_its_line_and_the_allowed_keys():
    _, problems = read("actors/x.md", "---\nname: X\naliasses: [Y]\n---\n")
    assert problems == ["docs/actors/x.md:3: unknown key 'aliasses' (allowed: name, kind, role, aliases, merge, hidden)"]


def test_bad_values_are_each_reported():
    _, problems = read("events/e.md", "---\ndate: 28 October\ntitle: [a]\nactors: Rutte\nhidden: maybe\n---\n")
    assert problems == [
        "docs/events/e.md:2: date: '28 October' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
        "docs/events/e.md:3: title: expected text",
        "docs/events/e.md:4: actors: expected a list (one '- item' per line)",
        "docs/events/e.md:5: hidden: expected true or false",
    ]


def test_choices_urls_and_dates_are_checked():
    _, problems = read("actors/x.md", "---\nkind: persn\n---\n")
    assert problems == ["docs/actors/x.md:2: kind: 'persn' is not one of person, organization, country, place, group, other"]
    _, problems = read("sources/s.md", "---\nurl: javascript:alert(1)\ndate: 2024-02-30\n---\n")
    assert problems == ["docs/sources/s.md:2: url: 'javascript:alert(1)' is not an http(s) address",
                        "docs/sources/s.md:3: date: '2024-02-30' is not a date (YYYY-MM-DD)"]


def test_nested_quotes_and_positions():
    text = ("---\ntitle: How many?\npositions:\n  - summary: About 10,000\n    held_by: [Pentagon]\n"
            "    quotes:\n      - source: a\n        exact: some 10,000 troops\n        suffix: to train\n"
            "  - summary: About 12,000\n---\n")
    notes, problems = read("disputes/troops.md", text)
    assert problems == []
    note = notes.disputes["troops"]
    assert isinstance(note, DisputeNote)
    first, second = note.positions
    assert first.summary == "About 10,000" and first.held_by == ["Pentagon"]
    assert first.quotes[0].exact == "some 10,000 troops" and first.quotes[0].suffix == "to train"
    assert first.quotes[0].line_of("exact") == 8
    assert second.quotes is UNSET


def test_nested_errors_name_the_item():
    _, problems = read("disputes/d.md", "---\npositions:\n  - held_by: [x]\n    quotes:\n      - exact: y\n---\n")
    assert problems == [
        "docs/disputes/d.md:3: positions[1].summary: missing (required)",
        "docs/disputes/d.md:5: positions[1].quotes[1].source: missing (required)",
    ]


def test_key_given_twice():
    _, problems = read("actors/x.md", "---\nname: A\nname: B\n---\n")
    assert problems == ["docs/actors/x.md:3: name: given twice"]


def test_file_without_front_matter_is_an_empty_note():
    notes, problems = read("actors/x.md", "Just prose.\n")
    assert problems == [] and notes.actors["x"].name is UNSET


def test_index_pages_and_other_folders_are_not_annotations():
    notes, problems = load([AnnotationFile("sources/index.md", "docs/sources/index.md", "---\nfoo: 1\n---\n"),
                            AnnotationFile("about.md", "docs/about.md", "---\nfoo: 1\n---\n")])
    assert problems == [] and notes.by_uri() == {}


def test_annotation_fields_stay_off_the_page_metadata():
    pages = {
        "actors/x.md": EditorPage("actors/x.md", {"name": "X", "merge": ["y"], "title": "X!", "hide": ["toc"]}, "", "p"),
        "index.md": EditorPage("index.md", {"name": "kept"}, "", "p"),
    }
    view = page_view(pages)
    assert view["actors/x.md"].meta == {"title": "X!", "hide": ["toc"]}
    assert view["index.md"].meta == {"name": "kept"}


def test_every_bad_item_of_a_list_is_reported():
    text = ("---\ntitle: T\npositions:\n  - summary: [x]\n  - summary: ok\n    quotes:\n      - exact: y\n"
            "      - source: a\n---\n")
    _, problems = read("disputes/d.md", text)
    assert problems == [
        "docs/disputes/d.md:4: positions[1].summary: expected text",
        "docs/disputes/d.md:7: positions[2].quotes[1].source: missing (required)",
        "docs/disputes/d.md:8: positions[2].quotes[2].exact: missing (required)",
    ]
