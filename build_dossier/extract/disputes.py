"""Disputes: contested questions, found automatically, each with its positions and who holds them.

Five kinds:
- figures about one quantity (same `unit`, actor and era, see figures.py) that differ across
  sources: one position per value; counts of what happened to people are split by whom they
  count when the sources name two groups (police, protesters), and estimates of the dead and
  wounded together ("300 killed and 2,700 wounded", "3,800 killed and wounded") are one
  quantity, the counts one sentence gives of both one position;
- statements that take opposite sides of one frame of data/disputes.yaml (confirm vs deny,
  accuse vs reject, breach vs lawful, lift vs keep restrictions), a negation just before a cue
  flipping its side, linked when they share a topic (content words, and for some frames the
  actors around them);
- mirror claims, each side saying the other did it (mirror.py);
- one actor's "not so" against another's "so" (polarity.py), a rebuttal ("not taking their
  word for it") against the statement it answers;
- a one-off ("not the beginning of a series of cuts") against more to follow ("two more cuts").

Every position cites claims from the claims list. When no extracted claim covers a position's
sentence, a statement claim is added to `claims` (found_by says so): the caller's list grows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ..dates import find_full_dates, precision
from ..ids import short_slug, unique_id
from ..model import Article, Claim, Dispute, Position, SourceRef
from ..resources import load_data
from .claims import speaker
from .events import shorten
from .figures import REESTIMATE, counted_group, giver, group_key, read_figures, state_parts
from .mirror import find_said, mirrored, question, stem
from .polarity import _same_side, contrary_pairs, find_assertions
from .text import attribution_verbs, sentences, topic_stopwords

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass
class Stance:
    frame: str
    side: str
    article: str
    paragraph: int
    sentence: str
    cue_start: int
    cue_end: int
    holders: list[str]
    stems: frozenset[str]
    actors: frozenset[str]
    words: list[str] = field(default_factory=list)
    negated: bool = False  # reached its side by a negation ("did not deny")


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = load_data("disputes")
    negs = sorted(data["negations"], key=len, reverse=True)
    neg = "|".join(r"n't" if n == "n't" else r"\b" + re.escape(n) for n in negs)
    frames = []
    for f in data["frames"]:
        sides = {}
        for name, side in f["sides"].items():
            pats = []
            for cue in side["cues"]:
                if cue.startswith("re:"):
                    pats.append(cue[3:])
                else:
                    pats.append(r"\b" + re.escape(cue) + r"\b")
            sides[name] = {**side, "re": re.compile("|".join(pats), re.I)}
        objects = f.get("objects")
        frames.append({**f, "sides": sides,
                       "predicative_re": re.compile(f["predicative"], re.I) if f.get("predicative") else None,
                       "skip_before_re": re.compile(f["skip_before"], re.I) if f.get("skip_before") else None,
                       "objects_re": re.compile(r"\b(?:" + "|".join(map(re.escape, objects)) + r")\b", re.I)
                       if objects else None})
    return {"frames": frames, "negated": re.compile(rf"(?:{neg})\s+(?:[\w’'-]+\s+)?$", re.I),
            "stopwords": topic_stopwords() | frozenset(data.get("speaker_nouns", ()))}


def _content(text: str, skip: set[tuple[int, int]]) -> list[str]:
    stop = _lexicon()["stopwords"]
    out = []
    for m in _TOKEN.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        w = m.group().lower()
        if len(w) > 3 and w not in stop:
            out.append(w)
    return out


_POSSESSIVE = re.compile(r"^[’']s\b")


def holders(article: Article, i: int, sentence: str, start: int, end: int, index, *,
            agent_only: bool = False, speaker_first: bool = False, signer: str | None = None) -> list[str]:
    """Who takes this side: the agent ("prohibited by X and Y"), the subject right before the cue
    ("X has not confirmed"), the sentence's speaker, the signer of an embedded post, or the
    nearest actor named before the cue."""
    mentions = [m for m in index.mentions_in(sentence) if not _POSSESSIVE.match(sentence[m[1]:])]
    by = re.match(r"\W*(?:[\w’'-]+\s+){0,3}?by\s+", sentence[end:])
    if by and _MADE_BY.search(sentence[:end + by.end()]):
        by = None  # "refused a request by the club": the club asked, it does not refuse
    if by:
        agents, at = [], end + by.end()
        for s, e, a in mentions:
            if s < at:
                continue
            gap = sentence[at:s]
            if (not agents and re.fullmatch(r"(?:[\w’'-]+\s+){0,3}", gap)) or \
                    (agents and re.fullmatch(r"\s*(?:,|and|&)?\s*(?:the\s+)?", gap)):
                agents.append(a)
                at = e
            else:
                break
        if agents:
            return list(dict.fromkeys(agents))
    if agent_only and re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:[\w’'-]+\s+){0,4}$", sentence[:start]):
        return []  # "X is not allowed to ...": the one restricted does not hold the restriction
    who = speaker(article, i, sentence, index) or signer
    if speaker_first and who:
        return [who]
    if re.fullmatch(r"[^\W\d_]+(?:ion|ions|al|als)", sentence[start:end]) and not _COPULA.search(sentence[:start]) and not \
            re.search(r"\b(?:call|calls|called|calling|termed|described|branded)\b[^.;:]{0,80}$", sentence[:start]):
        # "following confirmation that ...", "a denial": whose, the agent alone says; but "X
        # called it a fabrication" is X's
        return []
    for s, e, a in reversed(mentions):
        between = sentence[e:start]
        if e <= start and len(between.split()) <= 5 and not re.search(r"[,;:“”\"(]|\bthat\b", between) \
                and not _LOCATIVE.search(sentence[:s]):
            return [a]
        if e <= start:
            break
    if who:
        return [who]
    before = [a for s, e, a in mentions if e <= start and start - e <= 60 and not _LOCATIVE.search(sentence[:s])]
    return before[-1:] or _body_named_by_its_noun(article.paragraphs[i].text, sentence[:start], index)


# A request, call or offer made by someone ("a request by the club to open the sample"): "by" names
# who made it, not who takes the side the cue tells.
_MADE_BY = re.compile(r"\b(?:request|requests|call|calls|demand|demands|proposal|proposals|plea|pleas|appeal|"
                      r"appeals|offer|offers|bid|bids|application|applications|petition|petitions)\s+by\s+$", re.I)


# "the suspension is illegal", "was 'illegal and ...'": an adjective in -al after a copula is
# said by the sentence's speaker, unlike a noun in -al ("a denial", "approval")
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|not\s+)*[“\"‘']?$")


def _body_named_by_its_noun(paragraph: str, subject: str, index) -> list[str]:
    """"The ministry rejected the idea", "... is not an option," a ministry official said, "lawyers
    for the coalition say": the one organisation whose name ends in that noun ("Health Ministry")
    holds it."""
    nouns = [m.group(1) for m in re.finditer(
        r"\b(?:an?|the)\s+([a-z][a-z-]{3,})\s+(?:(?:official|officials|spokesman|spokeswoman|spokesperson|"
        r"source|sources|representative)\s+)?(?:said|says|say|told)\b", paragraph)]
    first = re.match(r"\s*(?:The|the)\s+([a-z][a-z-]{3,})\s+(?:[a-z]+\s+){0,2}$", subject)
    if first:
        nouns.insert(0, first.group(1))
    for noun in nouns:
        bodies = [a.id for a in index.actors if a.kind == "organization" and a.name.split()[-1].lower() == noun]
        if len(bodies) == 1:
            return bodies
    return []


# A name after a preposition of place ("the only unit in northern Greece is not an option") is
# where something is, not who says it.
_LOCATIVE = re.compile(r"\b(?:in|at|into|across|near|outside|inside|throughout)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$")


def _cues(frame: dict, sentence: str) -> list[tuple[str, re.Match, bool]]:
    """The cue that decides each side a sentence takes in `frame` (a negation flips it); when a
    side has several, the one nearest the frame's object ("breach of ... resolutions")."""
    best: dict[str, tuple[int, re.Match]] = {}
    matches = [(name, m) for name, side in frame["sides"].items() for m in side["re"].finditer(sentence)]
    for name, m in matches:
        side = frame["sides"][name]
        if any(o is not m and o.start() <= m.start() and m.end() <= o.end() and len(o.group()) > len(m.group())
               for _, o in matches):
            continue  # "accusation" inside "rejected the accusation"
        distance = 0
        if frame["objects_re"]:
            distance = _distance(frame["objects_re"], sentence, m.start(), m.end())
            if distance is None:
                # "the fine is unlawful": said of a thing, with no law named
                if not (frame["predicative_re"] and frame["predicative_re"].search(sentence[:m.start()])) \
                        and not (frame.get("adverbial") and re.search(frame["adverbial"], m.group(), re.I)):
                    continue
                distance = len(sentence)
        if frame["skip_before_re"] and frame["skip_before_re"].search(sentence[:m.start()]):
            continue
        negated = bool(_lexicon()["negated"].search(sentence[:m.start()]) or _DENIED_THAT.search(sentence[:m.start()]))
        final = side["flip"] if negated else name
        if final not in best or distance < best[final][0]:
            best[final] = (distance, m, negated)
    return sorted(((side, m, neg) for side, (_, m, neg) in best.items()), key=lambda x: x[1].start())


# A cue inside what someone denies ("denied that the border post, facing ..., is closed", "dismissed
# the club's claim that the test had broken procedure") is said not to be so: its side flips, as
# after "not".
_DENIED_THAT = re.compile(r"\b(?:den(?:y|ies|ied|ying)|(?:(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?)"
                          r"\s+(?:the\s+|an?\s+|[\w’'-]+[’']s?\s+){1,2}(?:claims?|suggestions?|allegations?|assertions?)))"
                          r"\s+that\b[^.;!?“”\"]*$", re.I)


def find_stances(articles: list[Article], index) -> list[Stance]:
    """Every sentence that takes a side in a frame, with who takes it and what it is about."""
    out: list[Stance] = []
    for article in articles:
        previous = ""
        last: dict[str, Stance] = {}  # per frame, the article's latest stance
        for i, p in enumerate(article.paragraphs):
            if _subheading(p.text):
                continue  # "Observers: the switch broke the rules": a label over what follows, said by no one
            context = {a for j in (i - 1, i) if j >= 0 for _, _, a in index.mentions_in(article.paragraphs[j].text)}
            signed = _signature().search(_unsigned_tail(p.text))
            signer = index.resolve(signed.group("name").strip()) if signed else None
            for s, e in sentences(p.text):
                sentence = p.text[s:e]
                borrowed = previous  # what "the accusation", "this" refer to in a short sentence
                previous = sentence
                mentions = index.mentions_in(sentence)
                spans = {(ms, me) for ms, me, _ in mentions}
                for frame in _lexicon()["frames"]:
                    for side, m, negated in _cues(frame, sentence):
                        who = holders(article, i, sentence, m.start(), m.end(), index,
                                      agent_only=side in frame.get("agent_only", ()),
                                      speaker_first=frame["sides"][side].get("speaker_first", False),
                                      signer=signer)
                        cue = {(m.start(), m.end())} if len(m.group().split()) <= 3 else set()
                        # a clause of its own (", while X acknowledged ...") is the cue's topic
                        lo, hi = _own_clause(sentence, m.start())
                        outside = {(0, lo), (hi, len(sentence))} - {(0, 0), (len(sentence), len(sentence))}
                        words = _content(sentence, spans | cue | outside)  # a long cue's words are its topic
                        stems = {w[:5] for w in words} | {"@" + a for s_, e_, a in mentions if lo <= s_ < hi}
                        before = last.get(frame["id"])
                        if len(words) >= 3 and _ANAPHORIC.search(m.group()) and before is not None \
                                and before.side != side and i - before.paragraph <= 1:
                            # "Ada Brell, a statistician who co-founded X, rejected the
                            # accusation": the accusation is the one just made; its words are the topic
                            words, stems = words + before.words, stems | before.stems
                        elif len(words) < 3:
                            # "X rejected the accusation": about what the latest stance of this
                            # frame in the article said, else about the sentence before
                            if before is not None and i - before.paragraph <= 3:
                                words, stems = words + before.words, stems | before.stems
                            else:
                                words = words + _content(borrowed, set())
                                stems |= {w[:5] for w in words}
                        st = Stance(frame["id"], side, article.id, i, sentence, m.start(), m.end(), who,
                                    frozenset(stems), frozenset(context), words, negated)
                        out.append(st)
                        last[frame["id"]] = st
    return out


# A cue whose object points back ("rejected the accusation", "denied these allegations").
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these|those)\s+(?:accusations?|allegations?|charges?)$", re.I)

_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def _own_clause(sentence: str, at: int) -> tuple[int, int]:
    """The span of the clause holding offset `at`, when a sentence joins two statements with their
    own subjects ("X has turned down an offer, while Y acknowledged that ..."); else the sentence."""
    joints = list(_CONTRAST.finditer(sentence))
    starts = [0] + [m.end() for m in joints]
    ends = [m.start() for m in joints] + [len(sentence)]
    for lo, hi in zip(starts, ends):
        if at < hi:
            return lo, hi
    return 0, len(sentence)


def _subheading(text: str) -> bool:
    """A short paragraph with no sentence end: a subheading."""
    return len(text.split()) <= 12 and not re.search(r"[.!?…“”\"’')]\s*$", text)


@lru_cache(maxsize=1)
def _signature() -> re.Pattern[str]:
    return re.compile(load_data("events")["post_signature"])


def _unsigned_tail(text: str) -> str:
    """The paragraph without the date that closes an embedded post's signature line."""
    dates = find_full_dates(text)
    if dates and not text[dates[-1].end:].strip():
        return text[:dates[-1].start].rstrip()
    return ""


def _distance(pattern: re.Pattern[str], text: str, start: int, end: int, window: int = 80) -> int | None:
    """How far the nearest frame object ("law", "resolutions") is from a cue; None beyond `window`."""
    found = [abs(m.start() - end) if m.start() >= end else abs(start - m.end())
             for m in pattern.finditer(text)]
    found = [d for d in found if d <= window]
    return min(found) if found else None


def _linked(a: Stance, b: Stance, frame: dict) -> bool:
    common = a.stems & b.stems
    words = sum(1 for w in common if not w.startswith("@"))
    shared = len(common) + (len((a.actors & b.actors) - {w[1:] for w in common}) if frame["count_actors"] else 0)
    if shared >= frame["min_shared"] and words >= frame.get("min_words", 0):
        return True
    # a reply: opposite sides of one article a paragraph or two apart, by different holders,
    # sharing a word or an actor named around them ("... which they describe as a breach of the
    # election law." / "X said the manual count was 'entirely within the law'.")
    if frame.get("turnaround") and a.article == b.article and a.paragraph == b.paragraph and a.side != b.side \
            and a.holders == b.holders and a.sentence != b.sentence \
            and (a.holders or any(re.search(r"\b(?:it|he|she|they)\s+(?:[\w’'-]+\s+)?$", x.sentence[:x.cue_start], re.I)
                                  for x in (a, b))) \
            and _TIMES.search(a.sentence) and _TIMES.search(b.sentence):
        return True  # "On Monday, X said there was no indication ...; late Wednesday, it acknowledged ..."
    reply = frame.get("reply_paragraphs")
    return (reply is not None and a.article == b.article and abs(a.paragraph - b.paragraph) <= reply and a.side != b.side
            and a.holders != b.holders and bool(common or a.actors & b.actors))


# When a statement was made: a weekday, a month, or a word placing it before or after another.
_TIMES = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                    r"May|June|July|August|September|October|November|December|earlier|later|initially|"
                    r"previously|at first|first|then|now|yesterday|today)\b")


def _connected(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected components of items 0..n-1 joined by `edges`: each in item order, ordered
    by their first item; an item no edge touches is a component of its own."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in edges:
        parent[root(x)] = root(y)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(root(x), []).append(x)
    return list(groups.values())


def _exchange(a: Stance, b: Stance, reply: int | None) -> bool:
    """Two stances that answer each other: opposite sides by different holders in one article,
    `reply` paragraphs apart at most, sharing two words or actors, one at least a content word
    ("a breach of the accord" / "“fully respects” the accord")."""
    common = a.stems & b.stems
    return (reply is not None and a.article == b.article and abs(a.paragraph - b.paragraph) <= reply
            and a.side != b.side and a.holders != b.holders and len(common) >= 2
            and any(not w.startswith("@") for w in common))


def _components(stances: list[Stance], frame: dict) -> list[list[Stance]]:
    pairs = ((x, y) for x in range(len(stances)) for y in range(x + 1, len(stances))
             if _linked(stances[x], stances[y], frame))
    groups = []
    reply = frame.get("reply_paragraphs")
    for g in _connected(len(stances), pairs):
        # A group chained together by loose links holds several questions when parts of it are
        # exchanges of their own (a breach of the agreement answered by "fully respects" the
        # accord, beside "logging illegally" / "logging legally" elsewhere): each exchange is a
        # dispute; the other stances are one more when they take both sides, else each joins
        # the exchange it shares most words with
        own = [[g[x] for x in c] for c in _connected(len(g), ((x, y) for x in range(len(g))
                                                               for y in range(x + 1, len(g))
                                                               if _exchange(stances[g[x]], stances[g[y]], reply)))
               if len(c) >= 2]
        rest = [x for x in g if not any(x in c for c in own)]
        two_sided = len({stances[x].side for x in rest}) >= 2
        if not frame.get("split_exchanges") or not own or (len(own) == 1 and not two_sided):
            groups.append(g)
            continue
        if two_sided:
            sub = [(i, j) for i, x in enumerate(rest) for j in range(i + 1, len(rest))
                   if _linked(stances[x], stances[rest[j]], frame)]
            groups += [[rest[i] for i in c] for c in _connected(len(rest), sub)]
        else:
            for x in rest:
                best = max(own, key=lambda c: sum(len(stances[x].stems & stances[y].stems) for y in c))
                best.append(x)
        groups += own
    groups = [[stances[x] for x in sorted(g)] for g in groups]
    return sorted(groups, key=lambda g: (g[0].article, g[0].paragraph, g[0].cue_start))


def _position(summary: str, stances: list[Stance], claims: list[Claim], made: dict[tuple, Claim]) -> Position:
    """A position taken in these sentences: who holds it, the claims it cites, its sources."""
    return Position(
        summary=summary,
        actors=list(dict.fromkeys(a for st in stances for a in st.holders)),
        claims=list(dict.fromkeys(_claim_for(st, claims, made).id or _pending(made, st) for st in stances)),
        sources=list(dict.fromkeys(SourceRef(st.article, st.paragraph, st.sentence) for st in stances)))


def _summary(label: str, snippets: list[str]) -> str:
    """A position's summary: its label, then up to three of its snippets in quotation marks."""
    return f"{label}: " + "; ".join(f"“{x}”" for x in snippets[:3])


def _existing_claim(st: Stance, claims: list[Claim]) -> Claim | None:
    for c in claims:
        if c.kind == "figure":
            continue
        for s in c.sources:
            if s.article != st.article or s.paragraph != st.paragraph or not s.quote:
                continue
            at = st.sentence.find(s.quote)
            if st.sentence in s.quote or (at >= 0 and at <= st.cue_start and at + len(s.quote) >= st.cue_end):
                return c
    return None


def _claim_for(st: Stance, claims: list[Claim], made: dict[tuple, Claim]) -> Claim:
    found = _existing_claim(st, claims)
    if found is not None:
        return found
    bare = st.sentence.strip(" \"“”‘’'.,")
    if len(bare.split()) >= 3:
        # a pull quote ('"I want to stay in Norland"') repeats words a claim of its article quotes
        for c in claims:
            if c.kind != "figure" and any(x.article == st.article and bare in x.quote for x in c.sources):
                return c
    if _ANAPHORIC.search(st.sentence[st.cue_start:st.cue_end]):
        # "X rejected the accusation. 'Our method is online for anyone to check,' she said.": the
        # rejection's own words are the holder's claim of that paragraph
        own = [c for c in claims if c.kind != "figure" and c.actor and c.actor in st.holders
               and any((s.article, s.paragraph) == (st.article, st.paragraph) for s in c.sources)]
        if own:
            return own[0]
    key = (st.article, st.paragraph, st.sentence)
    if key not in made:
        made[key] = Claim(
            id="", text=st.sentence, kind="statement", actor=st.holders[0] if st.holders else None,
            sources=[SourceRef(st.article, st.paragraph, st.sentence)],
            found_by=[f"disputes: {st.frame} cue sentence (no attributed claim covered it)"])
    return made[key]


def _snippet(st: Stance, words: int = 8, limit: int = 16) -> str:
    start = max(st.sentence.rfind(",", 0, st.cue_start), st.sentence.rfind(";", 0, st.cue_start))
    head = [w for w in st.sentence[start + 1:st.cue_start].split() if w.strip("“”\"")][-3:]
    tail = re.split(r"[,;]|(?<![A-Z])\.(?=\s|$)", st.sentence[st.cue_end:])[0].split()[:words]
    text = " ".join(head + [st.sentence[st.cue_start:st.cue_end]] + tail).strip(" “”\"")
    if len(re.findall(r"[“”\"]", text)) % 2:
        text = re.sub(r"[“”\"]", "", text)  # a quotation cut in two: 'count was "entirely within the law'
    return shorten(text, limit).strip(" “”\"")


def _topic(group: list[Stance]) -> str:
    counts = Counter(w for st in group for w in set(st.words))
    return ", ".join(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])


def _title(frame: dict, group: list[Stance], degree: dict[int, int]) -> str:
    template = frame["question"]
    first_side = next(iter(frame["sides"]))
    # the first side's best-linked sentences first, then the other side's
    ranked = sorted(group, key=lambda st: (st.side != first_side and not frame.get("object_pattern"),
                                           -degree[id(st)]))
    fill = None
    for st in ranked:
        for q in frame.get("questions", ()):
            # "called for the unit to stop taking admissions" -> "Should the unit stop taking admissions?"
            m = re.search(q["pattern"], st.sentence, re.I)
            if m:
                parts = [_trim(_clause(g.strip(), 12)) for g in m.groups()]
                if all(parts):
                    return q["template"].format(*parts)
        if "{clause}" in template:
            m = re.match(r"\s+(?:[\w’'-]+\s+){0,2}?(?:for\s+the\s+(?:first|second|last)\s+time\s+)?that\s+((?:[^;:.]|(?<=\d)[:.](?=\d)|\.(?=[a-z]\.)|(?<=\.[a-z])\.)+)", st.sentence[st.cue_end:])
            if m:
                # "that the border post, facing the town of X, is closed": the subject without
                # its apposition, then the clause to its first comma ("5:12 p.m." stays whole)
                text = re.sub(r"^((?:[\w’'-]+\s+){0,4}[\w’'-]+),\s+[^,]{3,60},\s+", r"\1 ", m.group(1))
                text = text.split(",")[0]
                # "that it had sent troops": a pronoun is no question's subject; another stance's clause
                if len(text.split()) >= 3 and not re.match(r"(?:it|he|she|they|we|i|you)\s", text, re.I):
                    fill = _clause(text).rstrip("…")
        elif "{object}" in template and frame.get("object_pattern"):
            m = re.search(frame["object_pattern"], st.sentence, re.I)
            if m and m.group(1).strip():
                fill = re.sub(r"(?:\s+(?:at|in|on|to|of|for|with|by|the|a|an))+$", "", m.group(1).strip())
        elif "{object}" in template:
            for cue in frame["sides"][first_side]["re"].finditer(st.sentence):
                m = re.match(r"\s*[”\"’]?\s+(?:of|with)\s+((?:(?!and\b|or\b)[^\W\d_][\w’'-]*\s*){1,6})", st.sentence[cue.end():])
                if m and frame["objects_re"].search(m.group(1)):
                    fill = m.group(1).strip()
                    break
        if fill:
            fill = _trim(fill)
            return template.replace("{clause}", fill).replace("{object}", fill)
    if "{object}" in template and frame["objects_re"] and not frame.get("object_pattern"):
        # "serious breaches of hand hygiene and of the isolation protocol": the object named
        # with its determiner shortly after a breach
        for st in ranked:
            for cue in frame["sides"][first_side]["re"].finditer(st.sentence):
                after = re.split(r"[,;:.“”\"()]", st.sentence[cue.end():cue.end() + 80])[0]
                m = re.search(r"\b(?:the|its|their|our|his|her)\s+((?:[\w’'-]+\s+){0,2}?(?:"
                              + frame["objects_re"].pattern + r"))", after, re.I)
                if m:
                    return template.replace("{object}", m.group(0))
    if frame.get("subject_question") and frame["predicative_re"]:
        # "The suspension is illegal" / "the suspension was lawful": "Is the suspension lawful?"
        for st in ranked:
            before = st.sentence[:st.cue_start]
            copula = frame["predicative_re"].search(before)
            subject = copula and re.search(r"\b((?:the|this|its|their|our)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s*$",
                                           before[:copula.start()], re.I)
            if subject:
                text = subject.group(1)
                return frame["subject_question"].replace("{subject}", text[:1].lower() + text[1:])
    return frame["fallback"].replace("{topic}", _topic(group))


def _trim(text: str) -> str:
    """A question's clause without its trailing function words ("... found partly burned in")."""
    kept = text.rstrip(" ,;:“”\"'’")
    kept = kept if re.search(r"\.[a-z]\.$", kept) else kept.rstrip(" ,;:.“”\"'’")  # "p.m." keeps its dot
    return re.sub(r"(?:\s+(?:at|in|on|to|of|for|from|with|by|the|a|an|and|or|that|than|more|less))+$", "", kept)


_CLAUSE_END = frozenset(["and", "but", "after", "before", "while", "as", "because", "although", "though",
                         "when", "since", "until", "amid", "despite", "days", "weeks", "hours", "months",
                         "minutes", "moments", "seconds", "shortly", "soon"])


def _clause(text: str, limit: int = 16) -> str:
    words = text.split()
    for k, w in enumerate(words):
        if k >= 3 and w.lower() in _CLAUSE_END:
            words = words[:k]
            break
    return " ".join(words[:limit])


def contradiction_disputes(articles: list[Article], index, claims: list[Claim],
                           made: dict[tuple, Claim]) -> list[Dispute]:
    lex = _lexicon()
    stances = find_stances(articles, index)
    out = []
    for frame in lex["frames"]:
        mine = [st for st in stances if st.frame == frame["id"]]
        for group in _components(mine, frame):
            group = _echoed(group, frame)
            sides = [name for name in frame["sides"] if any(st.side == name for st in group)]
            if len(sides) < 2 or len({(st.article, st.paragraph, st.sentence) for st in group}) < 2:
                continue
            answer = frame.get("answered_by_other")
            if answer in sides:
                # "demanded consular access, which it said Tunis had so far refused": a refusal
                # only the callers report is their complaint, not the other side's voice
                said = {name: {h for st in group if st.side == name for h in st.holders} for name in sides}
                callers = set().union(*(said[n] for n in sides if n != answer))
                if said[answer] and said[answer] <= callers:
                    continue
            degree = {id(a): sum(_linked(a, b, frame) for b in group if b is not a) for a in group}
            positions = []
            for name, negated in [(n, neg) for n in sides for neg in (False, True)]:
                # "Confirms it" and "Does not deny it" are on one side, yet not the same position
                side = [st for st in group if st.side == name and st.negated == negated]
                if not side:
                    continue
                if frame.get("named_only") and any(st.holders for st in side):
                    # "The ministry rejected the idea" beside the ministry official's own words:
                    # a sentence no one is found to say adds no one to a position others hold
                    side = [st for st in side if st.holders]
                    # ... and a holder's sentence no claim covers ("The ministry rejected the
                    # idea") when a claim covers another of theirs
                    cited = {a for st in side if _existing_claim(st, claims) for a in st.holders}
                    side = [st for st in side if _existing_claim(st, claims) or not set(st.holders) <= cited]
                label = frame["sides"][name]["negated_label" if negated else "label"]
                snippets = list(dict.fromkeys(_snippet(st) for st in side))
                positions.append(_position(_summary(label, snippets), side, claims, made))
            out.append(Dispute(id="", title=_title(frame, group, degree), positions=positions,
                               found_by=[f"disputes: opposite {frame['id']} cues on a shared topic"]))
    return out


def _echoed(group: list[Stance], frame: dict) -> list[Stance]:
    """A refusal that names what is refused ("refused to stay the suspension", "will not be
    establishing any fund") answers a call only when a sentence of the other side names the same
    step ("demanding that the co-op set up a fund" / "refused to set up the fund")."""
    if not frame.get("echo"):
        return group
    echo = re.compile(frame["echo"], re.I)
    out = []
    for st in group:
        m = echo.search(st.sentence[st.cue_start:st.cue_end])
        if m:
            verb = stem(next(g for g in m.groups() if g))
            said = {stem(w) for o in group if o.side != st.side for w in _TOKEN.findall(o.sentence)}
            if verb not in said:
                continue
        out.append(st)
    return out


def mirror_disputes(articles: list[Article], index, claims: list[Claim], made: dict[tuple, Claim]) -> list[Dispute]:
    """Each side says the other did it: one position per side, named by whom it blames."""
    said = find_said(articles, index)
    pairs = [(x, y) for x in range(len(said)) for y in range(x + 1, len(said)) if mirrored(said[x], said[y])]
    out = []
    for members in _connected(len(said), pairs):
        group = [said[x] for x in members]
        subjects = list(dict.fromkeys(s.subject for s in group))
        if len(group) < 2 or len(subjects) < 2:
            continue
        positions = []
        for subject in subjects:
            mine = [s for s in group if s.subject == subject]
            stances = [Stance("mirror", subject, s.article, s.paragraph, s.sentence, 0, 0, [s.holder],
                              s.stems, s.side) for s in mine]
            summary = f"{index.actor(subject).name}: " + "; ".join(dict.fromkeys(f"“{s.predicate}”" for s in mine))
            positions.append(_position(summary, stances, claims, made))
        out.append(Dispute(id="", title=question(group), positions=positions,
                           found_by=["disputes: each side says the other did it (mirror claims)"]))
    return out


def polarity_disputes(articles: list[Article], index, claims: list[Claim], made: dict[tuple, Claim],
                      covered: set[tuple[str, int, str]]) -> list[Dispute]:
    """One actor says it is not so, another that it is (polarity.py): a position per side.
    Sentences already sides of a cue-word dispute (`covered`) are left to it."""
    said = find_assertions(articles, index)
    out = []
    pairs = contrary_pairs(said, index)
    # the denials one paragraph gives ("had never sold the product abroad. ... 'We have never
    # exported a single bottle,' he said") answer one question: their disputes are one
    paired = {x for pair in pairs for x in pair}
    first: dict[tuple[str, int], int] = {}
    for x in sorted(paired):
        if said[x].negative:
            key = (said[x].article, said[x].paragraph)
            if key in first:
                pairs.append((first[key], x))
            else:
                first[key] = x
    groups = [[said[x] for x in g] for g in _connected(len(said), pairs) if len(g) > 1]
    for group in sorted(groups, key=lambda g: min((a.article, a.paragraph) for a in g)):
        sentences_in = {(a.article, a.paragraph, a.sentence) for a in group}
        if sentences_in <= covered:
            continue
        title = _polar_question(group)
        if title is None:
            continue  # "Is it true that When our pilot asked for a slot?": no question, no dispute
        positions, wanted = [], _shared(group)
        for negative, label in ((False, "Says it is so"), (True, "Says it is not so")):
            side = [a for a in group if a.negative == negative]
            stances = [Stance("polarity", label, a.article, a.paragraph, a.sentence, a.start, a.end, [a.holder],
                              frozenset(a.stems), frozenset()) for a in side]
            # one holder's two sentences of one paragraph ("Mr X also said the company had never sold it
            # abroad. 'We have never exported a bottle'"): the one a claim already quotes stands for both
            quoted = {(st.article, st.paragraph, st.holders[0]) for st in stances if _existing_claim(st, claims)}
            kept = [k for k, st in enumerate(stances)
                    if _existing_claim(st, claims) or (st.article, st.paragraph, st.holders[0]) not in quoted]
            side, stances = [side[k] for k in kept], [stances[k] for k in kept]
            answered = {a.answers for a in group if a.answers}
            snippets = list(dict.fromkeys(_polar_snippet(a, wanted, answered) for a in side))
            positions.append(_position(_summary(label, snippets), stances, claims, made))
        out.append(Dispute(id="", title=title, positions=positions,
                           found_by=["disputes: one actor says it is not so, another that it is (polarity)"]))
    return out


def _polar_snippet(a, wanted: set[str], answered: set[tuple] = frozenset()) -> str:
    if (a.article, a.paragraph, a.sentence) in answered:  # what a rebuttal answers: the whole statement
        text = re.sub(r"[“”\"]", "", _clause(_reported(a.sentence)))
    else:
        text = a.sentence[a.start:a.end] if a.negative else _reported(_clause_around(a.sentence, wanted))
    if a.negative and a.answers:
        text = re.sub(r"[“”\"]", "", text)
    return shorten(text, 16).strip(" ,“”\"")


def _clause_around(sentence: str, wanted: set[str]) -> str:
    """The clause of a sentence that holds most of the (stemmed) words wanted."""
    parts = list(re.finditer(r"(?:[^,;:“”\".!?]|[.!?](?!\s|$))+", sentence))
    best = max(parts, key=lambda m: (sum(1 for w in _TOKEN.findall(m.group()) if len(w) > 3 and stem(w) in wanted),
                                     len(m.group().split()) >= 5), default=None)
    text = best.group().strip() if best else sentence
    return re.sub(r"^(?:that|and|but)\s+", "", text)


def _shared(group) -> set[str]:
    """The words both sides use: what the dispute is about."""
    neg = {w for a in group if a.negative for w in a.stems}
    return neg & {w for a in group if not a.negative for w in a.stems}


def _polar_question(group) -> str | None:
    wanted = _shared(group)
    best = max((a for a in group if not a.negative),
               key=lambda a: (len(wanted & set(a.stems)), len(_clause_around(a.sentence, wanted).split()) >= 5))
    if any(a.answers == (best.article, best.paragraph, best.sentence) for a in group if a.negative):
        # what a rebuttal answers is the whole statement, quoted words and all
        clause = re.sub(r"[“”\"]", "", _reported(best.sentence))
    else:
        clause = _reported(_clause_around(best.sentence, wanted))
    clause = re.sub(r"(?:\s+(?:at|in|on|to|of|for|with|by|the|a|an|and|or|that))+$", "", _clause(clause).rstrip(".”\"’ …"))
    if re.match(r"(?:had|has|have|was|were|is|are|would|will)\s", clause):
        # "Two batches, it said, had been sold ...": the subject before the inserted "it said"
        at = best.sentence.find(clause)
        # ... or the name right before a quoted predicate ('that Mr Zerrouki "was charged ...')
        named = re.search(r"\b((?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*[“\"‘]\s*$",
                          best.sentence[:at]) if at > 0 else None
        subject = re.match(r"\s*((?:[\w’'-]+\s+){0,3}[\w’'-]+),", best.sentence)
        if named:
            clause = f"{named.group(1)} {clause}"
        elif subject and not best.sentence.lstrip().startswith(clause):
            clause = f"{subject.group(1)} {clause}"
    if clause and _full_clause(clause):
        return f"Is it true that {_lower_first(clause, group)}?"
    for neg in sorted((a for a in group if a.negative and not a.answers),
                      key=lambda a: -len(set(a.stems) & {w for b in group if not b.negative for w in b.stems})):
        asked = _negated_question(neg)
        if asked:
            return asked
    for other in (a for a in group if not a.negative and a is not best):  # another holder's own words
        said = re.sub(r"(?:\s+(?:at|in|on|to|of|for|with|by|the|a|an|and|or|that))+$", "",
                      _clause(_reported(_clause_around(other.sentence, wanted))).rstrip(".”\"’ …"))
        if _full_clause(said):
            return f"Is it true that {_lower_first(said, group)}?"
    # the clause as it stands, unless it cannot open a statement ("When our pilot asked for
    # clearance", "not be making payments"): a fragment is no question
    first = re.match(r"[\w’'-]+", clause or "")
    if not first or len(clause.split()) < 3 or first.group().lower() in _PRONOUNS | _OPERATORS | _SUBORDINATORS:
        return None
    return f"Is it true that {_lower_first(clause, group)}?"


# Words that cannot open a question's clause: who they are is in another sentence, or the clause
# lacks its subject (Quirk et al. 1985, 6.2 personal pronouns; 3.21 operators).
_PRONOUNS = frozenset("i we you he she they it this these those".split())
_OPERATORS = frozenset("is are was were be been being am has have had do does did will would can could "
                       "shall should may might must not no never to".split())
# Subordinating conjunctions (Quirk et al. 1985, 14.12): a clause they open is adverbial, not a
# statement ("When our pilot asked for a slot").
_SUBORDINATORS = frozenset("when whenever if unless because although though while whereas since until till "
                           "after before once as whether where wherever".split())


def _full_clause(clause: str) -> bool:
    """A subject and then a finite verb before any relative clause: "the manifest listed 118
    passengers", not "a sudden squall that no one could have foreseen" or "I am asking"."""
    words = re.findall(r"[\w’'-]+", clause)
    if not words or words[0].lower() in _PRONOUNS | _OPERATORS | _SUBORDINATORS:
        return False
    for w in words[1:]:
        low = w.lower()
        if low in ("that", "which", "who", "whom", "whose"):
            return False
        if low in _OPERATORS - {"not", "no", "never", "to"} or (low.endswith("ed") and len(low) > 3):
            return True
        # "contains the", "says 141": an -s word is a verb before what it takes, a noun otherwise
        after = re.match(r"\s+([\w’'-]+)", clause[clause.find(w) + len(w):])
        if low.endswith("s") and not low.endswith(("ss", "’s", "'s")) and len(low) > 3 and not w[0].isupper() \
                and after and re.fullmatch(r"a|an|the|its|their|his|her|our|no|that|more|about|\d[\d,.]*", after.group(1).lower()):
            return True
    return False


def _lower_first(clause: str, group) -> str:
    """A clause inside a question: its first word lower-cased unless a name ("Mr Tomas")."""
    return _lowered(clause, [a.sentence for a in group])


# Determiners (Quirk et al. 1985, 5.10 ff.): a clause opening with one opens with no name.
_DETERMINERS = frozenset("the a an its their our his her this that these those some any all many most each every".split())


def _lowered(clause: str, sentences: list[str]) -> str:
    first = re.match(r"[\w’'-]+", clause)
    if first and (first.group().lower() in _DETERMINERS
                  or any(re.search(rf"\b{re.escape(first.group().lower())}\b", x) for x in sentences)):
        return clause[:1].lower() + clause[1:]
    return clause


def _negated_question(neg) -> str | None:
    """The question a denial answers, from its own words: "not a capital control" -> "Is it a
    capital control?", "no sudden squall in the area" -> "Was there a sudden squall in the area?",
    "denied there was an outbreak" -> "Was there an outbreak?",
    "the company had never sold the product abroad" -> "Had the company sold the product abroad?"."""
    cue = neg.sentence[neg.start:neg.end].strip(" ,“”\"")
    m = re.match(r"den(?:y|ies|ied|ying)\s+(?:that\s+)?there\s+(is|are|was|were)\s+([^,;:.!?“”\"]+)",
                 neg.sentence[neg.start:], re.I)
    if m:  # "denied there was an outbreak": was there one?
        return f"{m.group(1).capitalize()} there {m.group(2).strip()}?"
    m = re.match(r"(?:den(?:y|ies|ied|ying)\s+that|(?:reports?|claims?|allegations?|rumou?rs?|suggestions?)\s+that)\s+(.+)",
                 neg.sentence[neg.start:], re.I)
    if m:  # "denied that X", "claims that X are baseless": is X so?
        said = re.split(r"\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[“\"‘']?(?:unfounded|baseless|groundless|false|untrue|"
                        r"fabricated|without\s+foundation)\b|[,;:.!?“”\"]", m.group(1))[0].strip()
        return f"Is it true that {said}?" if _full_clause(said) else None
    m = re.match(r"not\s+((?:a|an|any)\s+.+)", cue)
    if m:
        return f"Is it {m.group(1)}?"
    m = re.match(r"[Nn]o\s+(.+)", cue)
    if m and not neg.none_of and len(m.group(1).split()) >= 2 \
            and not set(re.findall(r"[\w’'-]+", m.group(1).lower())) & (_OPERATORS - {"to"}):  # "no vessel ... will be cleared"
        head = re.split(r"\s+(?:in|on|at|for|of|to|from|with|by|under|over|near|that|which|who)\s", m.group(1))[0].split()
        plural = head[-1].endswith("s") and not head[-1].endswith(("ss", "’s", "'s"))
        head = head[0]
        article = "" if plural else ("an " if head[0].lower() in "aeiou" else "a ")
        return f"{'Were' if plural else 'Was'} there {article}{m.group(1)}?"
    m = re.match(r"(is|are|was|were|has|have|had|did|does|do|will|would|could|can|should)\s+(?:not|never)\s+(.+)",
                 cue, re.I)
    if m:
        start = max((x.end() for x in re.finditer(r"[,;:.!?“”\"()]|\s[—–]\s", neg.sentence[:neg.start])), default=0)
        subject = _reported(neg.sentence[start:neg.start].strip())
        subject = re.sub(r"^(?:that|and|but)\s+", "", subject).strip()
        words = subject.split()
        if words and len(words) <= 6 and words[0].lower() not in _PRONOUNS - {"it"} \
                and not any(w.lower() in attribution_verbs() for w in words):
            subject = _lowered(subject, [neg.sentence])  # "The company" inside a question; not a name
            return f"{m.group(1).capitalize()} {subject} {m.group(2)}?"
    return None


def _reported(clause: str) -> str:
    """What a clause reports, without who reports it: "X said notice was given" -> "notice was given"."""
    verbs = attribution_verbs()
    words = list(re.finditer(r"[\w’'-]+", clause))
    for k, w in enumerate(words[:12]):
        if w.group().lower() in verbs and not re.match(r"\s+by\b", clause[w.end():]):  # not "posted by"
            rest = clause[w.end():].strip()
            rest = re.sub(r"^(?:on\s+\w+\s+|that\s+)+", "", rest)
            # "told Pharma Watch India that ...", "told reporters that ...": whom it was told is not what
            rest = re.sub(r"^(?:[\w’'.-]+\s+){1,5}?that\s+", "", rest) if re.match(r"(?:[\w’'.-]+\s+){1,5}?that\s+", rest) \
                and not re.match(r"(?:[\w’'.-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would)\s", rest) else rest
            return rest if len(rest.split()) >= 3 else clause
    return clause



@lru_cache(maxsize=1)
def _continuation() -> dict:
    data = load_data("disputes")["continuation"]
    return {"window": data["window"],
            "once": [re.compile(x, re.I) for x in data["once"]],
            "more": [re.compile(x, re.I) for x in data["more"]]}


def _step(text: str, window: int) -> list[str]:
    """The step a cue is about: the content words of the next few words, up to a clause break."""
    words = re.split(r"[,;:.!?“”\"()]", text, maxsplit=1)[0].split()[:window]
    stop = _lexicon()["stopwords"]
    return [w for w in (re.sub(r"[^\w’'-]", "", x).lower() for x in words) if len(w) > 2 and w not in stop]


def continuation_disputes(articles: list[Article], index, claims: list[Claim],
                          made: dict[tuple, Claim]) -> list[Dispute]:
    """One actor says a step is a one-off, not the start of a series ("not the beginning of a
    series of cuts"); another, that more of it will follow ("two more cuts", "cut again")."""
    lex = _continuation()
    found: list[tuple[Stance, frozenset[str]]] = []
    for article in articles:
        for i, p in enumerate(article.paragraphs):
            for s, e in sentences(p.text):
                sentence = p.text[s:e]
                who = speaker(article, i, sentence, index)
                if who is None:
                    continue
                for side in ("once", "more"):
                    taken = False  # a sentence takes a side once ("two more cuts": not "two", then "more")
                    for pattern in lex[side]:
                        for m in pattern.finditer(sentence):
                            if taken:
                                break
                            words = _step(sentence[m.end():], lex["window"])
                            if "before" in pattern.groupindex:
                                # "cut again", "cut rates again": the verb and its object
                                words = _step(sentence[m.start("before"):m.end() - len("again")], 2)
                            steps = frozenset(stem(w) for w in words)
                            if steps:
                                taken = True
                                found.append((Stance("continuation", side, article.id, i, sentence, m.start(),
                                                     m.end(), [who], steps, frozenset(), words), steps))
    once = [x for x, (st, _) in enumerate(found) if st.side == "once"]
    more = [y for y, (st, _) in enumerate(found) if st.side == "more"]
    pairs = [(x, y) for x in once for y in more
             if found[x][0].holders != found[y][0].holders and found[x][1] & found[y][1]]
    out = []
    for members in _connected(len(found), pairs):
        group = [found[x][0] for x in members]
        if len({st.side for st in group}) < 2:
            continue
        positions = []
        for side, label in (("once", "A one-off, not the start of more"), ("more", "More will follow")):
            mine = [st for st in group if st.side == side]
            snippets = list(dict.fromkeys(_snippet(st) for st in mine))
            positions.append(_position(_summary(label, snippets), mine, claims, made))
        common = {w for st in group if st.side == "more" for w in st.stems} & \
            {w for st in group if st.side == "once" for w in st.stems}
        counts = Counter(stem(w) for st in group for w in st.words if stem(w) in common)
        top = max(sorted(counts), key=lambda w: counts[w]) if counts else None
        forms = sorted({w for st in group for w in st.words if stem(w) == top}, key=lambda w: (not w.endswith("s"), w))
        what = forms[0] if forms else "of it"
        out.append(Dispute(id="", title=f"A one-off, or will more {what} follow?", positions=positions,
                           found_by=["disputes: a one-off against more to follow (continuation)"]))
    return out


@lru_cache(maxsize=1)
def _rival() -> dict:
    data = load_data("disputes")["rival_causes"]
    return {"filter": re.compile(data["filter"], re.I), "patterns": [re.compile(p) for p in data["patterns"]],
            "doubted": re.compile(data["doubted"], re.I), "not": frozenset(data["not_causes"])}


def rival_cause_disputes(articles: list[Article], index, claims: list[Claim],
                         made: dict[tuple, Claim]) -> list[Dispute]:
    """Different voices name different causes of one event, no cue word between them ("A faulty
    heater remains the most likely cause" / "says the cable started the blaze"): a position per cause."""
    lex = _rival()
    found: list[tuple[Stance, str, str | None]] = []  # (stance, cause's head, event)
    for article in articles:
        for i, p in enumerate(article.paragraphs):
            if not lex["filter"].search(p.text):
                continue
            for s, e in sentences(p.text):
                sentence = p.text[s:e]
                if not lex["filter"].search(sentence):
                    continue
                for pattern in lex["patterns"]:
                    m = pattern.search(sentence)
                    if not m:
                        continue
                    words = [w.lower() for w in _TOKEN.findall(m.group("cause"))]
                    words = [w for w in words if w not in _DETERMINERS]
                    clause = re.split(r"[,;:.!?“”\"]", sentence[:m.start()])[-1]
                    if not words or words[-1] in lex["not"] or lex["doubted"].search(clause):
                        continue
                    who = speaker(article, i, sentence, index)
                    event = m.groupdict().get("event")
                    found.append((Stance("cause", stem(words[-1]), article.id, i, sentence, m.start("cause"),
                                         m.end("cause"), [who] if who else [], frozenset(), frozenset(), words),
                                  stem(words[-1]), stem(event) if event else None))
                    break
    events = {ev for _, _, ev in found if ev}
    if len(events) > 1:
        return []  # causes of several events: which answers which is not known
    causes = list(dict.fromkeys(c for _, c, _ in found))
    if len(causes) < 2:
        return []
    by_cause = {c: [st for st, k, _ in found if k == c] for c in causes}
    holders = [frozenset(h for st in by_cause[c] for h in st.holders) for c in causes]
    if len({st.article for st, _, _ in found}) < 2 and len(set(holders)) < 2:
        return []  # one voice naming two causes is no dispute
    positions = []
    for c in causes:
        mine = by_cause[c]
        what = mine[0].sentence[mine[0].cue_start:mine[0].cue_end]  # "the cable", "A faulty heater"
        snippets = list(dict.fromkeys(_snippet(st) for st in mine))
        positions.append(_position(_summary(what[:1].upper() + what[1:], snippets), mine, claims, made))
    event = next(iter(events), None)
    noun = next((m.group("event") for st, _, ev in found if ev
                 for p in lex["patterns"] for m in [p.search(st.sentence)] if m and m.groupdict().get("event")), None)
    return [Dispute(id="", title=f"What caused the {noun}?" if event and noun else "What caused it?",
                    positions=positions, found_by=["disputes: different voices name different causes (rival causes)"])]


def request_disputes(articles: list[Article], index, claims: list[Claim],
                     made: dict[tuple, Claim]) -> list[Dispute]:
    """Two voices of one article, a paragraph apart, ask one addressee for different steps ("to
    let our two other trucks cross" / "to cancel the permit"): what should the addressee do?"""
    lex = _requests()
    pattern = lex["pattern"]
    found: list[tuple[Stance, frozenset[str], str]] = []  # (stance, addressees, verb's stem)
    for article in articles:
        for i, p in enumerate(article.paragraphs):
            if not pattern.search(p.text):
                continue
            for s, e in sentences(p.text):
                sentence = p.text[s:e]
                for m in pattern.finditer(sentence):
                    to = frozenset(a for _, _, a in index.mentions_in(m.group("to")))
                    who = speaker(article, i, sentence, index)
                    if to and who and who not in to and m.group("verb") not in _lexicon()["stopwords"]:
                        found.append((Stance("request", m.group("verb"), article.id, i, sentence, m.start(), m.end(),
                                             [who], frozenset(), frozenset()), to, stem(m.group("verb"))))
    pairs = [(x, y) for x in range(len(found)) for y in range(x + 1, len(found))
             if found[x][0].article == found[y][0].article
             and abs(found[x][0].paragraph - found[y][0].paragraph) <= lex["paragraphs"]
             and found[x][1] & found[y][1] and found[x][2] != found[y][2]
             and not set(found[x][0].holders) & set(found[y][0].holders)
             and not _same_side(found[x][0].holders[0], found[y][0].holders[0], index)]
    out = []
    for members in _connected(len(found), pairs):
        if len(members) < 2:
            continue
        group = [found[x] for x in members]
        to = frozenset.intersection(*(g[1] for g in group))
        if not to:
            continue
        positions = []
        for holder in dict.fromkeys(g[0].holders[0] for g in group):
            mine = [g[0] for g in group if g[0].holders[0] == holder]
            snippets = list(dict.fromkeys(shorten(re.split(r"[.;!?“”\"]", st.sentence[st.cue_start:])[0], 16)
                                          .strip(" ,“”\"") for st in mine))
            positions.append(_position(_summary(f"{index.actor(holder).name} asks", snippets), mine, claims, made))
        actor = index.actor(sorted(to)[0])
        name = f"the {actor.name}" if actor.kind == "organization" and len(actor.name.split()) > 1 \
            and not actor.name.startswith("The ") else actor.name
        out.append(Dispute(id="", title=f"What should {name} do?", positions=positions,
                           found_by=["disputes: two voices ask one addressee for different steps (requests)"]))
    return out


@lru_cache(maxsize=1)
def _requests() -> dict:
    data = load_data("disputes")["requests"]
    return {"pattern": re.compile(data["pattern"], re.I), "paragraphs": data["paragraphs"]}


def _pending(made: dict[tuple, Claim], st: Stance) -> str:
    """A made claim has no id until all are known; stand in with its key, replaced later."""
    return f"\0{st.article}\0{st.paragraph}\0{st.sentence}"


def figure_disputes(articles: list[Article], index, claims: list[Claim]) -> list[Dispute]:
    by_id = {a.id: a for a in articles}
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.kind == "figure" and c.figure is not None and not _converted(c, by_id):
            key = group_key(c, by_id)
            if key[0] == "count" and key[1] in _PEOPLE and _working(c):
                key = (key[0], "workers") + key[2:]
            if key[0] == "count" and key[1] in _RUNNING_TOTALS:
                key = key[:3] + (_toll_era(key[3], c, by_id),) + key[4:]
            groups.setdefault(key, []).append(c)
    groups = _per_unit_merged(groups)
    groups = {key + (who,): members for key, group in groups.items()
              for who, members in _by_counted_group(key, group).items()}
    families = _casualty_families(groups, by_id)
    family_of = {c.id: k for k, (_, positions) in enumerate(families) for pos in positions for c in pos}
    out, done = [], set()
    for (kind, unit, about, era, _who), group in groups.items():
        for k in dict.fromkeys(family_of[c.id] for c in group if c.id in family_of):
            if k not in done:  # the family's dispute where its first count would have been
                done.add(k)
                (f_about, f_era), positions = families[k]
                out += _figure_dispute(by_id, index, "count", "/".join(_casualty_states()), f_about, f_era,
                                       positions)
        rest = [[c] for c in group if c.id not in family_of]
        # a percentage is already a share of its whole: 0.06% and 48.6% of one thing are two
        # sides, not a part and a whole
        for part in [rest] if kind == "percent" else _by_magnitude(rest):
            out += _figure_dispute(by_id, index, kind, unit, about, era, part)
    return out


MAGNITUDE = 100

# A sum converted into another currency right after it: "a fine of K3.1 billion ($1.4m)", "500,000
# reais, roughly US$ 90,000". The conversion is the same sum again, not a rival figure.
_CONVERSION_GAP = re.compile(r"\s*[(,]\s*(?:(?:about|roughly|around|approximately|some|nearly|almost|or|"
                             r"equivalent\s+to|worth)\s+)?$", re.I)
# a sum the reader may not know: a sign or capital letters right before its digits ("K3.1 billion",
# "R$ 200 mil"), a word for its scale or currency after them
_SUM_BEFORE = re.compile(r"(?:[^\w\s(]|\b[A-Z][A-Z$]{0,3})\s?\d(?:[\d.,]*\d)?(?:\s*[A-Za-z]{1,8})?$")


def _converted(c: Claim, by_id: dict[str, Article]) -> bool:
    """A money figure every source of which gives it as the conversion of a sum just before it:
    in brackets after any sum ("K3.1 billion ($1.4m)"), or after a comma following a sum read in
    another currency ("500,000 reais, roughly US$ 90,000")."""
    if c.figure.kind != "money" or not c.sources:
        return False
    for s in c.sources:
        at = s.quote.find(c.figure.expression)
        if at < 0:
            return False
        head = s.quote[:at]
        gap = _CONVERSION_GAP.search(head)
        if not gap:
            return False
        before = head[:gap.start()]
        article = by_id[s.article]
        if "(" in gap.group(0) and _SUM_BEFORE.search(before):
            continue
        if not any(r.figure.kind == "money" and r.figure.unit.split("/")[0] != c.figure.unit.split("/")[0]
                   and r.end <= len(before) and not before[r.end:].strip()
                   for r in read_figures(s.quote, article.date)):
            return False
    return True


# A lump sum given to be shared out among those a per-unit sum pays ("a Rs 2 crore fund to be
# shared among the affected families" against "Rs 1 crore for each family"): offer against demand.
_SHARED_AMONG = re.compile(r"\b(?:shared|divided|split|distributed|spread)\s+(?:out\s+)?(?:among|amongst|between)\s+"
                           r"(?:(?:the|all|its|their|[a-z]+ed)\s+){0,3}(?:of\s+)?([a-z]+)", re.I)


def _per_unit_merged(groups: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """Sums of one currency paid per head are one quantity however the head is named: "P200,000
    each" goes with "₱1 million to every flooded household" when "family" is the only head the
    sums of that currency name; and a lump sum "shared among the affected families" goes with
    them too (what is offered to all against what is demanded for each)."""
    heads: dict[tuple, set[str]] = {}
    for (kind, unit, about, when) in groups:
        m = re.fullmatch(r"([A-Z]+)/(\S+)", unit) if kind == "money" else None
        if m and m.group(2) != "each":
            heads.setdefault((m.group(1), about, when), set()).add(m.group(2))
    out: dict[tuple, list[Claim]] = {}
    for key, members in groups.items():
        kind, unit, about, when = key
        m = re.fullmatch(r"([A-Z]+)(?:/(\S+))?", unit) if kind == "money" else None
        named = heads.get((m.group(1), about, when), set()) if m else set()
        if m and len(named) == 1 and m.group(2) in (None, "each"):
            head = next(iter(named))
            among = m.group(2) == "each" or all(
                any((x := _SHARED_AMONG.search(s.quote)) and stem(x.group(1)) == stem(head)
                    or _per_head(head).search(s.quote) for s in c.sources)
                for c in members)
            if among:
                key = (kind, f"{m.group(1)}/{head}", about, when)
        out.setdefault(key, []).extend(members)
    return out


@lru_cache(maxsize=None)
def _per_head(head: str) -> re.Pattern[str]:
    """The sentence pays the sum per head though not right after it ("K90m (about $4,000) per
    flooded household", "to the household of each farmer affected")."""
    h = re.escape(head)
    return re.compile(rf"\b(?:per|each|every)\s+(?:[a-z]+\s+){{0,2}}?{h}(?:s|es)?\b"
                      rf"|\b{h}(?:s|es)?\s+of\s+(?:each|every)\b", re.I)


def _by_magnitude(units: list[list[Claim]]) -> list[list[list[Claim]]]:
    """Figures of one unit more than a hundred times apart count different things, a part and a
    whole ("about 300 homes were flooded" against "a survey of 2 million homes", "40 people
    treated" against "25,000 people at the festival"): estimates of one quantity are split there."""
    ordered = sorted(units, key=lambda u: (max(c.figure.high or c.figure.value for c in u), u[0].id))
    parts: list[list[list[Claim]]] = []
    for u in ordered:
        low = min(c.figure.value for c in u)
        if parts and low > 0 and low > MAGNITUDE * max(c.figure.high or c.figure.value for c in parts[-1][-1]):
            parts.append([u])
        elif parts:
            parts[-1].append(u)
        else:
            parts.append([u])
    return parts


def _figure_dispute(by_id: dict[str, Article], index, kind: str, unit: str, about: str | None, era: str | None,
                    units: list[list[Claim]]) -> list[Dispute]:
    """The dispute of figures about one quantity, one position per list of claims (a figure, or
    the figures one giver gives together: "300 killed and 2,700 wounded"); none when they agree."""
    units = _changes_merged(units)
    if kind == "money":
        # one sum told per family in one article and "each" in another is one position
        same: dict[tuple, list[Claim]] = {}
        for u in units:
            same.setdefault(tuple(sorted((c.figure.value, c.figure.high or 0) for c in u)), []).extend(u)
        units = list(same.values())
    group = [c for u in units for c in u]
    values = {tuple(sorted((c.figure.value, c.figure.high or 0) for c in u)) for u in units}
    articles_cited = {s.article for c in group for s in c.sources}
    if len(values) < 2:
        return []
    ordered = sorted((sorted(u, key=lambda c: (c.figure.value, c.figure.high or 0, c.id)) for u in units),
                     key=lambda u: (_size(u), sum(c.figure.high or 0 for c in u), u[0].id))
    positions, first_givers, dates = [], [], []
    for members in ordered:
        expressions, who, first = [], [], None
        for n, c in enumerate(members):
            read = len(expressions)
            for k, s in enumerate(c.sources):
                article = by_id[s.article]
                for r in read_figures(s.quote, article.date, index):
                    if r.figure.value == c.figure.value:
                        expressions.append(r.figure.expression)
                        given = giver(article, s.paragraph, s.quote, r.start, index)
                        who += [given] if given else []
                        first = given if (n, k) == (0, 0) else first
                        break
            if len(expressions) == read:
                expressions.append(c.figure.expression)
        when = sorted({c.figure.date for c in members} - {None})
        summary = "; ".join(dict.fromkeys(expressions))
        as_of = f" (as of {when[0]})" if len(when) == 1 else f" ({when[0]} to {when[-1]})" if when else ""
        positions.append(Position(summary=summary + as_of,
                                  actors=list(dict.fromkeys(who)), claims=[c.id for c in members],
                                  sources=list(dict.fromkeys(s for c in members for s in c.sources))))
        first_givers.append(first)
        dates.append(members[0].figure.date)
    compared = _compared(group, by_id)
    if len(articles_cited) < 2 and not _contested_within(group, first_givers) and not _said_contested(group, by_id) \
            and not compared:
        return []
    if not any(not _a_change(p, q) and (not _snapshots(dates[k], dates[k + 1 + m]) or _set_against(p, q) or compared)
               for k, p in enumerate(positions) for m, q in enumerate(positions[k + 1:])):
        # "cut the fine to 61 million from 87 million", "14 ships waiting on Monday, 22 on
        # Wednesday": a change over time, not two sides
        return []
    question = _figure_question(group, index, kind, unit, about)
    if era:  # figures about another time than the articles' own ("at the end of 2026")
        question = f"{question[:-1]} ({era})?"
    return [Dispute(id="", title=question, positions=positions,
                    found_by=["disputes: figures about one quantity that differ"])]


def _size(members: list[Claim]) -> float:
    """How large a position's estimate is: its counts of different states added up ("300 killed
    and 2,700 wounded"), the last of one giver's changing counts of one ("30, then 34")."""
    by_unit: dict[str, float] = {}
    for c in members:
        by_unit[c.figure.unit] = max(by_unit.get(c.figure.unit, 0), c.figure.value)
    return sum(by_unit.values())


def _changes_merged(units: list[list[Claim]]) -> list[list[Claim]]:
    """One giver's figures dated to different days are that giver's count changing over time ("30
    cases" on Tuesday, "raised its count to 34" on Friday): one position, not two sides."""
    out: list[list[Claim]] = []
    for u in units:
        who, when = u[0].actor, u[0].figure.date
        same = next((v for v in out if who is not None and v[0].actor == who
                     and all(_snapshots(when, c.figure.date) for c in v)), None)
        if same is not None:
            same.extend(u)
        else:
            out.append(list(u))
    return out


def _by_counted_group(key: tuple, group: list[Claim]) -> dict[str | None, list[Claim]]:
    """Counts of what happened to people ("injured") split by whom they count when the sources
    name two groups ("38 police officers" and "27 protesters"); a count that names none
    ("11 people") stays with the rest, unless there are several groups: then it is on its own."""
    kind, unit = key[0], key[1]
    if kind == "money":
        # "a fine of 40,000" and "a bribe of 900": sums of different things, unless their
        # sources name them alike ("put the bailout at 40", "the bailout would cost 65")
        nouns = [_money_nouns(c) for c in group]
        pairs = [(x, y) for x in range(len(group)) for y in range(x + 1, len(group)) if nouns[x] & nouns[y]]
        parts = [p for p in _connected(len(group), pairs) if nouns[p[0]]]
        if len(parts) < 2:
            return {None: group}
        named = {group[n].id: f"{k}" for k, part in enumerate(parts) for n in part}
        named.update({c.id: None for c in group if c.id not in named})
    elif kind != "count" or state_parts(unit) is None:
        return {None: group}
    else:
        named = {c.id: counted_group(c.figure.noun) for c in group}
    if len(set(named.values()) - {None}) < 2:
        return {None: group}
    out: dict[str | None, list[Claim]] = {}
    for c in group:
        out.setdefault(named[c.id], []).append(c)
    return out


@lru_cache(maxsize=1)
def _casualty_states() -> tuple[str, ...]:
    return tuple(load_data("figures")["casualty_states"])


def _casualty_families(groups: dict[tuple, list[Claim]], by_id: dict[str, Article]
                       ) -> list[tuple[tuple, list[list[Claim]]]]:
    """Estimates of the losses as a whole: counts of the dead, the wounded or both, of one era
    and counted group. The counts one sentence gives of different states ("300 killed and 2,700
    wounded") are one position, and so is a total ("3,800 killed and wounded"); when at least
    two such estimates differ they are one dispute, ((about, era), positions). Lone counts of
    one state keep their own quantity ("six killed" against "nine killed")."""
    family = frozenset(_casualty_states())
    pools: dict[tuple, list[Claim]] = {}
    for (kind, unit, about, era, who), group in groups.items():
        parts = state_parts(unit) if kind == "count" else None
        if parts and parts <= family:
            for c in group:
                pools.setdefault((_toll_era(era, c, by_id), who), []).append(c)
    out = []
    for (era, who), pool in pools.items():
        abouts = {c.figure.about for c in pool} - {None}
        if len(abouts) > 1:
            continue  # whose losses: two actors' counts are not one quantity
        sentence_of: dict[tuple, list[int]] = {}
        for n, c in enumerate(pool):
            for s in c.sources:
                sentence_of.setdefault((s.article, s.paragraph, s.quote), []).append(n)
        groups_of = [counted_group(c.figure.noun) for c in pool]
        pairs = [(x, y) for members in sentence_of.values() for x in members for y in members
                 if x < y and not state_parts(pool[x].figure.unit) & state_parts(pool[y].figure.unit)
                 and (None in (groups_of[x], groups_of[y]) or groups_of[x] == groups_of[y])]
        units = [[pool[n] for n in g] for g in _connected(len(pool), pairs)]
        whole = [u for u in units if len(frozenset().union(*(state_parts(c.figure.unit) for c in u))) > 1]
        values = {tuple(sorted(c.figure.value for c in u)) for u in whole}
        if len(values) >= 2:
            out.append(((next(iter(abouts), None), era), whole))
    return out


# Counts that only grow, told as totals so far: troops sent to a war ("about 9,000 soldiers have
# been sent", said in December, against "8,000" said in January) are one quantity however late
# each was told, like a casualty toll (`_toll_era`).
_RUNNING_TOTALS = frozenset({"troops"})


# "some 60 people were working on the pier" counts workers, as "35 workers were on the
# night shift" does.
_PEOPLE = frozenset({"people", "persons"})
_WORKING = re.compile(r"^[\s\"”’']*(?:(?:had|have|has)\s+been|were|are|was|is)\s+(?:still\s+|all\s+)?working\b"
                      r"|^\s+working\b", re.I)


def _working(c: Claim) -> bool:
    """A count of people the sentence says were working: a count of workers."""
    for s in c.sources:
        at = s.quote.find(c.figure.expression)
        if at >= 0 and _WORKING.search(s.quote[at + len(c.figure.expression):]):
            return True
    return False


def _toll_era(era: str | None, c: Claim, by_id: dict[str, Article]) -> str | None:
    """A toll is counted from the start of what it counts: a count dated to the month before its
    article ("some 2,000 killed or wounded" said "in late May", in a June article)
    is an earlier estimate of the same losses, not the losses of another time."""
    when = by_id[c.sources[0].article].date
    if not era or not when or precision(era) != "month" or len(when) < 7:
        return era
    year, month = int(when[:4]), int(when[5:7])
    before = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return None if era == before else era


def _snapshots(a: str | None, b: str | None) -> bool:
    """Two figures each dated to another day: counts at two times, not two claims about one."""
    return bool(a and b and a != b and precision(a) == "day" and precision(b) == "day")


def _set_against(p: Position, q: Position) -> bool:
    """Two figures told on different days are still two sides when one paragraph sets them side
    by side in the mouths of different givers ("She said the stoppage had cost "more than €25
    million". The union has said the real cost was no more than €9 million."): a rebuttal, not
    a count at two times."""
    shared = {(x.article, x.paragraph) for x in p.sources} & {(x.article, x.paragraph) for x in q.sources}
    return bool(shared) and bool(p.actors) and bool(q.actors) and not set(p.actors) & set(q.actors)


def _contested_within(group: list[Claim], givers: list[str | None]) -> bool:
    """Figures of one article about one quantity are two sides when the article says one
    re-estimates the other ("put the figure at 250"), or when different actors give them (the
    giver of each claim's first source). An ungiven figure may be the article's own, updated in
    a later line: then no dispute."""
    if any(REESTIMATE in c.found_by for c in group):
        return True
    return None not in givers and len(set(givers)) >= 2


# The article says the quantity is disputed ("The number of households cut off is
# also in question", "The totals remain contested"): its figures in that paragraph are sides.
_CONTESTED = re.compile(r"\b(?:number|numbers|count|counts|toll|tolls|figure|figures|total|totals|tally|estimates?)\b"
                        r"[^.;:]{0,80}?\b(?:is|are|remains?|was|were)\s+(?:also\s+|still\s+|hotly\s+)?"
                        r"(?:in\s+question|in\s+dispute|disputed|contested)\b", re.I)


# The article weighs one estimate against another ("The institute's estimate is higher than the
# one issued by the ministry last week", "But it is lower than Norland's reckoning").
_COMPARED = re.compile(r"\b(?:estimate|figure|count|toll|tally|number|total|it)\b[^.;:]{0,60}?\b(?:is|was|are|were)\s+"
                       r"(?:far\s+|much\s+|well\s+|slightly\s+|considerably\s+)?(?:higher|lower|larger|smaller|greater)"
                       r"\s+than\s+(?:the\s+one|the\s+ones|those|that|[A-Z][\w’'-]*(?:[’']s)?\s+(?:own\s+)?"
                       r"(?:reckoning|estimate|figure|count|toll|tally))\b")


def _compared(group: list[Claim], by_id: dict[str, Article]) -> bool:
    """Figures told on different days are sides when a paragraph that gives one of them weighs it
    against another ("The institute's estimate is higher than the one issued by the ministry")."""
    return any(_COMPARED.search(by_id[a].paragraphs[i].text) for a, i in _paragraphs_of(group))


def _said_contested(group: list[Claim], by_id: dict[str, Article]) -> bool:
    """Figures of one paragraph that the paragraph itself calls disputed."""
    where = _paragraphs_of(group)
    return len(where) == 1 and all(_CONTESTED.search(by_id[a].paragraphs[i].text) for a, i in where)


def _paragraphs_of(group: list[Claim]) -> set[tuple[str, int]]:
    """The (article, paragraph) pairs the claims of a group are cited from."""
    return {(s.article, s.paragraph) for c in group for s in c.sources}


def _a_change(p: Position, q: Position) -> bool:
    """Two values given in one sentence as a change ("to X from Y", "from Y to X")."""
    shared = {(x.article, x.paragraph, x.quote) for x in p.sources} & {(x.article, x.paragraph, x.quote) for x in q.sources}
    return any(re.search(r"\bfrom\b", quote) and re.search(r"\bto\b", quote) for _, _, quote in shared)


def _figure_question(group: list[Claim], index, kind: str, unit: str, about: str | None) -> str:
    whose = f" ({index.actor(about).name})" if about else ""
    if kind == "money":
        noun = _money_noun(group)
        # the currency as the sources write it ("pesos", not the PESO the figures share)
        words = Counter(w for c in group if (w := c.figure.expression.split()[-1].lower()) in _currency_words())
        code, _, per = unit.partition("/")
        currency = min(words, key=lambda w: (-words[w], w)) if words else code
        # "PHP/family": paid per family, in pesos ("How much per family, in PHP?")
        each = f" per {per}" if per and per != "each" and not per[0].isupper() else ""
        if not noun:
            return f"How much{each}{whose}, in {currency}?"
        verb = "are" if noun.endswith("s") and not noun.endswith(("ss", "us")) else "is"  # "the costs"
        return f"How much {verb} the {noun}{each}{whose}, in {currency}?"
    if kind == "percent" and unit == "% share" and about:
        name = index.actor(about).name
        if any(re.search(r"\bvot(?:e|es|ed|ers|ing)\b", s.quote, re.I) for c in group for s in c.sources):
            return f"What share of the vote did {name} win?"
        return f"What is {name}'s share?"
    if kind == "percent":
        what = unit.removeprefix("%").strip()
        return f"What percentage: {what}{whose}?" if what else f"What percentage{whose}?"
    penalty = re.fullmatch(r"(years|months|weeks) (ban|sentence)", unit)
    if penalty:  # "a four-year ban" against "no more than two years" (`figures._penalty_length`)
        return f"How long a {penalty.group(2)}{whose}, in {penalty.group(1)}?"
    if unit == _aboard_unit():  # "90 passengers", "96 people aboard"
        return f"How many people were aboard{whose}?"
    parts = unit.split("/")
    if all(_data_states().get(p) == p for p in parts):
        return f"How many were {' or '.join(parts)}{whose}?"
    # The noun as the sources write it, preferring one that names whose they are ("Tajik troops")
    nouns = Counter(c.figure.noun for c in group if c.figure.noun)
    ranked = sorted(nouns, key=lambda n: (not (about and index.mentions_in(n)), -nouns[n], n))
    if ranked and about and index.mentions_in(ranked[0]):
        return f"How many {ranked[0]}?"
    return f"How many {ranked[0] if ranked else unit}{whose}?"


@lru_cache(maxsize=1)
def _money_pattern() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(map(re.escape, load_data('figures')['money_nouns']))})\b", re.I)


def _sum_names(c: Claim) -> list[list[str]]:
    """What a sum is called in the clause before it ("put the cut at", "a fine of"), in each of
    its sources that quotes it: the money nouns named, in order, lower case."""
    out = []
    for s in c.sources:
        at = s.quote.find(c.figure.expression)
        if at >= 0:
            clause = re.split(r"[.;:!?]", s.quote[max(0, at - 80):at])[-1]
            out.append([n.lower() for n in _money_pattern().findall(clause)])
    return out


def _money_nouns(c: Claim) -> frozenset[str]:
    """What one sum is called in its sources, singular ("costs" = "cost")."""
    return frozenset(n[:-2] if n.endswith("sses") else n[:-1] if n.endswith("s") and not n.endswith("ss") else n
                     for names in _sum_names(c) for n in names)


def _money_noun(group: list[Claim]) -> str | None:
    """What the sums of a money dispute are, as their sources name it just before them ("put the
    cut at 120 billion pesos", "a fine of €5 million"): the noun named most often, None if none is."""
    seen = Counter(names[-1] for c in group for names in _sum_names(c) if names)
    return min(seen, key=lambda n: (-seen[n], n)) if seen else None


@lru_cache(maxsize=1)
def _aboard_unit() -> str:
    return load_data("figures")["aboard"]["unit"]


@lru_cache(maxsize=1)
def _currency_words() -> dict:
    return load_data("figures")["currency_words"]


@lru_cache(maxsize=1)
def _data_states() -> dict:
    return load_data("figures")["states"]


# The sides of a polarity dispute and of a confirmation dispute that answer one question.
_SAME_SIDE = {"Says it is so": ("Confirms it", "Does not deny it"),
              "Says it is not so": ("Denies or dismisses it", "Does not confirm it")}


def _same_question_merged(polar: list[Dispute], worded: list[Dispute]) -> list[Dispute]:
    """A polarity dispute asking what a confirmation dispute already asks ("Is it true that the
    mill had dumped caustic soda?" / "Is it true that its Delta mill dumped caustic soda in
    March?": every content word of its question in the other's) is that dispute: its
    sides join the other's, so one question is asked once."""
    def words(title: str) -> set[str]:
        return {stem(w.lower()) for w in _TOKEN.findall(title) if len(w) > 3} - {stem("true"), stem("that")}
    confirmations = [d for d in worded if any("confirmation" in f for f in d.found_by)]
    out = []
    for d in polar:
        mine = words(d.title)
        into = next((w for w in confirmations if mine and mine <= words(w.title)), None)
        if into is None:
            out.append(d)
            continue
        for p in d.positions:
            label = p.summary.split(":")[0]
            target = next((q for q in into.positions if q.summary.split(":")[0] in _SAME_SIDE.get(label, ())), None)
            if target is None:
                into.positions.append(p)
                continue
            target.actors = list(dict.fromkeys(target.actors + p.actors))
            target.claims = list(dict.fromkeys(target.claims + p.claims))
            target.sources = list(dict.fromkeys(target.sources + p.sources))
        into.found_by = list(dict.fromkeys(into.found_by + d.found_by))
    return out


def find_disputes(articles: list[Article], index, claims: list[Claim]) -> list[Dispute]:
    """Figure disputes, then contradictions; adds to `claims` the statement claims positions cite."""
    made: dict[tuple, Claim] = {}
    worded = (contradiction_disputes(articles, index, claims, made) + mirror_disputes(articles, index, claims, made)
              + continuation_disputes(articles, index, claims, made) + rival_cause_disputes(articles, index, claims, made)
              + request_disputes(articles, index, claims, made))
    covered = {(s.article, s.paragraph, s.quote) for d in worded for p in d.positions for s in p.sources}
    polar = _same_question_merged(polarity_disputes(articles, index, claims, made, covered), worded)
    disputes = figure_disputes(articles, index, claims) + worded + polar
    taken = {c.id for c in claims}
    for key, c in sorted(made.items(), key=lambda kv: kv[0]):
        c.id = unique_id(short_slug("statement " + c.text, 60), taken)
        claims.append(c)
        pending = "\0" + "\0".join(map(str, key))
        for d in disputes:
            for p in d.positions:
                p.claims = [c.id if x == pending else x for x in p.claims]
    used: set[str] = set()
    for d in disputes:
        d.id = unique_id(short_slug(d.title) or "dispute", used)
    return disputes
