"""Speed and memory of the whole pure pipeline (ingest, clean, extract) as a dossier grows.

Builds dossiers of N articles (copies of the demo seeds and of the test stories, each copy its
own file) with build_dossier.core.build, and prints seconds, articles per second and peak memory
(tracemalloc, measured in a second run). Asserts nothing: figures to read and compare between versions.

    .venv/bin/python benchmarks/pipeline.py                 # N = 25, 50, 100
    .venv/bin/python benchmarks/pipeline.py --sizes 50 200
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from build_dossier.core import Settings, build
from build_dossier.ingest import SUPPORTED_SUFFIXES
from build_dossier.model import SourceFile

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[SourceFile]:
    files = sorted((ROOT / "seeds").iterdir())
    files += sorted(p for p in (ROOT / "tests" / "fixtures" / "stories").rglob("seeds/*") if p.is_file())
    return [SourceFile(p.relative_to(ROOT).as_posix(), p.read_text("utf-8"))
            for p in files if p.suffix.lower() in SUPPORTED_SUFFIXES]


def sources(n: int, base: list[SourceFile]) -> list[SourceFile]:
    out = []
    for i in range(n):
        src = base[i % len(base)]
        stem, dot, suffix = src.path.rpartition(".")
        out.append(SourceFile(f"seeds/{i:05d}-{stem.rsplit('/', 1)[-1]}.{suffix}", src.text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100])
    args = parser.parse_args()
    base = corpus()
    settings = Settings(title="Benchmark")
    build(sources(2, base), settings)  # warm caches (data files, compiled patterns)
    print(f"pipeline (ingest + clean + extract), corpus of {len(base)} distinct articles")
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'peak MiB':>9} {'actors':>7} {'claims':>7} {'events':>7}")
    for n in args.sizes:
        srcs = sources(n, base)
        t0 = time.perf_counter()
        d = build(srcs, settings)
        dt = time.perf_counter() - t0
        tracemalloc.start()  # a second run for memory: tracing slows Python down several times
        build(srcs, settings)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"{n:>9} {dt:>8.2f} {n / dt:>7.1f} {peak:>9.1f} {len(d.actors):>7} {len(d.claims):>7} {len(d.events):>7}")


if __name__ == "__main__":
    main()
