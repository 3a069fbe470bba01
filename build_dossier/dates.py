"""Finding calendar dates in text: absolute ones, and relative or partial ones resolved against
the article's own date ("on Monday", "last Thursday", "in June", "31 October", "yesterday").

A relative date in an undated article is never guessed: it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .resources import load_data


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    iso: str  # YYYY-MM-DD, YYYY-MM or YYYY
    text: str
    rule: str = "full"  # which pattern read it: full, range, day-month, weekday, month, year, ...


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


_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d./-])")
# "2024.06.28", "2024/06/28": the year first, then month and day (the East Asian and ISO order;
# no calendar puts the day before the month after a leading year).
_NUMERIC_YEAR_FIRST = re.compile(r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d./-])")


def find_numeric_dates(text: str) -> list[DateMatch]:
    """Numeric dates as datelines print them: "07.09.2026" (dotted: day first, the European
    convention), "2026.09.07" (year first: year, month, day) and "07/09/2026" (slashed: read only when unambiguous, a part above 12 or both
    parts equal; otherwise iso is "" and the date is left unread). For datelines only: in
    running text such numbers are too often something else."""
    found = []
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["year"])
        if m["sep"] == ".":
            day, month = a, b
        elif a > 12 >= b or a == b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            day = month = 0  # 07/09/2026: 7 September or 9 July
        iso = f"{y:04d}-{month:02d}-{day:02d}" if month and _valid(y, month, day) else ""
        if iso or (month == 0 and _valid(y, a, b) and _valid(y, b, a)):
            found.append(DateMatch(m.start(), m.end(), iso, m.group(0), "numeric"))
    for m in _NUMERIC_YEAR_FIRST.finditer(text):
        y, month, day = int(m["year"]), int(m["m"]), int(m["d"])
        if _valid(y, month, day):
            found.append(DateMatch(m.start(), m.end(), f"{y:04d}-{month:02d}-{day:02d}", m.group(0), "numeric"))
    return sorted(found, key=lambda f: f.start)


def precision(iso: str) -> str:
    """"day", "month" or "year"."""
    return {10: "day", 7: "month"}.get(len(iso), "year")


@lru_cache(maxsize=1)
def _relative_patterns() -> list[tuple[re.Pattern[str], str]]:
    data = load_data("dates")
    months, weekdays = calendar_words()
    # Partial dates need a capitalised month ("in May", never the verb "may").
    names = sorted(months, key=len, reverse=True)
    full = [m.capitalize() for m in names if len(m) > 4 or m in ("may", "june", "july")]  # not abbreviations
    short = [m.capitalize() for m in names if m.capitalize() not in full]
    month = "(?P<month>" + "|".join(full) + "|(?:" + "|".join(short) + r")\b\.?)(?![\w])"
    weekday = "(?P<weekday>" + "|".join(w.capitalize() for w in weekdays) + r")\b"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    day2 = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    dash = r"\s*(?:[-–—]|to|and)\s*"
    year = r"(?P<year>(?:19|20)\d\d)\b"
    preps = "|".join(re.escape(p) for p in sorted(data["month_prepositions"], key=len, reverse=True))
    words = lambda d: "|".join(re.escape(k) for k in sorted(d, key=len, reverse=True))  # noqa: E731
    return [
        (re.compile(rf"\b{day}{dash}{day2}\s+{month}(?:,?\s+{year})?"), "range"),
        (re.compile(rf"\b{month}\s+{day}{dash}{day2}(?:,?\s+{year})?"), "range"),
        (re.compile(rf"\b{day}\s+(?:of\s+)?{month}(?!\s*,?\s*(?:19|20)\d\d)"), "day-month"),
        (re.compile(rf"\b{month}\s+{day}(?!\s*,?\s*(?:19|20)\d\d)(?![\d,.]*\d)"), "day-month"),
        (re.compile(rf"\b{month},?\s+(?:of\s+)?{year}"), "month-year"),
        (re.compile(rf"\b(?P<next>next|last|this)\s+{month}"), "month"),
        (re.compile(rf"\b(?:{preps})[- ]+(?:early\s+|mid-?|late\s+)?{month}(?!\s*\d)"), "month"),
        (re.compile(rf"\b(?:in|since|from|until|by|during|before|after|of)\s+{year}(?!\s*[-–]\s*\d)"), "year"),
        (re.compile(rf"\b(?P<next>last|next|this|past|coming)\s+{weekday}"), "weekday"),
        (re.compile(rf"\b{weekday}"), "weekday"),
        (re.compile(rf"\b(?P<days>{words(data['relative_days'])})\b", re.I), "days"),
        (re.compile(rf"\b(?P<months>{words(data['relative_months'])})\b", re.I), "months"),
        (re.compile(rf"\b(?P<years>{words(data['relative_years'])})\b", re.I), "years"),
    ]


def _parse_ref(ref: str | None) -> date | None:
    if not ref or not re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
        return None
    try:
        return date.fromisoformat(ref)
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


@lru_cache(maxsize=1)
def _abbreviation_dot() -> re.Pattern[str]:
    words = load_data("sentences")["abbreviations"]  # the one list of abbreviations before names
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\.(?=\s)")


def _last_clause(text: str) -> str:
    """The last clause of `text`, lower-cased; a title's dot ("Mr. Doe", "Dr. Roe") ends none."""
    return re.split(r"[.!?;]\s", _abbreviation_dot().sub(r"\1", text))[-1].lower()


def _future(text: str, start: int) -> bool:
    """Whether the clause before `start` speaks of what is to come ("will meet on Friday")."""
    if re.search(r"\b(?:called|calls|call|scheduled|planned|set|fixed|announced)\b[^.;!?“”\"]{0,80}\sfor\s+$", text[:start]):
        return True  # "the union called a strike for Monday", "a vote scheduled for Friday": what is planned
    said = re.sub(r"“[^”]*”|(?<![\w])\"[^\"]*\"", " ", text[:start])  # a quotation's "will" is the speaker's
    clause = _last_clause(said)
    data = load_data("dates")
    # "The government will not withdraw the cut, the minister said on Sunday": the date is the saying's
    last = re.sub(r"\b(?:on|at|in|late|early|later|earlier)\s*$", "", clause.rstrip()).split()[-2:]
    if any(w.strip(",") in data["past_reporting"] for w in last):
        return False
    clause = clause.replace("\u2019", "'")
    # "will" is a word of its own; a contraction ("'ll") ends the word it is joined to ("I'll")
    return any(re.search((r"" if w.startswith("'") else r"(?<![\w'])") + re.escape(w) + r"\b", clause)
               for w in data["future_markers"]) \
        or any(re.search(p, clause) for p in data["future_patterns"])


def _past(text: str, start: int) -> bool:
    """Whether the clause before `start` tells what was done ("the report was sent to X on ..."),
    outside quotations."""
    said = re.sub(r"“[^”]*”|(?<![\w])\"[^\"]*\"", " ", text[:start])
    clause = _last_clause(said)
    return bool(re.search(r"\b(?:was|were|had)\s+(?:\w+ly\s+)?(?:\w+ed|sent|given|made|told|paid|held|taken|seen|"
                          r"found|shown|written|built|sold|brought|known|done|kept|lost|met|left|won|begun|spent)\b",
                          clause))


def _nearest_year(ref: date, month: int, day: int) -> date | None:
    """The date with that day and month closest to `ref` (a news item rarely looks >6 months away)."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if _valid(y, month, day):
            d = date(y, month, day)
            if best is None or abs((d - ref).days) < abs((best - ref).days):
                best = d
    return best


def _resolve(rule: str, g: dict, ref: date | None, future: bool) -> str | None:
    months, weekdays = calendar_words()
    m = months[g["month"].lower().rstrip(".")] if g.get("month") else None
    if rule in ("range", "day-month"):
        d = int(g["day"])
        if g.get("year"):
            return f"{int(g['year']):04d}-{m:02d}-{d:02d}" if _valid(int(g["year"]), m, d) else None
        found = _nearest_year(ref, m, d) if ref else None
        return found.isoformat() if found else None
    if rule == "month-year":
        return f"{int(g['year']):04d}-{m:02d}"
    if rule == "year":
        return g["year"]
    if ref is None:
        return None  # everything below is relative to the article's date
    if rule == "month":
        which = (g.get("next") or "").lower()
        if which == "next" or (which == "this" and m > ref.month) or (not which and future and m > ref.month):
            # "next May"; "will open in May" (the coming May; a past May is what was planned then)
            y = ref.year + (m <= ref.month)
        else:  # the most recent such month not after the article's date
            y = ref.year - (m > ref.month) - (which == "last" and m == ref.month)
        return f"{y:04d}-{m:02d}"
    if rule == "weekday":
        w = weekdays[g["weekday"].lower()]
        which = (g.get("next") or "").lower()
        back = (ref.weekday() - w) % 7
        if which in ("last", "past"):
            delta = -(back or 7)
        elif which in ("next", "coming"):
            delta = (w - ref.weekday()) % 7 or 7
        elif future:
            delta = (w - ref.weekday()) % 7
        else:
            delta = -back
        return (ref + timedelta(days=delta)).isoformat()
    data = load_data("dates")
    if rule == "days":
        return (ref + timedelta(days=data["relative_days"][g["days"].lower()])).isoformat()
    if rule == "months":
        y, mm = _add_months(ref.year, ref.month, data["relative_months"][g["months"].lower()])
        return f"{y:04d}-{mm:02d}"
    if rule == "years":
        return f"{ref.year + data['relative_years'][g['years'].lower()]:04d}"
    return None


def _names_day(text: str, m: re.Match, found: list[DateMatch]) -> bool:
    """Whether a weekday stands right after a day-precise date ("22 April (Wednesday)"); one
    right before it ("Wednesday 22 April") joins the date's match (_weekday_with_day)."""
    return any(len(f.iso) == 10 and 0 <= m.start() - f.end <= 3
               and not text[min(f.end, m.end()):max(f.start, m.start())].strip(" ,(")
               for f in found)


def _in_name(text: str, m: re.Match) -> bool:
    """A capitalised relative-day word after a capitalised word, not opening a sentence."""
    if not m.group(0)[:1].isupper():
        return False
    before = text[:m.start()].rstrip()
    last = before.split()[-1] if before.split() else ""
    return bool(last) and last[:1].isupper() and not re.search(r"[.!?:;\"“”—–-]$", last)


def find_dates(text: str, ref: str | None = None) -> list[DateMatch]:
    """Every date in `text`, absolute or relative, resolved against `ref` (the article's
    YYYY-MM-DD date, or None: then relative dates are left out). In order, without overlaps;
    each keeps its own precision (a month stays a month)."""
    found = list(find_full_dates(text))
    ref_date = _parse_ref(ref)
    for pattern, rule in _relative_patterns():
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            if rule == "weekday" and not m.groupdict().get("next") and _names_day(text, m, found):
                continue  # "Wednesday 22 April": the weekday of a date written out
            if rule in ("days", "months", "years") and _in_name(text, m):
                continue  # "Makedonia Today", "The Times This Morning": part of a name
            future = _future(text, m.start())
            iso = _resolve(rule, m.groupdict(), ref_date, future)
            if iso and rule == "day-month" and ref_date and not future and iso > ref_date.isoformat() \
                    and _past(text, m.start()):
                # "The report was sent to the agency on 24 March" (in November): the March before
                earlier = _add_months(int(iso[:4]), int(iso[5:7]), -12)
                if _valid(earlier[0], earlier[1], int(iso[8:10])):
                    iso = f"{earlier[0]:04d}-{iso[5:]}"
            if iso:
                found.append(DateMatch(m.start(), m.end(), iso, m.group(0), rule))
    return _weekday_with_day(text, sorted(found, key=lambda f: f.start))


@lru_cache(maxsize=1)
def _anaphoric() -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of `anaphoric_days` (data/dates.yaml) and each phrase's offset in days, lower-cased."""
    days = load_data("dates")["anaphoric_days"]
    words = sorted(days, key=len, reverse=True)
    pattern = re.compile(r"\b(?P<days>" + "|".join(re.escape(w) for w in words) + r")\b(?!\s+as\b)", re.I)
    return pattern, {k.lower(): v for k, v in days.items()}


def find_anaphoric_dates(text: str, antecedent: str) -> list[DateMatch]:
    """ "on the same day", "the next day", "two days later": days told relative to the day the text
    has just named (`antecedent`, YYYY-MM-DD), not to the article's date (`anaphoric_days` in
    data/dates.yaml)."""
    ref = _parse_ref(antecedent)
    if ref is None:
        return []
    pattern, offsets = _anaphoric()
    return [DateMatch(m.start(), m.end(), (ref + timedelta(days=offsets[m.group("days").lower()])).isoformat(),
                      m.group(0), "anaphoric") for m in pattern.finditer(text)]


_WEEKDAY_GAP = re.compile(r",?\s+(?:the\s+)?")


def _weekday_with_day(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """A weekday printed with its day ("Saturday 7 November", "Sunday, March 1, 2026") is
    that day, one date: not a second one resolved from the weekday alone."""
    out: list[DateMatch] = []
    for f in found:
        last = out[-1] if out else None
        if last is not None and last.rule == "weekday" and last.text.split()[0][0].isupper() \
                and len(last.text.split()) == 1 and precision(f.iso) == "day" \
                and _WEEKDAY_GAP.fullmatch(text[last.end:f.start]):
            out[-1] = DateMatch(last.start, f.end, f.iso, text[last.start:f.end], f.rule)
            continue
        out.append(f)
    return out
