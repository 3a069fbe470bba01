"""Figures: counts, money and percentages, with what they count, who gives them and when.

Each number is read with its qualifier ("about", "nearly", "up to"), range ("5,000-7,000"),
multiplication ("three battalions of 800 soldiers each" = 2,400, the expression kept) and total
("300 tents out of a promised 1,000"). What it counts is normalised (data/figures.yaml) so that figures
about one quantity share a `unit`: a count's head noun ("soldiers" = "troops") or what happened
to those counted ("six workers killed" = "six deaths" = "killed"); the actor they belong to
("Tajik" -> that country) in `about`; a percentage's measure ("inflation"). The same
figure in several articles is one claim with a source per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ..dates import DateMatch, calendar_words, find_dates, precision
from ..ids import short_slug, unique_id
from ..model import Article, Claim, Figure, SourceRef
from ..resources import load_data
from .claims import speaker
from .text import attribution_verbs, sentences

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")
_AUX = frozenset(["have", "has", "had", "been", "were", "was", "are", "is", "being", "reportedly", "or",
                  "and", "left", "now", "already", "confirmed", "later", "since",
                  # linking verbs before a state: "40 protesters got hurt", "20 fishermen went missing"
                  "got", "get", "gets", "went", "gone", "became", "become", "remain", "remains", "remained",
                  # "with 12 people still missing"
                  "still"])


@dataclass(frozen=True)
class Reading:
    """A figure read in one sentence: its span there and the Figure."""

    start: int
    end: int
    figure: Figure


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> dict:
    data = dict(load_data("figures"))
    data["synonym_of"] = {w: head for head, ws in data["unit_synonyms"].items() for w in ws}
    for key in ("stopwords", "member_nouns", "length_units", "partitive_pronouns", "measuring_verbs", "generic_modifiers", "anaphors", "not_before", "estimate_nouns",
                "measure_words", "forecast_verbs", "change_verbs", "past_verbs", "state_nouns",
                "change_nouns", "revision_verbs"):
        data[key] = frozenset(str(w).lower() for w in data[key])
    data["number_words"] = {**data["number_words"], **data["vague_numbers"]}
    data["participle_places"] = frozenset(data["subject_prepositions"]) | {"to", "into"}  # "deployed to X"
    data["word_numbers"] = {w: n for w, n in data["number_words"].items() if w not in ("one", "a dozen")}
    data["attribution"] = attribution_verbs()
    return data


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = _data()
    long_scales = [s for s in d["scales"] if len(s) > 2]
    short_scales = [s for s in d["scales"] if len(s) <= 2]
    # "$75 million", "$75-million fund" (the hyphen of an adjective), "$75m"
    scale = rf"(?:(?:\s+|-)(?P<scale>{_alt(long_scales)})\b|(?P<sscale>{_alt(short_scales)})\b)?"
    num = rf"{NUM}|{_alt(d['word_numbers'])}"
    figure = re.compile(
        rf"(?<![\w.,/#@:$€£¥-])(?:(?P<qual>{_alt(d['qualifiers'])})\s+)?(?P<between>between\s+)?"
        rf"(?P<cur>{_signs()}|{_capital_signs()}|(?-i:{_alt(d['currency_codes'])})(?=\s?\d))?"
        rf"\s?(?P<num>{num}){scale}"
        rf"(?:\s*(?:-|–|to|and)\s*(?P=cur)?(?P<num2>{num})(?:\s+(?P<scale2>{_alt(long_scales)})\b)?)?"
        rf"(?P<pct>\s?%|\s+(?:{_alt(p for p in d['percent_words'] if p != '%')})\b)?"
        rf"(?:\s+(?P<curw>{_alt(d['currency_words'])})\b)?",
        re.I,
    )
    times = re.compile(
        rf"\b(?P<mult>{_alt(d['number_words'])}|\d+)\s+(?P<group>[a-z]+)\s+of\s+"
        rf"(?:(?P<qual>{_alt(d['qualifiers'])})\s+)?(?P<num>{NUM})\s+(?P<np>(?:[\w’'-]+\s+){{1,5}}?)each\b",
        re.I,
    )
    total = re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,3}}?(?:out\s+)?of\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<num>{NUM})"
                       rf"(?:\s+(?P<scale>{_alt(long_scales)})\b)?", re.I)
    fraction = re.compile(rf"(?<![\w-])(?:(?P<qual>{_alt(d['qualifiers'])})\s+)?(?P<frac>{_alt(d['fractions'])})"
                          rf"(?=\s+of\b)", re.I)
    return figure, times, total, fraction


def _signs() -> str:
    """The currency signs; those written in letters ("Rp", "RM", "Rs") only as written, so that
    "rp" in running text is no sign (ISO codes, `currency_codes`, are read apart: only in capitals
    before a digit)."""
    signs = _data()["currency_signs"]
    letters = [k for k in signs if k.rstrip(".").isalpha()]
    return rf"{_alt(k for k in signs if k not in letters)}|(?-i:{_alt(letters)})"


def _capital_signs() -> str:
    """Letters that are a currency's sign only in capitals, right before a sum written as one
    ("P200,000", "P1.5 billion"; the pattern is case-blind, so the case is checked here)."""
    signs = "|".join(re.escape(k) for k in _data()["capital_signs"])
    return (rf"(?-i:{signs})(?=\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?\s*"
            rf"(?:{_alt(k for k in _data()['scales'] if len(k) > 2)})\b)")


@lru_cache(maxsize=1)
def _sign_codes() -> dict[str, str]:
    """Every currency mark the figure pattern reads before a sum (ISO codes, signs, capital
    letters), lower-cased -> its ISO 4217 code."""
    d = _data()
    return {k.lower(): v for k, v in {**d["currency_codes"], **d["currency_signs"], **d["capital_signs"]}.items()}


def _number(text: str, scale: str | None = None) -> float:
    words = _data()["number_words"]
    value = float(words[text.lower()]) if text.lower() in words else float(text.replace(",", ""))
    if scale:
        value *= _data()["scales"][scale.lower()]
    return int(value) if value == int(value) else value


def _state(word: str) -> str | None:
    return _data()["states"].get(word.lower())


def _noun_phrase(rest: str, percent: bool) -> tuple[list[re.Match], list[str], int]:
    """The words counted, right after a number: (kept word matches, state classes, end offset)."""
    d = _data()
    words = list(_WORD.finditer(rest))
    i = 0
    if words and words[0].group().lower() == "of" and (percent or len(words) > 1):
        i = 1  # "0.25% of its GDP", "5,000 of its soldiers", "four of its citizens"
        while i < len(words) and words[i].group().lower() in d["generic_modifiers"]:
            i += 1
        if not percent and i < len(words) and words[i].group().lower() in d["partitive_pronouns"]:
            i += 1  # "11 of them have died": those counted are named before; the state follows
    first = i
    kept: list[re.Match] = []
    while i < len(words) and len(kept) < 5:
        w = words[i].group()
        if not w[0].isalpha() or w.lower() in d["stopwords"]:
            break
        if w.islower() and ((kept and w.endswith("ed")) or w in d["past_verbs"]) and not _state(w) \
                and w.lower() not in d["synonym_of"]:
            break  # a verb after the noun: "80% of the drivers stayed home", "8,000 cubic metres left"
        if kept and kept[-1].group().islower() and not re.search(r"[’']s?$", kept[-1].group()) and w[0].isupper():
            break  # a name after the noun begins the next clause: "the 9,000 tickets Acme says it sold"
        kept.append(words[i])
        i += 1
    while kept and kept[-1].group().islower() and re.search(r"(ed|ing|ly)$", kept[-1].group()) \
            and kept[-1].group().lower() not in d["synonym_of"] and not _state(kept[-1].group()):
        kept.pop()
    while len(kept) > 1 and _state(kept[-1].group()) and kept[-1].group().lower() not in d["state_nouns"]:
        kept.pop()  # "11 people wounded", "12 officers hurt": the state follows the noun
    if len(kept) == 1 and kept[0].group().lower() in d["member_nouns"]:
        # "five members of its embassy" counts the embassy's staff: the body after "of" is kept
        k = words.index(kept[0]) + 1
        if k + 2 < len(words) and words[k].group().lower() == "of" \
                and words[k + 1].group().lower() in ("its", "the", "their", "our", "his", "her") \
                and words[k + 2].group().islower() and words[k + 2].group().lower() not in d["stopwords"]:
            kept.append(words[k + 2])
    states = [_state(w.group()) for w in kept if _state(w.group())]
    j = words.index(kept[-1]) + 1 if kept else first
    after = _states_after(rest, words, j)
    # "100 soldiers deployed to Russia have been killed": a participle's place, then the state
    placed = not after and kept and j + 1 < len(words) and bool(re.fullmatch(r"[a-z]+ed|sent|held|kept|taken", words[j].group())) \
        and words[j + 1].group().lower() in d["participle_places"]
    j += 1 if placed else 0
    if not after and kept and j < len(words) and (placed or words[j].group().lower() in d["subject_prepositions"]):
        # "Seven workers at the plant were killed": the state after a place or group the noun is in
        k = j + 1
        while k < len(words) and k - j <= 16:
            w = words[k].group()
            if not (w[0].isalnum() or w in "’'-") or w.lower() in d["clause_words"]:
                break
            if w.lower() in d["subject_verbs"]:
                after = _states_after(rest, words, k)
                break
            k += 1
    return kept, list(dict.fromkeys(states + after)), (kept[-1].end() if kept else 0)


def _states_after(rest: str, words: list[re.Match], j: int) -> list[str]:
    """The states told right after the counted noun: "600 soldiers have been killed or wounded",
    "21 people lost their lives", "16 children have tested positive"."""
    states = []
    for w in words[j:j + 6]:
        low = w.group().lower()
        phrase = next((c for p, c in _data()["state_phrases"].items()
                       if re.match(rf"{re.escape(p)}\b", rest[w.start():], re.I)), None)
        if phrase:
            states.append(phrase)
            break
        if _state(low):
            states.append(_state(low))
        elif low not in _AUX:
            break
    return states


def _nearest_date(dates: list[DateMatch], start: int, end: int) -> str | None:
    if not dates:
        return None
    best = min(dates, key=lambda x: (x.start - end) if x.start >= end else (start - x.end) + 1)
    return best.iso


# A number quoted on its own before what it counts ('cited "about 2,100" residents', '"several
# hundred" troops had been killed'): the marks quote the speaker's words, the count reads through
# them (blanked, so every span stays where it was).
_QUOTED_NUMBER = re.compile(r"[“\"]((?:[A-Za-z]+\s+){0,2}(?:\d[\d,.]*|hundred|thousand|dozen))[”\"]"
                            r"(?=\s+[A-Za-z])")


def _blanked(text: str) -> str:
    """The sentence with the marks around a quoted number blanked (every span stays where it was)."""
    return _QUOTED_NUMBER.sub(lambda m: f"  {m.group(1)}", text)


def read_figures(text: str, ref: str | None = None, index=None, bare: bool = False) -> list[Reading]:
    """Every figure in one sentence `text` (the article's date `ref` resolves the date it refers to).
    With `bare`, also numbers that name nothing ("the organisers 250,000"), unit left empty."""
    d = _data()
    figure_re, times_re, total_re, fraction_re = _patterns()
    text = _blanked(text)  # '"several hundred" troops'
    dates = find_dates(text, ref)
    taken = [(x.start, x.end) for x in dates]
    found: list[Reading] = []
    # what a figure is dated by: not "since February" (a count since then is a count up to now);
    # a bare year of another year than the article's ("In 2019, X won 61.2%") is its era
    dating = [x for x in dates if not re.search(r"\bsince\s+(?:the\s+)?$", text[:x.start], re.I)
              and not re.match(r"since\b", x.text, re.I)]
    for y in re.finditer(r"\b(?:[Ii]n)\s+((?:19|20)\d\d)\b(?![\d%-])", text):
        if ref and y.group(1) != ref[:4] and not any(a < y.end(1) and y.start(1) < b for a, b in taken):
            dating.append(DateMatch(y.start(1), y.end(1), y.group(1), y.group(1), "year"))

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    for m in times_re.finditer(text):
        mult = m.group("mult").lower()
        kept, states, _ = _noun_phrase(m.group("np"), False)
        if not kept or not free(m.start(), m.end()):
            continue
        fig = _count(text, kept, states, m.start("np"), m.start(), index)
        value = _number(mult) * _number(m.group("num"))
        qual = d["qualifiers"].get((m.group("qual") or "").lower())
        found.append(Reading(m.start(), m.end(), replace(fig, value=value, expression=m.group(0), qualifier=qual)))
        taken.append((m.start(), m.end()))

    for m in fraction_re.finditer(text):  # "fewer than half of the workers": a percentage
        if not free(m.start(), m.end()):
            continue
        of_scale = re.match(rf"\s+of\s+an?\s+({_alt(s for s in d['scales'] if len(s) > 2)})\b", text[m.end():], re.I)
        if of_scale:  # "a quarter of a million people": a count, not a percentage
            after = m.end() + of_scale.end()
            kept, states, np_end = _noun_phrase(text[after:], False)
            if kept or states:
                fig = _count(text, kept, states, after, m.start(), index)
                end = after + np_end
                fig = replace(fig, value=round(d["fractions"][m.group("frac").lower()] / 100
                                               * d["scales"][of_scale.group(1).lower()]),
                              qualifier=d["qualifiers"].get((m.group("qual") or "").lower()),
                              expression=text[m.start():end])
                found.append(Reading(m.start(), end, fig))
                taken.append((m.start(), end))
            continue
        kept, _, np_end = _noun_phrase(text[m.end():], True)
        if not kept:
            continue
        end = m.end() + np_end
        fig = Figure(value=d["fractions"][m.group("frac").lower()], unit=f"%{' ' + _measure(kept)}",
                     kind="percent", noun=text[m.end() + kept[0].start():end],
                     qualifier=d["qualifiers"].get((m.group("qual") or "").lower()),
                     expression=text[m.start():end])
        found.append(Reading(m.start(), end, fig))
        taken.append((m.start(), end))

    spans = _SPAN_WORD.search(text)  # most sentences name no span of time: skip the long pattern
    for m in _penalty_length().finditer(text) if spans else ():  # "a four-year ban", "jailed for six years"
        k = next(n for n in ("", "2", "3") if m.group("num" + n))
        num, span = m.group("num" + k), m.group("span" + k).lower()
        start = m.start("qual" + k) if k and m.group("qual" + k) else m.start("num" + k)
        end = m.end("what") if m.group("what") else m.end("span" + k) + (1 if text[m.end("span" + k):].startswith("s") else 0)
        what = (m.group("what") or m.group("verb") or "").lower()
        if not what:  # "argue for no more than two years": the penalty the sentence names, if any
            what = "sentence" if re.search(r"\b(?:prison|jail|sentenc\w*|custod\w*)\b", text, re.I) else "ban"
        what = "sentence" if re.match(r"sentenc|term|jail|prison|imprison", what) else "ban"
        qual = d["qualifiers"].get(re.sub(r"\s+", " ", m.group("qual" + k) or "").lower()) if k else None
        fig = Figure(value=_number(num), unit=f"{span}s {what}", kind="count", noun=f"{span}s",
                     qualifier=qual, expression=text[start:end])
        found.append(Reading(start, end, fig))
        taken.append((start, end))

    for m in _exchange_rate().finditer(text):  # "the forint hit a record low of 412.5 per euro"
        words = d["currency_words"]
        local = m.group("local") or next((w.group(0) for w in reversed(list(
            re.finditer(rf"\b(?:{_alt(words)})\b", text[:m.start()], re.I)))), None)
        if not local or not free(m.start(), m.end()) or words[local.lower()] == words[m.group("base").lower()]:
            continue
        fig = Figure(value=_number(m.group("num")), unit=f"{words[local.lower()]}/{words[m.group('base').lower()]}",
                     kind="money", noun="", expression=m.group(0))
        found.append(Reading(m.start(), m.end(), fig))
        taken.append((m.start(), m.end()))

    for m in figure_re.finditer(text):
        reading = _reading(text, m, found, dates, index, bare)
        if reading is None or not free(m.start("num"), m.end("num")):
            continue
        tot = total_re.match(text[reading.end:])
        if tot and reading.figure.kind == "count":
            fig = replace(reading.figure, total=_number(tot.group("num"), tot.group("scale")))
            reading = Reading(reading.start, reading.end + tot.end(), fig)
        fig = replace(reading.figure, expression=text[reading.start:reading.end].strip())
        found.append(Reading(reading.start, reading.end, fig))
        taken.append((reading.start, reading.end))

    found = [r for r in found if not _furniture(text, r)]
    return sorted((replace(r, figure=replace(r.figure, date=_nearest_date(dating, r.start, r.end)))
                   for r in found), key=lambda r: r.start)


_SPAN_WORD = re.compile(r"year|month|week", re.I)


@lru_cache(maxsize=1)
def _penalty_length() -> re.Pattern[str]:
    """The length of a ban or a sentence, a figure of its own kind: "a four-year ban", "a 10-month
    suspension", "banned for two years", "jailed for six years", "asked for four years", "argue
    for no more than two years". Other spans of time ("two years ago", "over two years") are none."""
    d = _data()
    num = rf"{NUM}|{_alt(d['word_numbers'])}"
    qual = r"(?:(?P<qual{0}>up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+least|at\s+most)\s+)?"
    after = r"(?!\s+(?:ago|of|later|earlier|before|after|to|from)\b)"
    return re.compile(
        rf"\b(?P<num>{num})[- ](?P<span>year|month|week)s?['’]?[- ](?:(?:prison|jail|playing|competition)\s+)?"
        rf"(?P<what>ban|suspension|sentence|term)\b"
        rf"|\b(?P<verb>banned|suspended|sentenced|jailed|imprisoned)\b[^.;:]{{0,40}}?\bfor\s+{qual.format(2)}"
        rf"(?P<num2>{num})\s+(?P<span2>year|month|week)s?\b(?!\s+(?:ago|of|later|earlier)\b)"
        rf"|\b(?:seek|seeks|sought|seeking|ask|asks|asked|asking|argue|argues|argued|arguing|demand|demands|"
        rf"demanded|demanding|request|requests|requested|requesting)\s+for\s+{qual.format(3)}"
        rf"(?P<num3>{num})\s+(?P<span3>year|month|week)s?\b{after}",
        re.I)


@lru_cache(maxsize=1)
def _exchange_rate() -> re.Pattern[str]:
    """An exchange rate: "412.5 per euro", "1.08 dollars to the euro", "18.3 rand against the dollar";
    its unit is the currency priced over the one it is priced in ("HUF/EUR")."""
    words = _alt(_data()["currency_words"])
    return re.compile(rf"(?<![\w.,])(?P<num>\d+(?:\.\d+)?)\s+(?:(?P<local>{words})\s+)?"
                      rf"(?:per|to\s+the|against\s+the)\s+(?:US\s+)?(?P<base>{words})\b", re.I)


@lru_cache(maxsize=1)
def _populations() -> tuple[re.Pattern[str], ...]:
    qual = r"(?:(?:about|around|some|nearly|roughly|almost|approximately|more\s+than|over|under|fewer\s+than|less\s+than|just\s+over|just\s+under)\s+)?"
    return tuple(re.compile(p.replace("{N}", rf"(?P<n>{qual}(?:{NUM})(?:\s+(?:million|billion|thousand|lakh|crore))?)"))
                 for p in _data().get("place_population", []))


@lru_cache(maxsize=1)
def _counters() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p.replace("{N}", rf"(?P<n>{NUM})"), re.I) for p in _data()["page_counters"])


def _furniture(text: str, r: Reading) -> bool:
    """A page's read counter, comment count or reading time ("2,314 reads", "5 min read"), or a
    distance saying where something is ("15 kilometres from the area"): no figure."""
    if any(m.start("n") <= r.start < m.end("n") or r.start <= m.start("n") < r.end
           for p in _counters() for m in p.finditer(text)):
        return True
    if r.figure.kind == "count":  # "Ruritania, a nation of some 8 million people": background
        cuts = [m.end() for m in re.finditer(r"[.;!?]\s+", text[:r.start])]
        head = cuts[-1] if cuts else 0
        at = r.start - head
        if any(m.start("n") <= at < m.end("n") or at <= m.start("n") < r.end - head
               for p in _populations() for m in p.finditer(text[head:])):
            return True
    d = _data()
    unit = re.match(rf"\s*(?:{_alt(d['length_units'])})\b", text[r.end - len(r.figure.noun):], re.I) \
        if r.figure.kind == "count" and r.figure.noun else None
    return unit is not None and re.match(d["distance_after"], text[r.end - len(r.figure.noun) + unit.end():],
                                         re.I) is not None


def _reading(text: str, m: re.Match, found: list[Reading], dates: list[DateMatch], index,
             bare: bool = False) -> Reading | None:
    """The figure a number match stands for, or None when it is not one (a year, "No. 5", "two countries")."""
    d = _data()
    num = m.group("num")
    after = text[m.end():m.end() + 1]
    if after.isalnum() or after == ":" or (after == "." and text[m.end() + 1:m.end() + 2].isdigit()):
        return None
    before = text[:m.start()].lower().split()
    if before and (before[-1] in d["not_before"] or " ".join(before[-2:]) in d["not_before"]):
        return None
    cur = m.group("cur") or m.group("curw")
    pct = m.group("pct")
    word_number = num.lower() in d["word_numbers"]
    if re.fullmatch(r"(1[89]|20)\d\d", num) and not (cur or pct or m.group("scale")):
        return None  # a year
    value = _number(num, m.group("scale") or m.group("sscale"))
    high = _number(m.group("num2"), m.group("scale2") or m.group("scale") or m.group("sscale")) \
        if m.group("num2") else None
    if high is not None and high <= value:
        high = None  # "5 to 3" is not a range
    qual = d["qualifiers"].get((m.group("qual") or "").lower())
    if qual is None and num.lower() in d["vague_numbers"]:
        qual = "about"  # "several hundred": an estimate, its value the order of magnitude's few
    rest = text[m.end():]
    kept, states, np_end = _noun_phrase(rest, bool(pct))
    if before and _state(before[-1]):
        states = list(dict.fromkeys([_state(before[-1])] + states))  # "which killed six people"
    if pct and (re.match(rf"\s*(?:{_alt(d['threshold_after'])})\b", rest, re.I)
                or re.search(rf"\b(?:{d['threshold_before']})\s+(?:the\s+)?$", text[:m.start("num")], re.I)):
        return None  # "the 5% needed to win a seat", "crossed 40%": a threshold, not an estimate
    if pct:
        fig = _percent(text, m, rest, kept, found, dates, index)
        if fig is None:
            return None
    elif cur:
        code = _sign_codes().get(cur.lower()) or d["currency_words"].get(cur.lower())
        if kept and kept[0].group().islower() and re.search(r"(ed|ing)$", kept[0].group()):
            kept = []  # "Two crore rupees divided among all of us": a verb, not what the sum is
        noun = rest[kept[0].start():kept[-1].end()] if kept else ""
        rate = re.match(rf"\s+({_alt(d['money_rates'])})\b", rest, re.I)
        per = f"/{d['money_rates'][rate.group(1).lower()]}" if rate else ""  # "€30 million a day"
        each = re.match(r"\s+(?:each|apiece|(?:(?:for|to)\s+(?:each|every)|per)\s+((?:[a-z]+\s+){0,2}[a-z]+))\b",
                        rest[kept[-1].end() if kept else 0:], re.I)
        if each and not rate:  # "300 rupees each", "20,000 rupees for each household", "to every family": a sum per unit
            unit_words = (each.group(1) or "each").lower().split()
            # "for each bereaved family that lost": the noun before a function word, adjectives left out
            cut = next((k for k, w in enumerate(unit_words) if w in d["stopwords"]
                        or (k and (w in d["past_verbs"] or re.search(r"(ed|ing)$", w)))), len(unit_words))
            per = f"/{(unit_words[:cut] or unit_words[:1])[-1]}"
        # what the sum is ("fund", "ex gratia") stays in its noun, not its unit: "the Rs 5 lakh ex
        # gratia" and "Rs 5 lakh for each family" are one sum (the disputes read what a sum pays for)
        fig = Figure(value=value, unit=code + per, kind="money", noun=noun)
    elif bare and kept and len(kept) == 1 and kept[0].group().lower() in _FIGURE_NOUNS and before \
            and before[-1] in ("the", "that", "this", "its", "their", "his", "her"):
        # "the 7.5 figure the council was pushing": a value named elsewhere, not a count of figures
        fig = Figure(value=value, unit="", kind="count")
    elif kept:
        if word_number and not states and _head(kept) not in d["unit_synonyms"] \
                and kept[0].group().lower() not in d["member_nouns"]:
            return None  # "two countries", "three measures"
        if kept[0].group().lower() in calendar_words()[0]:
            return None  # "Saturday 24 October", "the match of 10 October": a date the dates did not take
        fig = _count(text, kept, states, m.end(), m.start(), index)
        if re.search(rf"\b(?:{d['sample_before']})\s+$", text[:m.start()], re.I):
            # "a random sample of 400 districts", "a survey of 1,000 adults": the measurer's choice
            fig = replace(fig, unit=f"sampled {fig.unit}")
    elif states:  # "1,500 displaced"
        fig = _count(text, [], states, m.end(), m.start(), index)
    elif (bare or _refers_back(text[:m.start()])) and (
            not word_number or re.search(d["reestimate"], text[:m.start()], re.I)
            or (bare and _after_verb(text, m.start(), m.end()))):
        # "and the agency TAP reported four.": a word number closing a report is a bare value too
        # "this number will rise to 12,000"; "the union put the toll at nine" (a word, re-estimating)
        fig = Figure(value=value, unit="", kind="count")  # "this number will rise to 12,000"
    else:
        return None
    end = m.end() + np_end if kept else m.end()
    fig = replace(fig, value=value, qualifier=qual, low=value if high is not None else None, high=high)
    return Reading(m.start(), end, fig)


def _percent(text: str, m: re.Match, rest: str, kept: list[re.Match], found: list[Reading],
             dates: list[DateMatch], index=None) -> Figure | None:
    """A percentage and what it measures: "of X" after it, else the noun before it ("inflation
    slowed to 3.4%"); after a forecasting verb or before "projection", what the sentence named."""
    d = _data()
    noun = rest[kept[0].start():kept[-1].end()] if kept else ""
    what = None
    what_at = None  # where the word read as the measure is, when read before the number
    # "to" only before a determiner or a name: "a 9% pay rise to compensate for inflation" is its purpose
    of_change = re.match(r"\s+(?:in|of|on)\s+|\s+to\s+(?=(?:the|a|an|its|their|his|her|our|this|these)\s|[A-Z])",
                         rest[kept[-1].end():]) \
        if noun and kept[-1].group().lower() in d["change_nouns"] else None
    if of_change:  # "a 3% cut to the budget" = "3% of the budget" ("a 5% rise in prices" = "prices rose 5%")
        object_, _, _ = _noun_phrase("of " + rest[kept[-1].end() + of_change.end():], True)
        if object_:
            what = _measure(object_)
    if what is not None:
        pass
    elif noun and rest.lstrip().lower().startswith("of"):
        what = _measure(kept)
    elif noun and kept[-1].group().lower() not in d["estimate_nouns"]:
        what = noun.lower()
    elif not noun:
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:(") + 1
        for t in reversed(list(re.finditer(r"[\w’'-]+", text[clause_start:m.start()]))):
            at = clause_start + t.start()
            inside = next((r for r in found if r.start <= at < r.end), None)
            if inside is not None:
                if inside.figure.kind == "percent":
                    return replace(inside.figure)  # "to 7.1% in August from 6.8%": the same measure
                continue
            if any(x.start <= at < x.end for x in dates):
                continue
            low = t.group().lower()
            if low in d["forecast_verbs"] or low in d["attribution"] or re.search(r"[’']s$", low):
                break  # "the central bank's 3.1%": whose figure it is, not what it measures
            if low in d["estimate_nouns"] or (low in d["past_verbs"] and low not in d["change_verbs"]
                                               and low not in d["share_words"]) \
                    or (t.group()[0].isupper() and not t.group().isupper() and at > 0
                        and not _person_at(text, at, index)):
                # "the company's claim of 0.06%", "the laboratory had found 48.6%" (its object),
                # "48.6% in Mumbai and 44.1%" (a place): nothing here names what is measured
                break
            if low in d["stopwords"] or low in d["measure_words"] or low in d["change_verbs"] \
                    or low in d.get("comparison_words", ()) \
                    or re.fullmatch(r"[\d.,]+", low) \
                    or re.search(r"(ed|ing)$", low) or low in d["qualifiers"]:
                continue
            what, what_at = re.sub(r"[’']s$", "", low), at
            break
    if what is None:
        earlier = [r for r in found if r.figure.kind == "percent" and r.figure.unit != "%"]
        if earlier:
            return replace(earlier[-1].figure, noun=earlier[-1].figure.noun)
    share = _share(text, m.start(), what, what_at, index)
    if share is not None:
        return Figure(value=0, unit="% share", kind="percent", noun=noun or (what or ""), about=share or None)
    return Figure(value=0, unit="%" + (f" {what}" if what else ""), kind="percent", noun=noun or (what or ""))


def _person_at(text: str, at: int, index) -> bool:
    """Whether a person's name is at `at` (no index: taken to be one, as a share may name them)."""
    return index is None or any(s <= at < e and index.actor(a).kind == "person" for s, e, a in index.mentions_in(text))


def _share(text: str, number_start: int, what: str | None, what_at: int | None, index) -> str | None:
    """Whose share a percentage is, when it is one ("X won 38.2%", "X's share at 52.6%", "she had
    won 61.3% of the vote", "put X at 55.0%", "show her at 55.0%"): the actor id, "" when a
    pronoun stands for someone named in an earlier sentence, None when it is no share."""
    if what is None or index is None:
        return None
    d = _data()
    mentions = [(s, e, a) for s, e, a in index.mentions_in(text) if e <= number_start]
    if what_at is not None:
        named = next((a for s, e, a in mentions if s <= what_at < e), None)
        if named is not None:  # "put Smith at 55.0%": a person's share
            return named if index.actor(named).kind == "person" else None
    if what not in d["share_words"] and what not in d["share_pronouns"]:
        return None
    people = [a for s, e, a in mentions if index.actor(a).kind == "person"]
    if people:
        return people[-1]
    if what in d["share_pronouns"]:
        return ""
    return mentions[-1][2] if mentions else None


def _measure(kept: list[re.Match]) -> str:
    """What "X% of ..." measures, without whose it is: "the company's Italian revenue" and
    "Acme's turnover" are both revenue (possessives and proper adjectives dropped, synonyms folded)."""
    words = [w.group() for w in kept]
    plain = [w for w in words if not re.search(r"[’']s$", w) and not w[:1].isupper()]
    if not plain:
        return " ".join(words).lower()
    head = _data()["synonym_of"].get(plain[-1].lower(), plain[-1].lower())
    return " ".join([w.lower() for w in plain[:-1]] + [head])


def _toll_state(before: str) -> str | None:
    """"the death toll had risen to 47": a number after "<state> toll" counts that state."""
    found = [(m.start(), m.group(1)) for m in re.finditer(r"([A-Za-z]+)\s+(?:toll|tally|count)\b", before)]
    # "raised its count of infected patients to 40", "the number of dead rose to 30"
    found += [(m.start(), m.group(1)) for m in
              re.finditer(r"\b(?:toll|tally|count|number)\s+of\s+(?:the\s+)?([A-Za-z]+)", before)]
    found = [w for _, w in sorted(found) if _state(w)]
    return _state(found[-1]) if found else None


def _named_count(units: dict, fig: Figure, phrase: str, index) -> tuple | None:
    """The one count of this value elsewhere about the actor a re-estimate names ("put the number
    of Algerians expelled at four"), as (unit, about, noun)."""
    of = re.search(r"\bof\s+(.+)$", phrase)
    if of is None or index is None:
        return None
    named = {a for _s, _e, a in index.mentions_in(of.group(1))}
    found = {x for x in units.get((fig.kind, fig.value), set()) if x[1] in named}
    return sorted(found, key=lambda x: x[2])[0] if len({(u, a) for u, a, _ in found}) == 1 else None


def _says_bare(sentence: str, r: Reading) -> bool:
    """"The state counts nine deaths. The hospital says 11.": a bare number right after a reporting
    verb, ending its clause, gives the figure just told another value."""
    return _after_verb(sentence, r.start, r.end)


def _after_verb(sentence: str, start: int, end: int) -> bool:
    verb = re.search(r"([\w’'-]+)\s+$", sentence[:start])
    return verb is not None and verb.group(1).lower() in _data()["attribution"] \
        and re.match(r"\s*(?:[.;,]|$)", sentence[end:]) is not None


# a bare number right after "up from", "down from the": the earlier value of the figure just told;
# after ", not the", ", nor the", "rather than the": another value of it set against it
_FROM_BEFORE = re.compile(r"(?:\b(?:up|down|rising|falling|risen|fallen|rose|fell|increased|decreased)\s+from"
                          r"(?:\s+(?:the|an?|its|their))?"
                          r"|,\s*(?:not|nor|rather\s+than|and\s+not)\s+the)\s+[“\"]?$", re.I)


# "the 7.5 figure", "that 400 number": a value told before, named by what it is
_FIGURE_NOUNS = frozenset(["figure", "number", "estimate"])


def _combined(unit: str, before: str) -> bool:
    """A count of several states at once ("4,000 killed and wounded") other than the count before
    it: never that count re-estimated ("2,700 wounded")."""
    mine = state_parts(unit) if unit else None
    return bool(mine) and len(mine) > 1 and mine != state_parts(before)


# A fact box's label: an actor's name of up to five words, then a colon ("Board: 12.", "Harbour
# Users Network: 300"); before a bare number (at a sentence's or clause's start), or opening the line.
_LABEL = r"([A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+){0,4}):"
_LABEL_BEFORE = re.compile(rf"(?:^|[.;,]\s*){_LABEL}\s*[“\"]?$")
_LABEL_OPENING = re.compile(rf"\s*{_LABEL}\s")


def _labelled(sentence: str, start: int, index) -> bool:
    """A bare number right after an actor's name and a colon ("Police: 23,", "Board: 12.", a fact
    box's or a brief's list of who gives what), the name beginning its sentence or clause."""
    m = _LABEL_BEFORE.search(sentence[:start])
    return m is not None and index is not None and any(
        s == m.start(1) and e == m.end(1) for s, e, _a in index.mentions_in(sentence))


def _refers_back(before: str) -> bool:
    words = re.findall(r"[a-z]+", before.lower())
    return any(w in _data()["anaphors"] for w in words)


def _head(kept: list[re.Match]) -> str:
    if not kept:
        return ""
    head = kept[-1].group().lower()
    return _data()["synonym_of"].get(head, head)


def _count(text: str, kept: list[re.Match], states: list[str], offset: int, number_start: int, index) -> Figure:
    """A count whose noun phrase is `kept` (matches in text[offset:])."""
    d = _data()
    noun = text[offset + kept[0].start():offset + kept[-1].end()] if kept else ""
    about = None
    if index is not None and noun:
        for s, _e, actor_id in index.mentions_in(noun):
            if s < kept[-1].start() - kept[0].start():
                about = actor_id
                break
    covered = _actor_words(noun, index) if about else set()
    modifiers = [w.group().lower() for w in kept[:-1]
                 if w.group().lower() not in d["generic_modifiers"] | covered and not _state(w.group())]
    possessive = bool(kept) and bool(re.search(r"\bof\s+(?:its|their|our|his|her)\b", text[offset:offset + kept[-1].start()]))
    if about is None and index is not None and (not states or possessive):
        # A casualty count belongs to whoever its own words name ("three Tajik civilians",
        # "four of its citizens"), not to another actor in the clause.
        about = _context_actor(text, number_start, index, skip_speakers=not possessive)
        if possessive and about is not None:
            about = _nation_of(about, index)
    head = _head(kept)
    if len(kept) == 2 and kept[0].group().lower() in d["member_nouns"] and not modifiers[1:]:
        modifiers, head = [kept[1].group().lower()], d["member_unit"]
    # "three more miners died", "12 additional inspectors": what was added, not the whole
    increment = len(kept) > 1 and kept[0].group().lower() in d["increment_words"] \
        and not text[offset:offset + kept[0].start()].strip()
    if d["unit_synonyms"].get("deaths") and head == "deaths":
        states = list(dict.fromkeys(["killed"] + states))
    # A count of what happened to people ("killed", "injured") is that, whoever they were.
    states = list(dict.fromkeys(part for state in states for part in state.split("/")))  # "casualties"
    unit = "/".join(states) if states else " ".join(modifiers + [head])
    unit = d["unit_aliases"].get(unit, unit)  # "five members of its embassy" are diplomats
    if not states and not modifiers and kept and _aboard(head, text[offset + kept[-1].end():]):
        unit = d["aboard"]["unit"]  # "90 passengers", "75 people aboard", "'at least 60 people' on board"
    if increment:
        unit = f"{kept[0].group().lower()} {unit}"
    return Figure(value=0, unit=unit, kind="count", noun=noun, about=about)


def _aboard(head: str, after: str) -> bool:
    """Those aboard a vessel or vehicle, counted as passengers or as people "aboard" / "on board":
    one quantity whichever noun counts them."""
    d = _data()["aboard"]
    return head in d["passengers"] or (head in d["people"] and re.match(d["after"], after, re.I) is not None)


def _nation_of(actor_id: str, index) -> str:
    """The country a national body speaks for ("Algeria's foreign ministry said five members of
    its embassy": the embassy is Algeria's), else the body itself."""
    actor = index.actor(actor_id)
    if actor.kind != "organization":
        return actor_id
    for word in re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", actor.name))[:2]:
        country = index.resolve(word)
        if country is not None and index.actor(country).kind == "country":
            return country
    return actor_id


def _context_actor(text: str, number_start: int, index, skip_speakers: bool = True) -> str | None:
    """The actor named last before the number in its clause ("Ruritania has sent 900 troops"),
    never the one who only reports it ("the ministry said 900 troops")."""
    clause_start = max(text.rfind(";", 0, number_start), text.rfind(":", 0, number_start), 0)
    # "X puts it at 30,000", "X's map shows 7,100 hectares": X gives it
    verbs = _data()["attribution"] | _data()["forecast_verbs"] | _data()["measuring_verbs"]
    # an adverbial clause closed by a comma before the number ("once the closures in France
    # were counted, 900 jobs would go") does not own the count: its actors are left out
    asides = [(clause_start + a.start(), clause_start + a.end()) for a in re.finditer(
        rf"\b(?:{_alt(_data()['adverbial_openers'])})\b[^,;:“”\"]*,", text[clause_start:number_start], re.I)]
    for s, e, actor in reversed(index.mentions_in(text)):
        if s < clause_start or e > number_start:
            continue
        if any(a <= s and e <= b for a, b in asides):
            continue
        if re.search(rf"\b(?:{_alt(_data()['place_prepositions'])})\s+(?:the\s+)?(?:[\w.’'-]+[’']s\s+)?$",
                     text[clause_start:s], re.I):
            continue  # "the wildfire in B.C.'s Okanagan destroyed 112 homes": where, not whose
        # the words up to the number, an aside between commas left out ("Ruritania, the
        # ministry said, has sent"): a reporting verb there makes the actor the one who reports
        between = re.sub(r",[^,]*,", " ", text[e:number_start])
        if skip_speakers and any(w in verbs for w in re.findall(r"[\w’'-]+", between.lower())):
            continue
        if index.actor(actor).kind == "person" and not re.match(r"[’']s\b", text[e:]):
            continue  # people give counts, they do not own them ("Carter estimates 4 million users")
        return actor
    return None


def giver(article: Article, i: int, sentence: str, start: int, index) -> str | None:
    """Who gives the figure at `start`: the actor named last before it with a reporting or
    forecasting verb ("the union maintains that nine ...", "X, which ..., said"), else the
    sentence's speaker."""
    verbs = _data()["attribution"] | _data()["forecast_verbs"] | _data()["revision_verbs"]
    # a fact box's "Board: Roe by 300 votes.": the actor named before the colon gives it
    label = _LABEL_OPENING.match(sentence)
    if label and label.end() <= start:
        named = [a for s, e, a in index.mentions_in(sentence) if s == label.start(1) and e == label.end(1)]
        if named:
            return named[0]
    # "A says X; B estimates Y": each half of a semicolon has its own giver
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", start)
    if left or right >= 0:
        clause = sentence[left:right if right >= 0 else len(sentence)]
        return giver(article, i, clause, start - left, index) if clause.strip() else None
    measurer = None
    for s, e, actor in reversed(index.mentions_in(sentence)):
        if e > start:
            continue
        aside = re.match(r"[^,]*,\s*([\w’'-]+)", sentence[e:start])
        opened = sentence[:s].rfind(",")
        if aside and opened >= 0 and sentence[opened + 1:s].strip() and aside.group(1).lower() in verbs:
            continue  # "X in Kolkata, the laboratory Nirmay had asked for, reported": Nirmay is in an aside
        # an aside between commas left out: "WWF Romania, citing satellite images, said that"
        following = re.findall(r"[\w’'-]+", re.sub(r"^\)?\s*,[^,]*,", " ", sentence[e:start]).lower())[:3]
        # "The Maharashtra public health department, in its bulletin, said nine": the name begins
        # the subject (lower-case words up to the verb, an aside left out)
        subject = re.match(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),[^,]*,\s*([\w’'-]+)", sentence[e:start])
        if subject and subject.group(2).lower() in verbs and not any(
                w in _data()["stopwords"] for w in subject.group(1).split()):
            following = [subject.group(2).lower()]
        # "X, whose own figures give him 47.9%": the figures' owner gives them
        whose = re.match(r"\s*,?\s*whose\s+(?:own\s+)?(?:[\w-]+\s+){1,2}?(?P<verb>[\w’'-]+)", sentence[e:start])
        if whose and whose.group("verb").lower() in verbs | {"give", "show", "shows", "put", "puts"}:
            return actor
        # "The RDCO's own mapping still puts it at 7,100": the owner of the subject gives it
        owned = re.findall(r"[\w’'-]+", re.sub(r",[^,]*,", " ", sentence[e:start]).lower())[1:5] \
            if re.match(r"[’']s\s", sentence[e:start]) else []
        # "analysts at Kestrel, a firm ..., estimate that 7,900": a measuring verb right after the
        # name, when no one in the sentence reports it ("X said samples taken at Y showed")
        if following[:1] and following[0] in _data()["measuring_verbs"] and measurer is None \
                and not any(w in verbs for w in re.findall(r"[\w’'-]+", sentence[:s].lower())):
            measurer = actor
        if any(w in verbs for w in following) or re.fullmatch(r"[’']s\s*", sentence[e:start]) \
                or any(w in verbs | {"show", "shows", "showed"} for w in owned):
            return _head_of(sentence, s, index) or actor  # "the union maintains that nine", "the central bank's 3.1%"
    return measurer or speaker(article, i, sentence, index)


def _head_of(sentence: str, start: int, index) -> str | None:
    """The body a place or a second name belongs to in the subject ("the Central Drugs Laboratory
    in Kolkata reported", "the Regional District of Central Okanagan says"): the first name."""
    for s, e, actor in index.mentions_in(sentence):
        if e <= start and re.fullmatch(r"\s+(?:of|in|at|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}",
                                       sentence[e:start]):
            return actor
    return None


def _actor_words(noun: str, index) -> set[str]:
    return {w.lower() for s, e, _ in index.mentions_in(noun) for w in noun[s:e].split()}


def era(figure_date: str | None, article_date: str | None) -> str | None:
    """The time a figure is about when it is not the article's present ("in 1987", "in January"):
    figures of different eras are not one quantity."""
    if not figure_date:
        return None
    if not article_date:
        return figure_date
    if precision(figure_date) == "day":
        days = abs((date.fromisoformat(figure_date) - date.fromisoformat(article_date)).days)
        return None if days <= 31 else figure_date
    if precision(figure_date) == "month":
        return None if figure_date == article_date[:7] else figure_date
    return figure_date


def find_figures(articles: list[Article], index) -> list[Claim]:
    """Figure claims: one per quantity and value, with a source in every article that gives it."""
    reestimate = re.compile(_data()["reestimate"], re.I)
    read = {(a.id, i, s, e): read_figures(p.text[s:e], a.date, index, bare=True)
            for a in articles for i, p in enumerate(a.paragraphs) for s, e in sentences(p.text)}
    # What each value counts where a sentence names it: a bare "250,000" elsewhere is that figure
    units: dict[tuple, set] = {}
    for readings in read.values():
        for r in readings:
            if r.figure.unit:
                units.setdefault((r.figure.kind, r.figure.value), set()).add(
                    (r.figure.unit, r.figure.about, r.figure.noun))
    # A figure re-estimated in one article ("put the crowd at about 110,000") names what a bare
    # "about 110,000" in another counts: a first pass learns those units, the second builds the claims.
    merged: dict[tuple, Claim] = {}
    complete = _completions(read.values())
    learned = _build(articles, read, units, reestimate, index, merged, complete)
    if learned:
        for key, value in learned.items():
            units.setdefault(key, set()).add(value)
        merged = {}
        _build(articles, read, units, reestimate, index, merged, complete)
    taken: set[str] = set()
    claims = _join_unowned(list(merged.values()), {a.id: a for a in articles}, index)
    claims = _join_rounded(claims, {a.id: a for a in articles})
    claims = _join_undated(claims, {a.id: a for a in articles})
    for c in claims:
        f = c.figure
        c.id = unique_id(short_slug(f"figure {_plain(f.value)} {f.unit} {f.about or ''}"), taken)
    return claims


def _cite_also(target: Claim, other: Claim, rule: str) -> None:
    """`other` is the same figure as `target`: its sources join it, and the rule that joined them."""
    target.sources.extend(other.sources)
    target.actor = target.actor or other.actor
    target.found_by = sorted(set(target.found_by) | set(other.found_by) | {rule})


def _join_unowned(claims: list[Claim], articles: dict[str, Article], index) -> list[Claim]:
    """One article's "about 1,000 North Korean soldiers have been killed" (a count about North
    Korea) and another's "Washington's count of roughly 1,000 dead" (about no one) are one figure:
    the same count of the same thing, in an article that cites no figure of that value, and
    given by the same voice or by none that is named. A count about no one joins the one count of
    its value and unit whose noun names whom it is about ("North Korean soldiers"); never two
    counts about different actors."""
    out: list[Claim] = []
    owned: dict[tuple, list[Claim]] = {}
    def key(c: Claim) -> tuple:
        kind, unit, _about, when = group_key(c, articles)
        return kind, unit, when, c.figure.value, c.figure.high
    for c in claims:
        if c.figure.about is not None and index is not None and \
                c.figure.about in {a for _s, _e, a in index.mentions_in(c.figure.noun)}:
            owned.setdefault(key(c), []).append(c)
    for c in claims:
        f = c.figure
        same = owned.get(key(c), []) if f.about is None and f.unit else []
        if len(same) == 1 and f.value >= 10:
            target = same[0]
            cited = {s.article for s in target.sources}
            if not cited & {s.article for s in c.sources} and \
                    (c.actor is None or target.actor is None or c.actor == target.actor):
                _cite_also(target, c, UNOWNED)
                continue
        out.append(c)
    # a count about an actor only by its context ("According to X, the gap was 412 votes": its
    # noun names no one) is the one count of that value about no one that the same voice gives in
    # other articles: the guess is dropped, the figure joins that one
    unowned: dict[tuple, list[Claim]] = {}
    for c in out:
        if c.figure.about is None and c.figure.unit and c.figure.value >= 10:
            unowned.setdefault(key(c), []).append(c)
    kept = []
    for c in out:
        f = c.figure
        same: list[Claim] = []
        if f.about is not None and index is not None and f.unit and \
                f.about not in {a for _s, _e, a in index.mentions_in(f.noun)}:
            same = [x for x in unowned.get(key(c), []) if x.actor]
        if len(same) == 1 and _one_voice(index, c.actor or f.about, same[0].actor) \
                and not {s.article for s in same[0].sources} & {s.article for s in c.sources}:
            _cite_also(same[0], c, UNOWNED)
            continue
        kept.append(c)
    return kept


def _one_voice(index, a: str, b: str) -> bool:
    """One actor, or two names of one body ("Harbour Users Network" ending "Free Harbour Users
    Network": three words or more)."""
    if a == b:
        return True
    x, y = (re.sub(r"[^\w\s]", "", index.actor(n).name).lower().split() for n in (a, b))
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 3 and long_[-len(short):] == short


UNOWNED = "figures: the same count, about an actor in one article and no one in another"
ROUNDED = "figures: the same giver's figure rounded in another article (“about 7,900” = “close to 8,000”)"


UNDATED = "figures: the same value with no date in one article and its month or day in another"


def _join_undated(claims: list[Claim], articles: dict[str, Article]) -> list[Claim]:
    """"inflation eased to 12.4 percent" (no date read) in one article and "12.4% in May" in another
    are one figure: an undated figure joins the one dated figure of the same quantity and value
    that no article of its own cites, when the value has decimals (a rate or a share, not a count
    that grows from day to day)."""
    out: list[Claim] = []
    for c in claims:
        f = c.figure
        kind, unit, about, when = group_key(c, articles)
        if when is not None or not unit or f.value == int(f.value):
            out.append(c)
            continue
        cited = {s.article for s in c.sources}
        dated = [t for t in claims if t is not c and t.figure.value == f.value and t.figure.high == f.high
                 and group_key(t, articles)[:3] == (kind, unit, about) and group_key(t, articles)[3] is not None
                 and not cited & {s.article for s in t.sources}]
        if len(dated) != 1:
            out.append(c)
            continue
        _cite_also(dated[0], c, UNDATED)
    return out


def _rounding(value: float) -> float:
    """The step a round value is rounded to: 8,000 -> 1,000, 7,500 -> 100, 7,900 -> 100, 7,931 -> 0."""
    if value != int(value) or value < 100:
        return 0
    step = 1
    while int(value) % (step * 10) == 0:
        step *= 10
    return step if step >= 100 else 0


def _join_rounded(claims: list[Claim], articles: dict[str, Article]) -> list[Claim]:
    """One giver's "about 7,900 hectares" in one article and "close to 8,000 hectares" in another are
    one figure: a round value with an approximating qualifier joins the one figure of the same
    quantity, by the same named giver, in other articles, that it rounds (within half its step;
    "nearly"/"close to" only from below)."""
    out: list[Claim] = []
    for c in claims:
        f = c.figure
        step = _rounding(f.value)
        if f.qualifier not in ("about", "nearly") or not step or c.actor is None or f.high is not None \
                or len({s.article for s in c.sources}) > 1:  # cited by several articles: maybe several givers
            out.append(c)
            continue
        cited = {s.article for s in c.sources}
        low = f.value - step / 2
        high = f.value if f.qualifier == "nearly" else f.value + step / 2
        near = [t for t in claims if t is not c and t.actor == c.actor and t.figure.high is None
                and group_key(t, articles) == group_key(c, articles) and low <= t.figure.value <= high
                and _rounding(t.figure.value) < step and not cited & {s.article for s in t.sources}]
        if len(near) != 1:
            out.append(c)
            continue
        _cite_also(near[0], c, ROUNDED)
    return out


def _unit_parts(kind: str, unit: str, about: str | None) -> tuple | None:
    """A sum's or a percentage's unit as (currency or "%", per what, words of what it is or
    measures, whose it is)."""
    if kind == "percent" and unit.startswith("%"):
        return "%", "", tuple(unit[1:].split()), about
    m = re.fullmatch(r"([A-Z]+)(?:/(\S+))?(?: (.+))?", unit) if kind == "money" else None
    return (m.group(1), m.group(2) or "", tuple((m.group(3) or "").split()), about) if m else None


def _compatible(a: tuple, b: tuple) -> bool:
    """One sum or percentage told with more or fewer words: "Rs 5 lakh per family" and "the Rs 5 lakh
    ex gratia"; "at 48.6%" and "48.6% diethylene glycol"; "glycol" and "diethylene glycol"; "which
    announced 50.8%" and "he had won 50.8% of the vote" (a share: whose it is comes with it)."""
    if a[0] != b[0] or (a[1] and b[1] and a[1] != b[1]):
        return False
    if a[3] != b[3]:
        share, bare = (a, b) if a[2] == ("share",) else (b, a)
        return share[2] == ("share",) and share[3] is not None and bare[2] == () and bare[3] is None
    short, long_ = sorted((a[2], b[2]), key=len)
    return not short or long_[len(long_) - len(short):] == short


def _completions(readings) -> dict[tuple, tuple[str, str | None]]:
    """(kind, value, unit, about) -> (unit, about) of the same sum or percentage told with more
    words, when every unit read for that value that fits it also fits the others (else it is left
    alone: "€5 million" beside both a "€5 million fine" and "€5 million in aid" may be either)."""
    seen: dict[tuple, set[tuple]] = {}
    for rs in readings:
        for r in rs:
            f = r.figure
            if _unit_parts(f.kind, f.unit, f.about) is not None:
                seen.setdefault((f.kind, f.value), set()).add((f.unit, f.about))
    out: dict[tuple, tuple[str, str | None]] = {}
    for (kind, value), found in seen.items():
        parts = {u: _unit_parts(kind, *u) for u in found}
        for u in found:
            fits = [v for v in sorted(found, key=str) if _compatible(parts[u], parts[v])]
            if len(fits) < 2 or not all(_compatible(parts[x], parts[y]) for x in fits for y in fits):
                continue
            per = next((parts[v][1] for v in fits if parts[v][1]), "")
            what = max((parts[v][2] for v in fits), key=len)
            about = next((parts[v][3] for v in fits if parts[v][3] is not None), None)
            head = parts[u][0] + (f"/{per}" if per else "")
            out[(kind, value) + u] = (head + (" " + " ".join(what) if what else ""), about)
    return out


def _build(articles, read, units, reestimate, index, merged: dict, complete: dict | None = None) -> dict:
    """One pass over the articles' figures into `merged` (key -> Claim); returns the units that
    re-estimates gave to values no sentence names ((kind, value) -> (unit, about, noun))."""
    learned: dict[tuple, tuple] = {}
    for article in articles:
        previous: Figure | None = None
        previous_at = -9
        previous_in: tuple[int, int] | None = None  # (paragraph, sentence start) of `previous`
        recent: list[tuple[int, Figure]] = []  # (paragraph, figure) read so far in the article
        person: tuple[int, str] | None = None  # (paragraph, id) of the last person named before
        for i, paragraph in enumerate(article.paragraphs):
            for s, e in sentences(paragraph.text):
                sentence = paragraph.text[s:e]
                for r in read[(article.id, i, s, e)]:
                    fig = r.figure
                    found_by = "figures: number with what it counts"
                    if fig.unit == "% share" and fig.about is None and fig.noun.lower() in _data()["share_pronouns"] \
                            and person is not None and i - person[0] <= 1:
                        fig = replace(fig, about=person[1])  # "show her at 55.0%": the person named before
                    if not fig.unit and fig.kind == "count" and _toll_state(sentence[:r.start]):
                        fig = replace(fig, unit=_toll_state(sentence[:r.start]), about=None)
                    before = next((f for p, f in reversed(recent) if i - p <= 2 and f.kind == fig.kind
                                   and f.value != fig.value), None)
                    phrase = reestimate.search(sentence[:r.start])
                    named = _named_count(units, fig, sentence[phrase.start():r.start], index) \
                        if phrase and not fig.unit else None
                    if named is not None:
                        # "TAP put the number of Algerians expelled at four": the count of four about them
                        fig = replace(fig, unit=named[0], about=named[1], noun=named[2])
                        found_by = REESTIMATE
                    elif before is not None and phrase and not _combined(fig.unit, before.unit):
                        # ("put the losses at 4,000 killed and wounded" keeps its own unit)
                        # "The operators put the figure at 250": the quantity of the figure before
                        fig = replace(fig, unit=before.unit, about=before.about, noun=fig.noun or before.noun,
                                      date=fig.date or before.date)
                        found_by = REESTIMATE
                        if (fig.kind, fig.value) not in units and fig.unit:
                            learned.setdefault((fig.kind, fig.value), (fig.unit, fig.about, fig.noun))
                    elif not fig.unit:
                        same = units.get((fig.kind, fig.value), set())
                        if len({(u, a) for u, a, _ in same}) > 1 and index is not None \
                                and reestimate.search(sentence[:r.start]):
                            # "Algeria's puts the figure at five": of the counts of five, the one about its giver
                            who = giver(article, i, sentence, r.start, index)
                            same = {x for x in same if who is not None and x[1] == who} or same
                        if len({u for u, _, _ in same}) == 1 and (fig.value >= 100 or reestimate.search(sentence[:r.start])
                                                                   or _labelled(sentence, r.start, index)
                                                                   or sentence[r.start:r.end].split()[-1].lower() in _FIGURE_NOUNS):
                            # a fact box's "Police: 23," is the one count of 23 named elsewhere
                            # a large bare number, or one the sentence gives as a toll or count ("put the toll at nine")
                            unit, about, noun = sorted(same, key=lambda x: (x[1] or "", x[2]))[0]
                            fig = replace(fig, unit=unit, about=about, noun=noun)
                            found_by = SAME_VALUE
                        elif previous is not None and previous.kind == fig.kind and i - previous_at <= 1 \
                                and (_refers_back(sentence[:r.start]) or _says_bare(sentence, r)
                                     or (previous_in == (i, s) and _FROM_BEFORE.search(_blanked(sentence)[:r.start]))):
                            # "31 people had been arrested, up from the 23 announced": the value before
                            fig = replace(fig, unit=previous.unit, about=previous.about, noun=previous.noun)
                        else:
                            continue
                    fuller = (complete or {}).get((fig.kind, fig.value, fig.unit, fig.about))
                    if fuller and fuller != (fig.unit, fig.about):
                        # "at 48.6%" is the "48.6% diethylene glycol" named elsewhere
                        fig = replace(fig, unit=fuller[0], about=fuller[1])
                        found_by = FULLER
                    previous, previous_at, previous_in = fig, i, (i, s)
                    recent.append((i, fig))
                    key = (fig.kind, fig.unit, fig.about, era(fig.date, article.date), fig.value, fig.high)
                    ref = SourceRef(article.id, i, sentence)
                    claim = merged.get(key)
                    if claim is None:
                        merged[key] = Claim(
                            id="", text=sentence, kind="figure",
                            actor=giver(article, i, sentence, r.start, index),
                            sources=[ref], found_by=[found_by], figure=fig)
                    elif all((x.article, x.paragraph) != (ref.article, ref.paragraph) for x in claim.sources):
                        claim.sources.append(ref)
                        if claim.figure.total is None and fig.total is not None:
                            claim.figure = replace(claim.figure, total=fig.total)
                        if claim.actor is None:
                            claim.actor = giver(article, i, sentence, r.start, index)
                        if found_by not in claim.found_by:
                            claim.found_by.append(found_by)
                if index is not None:
                    named = [a for _s, _e, a in index.mentions_in(sentence) if index.actor(a).kind == "person"]
                    person = (i, named[-1]) if named else person
    return learned


FULLER = "figures: the same sum or percentage told with fewer words (“at 48.6%”, “48.6% diethylene glycol”)"
REESTIMATE = "figures: re-estimates the figure before it (“put the figure at”)"
SAME_VALUE = "figures: a bare number, the value of a figure named elsewhere (“the organisers 250,000”)"


def group_key(claim: Claim, articles: dict[str, Article]) -> tuple:
    """Figures with one key count one quantity (kind, unit, actor, era)."""
    f = claim.figure
    return (f.kind, f.unit, f.about, era(f.date, articles[claim.sources[0].article].date))


def counted_group(noun: str) -> str | None:
    """Whom a count of what happened to people counts, by its noun's head ("police officers" ->
    police, "protesters" -> crowd); None when the noun names no group ("people", "men", none)."""
    words = re.findall(r"[\w’'-]+", noun.lower())
    if not words:
        return None
    d = _data()
    groups = _groups()
    for head in (" ".join(words[-2:]), words[-1]):
        if head in groups:
            return groups[head]
        unit = d["synonym_of"].get(head)
        if unit in d["counted_group_units"]:
            return unit
    return None


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    return {str(w).lower(): group for group, ws in _data()["counted_groups"].items() for w in ws}


def state_parts(unit: str) -> frozenset[str] | None:
    """The states a count's unit names ("killed/injured" -> both), None when it is no state count."""
    parts = unit.split("/")
    classes = set(_data()["states"].values())
    return frozenset(parts) if unit and all(p in classes for p in parts) else None


def _plain(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
