"""Page size at scale: build a dossier of N synthetic articles and print what readers download.

    .venv/bin/python benchmarks/page_size.py            # 1,000 articles
    .venv/bin/python benchmarks/page_size.py --articles 200 --keep /tmp/bench

Prints the HTML bytes of one source page, the sources index and the home page, the size of
search/search_index.json, the number of sidebar links on a source page, and the build time.
The articles are generated (seeded, so every run is the same): invented outlets, dates and text.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("harbour council union minister report figure official statement talks week city region border "
         "troops vote budget court ruling agency spokesperson village bridge river storm aid convoy supplies "
         "analysts estimate offer strike police protest committee ministry envoy deal ceasefire").split()
OUTLETS = ["The Daily Ledger", "Northern Courier", "Valley Post", "Harbour Times", "Evening Herald",
           "Coastal Wire", "The Observer Desk", "Metro Bulletin"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    return " ".join(words).capitalize() + "."


def article(i: int, rng: random.Random) -> str:
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    paragraphs = ["\n".join([" ".join(sentence(rng) for _ in range(rng.randint(2, 4)))])
                  for _ in range(rng.randint(6, 14))]
    return (f"---\ntitle: Report {i:04d} on the {rng.choice(WORDS)} {rng.choice(WORDS)}\n"
            f"date: 2031-{month:02d}-{day:02d}\noutlet: {OUTLETS[i % len(OUTLETS)]}\n---\n\n"
            + "\n\n".join(paragraphs) + "\n")


def make_project(root: Path, n: int) -> None:
    rng = random.Random(5)
    (root / "seeds").mkdir(parents=True)
    (root / "docs").mkdir()
    for i in range(n):
        (root / "seeds" / f"{i:04d}.md").write_text(article(i, rng), encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Benchmark dossier\n\nGenerated articles.\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = re.sub(r"^site_name: .*$", "site_name: Benchmark dossier", config, flags=re.M)
    config = re.sub(r"^(repo_url|edit_uri): .*\n", "", config, flags=re.M)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")


def kib(path: Path) -> str:
    return f"{path.stat().st_size / 1024:,.1f} KiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", help="build in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    if base.exists():
        shutil.rmtree(base)
    make_project(base, args.articles)

    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    started = time.perf_counter()
    config = load_config(str(base / "mkdocs.yml"), strict=True)
    build(config)
    seconds = time.perf_counter() - started
    site = Path(config.site_dir)
    source = sorted((site / "sources").glob("*.html"))
    source = next(p for p in source if p.name != "index.html")
    html = source.read_text("utf-8")
    nav = html[html.index('md-nav--primary'):]
    nav = nav[: nav.index("</nav>")]
    print(f"articles                 {args.articles:,}")
    print(f"build time               {seconds:.1f} s  (mkdocs build --strict, in-process)")
    print(f"source page              {kib(source)}  ({source.relative_to(site)})")
    print(f"sidebar links per page   {nav.count('md-nav__link')}")
    print(f"sources index            {kib(site / 'sources' / 'index.html')}")
    print(f"home page                {kib(site / 'index.html')}")
    print(f"search_index.json        {kib(site / 'search' / 'search_index.json')}")
    if (site / "tags.html").is_file():
        print(f"tags page                {kib(site / 'tags.html')}")
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    print(f"whole site               {total / 1024 / 1024:,.1f} MiB")
    if not args.keep:
        shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
