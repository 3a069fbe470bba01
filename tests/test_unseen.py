"""Extraction on stories it was never tuned on: the issue's targets, measured with the scorer.

Each folder of tests/fixtures/stories/ holds seeds (a copied .txt with boilerplate, a .md with
front matter, a saved .html page) and expected.yaml, its answer key. A target the extraction
does not meet yet is marked xfail with the figure measured, so the suite stays green but says
where it stands: when a target starts passing, pytest reports XPASS and the mark can go.
These stories also guard against demo-specific hard-coding (names, dates, phrases).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from build_dossier.core import Settings, build
from build_dossier.export import to_data
from build_dossier.project import read_sources
from build_dossier.score import score

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "fixtures" / "stories"
NAMES = sorted(p.parent.name for p in STORIES.glob("*/expected.yaml"))
# The demo is not unseen (the extractor was built looking at it); measured alongside as a
# regression guard: its targets, once met, must stay met.
DEMO = "demo"

# The targets: (kind, measure, minimum).
TARGETS = {
    "actors-recall": ("actors", "recall", 0.95),
    "actors-precision": ("actors", "precision", 0.9),
    "claims-recall": ("claims", "recall", 0.8),
    "events-recall": ("events", "recall", 0.8),
    "disputes-recall": ("disputes", "recall", 1.0),
}

# Targets not met yet, with the figure measured (update when extraction improves).
NOT_YET: dict[tuple[str, str], str] = {
    # data-breach and port-strike disputes: 0.00 held out (2026-11-21); 1.00 since figures of one
    # article from different actors, re-estimates ("put the figure at") and "not so" against "so"
    # (polarity) make disputes. sindh-floods disputes: 0.67 (a denial against a warning), 1.00 by polarity.
    # port-strike actors recall: 0.73 held out (first measured); 0.82 after the particle-surname
    # rule; 1.00 once "<Head> of <Name>" organisation names stay whole and two all-capital words
    # make one name (generic rules, organization_heads and capitals).
    # port-strike events: 0.71 held out; 0.86 once the cleaner read its "Updated June 9, 2026, 11:20 a.m."
    # dateline and dropped "Listen to this article" (generic rules, audio-player and dateline).
    # Stories added after the extractor was written (keys by hand before any run). First measured
    # (unseen): sudan-truce actors 0.85/0.77, disputes 0.75; delivery-fine events 0.80,
    # disputes 0.50; sindh-floods actors 0.83/0.86, disputes 0.33. What is left after generic fixes:
    # Held out, written apart and scored once on 2026-11-21. First run: kursk-followup actors
    # 0.81/0.95, claims 0.80, events 1.00, disputes 0.33; santiago-march actors 0.94/0.95, claims
    # 0.47, events 0.90, disputes 0.00; mures-spill actors 0.89/0.86, claims 0.73, events 0.88,
    # disputes 0.00. After generic fixes the same day (now tuned on them) every actor target and
    # mures-spill's claims are met; since then (generic rules for casualty estimates, volumes,
    # legality said of a thing, rebuttals, a one-off against more to follow) every target too.
    # Held out, written apart and scored once later on 2026-11-21 (first runs in
    # tests/fixtures/stories/README.md): every target met after generic fixes the same day.
    # The fifth batch, scored once at the end of that day; what is left after generic fixes:
    ("norvant-layoffs", "claims-recall"): "first run 0.62; 0.76 (a press release and the news reports of it)",
    # kursk-spring disputes: 0.50, 0.75, then 1.00 once sending captives back against taking them in
    # is a frame (`return`, batch 8 round).
    # The sixth batch (first runs in tests/fixtures/stories/README.md), after two rounds of fixes:
    ("kursk-winter", "disputes-recall"): "first run 0.60; 0.80 (weapons and arms)",
    ("okanagan-fire", "claims-recall"): "first run 0.45; 0.75 (statements worded apart across outlets)",
    # okanagan-fire disputes: 0.71, then 1.00 once residents count as people, a paragraph calling
    # its counts "in question" makes them sides, and rival causes make a dispute (round A).
    # pune-syrup-recall disputes: 0.80, then 1.00 once a lump sum "shared among the affected
    # families" and sums per family are one money dispute (round A).
    # tunis-expulsions disputes: 0.83, then 1.00 once an embassy's staff count as its diplomats (round A).
    # The seventh batch, after one round of fixes (claims recall of lira-shock 0.85 and of
    # tunis-expulsions 0.80 since a minister speaks for the ministry of that office, "X, citing ...,
    # reported", "The African Union (AU) Commission on Tuesday, 12 May, called on" and "the bank
    # said" as the story's one bank: generic claims rules):
    # kursk-octnov claims: 0.75, then 0.80 once "A dismissed X, but last Thursday B refused ...,
    # telling reporters that ..." gives B's statement its own passage (round C).
    ("kursk-octnov", "disputes-recall"): "first run 0.75; 0.75 (troop counts answered under another question)",
    # lira-shock disputes: 0.86, then 1.00 once calling someone's figures "fabricated" accuses and
    # "rejected the accusation" a paragraph later answers it (round A).
    # samar-ferry claims: 0.75, then 0.82 once "In the Senate, X ... called on" is X's and "the coast
    # guard had insisted" names the body by two words of its name (round C).
    ("samar-ferry", "disputes-recall"): "first run 0.43; 0.86 (cleared to sail, then not: one voice's turnaround)",
    # The eighth batch (first runs in tests/fixtures/stories/README.md), after two rounds of fixes
    # (every actor target, ulsan-leak's claims, three of the four disputes recalls now met):
    ("kursk-captives", "claims-recall"): "first run 0.64; 0.73 (statements worded apart across outlets)",
    ("lilongwe-tally", "claims-recall"): "first run 0.35; 0.65 (figures told without a giver; bodies and their officers)",
    ("recife-doping", "claims-recall"): "first run 0.36; 0.55 (statements worded apart across outlets)",
    ("recife-doping", "disputes-recall"): "first run 0.25; 0.62 (matches missed: a bare \"seven\"; the notification date)",
    # The ninth batch (first runs in tests/fixtures/stories/README.md), after one round of fixes
    # (every actor target met; orly-strike's claims 0.62 -> 0.83):
    ("morowali-landslide", "claims-recall"): "first run 0.40; 0.50 (sums and counts worded apart across outlets)",
    ("morowali-landslide", "disputes-recall"): "first run 0.43; 0.71",
    ("orly-strike", "disputes-recall"): "first run 0.36; 0.64 (whose pay rise: two unions' rises in one dispute)",
    ("pyongyang-pact", "claims-recall"): "first run 0.70; 0.70 (statements worded apart across outlets)",
    ("pyongyang-pact", "disputes-recall"): "first run 0.67; 0.67 (is it an alliance; sanctions breached or not)",
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    out = {}
    for name in NAMES + [DEMO]:
        root, key_path = (ROOT, ROOT / "tests" / "expected" / "demo.yaml") if name == DEMO else (
            STORIES / name, STORIES / name / "expected.yaml")
        key = yaml.safe_load(key_path.read_text("utf-8"))
        out[name] = score(key, to_data(build(read_sources(root, "seeds"), Settings(title=name))))
    return out


def _cases():
    for name in NAMES + [DEMO]:
        for target in TARGETS:
            reason = NOT_YET.get((name, target))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, target, id=f"{name}-{target}", marks=marks)


@pytest.mark.parametrize("name, target", list(_cases()))
def test_target(results, name, target):
    kind, measure, minimum = TARGETS[target]
    r = results[name]
    assert r["problems"] == [], "the answer key no longer locates its quotes"
    value = r[kind][measure]
    detail = r[kind]["misses"] if measure == "recall" else r[kind]["false_positives"]
    assert value is not None and value >= minimum, f"{kind} {measure} {value} < {minimum}: {detail}"


def test_there_are_unseen_stories():
    assert len(NAMES) >= 5
    for name in NAMES:
        suffixes = {p.suffix for p in (STORIES / name / "seeds").iterdir()}
        assert {".txt", ".md", ".html"} <= suffixes, name


def _code_strings(path: Path) -> list[str]:
    """String literals of a module, docstrings left out (examples in prose are not behaviour)."""
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def _data_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _data_strings(k) + _data_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _data_strings(v)]
    return []


def test_no_demo_names_or_dates_in_code_or_data():
    """The brief: never hard-code the demo's names, dates or phrases in code or data files.

    Checked: the full names of the demo's people and the dates of its events, against every
    string literal of build_dossier/ (docstrings and comments left out: examples there are
    prose) and every value of its YAML data files.
    """
    key = yaml.safe_load((ROOT / "tests" / "expected" / "demo.yaml").read_text("utf-8"))
    people = [a["name"] for a in key["actors"] if a.get("kind") == "person"]
    people += [x for a in key["actors"] if a.get("kind") == "person" for x in a.get("aliases") or []
               if " " in x and set(x.split()) & set(a["name"].split())]  # "Sergei Lavrov", not titles
    dates = [str(e["date"]) for e in key["events"] if len(str(e["date"])) >= 7]
    package = ROOT / "build_dossier"
    strings = {p: _code_strings(p) for p in sorted(package.rglob("*.py"))}
    strings |= {p: _data_strings(yaml.safe_load(p.read_text("utf-8"))) for p in sorted(package.rglob("*.yaml"))}
    found = sorted({f"{p.relative_to(ROOT)}: {needle}"
                    for p, texts in strings.items() for text in texts
                    for needle in people + dates if needle.casefold() in text.casefold()})
    assert found == []
