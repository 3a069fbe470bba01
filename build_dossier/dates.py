"""Finding calendar dates in text (absolute dates only; extraction resolves relative ones)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .resources import load_data


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str  # YYYY-MM-DD, YYYY-MM or YYYY
    text: str


@lru_cache(maxsize=1)
def calendar_words() -> tuple[dict[str, int], dict[str, int]]:
    data = load_data("dates")
    return dict(data["months"]), dict(data["weekdays"])


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    months, _ = calendar_words()
    month = "(?P<month>" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    return [
        (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), "ymd"),
        (re.compile(rf"\b{month}\s+{day},?\s+{year}\b", re.I), "mdy"),
        (re.compile(rf"\b{day}\s+{month},?\s+{year}\b", re.I), "dmy"),
    ]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def find_full_dates(text: str) -> list[DateMatch]:
    """Every day-precise date written out in `text`, in order, without overlaps."""
    months, _ = calendar_words()
    found: list[DateMatch] = []
    for pattern, _shape in _patterns():
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            g = m.groupdict()
            month = int(g["mnum"]) if g.get("mnum") else months[g["month"].lower()]
            y, d = int(g["year"]), int(g["day"])
            if _valid(y, month, d):
                found.append(DateMatch(m.start(), m.end(), f"{y:04d}-{month:02d}-{d:02d}", m.group(0)))
    return sorted(found, key=lambda f: f.start)
