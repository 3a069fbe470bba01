"""Speed and memory of ingest + clean: pages per second and peak memory (tracemalloc).

Runs the pure core over N copies of the demo seeds (plain text) and of the saved HTML pages in
tests/fixtures/html, each set on its own and then mixed. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/ingest_bench.py            # N = 50
    .venv/bin/python benchmarks/ingest_bench.py --copies 200
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from pathlib import Path

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

ROOT = Path(__file__).resolve().parent.parent


def load(pattern: str, folder: Path) -> list[SourceFile]:
    return [SourceFile(f"seeds/{p.name}", p.read_text("utf-8")) for p in sorted(folder.glob(pattern))]


def process(sources: list[SourceFile], copies: int, rules) -> int:
    kept = 0
    for n in range(copies):
        for s in sources:
            # A fresh path per copy, as N different files would have.
            doc = ingest(SourceFile(s.path.replace("seeds/", f"seeds/{n}-"), s.text))
            kept += len(clean(doc, rules).paragraphs)
    return kept


def run(sources: list[SourceFile], copies: int, rules) -> tuple[int, float, int]:
    """(pages, seconds, peak bytes) for `copies` passes over `sources`. Time is taken without
    tracemalloc (it slows Python down several times); memory in a second, traced pass."""
    gc.collect()
    start = time.perf_counter()
    process(sources, copies, rules)
    seconds = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    process(sources, copies, rules)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return copies * len(sources), seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50, help="copies of each input set (default 50)")
    args = parser.parse_args()
    rules = load_rules()
    text = load("*.txt", ROOT / "seeds")
    html = load("*.html", ROOT / "tests" / "fixtures" / "html")
    # Warm up: imports (trafilatura), compiled patterns and data files are not what we measure.
    run(text + html, 1, rules)
    size = {"text": sum(len(s.text) for s in text), "html": sum(len(s.text) for s in html)}
    print(f"ingest + clean, {args.copies} copies of each set "
          f"({len(text)} seeds, {size['text'] / 1024:.0f} KiB; {len(html)} HTML pages, {size['html'] / 1024:.0f} KiB)")
    print(f"{'input':<8} {'pages':>7} {'seconds':>8} {'pages/s':>9} {'peak MiB':>9}   (peak: traced Python allocations)")
    for name, sources in (("text", text), ("html", html), ("mixed", text + html)):
        pages, seconds, peak = run(sources, args.copies, rules)
        print(f"{name:<8} {pages:>7} {seconds:>8.2f} {pages / seconds:>9.1f} {peak / 2**20:>9.2f}")


if __name__ == "__main__":
    main()
