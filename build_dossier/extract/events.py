"""Events: dated happenings, dates resolved against each article's own date.

Every sentence of a cleaned paragraph (never removed boilerplate) with a date that resolves
(dates.find_dates: "on Monday", "last Thursday", "31 October", "in June", "February 2022") gives a
candidate: the date, a short title cut from the clause around it, the actors named, the claims
made in that sentence. An embedded post dated in its signature line is an event too ("X posts").
A happening only named by its day ("Saturday's crush", "the match of 10 October") is an event
when two articles name it. No event comes from a relative date inside a quotation (it counts from
when the speaker spoke), a dateline, a byline-like "|" line, a photo caption or a reader appeal.
Candidates on the same date with the same principal actor, or about the same thing (shared
content words of their titles, or across articles of their sentences), are one event with a
source per article and paragraph; an announced one joins the one done that day, one dated only
by its month joins the day of that month when the same actor told the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache


from ..dates import DateMatch, find_anaphoric_dates, find_dates, precision
from ..ids import short_slug, unique_id
from ..model import Article, Claim, Event, SourceRef
from ..resources import load_data
from .claims import speaker
from .text import attribution_verbs, inside_quote, sentences

ANY_DAY = "2000-01-03"  # a reference date, only to find relative date phrases (their value unused)
_SEGMENT = re.compile(r",(?!\d)|[;—–]|(?<!\d):|:(?!\d)|\s-\s")  # not inside a clock time ("5:40 p.m.")
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d,.]*\d|\d")


@dataclass
class Candidate:
    date: str
    title: str
    article: str
    paragraph: int
    quote: str
    actors: list[str]
    principal: str | None
    stems: frozenset[str]
    claims: list[str] = field(default_factory=list)
    rule: str = ""
    planned: bool = False  # announced for that date ("will call later Monday"), not yet done
    named: bool = False  # only named in passing ("Saturday's crush"), not told
    aside: str = ""  # "inner": dated inside a dated report; "reaction": a quotation's attribution


@lru_cache(maxsize=1)
def _data() -> dict:
    data = dict(load_data("events"))
    data["attribution"] = attribution_verbs()
    for key in ("connectives", "relatives", "stopwords"):
        data[key] = frozenset(data[key])
    data["signature"] = re.compile(data["post_signature"])
    data["aside_openers"] = r"(?:" + "|".join(re.escape(w) for w in data["aside_openers"]) + r")\b"
    data["born"] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["born_words"]) + r")$")
    data["caption"] = re.compile(r"\s*(?:" + "|".join(data["caption_labels"]) + r")s?\s*:", re.I)
    preps = sorted(data["date_prepositions"], key=len, reverse=True)
    data["prep_tail"] = re.compile(r"(?:\b(?:" + "|".join(re.escape(p) for p in preps) + r"))?\s*$", re.I)
    return data


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    stop = _data()["stopwords"]
    return frozenset(w.lower()[:5] for w in _TOKEN.findall(text) if len(w) > 3 and w.lower() not in stop)


def _words(text: str) -> list[str]:
    return text.split()


_BOUNDARIES = frozenset(["and", "but", "while", "who", "which", "as", "because", "amid", "after", "before",
                         "during", "where", "although", "though"])


def shorten(text: str, limit: int) -> str:
    """At most `limit` words, cut at a clause boundary when there is one late enough."""
    words = _words(text)
    if len(words) <= limit:
        return " ".join(words)
    for k in range(limit, 7, -1):
        if words[k].lower() in _BOUNDARIES:
            return " ".join(words[:k]).rstrip(",;:")
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def _segments(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SEGMENT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _strip_opening(text: str) -> str:
    d = _data()
    words = _words(text)
    while words and words[0].lower().strip(",") in d["connectives"]:
        words = words[1:]
    return " ".join(words)


def _ends_with_attribution(text: str) -> bool:
    """ "... the mayor said", "... the agency told lawmakers": a reporting verb, then at most its
    one-word audience."""
    words = [w.strip(".,") for w in _words(text.lower())]
    verbs = _data()["attribution"]
    return bool(words) and (words[-1] in verbs or len(words) > 2 and words[-2] in verbs
                            and words[-1].isalpha() and words[-1] not in _data()["stopwords"]
                            and text.split()[-1][:1].islower())


def event_title(sentence: str, date: DateMatch) -> str:
    """A short clause saying what happened on `date`: subject, verb, object, date left out."""
    d = _data()
    head = sentence[:date.start]
    head = head[:d["prep_tail"].search(head).start()] if date.rule not in ("month", "year") else head
    tail = re.sub(r"^\s+(?:morning|afternoon|evening|night)\b", "", sentence[date.end:])
    cut = len(head)
    text = head + tail
    segs = [(s, e) for s, e in _segments(text)]
    k = next(i for i, (s, e) in enumerate(segs) if s <= cut <= e)
    s, e = segs[k]
    before, after = _strip_opening(text[s:cut].strip().lstrip(_QUOTES + " ")), text[cut:e].strip(" .")
    if 0 < k < len(segs) - 1 and not after and _DATED_ASIDE.fullmatch(before):
        # "The district's assessment, released Tuesday, counted 68 homes": the aside dates the
        # sentence's own clause, told without it
        return _tidy(f"{text[segs[0][0]:segs[k - 1][1]].strip()} {text[segs[k + 1][0]:segs[k + 1][1]].strip()}")
    if 0 < k and not after and re.match(_data()["aside_openers"], before, re.I):
        # "..., estimate that 7,900 hectares have burned, based on images taken Wednesday": the
        # clause the aside backs is what the date tells
        clause = text[segs[k - 1][0]:segs[k - 1][1]].strip()
        return _tidy(_with_subject(text, segs, k - 1, clause))
    if after.startswith("that ") and _says(before) and _words(before)[0].lower() in _data()["attribution"]:
        # "X said in a statement Monday that the province would ...": what was said is the event
        return _tidy(_with_subject(text, segs, k, f"{before} {after}"))
    if k == 0 and not after and len(segs) > 1 and (_participle_opener(before) or _adverbial(before)):
        # "Asked about it on Monday, the minister said ...", "In a statement on Tuesday, the mission
        # said ...": what follows is what happened
        before = ""
    if not before and not after:  # "On 31 October, the ministry said ..."
        nxt = [(a, b) for a, b in segs[k + 1:] if text[a:b].strip()]
        if not nxt:
            return ""
        s, e = nxt[0]
        before, after = "", _strip_opening(text[s:e].strip(" ."))
    that = next((text[a:b].strip(" .") for a, b in segs[k + 1:] if text[a:b].strip().startswith("that ")), "")
    if not after and that and _ends_with_attribution(before):
        # "TAP had reported on Thursday, citing a source, that four staff had been asked to leave"
        return _tidy(_with_subject(text, segs, k, f"{before} {that}"))
    quoted = text.lstrip()[:1] in _QUOTES  # “..., ...,” the minister said in a statement on Friday.
    if not after and (_ends_with_attribution(before) or quoted and _says(before)):
        # "..., the mayor said Monday.": what was said is the sentence's first clause
        first = text[segs[0][0]:segs[0][1]].strip()
        if quoted:  # the quotation's first sentence, after a colon
            first = re.split(r"(?<=[.!?])\s", first.strip(_QUOTES + " "))[0].strip(_QUOTES + " .")
        if k > 0 and first:
            if not quoted and first.split()[0].lower() in d["stopwords"]:
                first = first[:1].lower() + first[1:]  # "Police said at least nine people were killed"
            return _tidy(f"{before}{':' if quoted else ''} {first}")
    participle = list(re.finditer(r"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?[a-z]+ed\s+(?:by|in|at|with|between)\b", before))
    if participle and not after and participle[-1].start() > 0:
        # "... pointed to a treaty signed by A and B in June": the treaty's signing
        title = before[participle[-1].start():]
    elif len(_words(before)) >= 4 and (not after or not _ends_with_attribution(before)) \
            and not (after[:1].islower() and _words(after)[0] not in d["clause_openers"]):
        title = before
    else:
        title = f"{before} {after}".strip()
    words = _words(title)
    if words and words[0].lower() in d["relatives"] and k > 0:
        # "Ruritania, which annexed the valley in ...": the antecedent is the previous clause's last name
        j = k - 1
        while j > 0 and re.fullmatch(r"\s*\d{1,3}\s*", text[segs[j][0]:segs[j][1]]):
            j -= 1  # "Jane Roe, 56, who lost her house ...": an age set off by commas is no antecedent
        prev = text[segs[j][0]:segs[j][1]].split()
        name = []
        for w in reversed(prev):
            if not w[:1].isupper():
                break
            name.insert(0, w)
        while name and name[0].lower() in d["stopwords"] or name and name[0].lower() in d["clause_openers"]:
            name = name[1:]  # "For Nikos Papadakis, whose son ...": the name, not the sentence's opening
        if not name:  # "the dam, which ...": back to the determiner
            tail = prev[-4:]
            det = [j for j, w in enumerate(tail) if w.lower() in ("the", "a", "an", "its", "their", "this")]
            name = tail[det[-1]:] if det else prev[-1:]
        if words[0].lower() == "whose" and name:  # "X, whose son tested positive": X's son
            name[-1] += "'s"
        title = " ".join(name + words[1:])
    if k > 0 and words and (re.fullmatch(r"[a-z]+ed", words[0]) or words[0] in d["auxiliaries_be"]) \
            and words[0] not in d["attribution"] and len(_words(text[segs[0][0]:segs[0][1]])) <= 4:
        # "The stadium, which hosts ..., reopened in March 2025", "The leak, from a pond ..., was
        # detected late on Saturday": the sentence's subject did it
        title = f"{text[segs[0][0]:segs[0][1]].strip()} {title}"
    elif 0 < len(_words(title)) < (4 if title[:1].islower() else 3) and k > 0 and words \
            and words[0].lower() not in d["relatives"]:
        # "The factory, founded in 1987, employs ...": the clause is about the phrase before it
        title = f"{text[segs[k - 1][0]:segs[k - 1][1]].strip()} {title}"
    elif k >= 2 and title[:1].islower() and not _DATED_ASIDE.fullmatch(title) \
            and _words(text[segs[k - 1][0]:segs[k - 1][1]])[:1] in (["who"], ["which"]):
        # "Chief X, who has said ..., met the district chair on Friday": the sentence's subject did it
        title = _with_subject(text, segs, k, title)
    lead = [w.lower() for w in title.split()[:2]]
    first_word = lead[1] if len(lead) == 2 and lead[0] in d["auxiliaries"] else (lead[0] if lead else "")
    if k > 0 and first_word in d["attribution"]:
        # "Ana Ferreira, the commander, (had) said on Thursday that ...": the subject opens the sentence
        title = _with_subject(text, segs, k, title)
    return _tidy(title)


# a document's date set off by commas ("released Tuesday", "dated Sunday", "refreshed late
# Wednesday"): the document's own clause is what the date tells
_DATED_ASIDE = re.compile(r"(?:released|published|dated|issued|posted|updated|refreshed|circulated)(?:\s+(?:late|early))?")


def _with_subject(text: str, segs: list[tuple[int, int]], k: int, title: str) -> str:
    """The title with the sentence's subject before it, when the date's clause is not the first:
    the nearest clause before it that is a name ("..., and its foreign minister, Choe Son Hui,
    said ..."), else the sentence's first clause ("X, who is expected to ..., said ...")."""
    if k == 0:
        return title
    subject = text[segs[0][0]:segs[0][1]].strip()
    for s, e in reversed(segs[1:k]):
        words = _words(text[s:e])
        if 0 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            subject = text[s:e].strip()
            break
    return title if title.startswith(subject) else f"{subject} {title}"


def _tidy(title: str) -> str:
    """The title without the sentence's other dates and loose ends, capitalised, short."""
    d = _data()
    for other in find_dates(title, ANY_DAY):  # another date of the sentence is not this event's
        o = re.escape(other.text)
        if re.search(rf"\b(?i:{'|'.join(d['deadline_words'])})\s+{o}", title) and not re.search(rf"{o}[’']s\b", title):
            continue  # "gave the company until Friday to explain": the deadline is what was done
        title = re.sub(rf"(?:\b(?:last|this|next)\s+)?{o}[’']s\b", "the", title)  # "winner of Sunday's election"
        title = re.sub(rf"(?:\b(?i:on|in|at|since|from|of)\s+)?{o}(?:\s+(?:morning|afternoon|evening|night)\b)?", " ", title)
    title = re.sub(r"\b(?:on|in|at)\s+(?:morning|afternoon|evening|night)\b|\s{2,}", " ", title)
    title = re.sub(r"(?:\s+(?:on|in|at|during|and|or|but|for|is|was|are|were|from|of))+\s*$", "",
                   title.strip(" .,;:")).strip(" .,;:")
    title = re.sub(r"\b([ap])\.m$", r"\1.m.", title)  # "reported at 5:40 p.m." keeps its last dot
    title = re.sub(r"^(?i:and|but|or)\s+", "", title)  # "And suspended the use of the pond"
    title = re.sub(r"^(?i:on|in|at)\s+(?=(?:he|she|it|we|they|the|a|an)\b)", "", title)  # "On he announced" once "Thursday" is gone
    if not _stems(title):  # "On and": nothing left that says what happened
        return ""
    return shorten(title[:1].upper() + title[1:], _data()["title_words"]) if title else ""


_QUOTES = "\"“”"


def _says(clause: str) -> bool:
    verbs = _data()["attribution"]
    return any(w.strip(".,").lower() in verbs for w in clause.split())


def _adverbial(clause: str) -> bool:
    """ "In a preliminary statement", "After talks in Doha": a short prepositional phrase opening the
    sentence, before its subject."""
    words = clause.split()
    return 0 < len(words) <= 6 and words[0].lower() in _data()["opening_prepositions"] \
        and not (len(words) > 1 and words[1].lower() in ("least", "most", "first", "last"))


def _participle_opener(clause: str) -> bool:
    """ "Asked about it", "Speaking to reporters": a participle clause opening the sentence."""
    first = clause.split()[0] if clause.split() else ""
    return first[:1].isupper() and bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ed|ing)", first)) \
        and first.lower() not in _data()["connectives"]


def _post_title(paragraph: str, name: str) -> str:
    spans = sentences(paragraph)
    first = paragraph[spans[0][0]:spans[0][1]] if spans else paragraph
    first = first.split("\n")[0].strip()
    return shorten(f"{name.strip()} posts: “{first}”", _data()["title_words"])


def _claims_in(claims: list[Claim], article: str, paragraph: int, quote: str) -> list[str]:
    out = []
    for c in claims:
        for s in c.sources:
            if s.article == article and s.paragraph == paragraph and (
                    not s.quote or s.quote in quote or quote in s.quote):
                out.append(c.id)
                break
    return out


def _candidates(article: Article, index, claims: list[Claim]) -> list[Candidate]:
    d = _data()
    out = []
    last_day: tuple[int, str] | None = None  # (paragraph, date): the day the text named last
    for i, p in enumerate(article.paragraphs):
        if d["caption"].match(p.text):  # "Photo: Fans climb a fence on October 10, 2026. (Name / Agency)"
            continue
        for s, e in sentences(p.text):
            sentence = p.text[s:e]
            body = _after_dateline(sentence) if s == 0 else 0  # "LAGOS, May 4 (XNA) - " is no part of a title
            mentions = index.mentions_in(sentence)
            actors = list(dict.fromkeys(a for _, _, a in mentions))
            dates = find_dates(sentence, article.date)
            if last_day and last_day[0] >= i - 1:  # "dismissed the allegation on the same day"
                dates = sorted(dates + [a for a in find_anaphoric_dates(sentence, last_day[1])
                                        if not any(a.start < x.end and x.start < a.end for x in dates)],
                               key=lambda x: x.start)
            for date in dates:
                if _not_told(p.text, s, sentence, date):
                    continue
                if precision(date.iso) == "day":
                    last_day = (i, date.iso)
                if _possessive(sentence, date) or _of_date(sentence, date):
                    # "Saturday's crush", "the match of 10 October": a happening named in passing
                    of = None if _possessive(sentence, date) else _of_date(sentence, date)
                    named = (of.group(1)[:1].upper() + of.group(1)[1:]) if of else _named_happening(sentence[date.end:])
                    if named:
                        out.append(Candidate(date.iso, named, article.id, i, sentence,
                                             [a for st, _, a in mentions if st >= date.end], None,
                                             _stems(named), [], f"events: {date.rule} date naming a happening",
                                             named=True))
                    continue
                if not _dates_an_event(sentence, date):
                    continue
                sig = d["signature"].search(sentence[:date.start].rstrip())
                if sig and date.rule == "full" and not sentence[date.end:].strip():
                    title = _post_title(p.text, sig.group("name"))
                    who = index.resolve(sig.group("name").strip())
                    principal, rule = who, "events: embedded post's signature date"
                else:
                    title = event_title(sentence[body:], replace(date, start=date.start - body, end=date.end - body))
                    principal = speaker(article, i, sentence, index) or _subject(sentence, mentions)
                    rule = f"events: {date.rule} date in the text"
                if not title or len(_words(title)) < 2:
                    continue
                title = _resolve_pronoun(title, principal, index)
                aside = "inner" if _inner(sentence, date, dates) else \
                    "reaction" if _reaction(sentence[body:], date.start - body) else ""
                out.append(Candidate(date.iso, title, article.id, i, sentence, actors, principal,
                                     _stems(title), _claims_in(claims, article.id, i, sentence), rule,
                                     _planned(sentence, date), aside=aside))
    return out


_WRITTEN_OUT = ("full", "month-year", "year", "range", "day-month")  # dates that need no speaker's day


def _not_told(paragraph: str, offset: int, sentence: str, date: DateMatch) -> bool:
    """A date that does not date a happening the article tells: one in a line that speaks to the
    reader ("become a member today and help us keep our reporting free"; "you", "your", or "us" with
    "our", outside quotations; the writer's own plan, "I'll be back Saturday"), a relative one inside a quotation
    (the speaker's "Saturday" counts from when they spoke, not from the article's date: "I will not
    risk another Saturday like that one"; "in March 2025" stays), a dateline's ("Port Vila,
    Thursday — ..."), or one in a line that is not prose ("Name | 4 March 2026 | Outlet")."""
    if inside_quote(paragraph, offset + date.end) and date.rule not in _WRITTEN_OUT:
        return True
    if sentence.count("|") >= 2:
        return True
    plain = _unquoted(sentence)
    if re.search(r"\b(?:[Yy]ou|[Yy]our)\b", plain) or re.search(r"\bus\b", plain) and re.search(r"\b[Oo]ur\b", plain):
        return True  # "become a member today and help us keep our reporting free"
    if re.search(r"\bI(?:['’]ll| will| shall)\b", plain):
        return True  # the writer's own plan, outside quotations: "I'll be back Saturday"
    head = paragraph[:offset + date.start]
    return bool(re.fullmatch(_data()["dateline_head"], head)
                and re.match(_data()["dateline_tail"], paragraph[offset + date.end:]))


@lru_cache(maxsize=8192)
def _after_dateline(sentence: str) -> int:
    """Where the text starts after a dateline opening the paragraph ("SEOUL/KYIV, Dec 19 - "), or 0."""
    d = _data()
    if not re.search(r"[—–-]\s", sentence[:100]):
        return 0
    for date in find_dates(sentence, ANY_DAY):
        tail = re.match(d["dateline_tail"], sentence[date.end:])
        if tail and re.fullmatch(d["dateline_head"], sentence[:date.start]):
            return date.end + tail.end()
    return 0


def _verb_at(sentence: str, date: DateMatch) -> tuple[str, str, str]:
    """The two words before a date's preposition and the word after the date, outside quotations:
    "the commander, (had said) on Sunday (that)", "the chairman on Wednesday (repeated)"."""
    d = _data()
    head = sentence[:date.start]
    head = head[:d["prep_tail"].search(head).start()]
    before = [w.strip(",").lower() for w in head.split()[-2:]]
    after = sentence[date.end:].split()[:1]
    before = [""] * (2 - len(before)) + before
    return before[0], before[1], after[0].strip(",").lower() if after else ""


def _inner(sentence: str, date: DateMatch, dates: list[DateMatch]) -> bool:
    """A date inside what a dated report says ("X said on Monday that a review had found that
    canisters were fired at 7.10pm on 10 October"): a detail of a happening, not a new one."""
    verbs = _data()["attribution"]
    for other in dates:
        if other.end <= date.start and re.match(r"\s*,?\s*(?:that|it|they|he|she)\b", sentence[other.end:]):
            _, verb, _ = _verb_at(sentence, other)
            if verb in verbs:
                return True
    return False


def _reaction(sentence: str, at: int) -> bool:
    """A quotation opening the sentence and its attribution dated after it ("“The result stands,”
    the party's secretary-general said on Friday"): what was said that day about the day's news."""
    text = sentence.lstrip()
    if text[:1] not in _QUOTES:
        return False
    offset = len(sentence) - len(text)
    close = max(text.rfind("”"), text.rfind('"'))
    return 0 < close and offset + close < at and _says(text[close:at - offset])


def _asides_join(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Asides told no happening of their own: a reaction joins the first event its article tells
    that day ("“We will not stop,” X said on Thursday" in an article on Thursday's march); a date
    inside a dated report joins the one event of that day, when there is one."""
    def told(g):
        return any(not c.aside and not c.named for c in g)
    out = [g for g in groups if not g or any(not c.aside for c in g)]
    for g in groups:
        if not g or any(not c.aside for c in g):
            continue
        day = [h for h in out if h[0].date == g[0].date and told(h)]
        if all(c.aside == "reaction" for c in g):
            mine = [h for h in day if any(c.article == x.article and not c.aside for c in h for x in g)]
            home = min(mine, key=lambda h: min(c.paragraph for c in h if c.article == g[0].article), default=None)
        else:
            home = day[0] if len(day) == 1 else None
        if home is None:
            out.append(g)
        else:
            home.extend(g)
    return out


def _unquoted(text: str) -> str:
    return re.sub(r"“[^”]*”|(?<![\w])\"[^\"]*\"", " ", text)


def _possessive(sentence: str, date: DateMatch) -> bool:
    return bool(re.match(r"[’']s\b", sentence[date.end:])) and date.rule in ("weekday", "day-month", "full")


def _of_date(sentence: str, date: DateMatch) -> re.Match | None:
    """ "the match of 10 October": a common noun phrase, "of", a day."""
    if len(date.iso) != 10:
        return None
    return re.search(r"\b(?:the|a|an)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+of\s+$", sentence[:date.start])


def _named_happening(rest: str) -> str:
    """The noun phrase after a possessive date: "'s deadly crush, contradicting ..." -> "Deadly crush"."""
    d = _data()
    words = []
    for w in rest[2:].split():
        bare = w.strip(",.;:!?\"“”()")
        if not bare or bare.lower() in d["phrase_stops"] or find_dates(bare, ANY_DAY):
            break
        words.append(bare)
        if w != bare or len(words) == d["named_words"]:
            break
    if not words or not any(w[:1].islower() for w in words):
        return ""
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _began(sentence: str, date: DateMatch) -> bool:
    """ "He had been on hunger strike since Friday", "has been refusing meals since 8 May": a state
    that began that day. "Since 2022", "has not commented since Wednesday", "had died since Sunday"
    are baselines."""
    clause = re.split(r"[,;:“”\"]", sentence[:date.start])[-1]
    return precision(date.iso) == "day" and clause.rstrip().lower().endswith("since") \
        and bool(re.search(r"\b(?:has|have|had)\s+been\b", clause)) and not re.search(r"\bnot\b|n[’']t\b", clause)


_OWN_PREPOSITION = re.compile(r"(?:in|on|of)\b")
_PREPOSITION_TAIL = re.compile(r"\s*\b(?:in|on)\s*$")


def _dates_an_event(sentence: str, date: DateMatch) -> bool:
    """Whether a date says when something happened: not "Monday's clash" (names a happening told
    elsewhere), "by June", "until 2026", "since 2022", "this year" (deadlines, baselines, spans)."""
    if re.match(r"[’']s\b", sentence[date.end:]):
        return False
    before = sentence[:date.start].split()
    if before and before[-1].lower() in _data()["deadline_words"] and not _began(sentence, date):
        return False
    if date.rule == "range" and before and before[-1].lower() in _data()["span_words"]:
        return False  # "sold 2,000 permits between 4 and 9 May": a span, told by the clause's own date
    if date.rule == "years":
        return False
    head = sentence[:date.start].lower()
    if not _OWN_PREPOSITION.match(date.text.lower()):  # the preposition is not the date's own
        head = _PREPOSITION_TAIL.sub("", head)
    head = head.rstrip()
    if _data()["born"].search(head):
        return False  # "born in 2005": a person's background, not a happening
    if date.rule in ("month", "year"):
        return date.text.split()[0].lower().split("-")[0] in _data()["event_prepositions"]
    return True


def _subject(sentence: str, mentions: list[tuple[int, int, str]]) -> str | None:
    """Who the sentence is about: the actor named just before its reporting verb, else the first named."""
    verbs = _data()["attribution"]
    for m in _TOKEN.finditer(sentence):
        if m.group().lower() in verbs:
            before = [a for st, en, a in mentions if en <= m.start() and m.start() - en <= 40]
            if before:
                return before[-1]
    return mentions[0][2] if mentions else None


def _planned(sentence: str, date: DateMatch) -> bool:
    said = re.sub(r"“[^”]*”|(?<![\w])\"[^\"]*\"", " ", sentence[:date.start])  # a quotation's "will" is the speaker's
    clause = re.split(r"[.;]\s", said)[-1].lower()
    return bool(re.search(r"\b(?:will|would|shall|is to|are to|plans? to|is due|are due|is set to)\b", clause)) \
        or clause.rstrip().endswith("later")


def _resolve_pronoun(title: str, actor_id: str | None, index) -> str:
    first, _, rest = title.partition(" ")
    if actor_id and first in ("He", "She", "They") and rest:
        return f"{index.actor(actor_id).name} {rest}"
    return title


def _contained(a: Candidate, b: Candidate, least: int) -> bool:
    """Whether most words of the shorter title are in the other (at least `least` of them): "The two
    countries signed a mutual defence pact" in "Putin and Kim signed a mutual defence treaty"."""
    shared, small = len(a.stems & b.stems), min(len(a.stems), len(b.stems))
    return bool(small) and shared >= least and shared / small >= 0.5


def _same(a: Candidate, b: Candidate) -> bool:
    if a.date != b.date:
        return False
    if a.planned != b.planned:  # announced for that day, then done: the same words
        return _contained(a, b, 2)
    if a.named or b.named:  # a happening named in passing: the words of its name are told
        return _contained(a, b, 1)
    if a.principal and a.principal == b.principal:
        return True
    union = a.stems | b.stems
    if bool(union) and len(a.stems & b.stems) / len(union) >= 0.3 or _contained(a, b, 2):
        return True
    # two articles telling one happening in their own words: most words of the shorter sentence
    # ("Her supporters rallied again on Wednesday evening; the coalition says 40,000 people took
    # part, police put the number at 9,500" / "Organisers say 40,000 people rallied on Wednesday")
    if a.article != b.article:
        sa, sb = _stems(a.quote), _stems(b.quote)
        shared = len(sa & sb)
        return shared >= 4 and shared / min(len(sa), len(sb)) >= 0.6
    return False


def _month_into_day(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """A happening dated only by its month ("the agency said last month that about 100 soldiers
    had been killed") joins the one day of that month when the same actor told the same thing."""
    out = [g for g in groups if len(g[0].date) != 7]
    for g in groups:
        if len(g[0].date) != 7:
            continue
        days = [h for h in out if h[0].date.startswith(g[0].date + "-") and any(
            c.principal and c.principal == x.principal and not c.planned and not x.planned
            and _contained(c, x, 2) for c in g for x in h)]
        if len(days) == 1:
            days[0].extend(g)
        else:
            out.append(g)
    return out


def find_events(articles: list[Article], index, claims: list[Claim]) -> list[Event]:
    groups: list[list[Candidate]] = []
    for article in articles:
        for c in _candidates(article, index, claims):
            home = next((g for g in groups if any(_same(c, x) for x in g)), None)
            if home is None:
                groups.append([c])
            else:
                home.append(c)
    events: list[Event] = []
    taken: set[str] = set()
    groups = _asides_join(_month_into_day(groups))
    # a happening only named in passing is one when several articles name it ("Saturday's crush")
    groups = [g for g in groups if not all(c.named for c in g) or len({c.article for c in g}) > 1]
    for g in sorted(groups, key=lambda g: (g[0].date, g[0].article, g[0].paragraph)):
        # the title told (not only named) naming the most actors, of a readable length
        best = max(g, key=lambda c: (not c.named, not c.aside, len(set(c.actors)), -abs(len(_words(c.title)) - 12)))
        eid = unique_id(short_slug(f"{g[0].date} {best.title}") or g[0].date, taken)
        sources, seen = [], set()
        for c in g:
            if (c.article, c.paragraph) not in seen:
                seen.add((c.article, c.paragraph))
                sources.append(SourceRef(c.article, c.paragraph, c.quote))
        events.append(Event(
            id=eid, date=g[0].date, title=best.title,
            actors=list(dict.fromkeys(a for c in g for a in c.actors)),
            claims=list(dict.fromkeys(x for c in g for x in c.claims)),
            sources=sources,
            found_by=sorted({c.rule for c in g}),
        ))
    return sorted(events, key=lambda e: (e.date, e.id))

