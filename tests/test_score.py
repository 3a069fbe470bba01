"""The scorer itself, on hand-made dossiers: it must be able to say 1.0 and to say less."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from build_dossier import cli
from build_dossier.score import KeyError_, format_table, norm_name, score

HERE = Path(__file__).resolve().parent
KEYS = [HERE / "expected" / "demo.yaml"] + sorted((HERE / "fixtures" / "stories").glob("*/expected.yaml"))

ARTICLES = [
    {"id": "a", "path": "seeds/a.txt", "paragraphs": [
        "Acme Corp denied on Monday that 12 workers died in the fire.",
        "Firefighters said 14 people were killed, the mayor Jane Doe said 9.",
    ]},
    {"id": "b", "path": "seeds/b.md", "paragraphs": [
        "Mayor Doe said nine people died; Acme said the plant was safe.",
    ]},
]

KEY = {
    "articles": {"first": "seeds/a.txt", "second": "seeds/b.md"},
    "actors": [
        {"name": "Jane Doe", "kind": "person", "aliases": ["Doe", "Mayor Doe"]},
        {"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]},
        {"name": "Fire brigade", "kind": "organization", "optional": True, "aliases": ["Firefighters"]},
    ],
    "junk": ["Monday"],
    "claims": [
        {"text": "The mayor says nine died.", "who": "Jane Doe",
         "sources": {"first": "the mayor Jane Doe said 9", "second": "Mayor Doe said nine people died"}},
        {"text": "Acme denies the toll.", "who": "Acme Corp", "sources": {"first": "Acme Corp denied"}},
    ],
    "events": [
        {"date": "2024-03-04", "title": "Acme denies the toll", "sources": {"first": "denied on Monday"}},
    ],
    "disputes": [
        {"question": "How many died?", "positions": [
            {"summary": "12", "markers": ["12 workers"]},
            {"summary": "14", "markers": ["14"]},
            {"summary": "9", "markers": ["9", "nine"], "holders": ["Jane Doe"]},
        ]},
    ],
}

PERFECT = {
    "articles": ARTICLES,
    "actors": [
        {"id": "jane-doe", "name": "Jane Doe", "kind": "person", "aliases": ["Doe", "Mayor Doe"]},
        {"id": "acme", "name": "Acme Corp.", "kind": "organization", "aliases": ["Acme"]},
    ],
    "claims": [
        {"id": "c1", "text": "Doe: nine died", "actor": "jane-doe", "kind": "quote", "sources": [
            {"article": "a", "paragraph": 1, "quote": "the mayor Jane Doe said 9"},
            {"article": "b", "paragraph": 0, "quote": "Mayor Doe said nine people died"}]},
        {"id": "c2", "text": "Acme denies", "actor": "acme", "kind": "statement", "sources": [
            {"article": "a", "paragraph": 0, "quote": "Acme Corp denied on Monday that 12 workers died"}]},
    ],
    "events": [
        {"id": "e1", "date": "2024-03-04", "title": "Acme denies", "sources": [{"article": "a", "paragraph": 0}]},
    ],
    "disputes": [
        {"id": "d1", "title": "Death toll", "positions": [
            {"summary": "Acme: 12", "actors": ["acme"], "claims": ["c2"]},
            {"summary": "Firefighters: 14", "actors": [], "claims": []},
            {"summary": "Mayor: nine", "actors": ["jane-doe"], "claims": ["c1"]},
        ]},
    ],
}


def run(dossier: dict, key: dict = KEY) -> dict:
    result = score(key, dossier)
    assert result["problems"] == []
    return result


def test_perfect_build_scores_one_everywhere():
    result = run(PERFECT)
    for kind in ("actors", "claims", "events", "disputes"):
        r = result[kind]
        assert (r["precision"], r["recall"], r["f1"]) == (1.0, 1.0, 1.0), (kind, r)
        assert r["misses"] == [] and r["false_positives"] == []


def test_empty_build_recalls_nothing():
    result = run({"articles": ARTICLES})
    assert [result[k]["recall"] for k in ("actors", "claims", "events", "disputes")] == [0.0] * 4
    assert result["actors"]["precision"] is None  # nothing found: no precision to speak of
    assert result["actors"]["misses"] == ["Jane Doe", "Acme Corp"]


def test_unmerged_alias_is_a_miss_not_a_false_positive():
    d = copy.deepcopy(PERFECT)
    d["actors"][0]["aliases"] = ["Mayor Doe"]
    d["actors"].append({"id": "doe", "name": "Doe", "kind": "person", "aliases": []})
    r = run(d)["actors"]
    assert r["recall"] == 0.5
    assert r["misses"] == ["Jane Doe: split over Doe, Jane Doe"]
    assert r["precision"] == 1.0


def test_false_actor_lowers_precision_and_junk_is_named():
    d = copy.deepcopy(PERFECT)
    d["actors"] += [{"id": "monday", "name": "Monday", "kind": "other", "aliases": []},
                    {"id": "plant", "name": "Plant", "kind": "place", "aliases": []}]
    r = run(d)["actors"]
    assert r["recall"] == 1.0
    assert r["precision"] == 0.5
    assert r["false_positives"] == ["Monday (other)", "Plant (place)"]
    assert r["junk"] == ["Monday"]


def test_optional_actor_counts_neither_way():
    d = copy.deepcopy(PERFECT)
    d["actors"].append({"id": "ff", "name": "Firefighters", "kind": "group", "aliases": []})
    r = run(d)["actors"]
    assert (r["precision"], r["recall"], r["neutral"]) == (1.0, 1.0, 1)


def test_over_merged_actor_is_a_false_positive():
    d = copy.deepcopy(PERFECT)
    d["actors"][0]["aliases"].append("Acme")
    r = run(d)["actors"]
    assert r["false_positives"] == ["Jane Doe (person): also merges Acme Corp"]
    assert r["precision"] == 0.5


def test_kind_mismatch_is_noted_not_counted():
    d = copy.deepcopy(PERFECT)
    d["actors"][1]["kind"] = "person"
    r = run(d)["actors"]
    assert r["precision"] == 1.0 and r["notes"] == ["Acme Corp: kind person, expected organization"]


def test_claim_without_its_second_source_is_missed():
    d = copy.deepcopy(PERFECT)
    d["claims"][0]["sources"] = d["claims"][0]["sources"][:1]
    r = run(d)["claims"]
    assert r["recall"] == 0.5
    assert r["misses"] == ["The mayor says nine died.: best claim c1 cites 1/2 articles (not second)"]
    assert r["precision"] == 1.0


def test_claim_quoting_another_part_of_the_paragraph_does_not_match():
    d = copy.deepcopy(PERFECT)
    d["claims"][1]["sources"] = [{"article": "a", "paragraph": 1, "quote": "Firefighters said 14 people"}]
    r = run(d)["claims"]
    assert r["recall"] == 0.5
    assert r["false_positives"] == ["c2: Acme denies"]


def test_quote_key_found_in_two_paragraphs_accepts_either():
    articles = copy.deepcopy(ARTICLES)
    articles[0]["paragraphs"].insert(0, "Acme Corp denied the toll.")  # a standfirst repeating the lede
    d = copy.deepcopy(PERFECT)
    d["articles"] = articles
    d["claims"][1]["sources"] = [{"article": "a", "paragraph": 0, "quote": "Acme Corp denied"}]
    d["claims"][0]["sources"][0]["paragraph"] = 2
    d["events"][0]["sources"][0]["paragraph"] = 1
    r = run(d)
    assert r["claims"]["recall"] == 1.0 and r["events"]["recall"] == 1.0


def test_claim_with_the_wrong_actor_is_noted():
    d = copy.deepcopy(PERFECT)
    d["claims"][1]["actor"] = "jane-doe"
    r = run(d)["claims"]
    assert r["recall"] == 1.0 and r["notes"] == ["Acme denies the toll.: actor jane-doe, expected Acme Corp"]


@pytest.mark.parametrize("date", ["2024-03", "2024-03-05", "2024"])
def test_event_date_must_be_exact(date):
    d = copy.deepcopy(PERFECT)
    d["events"][0]["date"] = date
    r = run(d)["events"]
    assert r["recall"] == 0.0 and r["precision"] == 0.0
    assert r["misses"] == [f"2024-03-04 Acme denies the toll (found under {date})"]


def test_event_matches_on_keyword_without_sources():
    key = copy.deepcopy(KEY)
    key["events"][0]["keywords"] = ["Acme"]
    d = copy.deepcopy(PERFECT)
    d["events"][0]["sources"] = []
    assert run(d, key)["events"]["recall"] == 1.0
    d["events"][0]["title"] = "A denial"
    assert run(d, key)["events"]["recall"] == 0.0


def test_dispute_needs_every_position():
    d = copy.deepcopy(PERFECT)
    del d["disputes"][0]["positions"][1]
    r = run(d)["disputes"]
    assert r["recall"] == 0.0
    assert r["misses"] == ["How many died?: best dispute d1 covers 2/3 positions"]
    assert r["precision"] == 1.0  # two positions of a real dispute: a right find, incomplete


def test_one_found_dispute_answers_one_question():
    """A figure dispute whose quotes happen to hold another question's markers does not answer
    that question too."""
    key = copy.deepcopy(KEY)
    key["disputes"].append({"question": "Did Acme deny it?", "positions": [
        {"summary": "denied", "markers": ["denied"]}, {"summary": "the mayor", "markers": ["Mayor Doe said"]}]})
    r = run(copy.deepcopy(PERFECT), key)["disputes"]
    assert r["recall"] == 0.5
    assert r["misses"] == ["Did Acme deny it?: its only match d1 answers another question"]


def test_dispute_figures_ignore_thousands_separators_and_need_distinct_positions():
    key = copy.deepcopy(KEY)
    key["disputes"][0]["positions"][1]["markers"] = ["14,000"]
    d = copy.deepcopy(PERFECT)
    d["disputes"][0]["positions"][1]["summary"] = "Firefighters: 14000"
    assert run(d, key)["disputes"]["recall"] == 1.0
    # One position holding every figure covers only one position.
    d["disputes"][0]["positions"] = [{"summary": "12 workers, 14000 or nine", "actors": [], "claims": []}]
    r = run(d, key)["disputes"]
    assert r["recall"] == 0.0 and r["precision"] == 0.0


def test_quote_not_verbatim_is_reported_as_a_build_problem():
    d = copy.deepcopy(PERFECT)
    d["claims"][1]["sources"][0]["quote"] = "Acme denied"
    d["events"][0]["sources"][0]["paragraph"] = 7
    result = score(KEY, d)
    assert result["build_problems"] == ["quote not in a paragraph 0: 'Acme denied'",
                                        "source points nowhere: article 'a', paragraph 7"]
    assert "build problems" in format_table(result)


def test_unlocatable_quote_key_is_reported_as_a_key_problem():
    key = copy.deepcopy(KEY)
    key["claims"][1]["sources"] = {"first": "words that are in no paragraph"}
    result = score(key, PERFECT)
    assert result["problems"] == ["quote key not found in first: 'words that are in no paragraph'"]


@pytest.mark.parametrize("bad, message", [
    ({"actors": [{"kind": "person"}]}, "actors[0]: missing 'name'"),
    ({"claims": [{"text": "x", "sources": {"nowhere": "q"}}]}, "claims[0]: article 'nowhere' is not in articles:"),
    ({"events": [{"date": "2024", "title": "t"}]}, "events[0]: missing 'sources'"),
    ({"disputes": [{"question": "q", "positions": [{"summary": "s"}]}]}, "disputes[0].positions[0]: needs markers"),
])
def test_malformed_key_is_named(bad, message):
    with pytest.raises(KeyError_, match=message.replace("[", r"\[").replace("]", r"\]")):
        score(bad, PERFECT)


def test_names_normalise():
    assert norm_name("the U.S.") == norm_name("US")
    assert norm_name("Nausėda") == norm_name("Nauseda")
    assert norm_name("Yoon Suk-yeol") == norm_name("Yoon Suk Yeol")
    assert norm_name("Lithuania’s") == norm_name("Lithuania")
    assert norm_name("#NATO") == norm_name("NATO")
    assert norm_name("Zelensky") != norm_name("Zelenskyy")  # variants are the key's business


def test_table_lists_misses():
    text = format_table(run({"articles": ARTICLES}))
    assert text.splitlines()[0].split() == ["kind", "expected", "found", "matched", "false+",
                                            "precision", "recall", "f1"]
    assert "actors missed (2):\n  - Jane Doe\n  - Acme Corp" in text


# ---------------------------------------------------------------- the answer keys themselves

def _oracle(key: dict, dossier: dict) -> dict:
    """The build a perfect extractor would make: every required item of the key, as found items."""
    from build_dossier.score import _Corpus

    corpus = _Corpus(key, dossier)
    out = {"articles": dossier["articles"], "actors": [], "claims": [], "events": [], "disputes": []}
    for i, a in enumerate(x for x in key.get("actors", []) if not x.get("optional")):
        out["actors"].append({"id": f"a{i}", "name": a["name"], "kind": a.get("kind"),
                              "aliases": list(a.get("aliases") or [])})

    def refs(item):
        spans = corpus.keys(item)
        return [{"article": ks[0][0], "paragraph": ks[0][1],
                 "quote": dossier_para(ks[0])} for ks in spans.values()]

    def dossier_para(k):
        art = next(a for a in dossier["articles"] if a["id"] == k[0])
        return art["paragraphs"][k[1]]

    for i, c in enumerate(x for x in key.get("claims", []) if not x.get("optional")):
        out["claims"].append({"id": f"c{i}", "text": c["text"], "actor": None, "sources": refs(c)})
    for i, e in enumerate(x for x in key.get("events", []) if not x.get("optional")):
        out["events"].append({"id": f"e{i}", "date": str(e["date"]), "title": e["title"], "sources": refs(e)})
    for i, d in enumerate(x for x in key.get("disputes", []) if not x.get("optional")):
        out["disputes"].append({"id": f"d{i}", "title": d["question"], "positions": [
            {"summary": " | ".join(p.get("markers") or []) or p["summary"], "actors": [], "claims": []}
            for p in d["positions"]]})
    return out


@pytest.fixture(scope="module")
def built() -> dict:
    """Each answer key with the build of its seeds (the demo's are the repository's)."""
    from build_dossier.core import Settings, build
    from build_dossier.export import to_data
    from build_dossier.project import read_sources

    out = {}
    for path in KEYS:
        root = HERE.parent if path.parent.name == "expected" else path.parent
        out[path] = (yaml.safe_load(path.read_text("utf-8")), to_data(build(read_sources(root, "seeds"), Settings())))
    return out


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.parent.name if p.name == "expected.yaml" else p.stem)
def test_answer_key_is_consistent(path, built):
    """Every quote key locates its paragraph, no name belongs to two actors, a perfect build scores 1."""
    key, dossier = built[path]
    result = score(key, dossier)
    assert result["problems"] == []
    assert result["build_problems"] == []
    owners: dict[str, str] = {}
    for a in key["actors"]:
        for n in {norm_name(x) for x in [a["name"]] + list(a.get("aliases") or [])}:
            assert owners.setdefault(n, a["name"]) == a["name"], f"{n!r} in {owners[n]} and {a['name']}"
    for junk in key.get("junk") or []:
        assert norm_name(junk) not in owners, f"junk {junk!r} is also an actor's name"
    perfect = score(key, _oracle(key, dossier))
    for kind in ("actors", "claims", "events", "disputes"):
        assert perfect[kind]["recall"] == 1.0, (kind, perfect[kind]["misses"])
        assert perfect[kind]["precision"] == 1.0, (kind, perfect[kind]["false_positives"])


def test_score_command_prints_the_table(demo_project, monkeypatch, capsys):
    monkeypatch.chdir(demo_project.root)
    key = HERE / "expected" / "demo.yaml"
    assert cli.main(["score", str(key), "--brief"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["kind", "expected", "found"]
    assert [line.split()[0] for line in out.splitlines()[1:5]] == ["actors", "claims", "events", "disputes"]
    assert cli.main(["score", str(key), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["actors"]["expected"] == 27 and data["problems"] == []


def test_score_command_gates_and_errors(demo_project, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(demo_project.root)
    key = HERE / "expected" / "demo.yaml"
    assert cli.main(["score", str(key), "--brief", "--min-recall", "disputes=1.01"]) == 1
    assert "below target: disputes recall" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [\n", encoding="utf-8")
    assert cli.main(["score", str(bad)]) == 1
    assert f"{bad}:" in capsys.readouterr().err
    bad.write_text("actors:\n  - kind: person\n", encoding="utf-8")
    assert cli.main(["score", str(bad)]) == 1
    assert "invalid answer key: actors[0]: missing 'name'" in capsys.readouterr().err
