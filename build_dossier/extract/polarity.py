"""Polarity: one actor says something is not so, another that it is.

"The union had not given the required notice" (the employers) against "notice was given on time"
(the union); "No passport numbers were accessed" (the company) against "the sample contains
passport numbers" (a researcher); "denied there was an outbreak" against "the classic conditions
for a cholera outbreak". No cue word marks the second side: it is any attributed sentence, by
another actor, that says the negated words without a negation.

A negative clause runs from a negation cue (data/disputes.yaml `polarity`) to the end of its
clause; its content words are its topic. A sentence is its counterpart when it shares two of
them (one, the clause's head noun, when the two stand in the same article at most a paragraph
apart, as a reply does) and no negation stands before them there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article
from ..resources import load_data
from .claims import speaker
from .mirror import stem
from .text import attribution_verbs, sentences, topic_stopwords

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_CLAUSE_END = re.compile(r"[,;:.!?“”\"()]|\s[—–]\s|\b(?:but|and|because|while|although|though|whereas|as|after|since|until)\b")


# A rule laid down for what is to come ("From Monday, no truck over 40 tonnes will be allowed
# to cross"): "no" + its noun phrase + a modal and a passive (Quirk et al. 1985, 4.49 ff., deontic
# modals) forbids; it says nothing that is so or not so.
_RULE = re.compile(r"[Nn]o\s+(?:[\w’'-]+\s+){1,6}?(?:will|shall|may|can|must)\s+(?:ever\s+|again\s+)?be\s+[a-z]+(?:ed|en)\b")


@dataclass(frozen=True)
class Assertion:
    """One clause of an attributed sentence: what it says, whether it says it is not so, and who says it."""

    article: str
    paragraph: int
    sentence: str
    start: int  # the clause's span in the sentence (for a negative one, from its cue)
    end: int
    holder: str
    negative: bool
    stems: tuple[str, ...]  # its content words, stemmed, in order
    head: str | None  # the negative clause's last noun-like word, stemmed ("notice", "outbreak")
    subject: tuple[str, ...] = ()  # a negative clause's words before its cue ("gratuidad is not")
    denial: bool = False  # "denied that ...": what follows is a whole clause, its subject first
    side: frozenset[str] = frozenset()  # a denial's holder and the bodies its paragraph names
    named: frozenset[str] = frozenset()  # a positive's actors named in it
    answers: tuple | None = None  # a rebuttal's: the statement it answers (article, paragraph, sentence)
    none_of: str | None = None  # what "No X ..." says there is none of, stemmed ("No alert came")


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = load_data("disputes")["polarity"]
    withhold = "|".join(re.escape(w) for w in sorted(data["withhold"], key=len, reverse=True))
    return {
        "negative": re.compile("|".join(data["negative"]), re.I),
        "rebuttal": re.compile("|".join(data["rebuttal"]), re.I),
        "withhold": re.compile(rf"\s*(?:(?:be|been|immediately|yet|publicly|directly)\s+)*(?:{withhold})\b", re.I),
        "stop": topic_stopwords() | frozenset(data["not_topic"]),
        "open_question": re.compile(data["open_question"], re.I),
        "verbs": attribution_verbs(),
    }


def _content(text: str, offset: int = 0) -> list[tuple[int, str]]:
    """Content words, stemmed, with their offsets; names left out (a place both sides name is
    where, not what, they disagree about)."""
    lex = _lexicon()
    out = []
    for m in _TOKEN.finditer(text):
        if m.group()[0].isupper() and m.start() > 0 and not re.search(r"[.!?“\"]\s*$", text[:m.start()]):
            continue
        w = m.group().lower().rstrip("’'s") if m.group().lower().endswith(("’s", "'s")) else m.group().lower()
        if len(w) > 3 and w not in lex["stop"] and w not in lex["verbs"]:
            out.append((offset + m.start(), stem(w)))
    return out


def _negations(sentence: str) -> list[tuple[int, int]]:
    """Spans (cue start, clause end) of the negative clauses of a sentence."""
    lex = _lexicon()
    out = []
    for m in lex["negative"].finditer(sentence):
        if lex["withhold"].match(sentence, m.end()):
            continue  # "did not say", "would not comment": no answer, not a denial
        if _RULE.match(sentence, m.start()):
            continue  # "no truck over 40 tonnes will be allowed to cross": a rule laid down, not a denial
        stop = _CLAUSE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if end > m.end():
            out.append((m.start(), end))
    return out


def find_assertions(articles: list[Article], index) -> list[Assertion]:
    """The negative clauses of attributed sentences, and every attributed sentence as a possible
    positive counterpart (its words outside any negative clause)."""
    out: list[Assertion] = []
    for article in articles:
        for i, p in enumerate(article.paragraphs):
            for s, e, own in _statements(p.text):
                sentence = p.text[s:e]
                holder = _subject_speaker(sentence, index) or (None if own else speaker(article, i, (s, e), index)) \
                    or _surname_speaker(article, i, sentence, (s, e), index)
                if holder is None:
                    continue
                negs = _negations(sentence)
                for a, b in negs:
                    clause = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, a)), default=0)
                    subject = [w for _, w in _content(sentence[clause:a])]  # "Gratuidad is not at risk"
                    words = [w for _, w in _content(sentence[a:b])]
                    plain = [t.group().lower() for t in _TOKEN.finditer(sentence[a:b])]
                    nouns = [stem(t) for t in plain if not t.endswith(("ed", "ing", "ly")) and stem(t) in words]
                    # "No alert came", "No charge has been notified": a subject said to be none,
                    # its verb right after it
                    none = re.match(r"[Nn]o\s+([^\W\d_][\w’'-]*)\s+(?:came|went|got|arrived|was|were|has|have|had|is|are|[a-z]+ed)\b",
                                    sentence[a:b])
                    if words:
                        out.append(Assertion(article.id, i, sentence, a, b, holder, True, tuple(words),
                                             nouns[-1] if nouns else None, tuple(subject),
                                             denial := bool(re.match(r"den|reports?\b|claims?\b|allegations?\b|rumou?rs?\b|suggestions?\b",
                                                                     sentence[a:b], re.I)),
                                             _side(p.text, holder, index) if denial else frozenset(),
                                             none_of=stem(none.group(1)) if none else None))
                rebuttal = _rebuttal(sentence, holder, article.id, i, out, index)
                if rebuttal is not None:
                    out.append(rebuttal)
                skip = {k for a, b in negs for k in range(a, b)}
                # "held without charge" says there is no charge: no positive counterpart of "not charged"
                skip |= {k for w in re.finditer(r"\bwithout\s+(?:any\s+)?[\w’'-]+", sentence) for k in range(*w.span())}
                positive = [w for at, w in _content(sentence) if at not in skip]
                if positive:
                    out.append(Assertion(article.id, i, sentence, 0, len(sentence), holder, False,
                                         tuple(positive), None,
                                         named=frozenset(a for _, _, a in index.mentions_in(sentence))))
    return out


def _rebuttal(sentence: str, holder: str, article: str, i: int, said: list[Assertion], index) -> Assertion | None:
    """"We are not taking X's word for it", "that was simply not true": a rebuttal with no words of
    its own answers the statement before it (earlier in its paragraph or in the one before) by
    another actor, not of its side."""
    m = _lexicon()["rebuttal"].search(sentence)
    if not m:
        return None
    for before in reversed(said):
        if before.article != article or before.paragraph < i - 1:
            break
        if before.negative or before.sentence == sentence or before.holder == holder \
                or _same_side(before.holder, holder, index):
            continue
        stop = _CLAUSE_END.search(sentence, m.end())
        return Assertion(article, i, sentence, m.start(), stop.start() if stop else len(sentence), holder, True,
                         before.stems, None, answers=(before.article, before.paragraph, before.sentence))
    return None


def _subject_speaker(text: str, index) -> str | None:
    """The actor a reporting verb follows in this statement ("the union's Niels de Vries said"),
    when it names one: a semicolon's second half may have another speaker than the sentence."""
    verbs = _lexicon()["verbs"]
    mentions = index.mentions_in(text)
    for s, e, actor in mentions:
        following = re.findall(r"[\w’'-]+", text[e:e + 40].lower())[:2]
        if following and following[0] in verbs and not re.match(r"[’']s\b", text[e:]):
            return actor
    if mentions and re.fullmatch(r"[\s“\"‘']*(?:[Tt]he\s+)?", text[:mentions[0][0]]):
        # "X and the country's university rectors say ...": the first of a coordinated subject
        m = re.match(r"\s+and\s+((?:[\w’'-]+\s+){1,6})", text[mentions[0][1]:])
        words = m.group(1).lower().split() if m else []
        if any(w in verbs for w in words[1:]):
            return mentions[0][2]
    return None


def _surname_speaker(article: Article, i: int, sentence: str, span: tuple[int, int], index) -> str | None:
    """"Mr Sharma, who is not related to the doctor, also said ...": a surname two people of the
    story share names none of them alone; the one the paragraph quotes elsewhere is the speaker."""
    m = re.match(r"[\s“\"‘']*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([A-Z][\w’'-]+)\b", sentence)
    if not m or not any(w.lower() in _lexicon()["verbs"] for w in _TOKEN.findall(sentence)):
        return None
    text = article.paragraphs[i].text
    others = {speaker(article, i, (s, e), index) for s, e in sentences(text) if (s, e) != span}
    named = {a for a in others if a and index.actor(a).kind == "person"
             and index.actor(a).name.split()[-1] == m.group(1)}
    return named.pop() if len(named) == 1 else None


def _statements(text: str) -> list[tuple[int, int, bool]]:
    """Sentences, and the parts of one that a semicolon joins ("X said ...; Y said ..."), each of
    which may have its own speaker; and a contrasting clause with its own subject (", while the
    institute accused ..."), true when it is one: only a speaker named in it holds it."""
    out = []
    for s, e in sentences(text):
        at = s
        for m in re.finditer(r";\s+", text[s:e]):
            out.append((at, s + m.start(), False))
            at = s + m.end()
        contrast = re.search(r",\s+(?:while|whereas)\s+(?=(?:the\s+)?[\w’'-]+)", text[at:e])
        if contrast:
            out.append((at, at + contrast.start(), False))
            out.append((at + contrast.end(), e, True))
        else:
            out.append((at, e, False))
    return out


def contrary_pairs(said: list[Assertion], index) -> list[tuple[int, int]]:
    """(negative, positive) index pairs of `said` that are contrary. Only the positives sharing
    a word with a negative are compared: no pair shares none, and all pairs would be quadratic."""
    by_word: dict[str, list[int]] = {}
    for y, pos in enumerate(said):
        if not pos.negative:
            for w in set(pos.stems):
                by_word.setdefault(w, []).append(y)
    pairs = []
    for x, neg in enumerate(said):
        if not neg.negative:
            continue
        words = set(neg.stems) | set(neg.subject) if neg.denial or neg.answers else {neg.stems[0]}
        for y in sorted({y for w in words for y in by_word.get(w, ())}):
            if contrary(neg, said[y], index):
                pairs.append((x, y))
    return pairs


def contrary(neg: Assertion, pos: Assertion, index) -> bool:
    """Does `pos` say, as another actor, what `neg` says is not so?"""
    if not neg.negative or pos.negative or neg.holder == pos.holder:
        return False
    if (neg.article, neg.paragraph, neg.sentence) == (pos.article, pos.paragraph, pos.sentence):
        return False
    if _same_side(neg.holder, pos.holder, index):
        return False
    if _lexicon()["open_question"].search(pos.sentence[pos.start:pos.end]):
        return False  # "the question now is whether ...": asks, says nothing is so
    if neg.answers:
        return (pos.article, pos.paragraph, pos.sentence) == neg.answers
    shared = (set(neg.stems) | set(neg.subject)) & set(pos.stems)
    if neg.stems[0] not in shared and not neg.denial:
        return False  # what is negated comes first ("had not given notice", "no passport numbers")
    near = neg.article == pos.article and abs(neg.paragraph - pos.paragraph) <= 1
    if len(shared) >= 2 or (near and (neg.head in shared or neg.none_of in shared)):
        # "No alert came to our phones" / "The alerts went out": what there is said to be none of
        # is, like the clause's last noun, what a reply a paragraph away answers
        return True
    # a denial answers what stands a paragraph away and names the denier's side as its agent
    # ("observers saw the police fire tear gas into a peaceful column" / the police chief "denied
    # that officers had charged peaceful marchers"): one shared word will do
    return near and neg.denial and bool(shared) and _names_side(pos, neg)


def _side(paragraph: str, holder: str, index) -> frozenset[str]:
    """The holder and the bodies (not places) its paragraph names: whom a denial speaks for
    ("Gen. X denied that officers ... 'The police intervened only after ...', he said")."""
    return frozenset({holder} | {a for _, _, a in index.mentions_in(paragraph)
                                 if index.actor(a).kind in ("organization", "group")})


def _names_side(pos: Assertion, neg: Assertion) -> bool:
    """Does `pos` name the denier's side, other than as its own speaker?"""
    return bool(neg.side & (pos.named - {pos.holder}))


def _same_side(a: str, b: str, index) -> bool:
    """One actor speaking for the other ("the company's chief executive")."""
    x, y = index.actor(a), index.actor(b)
    bodies = index.cache.get("officer-bodies") or {}
    if bodies.get(a) == b or bodies.get(b) == a:
        return True  # "Chief Executive X" speaking for the company every report of them names
    return any(other.name and other.name in (one.role or "") for one, other in ((x, y), (y, x)))
