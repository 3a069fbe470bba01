"""Score a build against an answer key written by hand: precision and recall per kind.

`score(expected, dossier)` compares a dossier (the dossier.json document, as a dict) with an
expected annotation (the answer key, as loaded from YAML; format in tests/expected/demo.yaml).
Pure: no I/O. The matching rules, per kind:

Actors. Names are compared normalised (case, accents, punctuation, a leading "the", a final
possessive "'s" and the dots of "U.S." do not count). A found actor belongs to the expected actor
its name matches; if its name matches none, to the one expected actor its aliases match. A found
actor whose aliases also match another required expected actor is over-merged: it counts as a
false positive (the expected actor it belongs to may still be matched). An expected actor is
matched when exactly one found actor belongs to it; split over several, it is a miss (variants
not merged). Found actors that belong to an optional expected actor count neither way; the rest
are false positives (flagged "junk" when they match the key's junk list).

Claims. Each expected claim lists, per article, one or more quote keys: verbatim text that
locates a paragraph (every paragraph holding it) and a span in it. A found source covers an
article when it names the same paragraph and its quote overlaps the key's span (an empty quote
stands for the whole paragraph). An expected claim is matched when one found claim covers every
article it lists: the cross-source footnotes are part of the claim. A found claim is correct
when one of its sources overlaps a key of any expected claim; the key lists the claims that
matter, not every sentence, so claims precision is a lower bound (optional claims widen what
counts as correct). A matched claim attributed to another actor is noted, not counted.

Events. A found event matches an expected one when its date string is equal (so precision
counts: "2024-06" is not "2024-06-01") and it cites one of the expected paragraphs, or its
title contains one of the expected keywords (at a word start). Several found events matching
one expected event (the same event, not merged across articles) are noted, not counted against.
A found event that cites an expected paragraph under another date is reported as a wrong date.

Disputes. Each expected position has markers (text such as a figure or a phrase, looked for in
the found position's summary and in its claims' texts and quotes; numbers are compared without
thousands separators) or, without markers, holders (expected actor names, compared through the
actor matching above or looked for in the summary). An expected dispute is matched when one
found dispute has distinct positions covering all its required positions (or `min_positions`).
A found dispute is correct when it covers at least two positions of one expected dispute.

Items marked `optional: true` are never required (not in recall) and found items that match
only them are left out of precision.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

KINDS = ("actors", "claims", "events", "disputes")

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
})
_THOUSANDS = re.compile(r"(?<=\d)[,\u202f ](?=\d{3}\b)")


# ---------------------------------------------------------------- normalising

def norm_text(text: str) -> str:
    """Text compared for quotes and markers: typography, case and spacing do not count."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def norm_name(name: str) -> str:
    """A name as compared between key and build: 'the U.S.' = 'US', 'Müller' = 'muller'."""
    text = unicodedata.normalize("NFKD", name or "").translate(_QUOTES)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s\b|'$", "", text).replace(".", "")
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _norm_number_text(text: str) -> str:
    return _THOUSANDS.sub("", norm_text(text))


def _marker_hit(marker: str, text: str) -> bool:
    m = _norm_number_text(marker)
    if not m:
        return False
    right = r"(?!\d)" if m[-1].isdigit() else ""
    return re.search(r"(?<![\w])" + re.escape(m) + right, text) is not None


# ---------------------------------------------------------------- the answer key

class KeyError_(ValueError):
    """The answer key is malformed (message names the entry)."""


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _date_str(value) -> str:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def check_expected(expected: dict) -> None:
    """Raise KeyError_ naming the first malformed entry of the key."""
    if not isinstance(expected, dict):
        raise KeyError_("the answer key must be a mapping (articles, actors, claims, events, disputes)")
    articles = expected.get("articles") or {}
    if not isinstance(articles, dict):
        raise KeyError_("articles: must map a short name to a seed path")
    for kind in KINDS:
        items = expected.get(kind) or []
        if not isinstance(items, list):
            raise KeyError_(f"{kind}: must be a list")
        for i, item in enumerate(items):
            where = f"{kind}[{i}]"
            if not isinstance(item, dict):
                raise KeyError_(f"{where}: must be a mapping")
            need = {"actors": "name", "claims": "text", "events": "date", "disputes": "question"}[kind]
            if not item.get(need):
                raise KeyError_(f"{where}: missing '{need}'")
            for art in (item.get("sources") or {}):
                if art not in articles:
                    raise KeyError_(f"{where}: article '{art}' is not in articles:")
            if kind in ("claims", "events") and not item.get("sources"):
                raise KeyError_(f"{where}: missing 'sources' (article: quote key)")
            if kind == "disputes":
                for j, pos in enumerate(item.get("positions") or []):
                    if not (pos.get("markers") or pos.get("holders")):
                        raise KeyError_(f"{where}.positions[{j}]: needs markers or holders")


class _Corpus:
    """The build's articles, addressed by the key's short names, and span lookup in paragraphs."""

    def __init__(self, expected: dict, dossier: dict):
        self.paragraphs = {a["id"]: [norm_text(p) for p in a.get("paragraphs", [])]
                           for a in dossier.get("articles", [])}
        self.by_key: dict[str, str] = {}
        self.problems: list[str] = []  # the key's faults
        self.build_problems: list[str] = []  # the build's breaches of the dossier.json contract
        for key, path in sorted((expected.get("articles") or {}).items()):
            found = [a["id"] for a in dossier.get("articles", [])
                     if a.get("path") == path or a.get("path", "").rsplit("/", 1)[-1] == str(path).rsplit("/", 1)[-1]]
            if found:
                self.by_key[key] = found[0]
            else:
                self.problems.append(f"article {key} ({path}) is not in the build")

    def locate(self, art_key: str, quote: str) -> list[tuple[str, int, int, int]]:
        """(article id, paragraph, start, end) of every paragraph holding the key's quote.

        A lede repeated by the standfirst is the same text twice: either paragraph may be cited.
        """
        art = self.by_key.get(art_key)
        if art is None:
            return []
        q = norm_text(quote)
        found = [(art, i, para.find(q), para.find(q) + len(q))
                 for i, para in enumerate(self.paragraphs.get(art, [])) if q and q in para]
        if not found:
            self.problems.append(f"quote key not found in {art_key}: {quote!r}")
        return found

    def span(self, ref: dict) -> tuple[str, int, int, int] | None:
        """Where a found source points: its paragraph and its quote's span (whole paragraph if none)."""
        art, i = ref.get("article"), ref.get("paragraph")
        paras = self.paragraphs.get(art)
        if paras is None or not isinstance(i, int) or not 0 <= i < len(paras):
            self.build_problems.append(f"source points nowhere: article {art!r}, paragraph {i!r}")
            return None
        q = norm_text(ref.get("quote") or "")
        if not q:
            return art, i, 0, len(paras[i])
        at = paras[i].find(q)
        if at < 0:
            self.build_problems.append(f"quote not in {art} paragraph {i}: {ref.get('quote')!r}")
            return art, i, -1, -1
        return art, i, at, at + len(q)

    def keys(self, item: dict) -> dict[str, list[tuple[str, int, int, int]]]:
        """The item's located quote keys, per short article name."""
        out: dict[str, list] = {}
        for art_key, quotes in sorted((item.get("sources") or {}).items()):
            spans = [s for q in _as_list(quotes) for s in self.locate(art_key, str(q))]
            out[art_key] = spans
        return out


def _overlaps(found: tuple | None, key: tuple) -> bool:
    if found is None or found[:2] != key[:2]:
        return False
    if found[2] < 0:  # quote not verbatim in its paragraph: same paragraph is the best we know
        return True
    return found[2] < key[3] and key[2] < found[3]


# ---------------------------------------------------------------- results

def _judge(found: list[dict], hits, label) -> tuple[int, int, list[str]]:
    """Precision's counts: found items matching a required expected one (correct), matching only
    optional ones (neutral, counted neither way), or matching none (false positives, labelled)."""
    correct, neutral, fps = 0, 0, []
    for item in found:
        hit = hits(item)
        if any(not e.get("optional") for e in hit):
            correct += 1
        elif hit:
            neutral += 1
        else:
            fps.append(label(item))
    return correct, neutral, fps


def _result(expected_n: int, found_n: int, matched: int, correct: int, neutral: int,
            misses: list[str], fps: list[str], notes: list[str]) -> dict:
    judged = found_n - neutral
    precision = correct / judged if judged else None
    recall = matched / expected_n if expected_n else None
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else
          (0.0 if precision is not None and recall is not None else None))
    return {
        "expected": expected_n, "found": found_n, "matched": matched, "correct": correct,
        "neutral": neutral, "false_positives_count": judged - correct,
        "precision": precision, "recall": recall, "f1": f1,
        "misses": misses, "false_positives": fps, "notes": notes,
    }


def _required(items: list[dict]) -> list[tuple[int, dict]]:
    return [(i, x) for i, x in enumerate(items) if not x.get("optional")]


# ---------------------------------------------------------------- actors

def _actor_names(item: dict) -> set[str]:
    return {n for n in (norm_name(x) for x in [item.get("name", "")] + _as_list(item.get("aliases"))) if n}


def match_actors(expected: list[dict], found: list[dict]) -> tuple[dict, dict[str, int]]:
    """Score actors; also return found actor id -> index of the expected actor it belongs to."""
    index: dict[str, set[int]] = {}
    for i, e in enumerate(expected):
        for n in _actor_names(e):
            index.setdefault(n, set()).add(i)

    def hits(names) -> set[int]:
        return set().union(*(index.get(norm_name(n), set()) for n in names)) if names else set()

    belongs: dict[str, int] = {}
    by_expected: dict[int, list[dict]] = {}
    fps, notes, neutral, correct = [], [], 0, 0
    for f in found:
        by_name = hits([f.get("name", "")])
        by_alias = hits(_as_list(f.get("aliases")))
        owner = by_name if by_name else by_alias
        label = f"{f.get('name')} ({f.get('kind')})"
        if len(owner) != 1:
            if owner:
                fps.append(f"{label}: mixes " + ", ".join(sorted(expected[i]["name"] for i in owner)))
            else:
                fps.append(label)
            continue
        (i,) = owner
        belongs[f["id"]] = i
        by_expected.setdefault(i, []).append(f)
        others = {j for j in by_alias - {i} if not expected[j].get("optional")}
        if others:
            fps.append(f"{label}: also merges " + ", ".join(sorted(expected[j]["name"] for j in others)))
            continue
        if expected[i].get("optional"):
            neutral += 1
            continue
        correct += 1
        kind = expected[i].get("kind")
        if kind and f.get("kind") != kind:
            notes.append(f"{expected[i]['name']}: kind {f.get('kind')}, expected {kind}")

    misses, matched = [], 0
    for i, e in _required(expected):
        got = by_expected.get(i, [])
        if len(got) == 1:
            matched += 1
        elif not got:
            misses.append(e["name"])
        else:
            misses.append(f"{e['name']}: split over " + ", ".join(sorted(str(g.get("name")) for g in got)))
    return _result(len(_required(expected)), len(found), matched, correct, neutral,
                   misses, fps, notes), belongs


# ---------------------------------------------------------------- claims

def match_claims(expected: list[dict], found: list[dict], corpus: _Corpus,
                 actor_of: dict[str, int], actors: list[dict]) -> dict:
    keyed = [(e, corpus.keys(e)) for e in expected]
    spans = {c["id"]: [corpus.span(s) for s in c.get("sources", [])] for c in found}

    def covered(claim_id: str, keys: dict) -> set[str]:
        return {art for art, ks in keys.items()
                if any(_overlaps(s, k) for s in spans[claim_id] for k in ks)}

    misses, notes, matched = [], [], 0
    for e, keys in keyed:
        if e.get("optional"):
            continue
        best, best_cov = None, set()
        for c in found:
            cov = covered(c["id"], keys)
            if len(cov) > len(best_cov):
                best, best_cov = c, cov
        if best is not None and best_cov == set(keys):
            matched += 1
            who = e.get("who")
            if who and best.get("actor"):
                got = actor_of.get(best["actor"])
                if got is None or norm_name(actors[got]["name"]) != norm_name(who):
                    notes.append(f"{e['text']}: actor {best['actor']}, expected {who}")
            continue
        if best is None:
            misses.append(e["text"])
        else:
            lacking = ", ".join(sorted(set(keys) - best_cov))
            misses.append(f"{e['text']}: best claim {best['id']} cites {len(best_cov)}/{len(keys)} articles"
                          f" (not {lacking})")

    correct, neutral, fps = _judge(found, lambda c: [e for e, keys in keyed if covered(c["id"], keys)],
                                   lambda c: f"{c['id']}: {c.get('text', '')[:100]}")
    return _result(len(_required(expected)), len(found), matched, correct, neutral, misses, fps, notes)


# ---------------------------------------------------------------- events

def match_events(expected: list[dict], found: list[dict], corpus: _Corpus) -> dict:
    for f in found:
        for ref in f.get("sources", []):
            corpus.span(ref)  # checks the reference (the contract), nothing more
    paras = []
    for e in expected:
        located = [k for ks in corpus.keys(e).values() for k in ks]
        paras.append({k[:2] for k in located})

    def cites(f: dict, i: int) -> bool:
        return any((s.get("article"), s.get("paragraph")) in paras[i] for s in f.get("sources", []))

    def same(f: dict, i: int) -> bool:
        e = expected[i]
        if str(f.get("date")) != _date_str(e["date"]):
            return False
        title = _norm_number_text(f.get("title", ""))
        return cites(f, i) or any(_marker_hit(str(k), title) for k in _as_list(e.get("keywords")))

    misses, notes, matched = [], [], 0
    for i, e in _required(expected):
        got = [f for f in found if same(f, i)]
        label = f"{_date_str(e['date'])} {e['title']}"
        if got:
            matched += 1
            if len(got) > 1:
                notes.append(f"{label}: {len(got)} events (" + ", ".join(f["id"] for f in got) + ")")
            continue
        wrong = sorted({str(f.get("date")) for f in found if cites(f, i)})
        misses.append(label + (f" (found under {', '.join(wrong)})" if wrong else ""))

    correct, neutral, fps = _judge(found, lambda f: [expected[i] for i in range(len(expected)) if same(f, i)],
                                   lambda f: f"{f.get('date')} {f.get('title', '')[:100]}")
    return _result(len(_required(expected)), len(found), matched, correct, neutral, misses, fps, notes)


# ---------------------------------------------------------------- disputes

def _max_matching(edges: dict[int, set[int]]) -> int:
    """Size of a maximum bipartite matching (Kuhn's augmenting paths; the graphs are tiny)."""
    return len(_matching(edges))


def _matching(edges: dict[int, set[int]]) -> dict[int, int]:
    """A maximum bipartite matching of `edges` (left -> right), as {right: left}."""
    owner: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for v in sorted(edges.get(u, ())):
            if v in seen:
                continue
            seen.add(v)
            if v not in owner or augment(owner[v], seen):
                owner[v] = u
                return True
        return False

    for u in sorted(edges):
        augment(u, set())
    return owner


def match_disputes(expected: list[dict], found: list[dict], claims: list[dict],
                   actor_of: dict[str, int], actors: list[dict]) -> dict:
    claim_by_id = {c["id"]: c for c in claims}

    def pos_text(p: dict) -> str:
        parts = [p.get("summary", "")]
        for cid in p.get("claims", []):
            c = claim_by_id.get(cid, {})
            parts.append(c.get("text", ""))
            parts += [s.get("quote", "") for s in c.get("sources", [])]
        return _norm_number_text(" \n ".join(parts))

    def holders_hit(p: dict, holders: list[str], text: str) -> bool:
        wanted = {norm_name(h) for h in holders}
        for aid in p.get("actors", []):
            i = actor_of.get(aid)
            if i is not None and _actor_names(actors[i]) & wanted:
                return True
        return any(_marker_hit(h, text) for h in holders)

    def covers(p: dict, ep: dict) -> bool:
        text = pos_text(p)
        if ep.get("markers"):
            return any(_marker_hit(str(m), text) for m in _as_list(ep["markers"]))
        return holders_hit(p, _as_list(ep.get("holders")), text)

    def coverage(d: dict, e: dict, required_only: bool) -> int:
        eps = [ep for ep in e.get("positions", []) if not (required_only and ep.get("optional"))]
        edges = {j: {k for k, p in enumerate(d.get("positions", [])) if covers(p, ep)}
                 for j, ep in enumerate(eps)}
        return _max_matching(edges)

    def needed(e: dict) -> int:
        return e.get("min_positions") or sum(1 for p in e.get("positions", []) if not p.get("optional"))

    # One found dispute answers one expected question: a figure dispute whose quotes happen to
    # hold another question's markers does not find that question too.
    required = _required(expected)
    full = {k: {j for j, d in enumerate(found) if coverage(d, e, True) >= needed(e)}
            for k, (_, e) in enumerate(required)}
    assigned = set(_matching(full).values())
    misses, notes, matched = [], [], len(assigned)
    for k, (_, e) in enumerate(required):
        if k in assigned:
            continue
        best = max(((coverage(d, e, True), d["id"]) for d in found), default=(0, None))
        if full[k]:
            misses.append(e["question"] + f": its only match {found[min(full[k])]['id']} answers another question")
        else:
            misses.append(e["question"] + (f": best dispute {best[1]} covers {best[0]}/{needed(e)} positions"
                                           if best[1] else ""))

    correct, neutral, fps = _judge(found, lambda d: [e for e in expected if coverage(d, e, False) >= 2],
                                   lambda d: f"{d['id']}: {d.get('title', '')[:100]}")
    return _result(len(_required(expected)), len(found), matched, correct, neutral, misses, fps, notes)


# ---------------------------------------------------------------- all kinds

def score(expected: dict, dossier: dict) -> dict:
    """Per kind: expected, found, matched, precision, recall, f1, misses, false positives, notes.

    `problems` lists the key's own faults (an article or quote key not found in the build):
    a key that no longer locates its paragraphs measures nothing, so callers should show them.
    `build_problems` lists sources of the build that break the dossier.json contract (a quote
    not verbatim in the paragraph it names, a paragraph that does not exist).
    """
    check_expected(expected)
    corpus = _Corpus(expected, dossier)
    exp_actors = list(expected.get("actors") or [])
    found_actors = list(dossier.get("actors") or [])
    actors, actor_of = match_actors(exp_actors, found_actors)
    junk = {norm_name(j) for j in _as_list(expected.get("junk"))}
    actors["junk"] = sorted(
        f["name"] for f in found_actors
        if f["id"] not in actor_of and _actor_names(f) & junk
    )
    out = {
        "actors": actors,
        "claims": match_claims(list(expected.get("claims") or []), list(dossier.get("claims") or []),
                               corpus, actor_of, exp_actors),
        "events": match_events(list(expected.get("events") or []), list(dossier.get("events") or []), corpus),
        "disputes": match_disputes(list(expected.get("disputes") or []), list(dossier.get("disputes") or []),
                                   list(dossier.get("claims") or []), actor_of, exp_actors),
    }
    out["problems"] = sorted(set(corpus.problems))
    out["build_problems"] = sorted(set(corpus.build_problems))
    return out


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def format_table(result: dict, details: bool = True) -> str:
    """The scores as a plain-text table, then (with details) misses and false positives."""
    rows = [("kind", "expected", "found", "matched", "false+", "precision", "recall", "f1")]
    for kind in KINDS:
        r = result[kind]
        rows.append((kind, str(r["expected"]), str(r["found"]), str(r["matched"]),
                     str(r["false_positives_count"]), _fmt(r["precision"]), _fmt(r["recall"]), _fmt(r["f1"])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in rows]
    if result.get("problems"):
        lines += ["", "answer key problems (fix the key):"] + [f"  - {p}" for p in result["problems"]]
    if result.get("build_problems"):
        lines += ["", "build problems (sources breaking the dossier.json contract):"] + [
            f"  - {p}" for p in result["build_problems"]]
    if details:
        for kind in KINDS:
            r = result[kind]
            for title, items in (("missed", r["misses"]), ("false positives", r["false_positives"]),
                                 ("junk", r.get("junk", [])), ("notes", r["notes"])):
                if items:
                    lines += ["", f"{kind} {title} ({len(items)}):"] + [f"  - {x}" for x in items]
    return "\n".join(lines) + "\n"
