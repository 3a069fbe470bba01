"""`./dev bench`: every benchmark, one after the other, printing figures (asserts nothing).

    ./dev bench            # the quick set (a minute or two)
    ./dev bench --full     # also the 1,000-article site build (page sizes)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = [
    ["ingest_bench.py", "--copies", "20"],
    ["pipeline.py", "--sizes", "25", "50", "100"],
    ["annotations.py", "200", "100"],
    ["page_size.py", "--articles", "200"],
]
FULL = [["page_size.py", "--articles", "1000"]]


def main() -> int:
    runs = QUICK + (FULL if "--full" in sys.argv[1:] else [])
    for script, *args in runs:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / script), *args])
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
