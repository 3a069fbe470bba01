"""Prints how long applying annotations takes on a synthetic dossier (no timing assertions).

    .venv/bin/python benchmarks/annotations.py [ARTICLES] [QUOTES]

Builds ARTICLES synthetic articles of 30 paragraphs, then applies QUOTES claim annotations (each
quoting a passage) and 50 actor annotations with aliases, whose mentions are searched everywhere.
"""

from __future__ import annotations

import random
import sys
import time

from build_dossier.anchor import fold
from build_dossier.annotate import apply
from build_dossier.annotations import AnnotationFile, load
from build_dossier.model import Article, Dossier, Paragraph

WORDS = ("the officials said troops were moving toward the region while ministers met on "
         "Tuesday to discuss a plan “for the front” — and numbers rose").split()


def main(n_articles: int = 500, n_quotes: int = 300) -> None:
    rng = random.Random(1)
    articles = []
    for a in range(n_articles):
        paras = [Paragraph(" ".join(rng.choice(WORDS) for _ in range(70)) + f" (ref {a}-{p}).") for p in range(30)]
        articles.append(Article(f"a{a}", f"seeds/{a}.txt", f"Article {a}", paras))
    files = []
    for q in range(n_quotes):
        a = rng.randrange(n_articles)
        p = rng.randrange(30)
        text = articles[a].paragraphs[p].text
        exact = text[-60:].replace("“", '"').replace("—", "-").upper()
        files.append(AnnotationFile(f"claims/c{q}.md", f"docs/claims/c{q}.md",
                                    f"---\nquotes:\n  - source: a{a}\n    exact: '{exact}'\n---\n"))
    for n in range(50):
        files.append(AnnotationFile(f"actors/x{n}.md", f"docs/actors/x{n}.md",
                                    f"---\nname: Person {n}\naliases: [ministers{n}, officials {n}]\n---\n"))
    dossier = Dossier("Bench", articles)
    chars = sum(len(p.text) for a in articles for p in a.paragraphs)

    t0 = time.perf_counter()
    notes, problems = load(files)
    t1 = time.perf_counter()
    fold.cache_clear()
    result = apply(dossier, notes, problems)
    t2 = time.perf_counter()
    print(f"{n_articles} articles, {chars / 1e6:.1f} M characters; {n_quotes} quotes, 50 actors")
    print(f"read {len(files)} annotation files: {(t1 - t0) * 1000:.0f} ms")
    print(f"apply (anchor every quote, find every actor's mentions): {(t2 - t1) * 1000:.0f} ms")
    print(f"claims: {len(result.claims)}, actors: {len(result.actors)}")


if __name__ == "__main__":
    main(*(int(x) for x in sys.argv[1:3]))
