"""Mirror claims: each side says the other did it ("Y's troops fired first", says X; "X's guards
fired first", says Y). A generic shape of dispute that no cue word marks: the same predicate, two
speakers, and each names the other's side as the one who did it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article
from ..resources import load_data
from .claims import speaker
from .text import attribution_verbs, sentences

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_AUX = frozenset(["had", "has", "have", "was", "were", "is", "are", "been", "be", "would", "will", "did"])


@dataclass(frozen=True)
class Said:
    article: str
    paragraph: int
    sentence: str
    holder: str
    side: frozenset[str]  # the holder and the actors named with it ("Dushanbe's ministry")
    subject: str  # whom the holder says did it
    predicate: str  # what they did, as written
    stems: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    verbs = attribution_verbs()
    stop = frozenset(str(w).lower() for w in load_data("events")["stopwords"]) | _AUX
    return verbs, stop


def stem(word: str) -> str:
    """A crude stem: "fired", "fire" and "firing" meet; so do "opened" and "opens"."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:5]


def _said(article: Article, i: int, sentence: str, index) -> Said | None:
    holder = speaker(article, i, sentence, index)
    if not holder:
        return None
    verbs, stop = _words()
    verb = next((m for m in _TOKEN.finditer(sentence) if m.group().lower() in verbs), None)
    if verb is None:
        return None
    mentions = index.mentions_in(sentence)
    side = {holder} | {a for s, e, a in mentions if e <= verb.start()}
    who = index.actor(holder)
    for name in [who.name, *who.aliases]:  # "State Border Service of Kyrgyzstan" is on Kyrgyzstan's side
        side |= {a for _, _, a in index.mentions_in(name)}
        side |= {a for w in _TOKEN.findall(name) if w[:1].isupper() for a in [index.resolve(w)] if a}
    after = [(s, e, a) for s, e, a in mentions if s >= verb.end()]
    if not after or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", sentence[verb.end():after[0][0]]):
        return None
    s, e, subject = after[0]
    clause = re.sub(r"^[’']s\b", "", re.split(r"[,;:]|\band that\b|\bbut\b", sentence[e:])[0])
    stems = frozenset(stem(w) for w in _TOKEN.findall(clause) if w.lower() not in stop and len(w) > 2)
    return Said(article.id, i, sentence, holder, frozenset(side), subject, clause.strip(" .”\""), stems)


def find_said(articles: list[Article], index) -> list[Said]:
    out = []
    for article in articles:
        for i, p in enumerate(article.paragraphs):
            for s, e in sentences(p.text):
                said = _said(article, i, p.text[s:e], index)
                if said is not None:
                    out.append(said)
    return out


def mirrored(a: Said, b: Said, min_shared: int = 2) -> bool:
    return (a.holder != b.holder and a.subject != b.subject and a.subject in b.side
            and b.subject in a.side and len(a.stems & b.stems) >= min_shared)


def question(group: list[Said]) -> str:
    """"Who fired first?": the shortest predicate, from its first shared word to its last."""
    shared = frozenset.intersection(*(g.stems for g in group))
    best = min(group, key=lambda g: len(g.predicate))
    words = best.predicate.split()
    hits = [k for k, w in enumerate(words) if stem(re.sub(r"\W", "", w)) in shared]
    if not hits:
        return f"Who {best.predicate}?"
    span = words[hits[0]:hits[-1] + 1]
    while len(span) > 1:
        first, second = span[0].lower(), span[1].lower()
        if first in _AUX:
            span = span[1:]
        elif not first.endswith(("ed", "ing")) and (second in _AUX or second.endswith("ed")):
            span = span[1:]  # the subject's head noun: "guards had fired", "troops opened fire"
        else:
            break
    return f"Who {' '.join(span)}?"
