"""Attributed claims: "X said ...", "“...,” X told reporters", "according to X", embedded posts.

Each attributed sentence (with any all-quote sentences that continue it) is found in every
article; the same statement reported by several articles (same speaker, a shared quoted phrase
or the same content words) becomes one claim whose sources cite each article's paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


from ..model import Article, Claim, SourceRef
from ..ids import short_slug, unique_id
from .actors import ActorIndex
from .lexicon import alternation, fold, lexicon
from .text import sentences
from ..resources import load_data

# An embedded social post: body, then "— Name (@handle) Month D, YYYY".
_POST = re.compile(r"^(?P<body>.+?)\s*[—–-]\s*(?P<name>[^()\n—–]{2,60}?)\s*\(@\w+\)\s*"
                   r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$", re.S)
# A pull quote: the whole paragraph a quotation, then "— Name" (and, after a comma, where they work).
_PULL = re.compile(r"^\s*(?:[“\"])(?P<body>[^“”\"]{12,})[”\"]\s*[—–]\s*(?P<name>[^,;()\n—–]{3,60}?)"
                   r"(?:,\s*[^\n—–]{1,80})?\s*$")
# a straight opening quote never follows a letter or a stop: 'Joanna "Jo" Roe, repeated that
# "..."' quotes the second phrase, not the words between the nickname's closing quote and it
_QUOTED = re.compile(r"“([^”]{3,})”|(?<![\w.,;:!?’'])\"([^\"]{3,})\"|‘([^’]{6,})’")
# "said A, and that B", "said A, and repeated that B", "acknowledged A but maintains that B": two reported clauses
# and "said A and sent home B", "had done A and was expelling B": a second predicate of the subject
_DOUBLE = re.compile(r",?\s+and\s+(?:(?:repeated|added|insisted|stressed|maintained|warned)\s+)?that\s+"
                     r"|,?\s+but\s+(?:still\s+)?(?:maintains|maintained|insists|insisted|argues|argued)\s+(?:that\s+)?"
                     r"|,?\s+and\s+(?:then\s+)?(?:(?:was|were|has|had)\s+)?(?=(?:\w+ed|sent|gave|took|made|put|"
                     r"expelling|sending|ordering|giving)\s)")
# "X, who on Tuesday said A, ...": a statement the writer's sentence recalls in a relative clause
_RELATIVE_SAID = re.compile(r",\s+who\s+(?:had\s+)?(?:[\w\s]{0,30}?\s)?(?:said|told\s+\w+|insisted|claimed)\s+"
                            r"(?P<said>[^,;“”\"]{12,}),")
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "is", "was", "are", "were", "be",
         "been", "has", "have", "had", "it", "its", "this", "for", "with", "by", "as", "at", "from", "but",
         "not", "he", "she", "they", "we", "i", "said", "says", "would", "will", "could", "s"}


@dataclass
class Found:
    """One attributed passage in one paragraph."""

    article: str
    order: int  # the article's position (for stable ordering)
    paragraph: int
    start: int
    end: int
    speaker: str | None
    kind: str  # quote | statement
    quote: str  # verbatim passage
    fragments: list[str] = field(default_factory=list)  # quoted words, folded
    signal: str = ""
    voices: frozenset = frozenset()  # the speaker and whom they speak for (set by merge)
    named: frozenset = frozenset()  # actors named outside quotes in the passage
    names: frozenset = frozenset()  # the words of its voices' names and roles (set by merge)
    speaks_for: frozenset = frozenset()  # bodies this passage names its speaker's role after
    echo: bool = False  # another voice's statement the writer's sentence reports in passing

    @property
    def words(self) -> set[str]:
        """Content words of the passage (computed once: merging compares every pair)."""
        if "_words" not in self.__dict__:
            self.__dict__["_words"] = _content(self.quote)
        return self.__dict__["_words"]

    @property
    def numbers(self) -> set[str]:
        if "_numbers" not in self.__dict__:
            self.__dict__["_numbers"] = _numbers(self.quote)
        return self.__dict__["_numbers"]

    @property
    def no_comment(self) -> bool:
        """A refusal to comment ("declined to comment", "we have nothing to add")."""
        if "_no_comment" not in self.__dict__:
            self.__dict__["_no_comment"] = bool(_patterns().no_comment.search(fold(self.quote)))
        return self.__dict__["_no_comment"]

    @property
    def parts(self) -> list[set[str]]:
        """The content words of each reported clause, when the passage reports two ("said that A
        and that B") or its statement is one clause of the writer's sentence ("despite X's
        insistence that A"); else none."""
        if "_parts" not in self.__dict__:
            text = self.quote
            if self.signal.startswith("attribution-noun:"):
                m = re.search(rf"(?<![\w-]){re.escape(self.signal.split(':', 1)[1])}\s+that\s+", text)
                text = text[m.end():] if m else text
            pieces = _DOUBLE.split(_QUOTED.sub(lambda m: m.group(0).replace(" and that ", " and-that "), text))
            m = _RELATIVE_SAID.search(text)
            if m and len(pieces) == 1:  # "X, who on Tuesday said A, acknowledged that B": A and B
                pieces = [m.group("said"), text[:m.start()] + text[m.end() - 1:]]
            whole = len(pieces) == 1 and text == self.quote
            self.__dict__["_parts"] = [] if whole else [_content(p) for p in pieces]
        return self.__dict__["_parts"]

    @property
    def revised(self) -> str | None:
        """What the speaker's new figure counts, when the passage revises its own count ("raised
        its count of infected babies to 12": 'babi')."""
        if "_revised" not in self.__dict__:
            verb = self.signal.rsplit(":", 1)[-1]
            at = self.quote.find(verb) if verb in _RECOUNT else -1
            m = _REVISION.match(self.quote[at + len(verb):]) if at >= 0 else None
            self.__dict__["_revised"] = _stem(fold(m.group("noun")).split()[-1]) if m else None
        return self.__dict__["_revised"]

    @property
    def fragment_words(self) -> list[set[str]]:
        if "_fwords" not in self.__dict__:
            self.__dict__["_fwords"] = [_content(f) for f in self.fragments]
        return self.__dict__["_fwords"]

    @property
    def runs(self) -> set[tuple[str, ...]]:
        """Three content words in a row in a quoted phrase ("is held without charge" / "being held
        without charge": 'held without charg'), stemmed."""
        if "_runs" not in self.__dict__:
            out = set()
            for f in self.fragments:
                words = [_stem(w) for w in f.split() if w not in _STOP and len(w) > 2]
                out |= {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
            self.__dict__["_runs"] = out
        return self.__dict__["_runs"]

    @property
    def grams(self) -> set[tuple[str, ...]]:
        if "_grams" not in self.__dict__:
            self.__dict__["_grams"] = set().union(*(_grams(f) for f in self.fragments)) if self.fragments else set()
        return self.__dict__["_grams"]


@dataclass
class _Patterns:
    verb: re.Pattern
    according: re.Pattern
    noun: re.Pattern
    gap: re.Pattern
    appositive_gap: re.Pattern
    coordination_gap: re.Pattern
    pronoun_gap: re.Pattern
    bare_title_gap: re.Pattern
    anonymous_gap: re.Pattern
    org_gap: re.Pattern
    relative_gap: re.Pattern
    no_comment: re.Pattern
    fillers: str = ""


# Common nouns for a company ("the company said"), the body a name with a legal form names.
_COMPANY_WORDS = {"company", "firm", "group", "corporation", "carmaker", "automaker", "manufacturer", "maker",
                  "retailer", "airline", "conglomerate", "employer", "insurer", "lender", "operator", "producer"}


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = lexicon()
    months = alternation(sorted(lex.months))
    # "on Tuesday, 12 May,", "on Tuesday, May 12,": the date after the weekday goes with it
    date = rf"(?:,?\s+(?:\d{{1,2}}\s+(?:{months})|(?:{months})\s+\d{{1,2}}))?"
    when = rf"(?:(?:late|early|on|last|this|next)\s+)*(?:{alternation(sorted(lex.weekdays) + lex.time_words)}){date}\s*,?\s+"
    # "X, by contrast, said", "X, for its part, repeated": an aside between commas (English
    # conjunctive adverbs and linking phrases) stands between the subject and its verb
    aside = r"(?:however|by contrast|in contrast|for (?:its|his|her|their) part|meanwhile|in turn|in response|" \
            r"in reply|instead|though|too|for now|so far|in a statement)\s*,\s+"
    fillers = rf"(?:(?:{alternation(lex.fillers)}|not|\w+ly)\s+|{when}|{aside})*"
    nouns = r"(?:(?:military|foreign|defen[cs]e)\s+)?(?:intelligence|officials?|government|ministry|" \
            r"authorities|forces|army|administration|sources|media|spokesperson|spokesman|office|union|" \
            r"authority|service|company|group|party|side|delegation|campaign|team|lawyers?|inspectors?|" \
            r"investigators|researchers|experts|observers|monitors|negotiators|representatives|staff|" \
            r"statement|report|letter|release|communiqu[ée]|website|filing|notice)"
    titles = alternation(lex.titles)
    return _Patterns(
        verb=re.compile(rf"(?<![\w-])(?:{alternation(lex.verbs)})(?![\w-])"),
        according=re.compile(rf"(?i:{alternation(lex.according_to)})\s+"),
        noun=re.compile(rf"(?<![\w-])(?:{alternation(lex.attribution_nouns)})(?![\w-])"),
        # "The African Union (AU) Commission said": a body's executive named after it speaks for it
        gap=re.compile(rf"^\)?(?:['’]s)?(?:\s+(?:Commission|Council|Secretariat))?"
                       rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,5}})?"
                       rf"(?:(?:\s+[a-z]+)?\s+{nouns}(?:\s+to\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?)?\s*,?\s*{fillers}$"),
        appositive_gap=re.compile(rf"^,\s+(?:the|a|an|its|their|who|whose|which|citing|quoting|[A-Z][\w-]*['’]s|[a-z]+\s+(?:of|for|at))\s+[^,“”\"]{{2,120}},\s*{fillers}$"),
        coordination_gap=re.compile(rf"^(?:,(?=\s+(?:who|which)\s))?\s+(?:[^“”\";]|“[^“”]{{1,40}}”|\"[^\"]{{1,40}}\"){{2,150}}?\s(?:and|but)\s+{fillers}$"),
        pronoun_gap=re.compile(rf"(?:^|[\s,“”\"])(?P<p>[Hh]e|[Ss]he)\s+{fillers}$"),
        bare_title_gap=re.compile(rf"(?:^|\s)(?i:the)\s+(?P<t>(?i:{titles}))\s+{fillers}$"),
        # "Officials said", "a senior official at the presidential office told reporters"
        anonymous_gap=re.compile(rf"(?:^|\s)(?P<a>(?i:{alternation(sorted(lex.anonymous))}))"
                                 rf"(?:\s+(?:at|of|from|in|with)\s+(?:the\s+|its\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}})?"
                                 rf"\s+{fillers}$"),
        relative_gap=re.compile(rf"^,\s+(?:which|who)\s+{fillers}$"),
        org_gap=re.compile(rf"(?:^|[\s,“”\"])(?:(?P<the>(?i:the)\s+)?(?P<n>[a-z]{{3,}}|[a-z]+-[a-z]+)|(?P<it>[Ii]t))\s+{fillers}$"),
        no_comment=re.compile(rf"(?<![\w-])(?:{alternation([fold(x) for x in lex.no_comment])})(?![\w-])"),
        fillers=fillers,
    )


class _Reader:
    """Walks one article in order, remembering who spoke last (for "he said")."""

    def __init__(self, article: Article, order: int, index: ActorIndex):
        self.article, self.order, self.index = article, order, index
        self.last_speaker: tuple[int, str] | None = None  # (paragraph, person id)
        self.last_person: str | None = None
        self.last_body: tuple[int, str] | None = None  # (paragraph, organisation id) that spoke last
        self.spoke: set[str] = set()  # the people quoted so far
        self._current = -1
        self.prefer = {x for p in article.paragraphs for _, _, x in index.mentions_in(p.text)
                       if index.actor(x).kind == "person"}

    def paragraph(self, i: int) -> list[Found]:
        self._current = i
        text = self.article.paragraphs[i].text
        post = _POST.match(text)
        if post:
            who = self.index.resolve(post.group("name").strip())
            body = post.group("body")
            return [self._found(i, 0, len(body), who, "quote", "embedded-post", [fold(body)])]
        pull = _PULL.match(text)
        who = self.index.resolve(pull.group("name").strip()) if pull else None
        if who and self.index.actor(who).kind == "person":
            return [self._found(i, 0, len(text.rstrip()), who, "quote", "pull-quote", [fold(pull.group("body"))])]
        if _headline(text):
            return []
        mentions = self.index.mentions_in(text, self.prefer)
        out: list[Found] = []
        bare: tuple[int, int] | None = None  # the last sentence that attributes nothing
        for s, e in _clauses(text):
            if out and out[-1].end <= s and _all_quote(text[s:e]) and out[-1].paragraph == i \
                    and not _PATTERN_VERB_OUTSIDE(text, s, e):
                prev = out[-1]
                prev.end, prev.quote = e, text[prev.start:e]
                prev.fragments += _fragments(text[s:e])
                continue
            pieces = self._voices_in_turn(i, text, s, e, mentions)
            if pieces:
                out += pieces
                continue
            found = self._sentence(i, text, s, e, mentions)
            if found and out and out[-1].paragraph == i and out[-1].speaker == found.speaker \
                    and found.signal.startswith("pronoun:") and not found.fragments and out[-1].fragments \
                    and not _counts(found):
                prev = out[-1]  # "“...,” X told reporters. He said videos showed ...": one statement
                prev.end, prev.quote = e, text[prev.start:e]
                continue
            if found and bare and not found.fragments and (not out or out[-1].end <= bare[0]) \
                    and re.search(r"\b(?:by|to|of|with|against)\s+(?:it|this|that|them)\.?$", found.quote):
                # "The district has published a log showing the order went out. Its chair says the
                # district stands by it.": what the statement stands by is the sentence before
                found.start, found.quote = bare[0], text[bare[0]:e]
            bare = None if found else (s, e)
            if found:
                out.append(found)
            out += self._echoes(i, text, s, e, mentions, found)
            for ms, me, aid in mentions:
                if s <= ms < e and self.index.actor(aid).kind == "person":
                    self.last_person = aid
        return out

    def _echoes(self, i: int, text: str, s: int, e: int, mentions, found: Found | None) -> list[Found]:
        """Statements of other voices that a sentence reports in passing ("X said the committee had
        denied that ...", "a day after the ministry announced that ..."): each a passage that may
        cite a claim of that voice found elsewhere, never a claim of its own (see merge)."""
        pat = _patterns()
        sent = text[s:e]
        quoted = [(m.start() + s, m.end() + s) for m in _QUOTED.finditer(sent)]
        outside = [(ms, me, a) for ms, me, a in mentions if s <= ms and me <= e
                   and not any(q0 <= ms < q1 for q0, q1 in quoted)]
        state = (self.last_speaker, self.last_person, self.last_body)
        out, seen = [], {found.speaker} if found else set()
        for m in pat.verb.finditer(sent):
            vs, ve = s + m.start(), s + m.end()
            if any(q0 <= vs < q1 for q0, q1 in quoted) or not _verb_fits(m.group(0), sent, quoted, text[ve:e]):
                continue
            if re.search(r"(?:\bnot|\bnever|n[’']t)\s+(?:yet\s+)?$", text[s:vs]):
                continue
            who, signal = self._subject(text, s, vs, ve, outside)
            if who and who not in seen and signal in ("subject-verb", "body-noun") \
                    and self.index.actor(who).kind in ("organization", "country", "person") \
                    and re.match(r"\s+(?:that\s+|on\s+\w+\s+that\s+)?\S", text[ve:e]):
                seen.add(who)
                # the reported clause, from its subject to the end of the sentence
                at = max([ms for ms, me, a in outside if a == who and ms < vs] or [s])
                f = Found(self.article.id, self.order, i, at, e, who, "statement", text[at:e], _fragments(text[at:e]),
                          f"echo:{m.group(0)}", echo=True)
                out.append(f)
        self.last_speaker, self.last_person, self.last_body = state
        return out

    def _voices_in_turn(self, i: int, text: str, s: int, e: int, mentions) -> list[Found]:
        """"A says X, B puts it at Y, and C reported Z": one sentence, one statement per speaker,
        when each comma-joined clause has a subject and a verb of its own and the speakers of
        clauses next to each other differ; else nothing (the sentence is read whole)."""
        sent = text[s:e]
        bare = _QUOTED.sub(lambda m: "_" * len(m.group(0)), sent)
        cuts = [(m.start(), m.end()) for m in
                re.finditer(r"(?:,|:)\s+(?:and\s+|but\s+)?(?:(?:last|on|this|early|late|next)\s+[A-Z][a-z]+day\s+)?"
                            r"(?=[A-Z]|the\s|its\s)", bare)]
        if not cuts:
            return []
        verb = _patterns().verb
        spans = [[a, b] for a, b in zip([0] + [c[1] for c in cuts], [c[0] for c in cuts] + [len(sent)])]
        merged: list[list[int]] = []
        for a, b in spans:  # a clause with no verb ("The totals remain contested:") goes with the next
            if merged and not verb.search(bare[merged[-1][0]:merged[-1][1]]):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        if merged and not verb.search(bare[merged[-1][0]:merged[-1][1]]) and len(merged) > 1:
            last = merged.pop()
            merged[-1][1] = last[1]
        if len(merged) < 2:
            return []
        state = (self.last_speaker, self.last_person, self.last_body)
        out: list[Found] = []
        for a, b in merged:
            piece = sent[a:b].rstrip(" ,;:")
            f = self._sentence(i, text, s + a, s + a + len(piece), mentions)
            if f is None and out:
                continue  # "..., and the agency X reported four" with X not known: credited to no one
            said = f.signal.rsplit(":", 1)[-1] if f else ""
            at = piece.find(said) if said and ":" in f.signal else -1
            # each clause says something after its own verb ("Y puts it at five"), never a bare
            # "X said" closing the clause before it
            if not f or (out and out[-1].speaker == f.speaker) or at < 0 \
                    or re.fullmatch(_BARE_AFTER, re.split(r"[,;]", piece[at + len(said):])[0]) \
                    or not f.signal.startswith(("subject-", "body-noun", "pronoun", "anonymous")):
                self.last_speaker, self.last_person, self.last_body = state
                return []
            out.append(f)
        if len(out) < 2:
            self.last_speaker, self.last_person, self.last_body = state
            return []
        return out

    def _sentence(self, i: int, text: str, s: int, e: int, mentions) -> Found | None:
        pat = _patterns()
        sent = text[s:e]
        quoted = [(m.start() + s, m.end() + s) for m in _QUOTED.finditer(sent)]
        inside = lambda pos: any(a <= pos < b for a, b in quoted)  # noqa: E731
        outside = [(ms, me, a) for ms, me, a in mentions if s <= ms and me <= e and not inside(ms)]
        fragments = _fragments(sent)
        kind = "quote" if any(len(f.split()) >= 2 for f in fragments) else "statement"
        for m in pat.according.finditer(sent):
            pos = s + m.end()
            after = [x for x in outside if x[0] >= pos and re.fullmatch(r"(?:[a-z][\w’'-]*\s+){0,5}", text[pos:x[0]])]
            if after:
                return self._found(i, s, e, after[0][2], kind, "according-to", fragments)
            own = re.match(r"(its|their|the)\s+((?:[a-z]+\s+){0,2}[a-z]{3,})\b", text[pos:e])
            who = self._owned_body(text, s, pos, own.group(1), own.group(2)) if own else None
            if who:  # "Tunis expelled three diplomats, according to its foreign ministry"
                return self._found(i, s, e, who, kind, "according-to-body", fragments)
        for m in pat.noun.finditer(sent):
            ns, ne = s + m.start(), s + m.end()
            if inside(ns) or not re.match(r"\s+that\b|\s+(?:by|from)\b", text[ne:]):
                continue
            own = [x for x in outside if x[1] <= ns and re.fullmatch(r"['’]s\s+(?:\w+\s+)?", text[x[1]:ns])]
            by = [x for x in outside if x[0] > ne and re.fullmatch(r"\s+(?:by|from)\s+(?:the\s+)?[^,;“”\"]{0,60}?",
                                                                   text[ne:x[0]])
                  and re.match(r"\s+that\b", text[x[1]:])]
            who = (own or by or [None])[0]
            if who:
                return self._found(i, s, e, who[2], kind, f"attribution-noun:{m.group(0)}", fragments)
        for m in pat.verb.finditer(sent):
            vs, ve = s + m.start(), s + m.end()
            if inside(vs) or not _verb_fits(m.group(0), sent, quoted, text[ve:e]):
                continue
            if re.search(r"(?:\bnot|\bnever|n[’']t)\s+(?:yet\s+)?$", text[s:vs]) \
                    or re.match(r"\s*(?:Neither|Nobody|No one|None)\b", text[s:vs]):
                continue  # "X has not responded", "Neither X nor Y has commented": no statement
            if re.search(r"(?i:\bwhat)\s+(?:the\s+|its\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+$", text[s:vs]) \
                    and re.match(r"\s*(?:[,.;:]|and\b|$)", text[ve:e]):
                continue  # "Below: what the court said, what the observers said": what, not a statement
            if re.match(r"\s+(?:nothing|little)\s*(?:[,.;]|$|about\b|on\b|of\b|publicly\b|since\b|so\s+far\b)", text[ve:e]):
                continue  # "Ruritania has said nothing about its sailors": a silence, no statement
            if re.match(r"\s*,", text[ve:e]) and re.match(
                    r"\s*(?:While|As|When|After|Before|Once|If|Although|Though|Whereas|Since|Until)\b", text[s:vs]):
                continue  # "While the board deliberated, X was in Lima": an adverbial clause, nothing said
            who, signal = self._subject(text, s, vs, ve, outside)
            if signal == "anonymous" and m.group(0).startswith("put"):
                continue  # "Officials put the toll at 38": a figure of no one (see figures), no claim
            if signal:
                return self._found(i, s, e, who, kind, f"{signal}:{m.group(0)}", fragments)
        return None

    def _subject(self, text: str, s: int, vs: int, ve: int, outside):
        pat = _patterns()
        # a name's expansion or initials in brackets ("a hydrologist at SENAMHI (National ...
        # Administration), said") is no subject: the brackets are read as if left out
        # (a quoted translation in brackets is left as it is)
        brackets = [(m.start() + s, m.end() + s) for m in re.finditer(r"\([^()“”\"]*\)", text[s:vs])]
        before = [x for x in outside if x[1] <= vs and not any(b0 < x[0] < b1 for b0, b1 in brackets)]
        def unbracket(gap: str, me: int | None = None) -> str:
            if me is not None and gap.startswith(".") and re.search(r"(?<![\w.])(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros)$", text[:me]):
                gap = gap[1:]  # "Jo Roe Jr., the port authority's spokesman, told": the name's stop
            return re.sub(r"\s*\([^()“”\"]*\)", "", gap)
        for ms, me, aid in reversed(before[-4:]):
            if pat.appositive_gap.match(unbracket(text[me:vs], me)):  # "Rakhimov, the ministry's spokesman, said"
                return aid, "subject-appositive-verb"
        if before and pat.gap.match(unbracket(text[before[-1][1]:vs])):
            if self._nested(text[s:before[-1][0]]):
                return None, None  # "Parents of babies treated in the unit of X say": not X
            return before[-1][2], "subject-verb"
        if before and pat.relative_gap.match(text[before[-1][1]:vs]) \
                and (re.match(r"[^,;“”\"]*\d", text[ve:]) or re.match(r"\s+(?:that\s+)?[^,;“”\"]{12,},\s", text[ve:])) \
                and self.index.actor(before[-1][2]).kind in ("person", "organization"):
            # "X, who has said her community got no alert, met ...": the statement the sentence recalls
            # a figure in a relative clause: "the Commission, which announced 50.8%, and ..."
            return before[-1][2], "subject-relative-verb"
        after = [x for x in outside if x[0] >= ve]
        if after and re.fullmatch(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?", text[ve:after[0][0]]) \
                and re.search(r"[,”\"]\s*$", text[s:vs]):  # "..., said Dr. Jane Doe"
            return after[0][2], "verb-subject"
        if after and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[ve:after[0][0]]) \
                and self.index.actor(after[0][2]).kind in ("person", "organization"):
            return after[0][2], "passive-by"  # "the eleven reported by the Health Agency"
        head = text[s:vs]
        m = pat.pronoun_gap.search(head)
        if m:
            return self._antecedent(text, s + m.start("p")), "pronoun"
        m = pat.bare_title_gap.search(head)
        if m:
            who = self._titled(m.group("t"))
            if who:
                return who, "bare-title"
        m = pat.anonymous_gap.search(head)
        if m and not before or (m and before and before[-1][1] <= s + m.start()):
            return None, "anonymous"
        m = pat.org_gap.search(head)
        if m and not (before and before[-1][1] > s + m.start()):
            own = _mouthpiece_gap(m.group("n")).search(head) if m.group("n") in _MOUTHPIECES else None
            if own:  # "A ministry statement said", "a company spokesman told": that body speaks
                who = self._body(text, s + own.start("b"), own.group("b"))
                if who:
                    return who, "body-noun"
            pair = re.search(r"(?:^|\s)[Tt]he\s+([a-z]{3,})\s+$", head[:m.start("n")]) \
                if m.group("n") and not m.group("the") else None
            # "the rescue service had insisted": a body named by two common words of its name
            who = self._body(text, s + m.start(), f"{pair.group(1)} {m.group('n')}") if pair else None
            who = who or self._body(text, s + m.start(), m.group("n"), bool(m.group("the")))
            if who:
                return who, "body-noun" if m.group("n") else "pronoun-it"
        # "X welcomed the cut but said ...": the clause's subject, the first person or body named.
        subjects = [x for x in before if self.index.actor(x[2]).kind in ("person", "organization")]
        # "At the assembly, X ... called on": a name in an opening phrase of place is no subject
        subjects = [x for x in subjects if not (
            re.fullmatch(r"\W*(?:In|At|On|From|Inside|Outside|Before|Within)\s+(?:the\s+)?", text[s:x[0]])
            and re.match(r"\s*,", text[x[1]:]))]
        if subjects and pat.coordination_gap.match(text[subjects[0][1]:vs]):
            return subjects[0][2], "subject-coordinated-verb"
        # "The court on Friday refused to stay the order, saying ...": the subject opening the sentence
        if subjects and text[vs:ve] in ("saying", "telling") and re.search(r",\s*$", text[s:vs]) \
                and re.fullmatch(r"\W*(?:[A-Z][\w.-]*[,:]?\s+|\d+[,:]?\s+){0,5}(?:the\s+)?", text[s:subjects[0][0]]):
            return subjects[0][2], "subject-participle"
        return None, None

    @staticmethod
    def _nested(head: str) -> bool:
        """The clause opens with a common noun that the name only qualifies, deep in a phrase
        ("Parents of babies treated in the neonatal unit of ..."): the noun is the subject."""
        m = re.match(r"\s*(?:[A-Z][a-z]+)\s+(?:of|from|at|in)\s+(?P<rest>[^,;“”\"]*)$", head)
        if not m or m.group(0).split()[0].lower() in lexicon().anonymous:
            return False
        return len(re.findall(r"\b(?:of|in|at|from|for|with)\b", m.group("rest"))) >= 1 and len(m.group("rest").split()) >= 4

    def _antecedent(self, text: str, at: int) -> str | None:
        """He/she: the speaker already named in this paragraph, else the last person named in it
        outside quotes, else the last speaker of the article."""
        if self.last_speaker and self.last_speaker[0] == self._current:
            return self.last_speaker[1]
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        people = [a for ms, me, a in self.index.mentions_in(text[:at], self.prefer)
                  if self.index.actor(a).kind == "person" and not any(q0 <= ms < q1 for q0, q1 in quoted)]
        if people:
            # of the people named, one who has already spoken in the article ("Becker pointed to the
            # storm. According to the co-op, X's network recorded 11 strikes. '...,' he said.")
            spoke = [a for a in people if a in self.spoke]
            return (spoke or people)[-1]
        return self.last_speaker[1] if self.last_speaker else self.last_person

    def _body(self, text: str, at: int, noun: str | None, the: bool = True) -> str | None:
        """'It said': the last organisation named before it in the paragraph (outside quotes).
        'The hospital said': the last organisation with that word in its name named before it in
        the paragraph, else in the paragraphs before; 'police said': the body whose whole name is
        that word."""
        def orgs(t: str) -> list[str]:
            quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(t)]
            return [a for ms, me, a in self.index.mentions_in(t, self.prefer)
                    if self.index.actor(a).kind == "organization" and not any(q0 <= ms < q1 for q0, q1 in quoted)]
        if noun is None:
            found = orgs(text[:at])
            return found[-1] if found else None
        word = fold(noun)  # "co-op": 'co op', matched as words in a row
        if word in _MOUTHPIECES - {"statement"} and not the:
            # "The firm denied it. '...,' a spokesman said": an unnamed spokesperson
            # speaks for the body that spoke before in the paragraph, else the last one named in it
            if self.last_body and self.last_body[0] == self._current:
                return self.last_body[1]
            found = orgs(text[:at])
            return found[-1] if found else None
        if word in _body_words():
            # "the same body said", "the agency added": the body that spoke last in the paragraph,
            # else the last one named in it
            if self.last_body and self.last_body[0] == self._current:
                return self.last_body[1]
            found = orgs(text[:at])
            return found[-1] if found else (self._office_holder(word) if the else None)
        for t in [text[:at]] + [p.text for p in reversed(self.article.paragraphs[:self._current])] if the else []:
            for a in reversed(orgs(t)):
                actor = self.index.actor(a)
                if any(f" {word} " in f" {fold(n)} " for n in [actor.name] + actor.aliases):
                    return a
        who = self.index.resolve(noun.capitalize())
        if who and self.index.actor(who).kind == "organization" and fold(self.index.actor(who).name) == word:
            return who
        if the and word not in _COMPANY_WORDS and self._only_body(noun):
            # "the regulator said": the story's one body with that word in its name, when this
            # article has not named it in full before
            return self._only_body(noun)
        if the and word in _COMPANY_WORDS:
            # "the company said": the last company named before it (a name with a legal form, "X SE")
            forms = lexicon().legal_forms
            heads = _company_heads()
            for test in (lambda n: n.split()[-1] in forms, lambda n: n.split()[-1].lower() in heads):
                # a name with a legal form first, else one ending in a company noun ("X Chemical Industries")
                for t in [text[:at]] + [p.text for p in reversed(self.article.paragraphs[:self._current])]:
                    for a in reversed(orgs(t)):
                        actor = self.index.actor(a)
                        if any(n.split() and test(n) for n in [actor.name] + actor.aliases):
                            return a
        return self._office_holder(word) if the else None

    def _office_holder(self, word: str) -> str | None:
        """"the ministry said" in a story that names no ministry as a body: the one person whose
        role's title heads that office (`title_bodies`: "Transport Minister Jo Roe"), who speaks for it."""
        if word not in set(_title_bodies().values()) or any(
                a.kind == "organization" and any(word in fold(n).split() for n in [a.name] + list(a.aliases))
                for a in self.index.actors):
            return None
        offices = _title_bodies()
        hits = {a.id for a in self.index.actors if a.kind == "person" and a.role
                and offices.get(fold(a.role).split()[-1] if fold(a.role).split() else "") == word}
        return next(iter(hits)) if len(hits) == 1 else None

    def _owned_body(self, text: str, s: int, at: int, det: str, noun: str) -> str | None:
        """"according to its foreign ministry": the body of the story whose name ends with these
        words and names the sentence's subject before it (its country or its organisation);
        "according to the ministry": the body with that word named last (see _body)."""
        if det == "the":
            return self._body(text, at, noun.split()[-1]) if noun.split()[-1] in _body_words() or \
                any(noun.split()[-1] in fold(a.name).split() for a in self.index.actors if a.kind == "organization") \
                else None
        owners = [a for ms, me, a in self.index.mentions_in(text[s:at], self.prefer)]
        if not owners:
            return None
        owner = self.index.actor(owners[0])
        keys = {fold(n) for n in [owner.name] + list(owner.aliases)}
        want = fold(noun).split()
        hits = [a.id for a in self.index.actors if a.kind == "organization" and any(
                fold(n).split()[-len(want):] == want and any(f" {k} " in f" {fold(n)} " for k in keys)
                for n in [a.name] + list(a.aliases))]
        return hits[0] if len(hits) == 1 else None

    def _only_body(self, noun: str) -> str | None:
        """The one organisation of the story with that word in its name, if only one has it."""
        word = fold(noun)
        hits = [a.id for a in self.index.actors if a.kind == "organization"
                and any(word in fold(n).split() for n in [a.name] + list(a.aliases))]
        return hits[0] if len(hits) == 1 else None

    def _titled(self, title: str) -> str | None:
        """'the president' = the last speaker or person whose role has that title."""
        for aid in (self.last_speaker[1] if self.last_speaker else None, self.last_person):
            if aid and title.lower() in (self.index.actor(aid).role or "").lower():
                return aid
        return None

    def _found(self, i, s, e, who, kind, signal, fragments) -> Found:
        text = self.article.paragraphs[i].text
        if who and self.index.actor(who).kind == "person":
            self.last_speaker = (i, who)
            self.last_person = who
            self.spoke.add(who)
        elif who and self.index.actor(who).kind == "organization":
            self.last_body = (i, who)
        quoted = [(m.start() + s, m.end() + s) for m in _QUOTED.finditer(text[s:e])]
        named = frozenset(a for ms, me, a in self.index.mentions_in(text, self.prefer)
                          if s <= ms and me <= e and not any(q0 <= ms < q1 for q0, q1 in quoted))
        # a body named by a word of its name ("by the commission's count of 50.8%")
        for m in re.finditer(r"\b[Tt]he\s+([a-z]{3,})['’]s\s", text[s:e]):
            if not any(q0 <= s + m.start() < q1 for q0, q1 in quoted):
                x = self._body(text, s + m.start(), m.group(1)) or self._only_body(m.group(1))
                named |= {x} - {None}
        return Found(self.article.id, self.order, i, s, e, who, kind, text[s:e], fragments, signal, named=named,
                     speaks_for=self._role_bodies(who, text, s, named) | self._workplace(who, text, s, e, quoted))

    def _workplace(self, who: str | None, text: str, s: int, e: int, quoted) -> frozenset:
        """The body a person quoted works at, named with them in the passage: "Jo Roe, a weather
        specialist at the Met Agency, said", "Met Agency forecaster Jo Roe told" (an occupation
        noun between the two: "-ist", "-er", "-or", "official"; never "the Kremlin critic X" nor
        one who only deals with the body: "Acme customer", "shareholder", "passenger")."""
        if not who or self.index.actor(who).kind != "person":
            return frozenset()
        found = [(ms, me, a) for ms, me, a in self.index.mentions_in(text, self.prefer)
                 if s <= ms and me <= e and not any(q0 <= ms < q1 for q0, q1 in quoted)]
        org = lambda a: self.index.actor(a).kind == "organization"  # noqa: E731
        after_at, after_title, before_job, the_noun_title, owner_title, its_title = _workplace_patterns()
        out = set()
        for n, (ms, me, a) in enumerate(found):
            if a != who:
                continue
            m = after_at.match(text[me:e]) or after_title.match(text[me:e])
            out |= {b for bs, _, b in found[n + 1:n + 2] if m and bs == me + m.end() and org(b)}
            # "Met Agency forecaster Jo Roe", "ABC chairwoman Dr Jo Roe" (an honorific between)
            out |= {b for _, be, b in found[max(0, n - 1):n] if org(b) and before_job.fullmatch(text[be:ms])}
            # "the board's chairwoman, Dr Jo Roe", "Acme's spokeswoman Jo Roe": the body
            # whose title the person holds, named by a word of its name before it
            p = the_noun_title.search(text[max(0, ms - 90):ms])
            if p:
                out |= {self._body(text, ms - len(p.group(0)), p.group("noun")) or self._only_body(p.group("noun"))} - {None}
            out |= {b for _, be, b in found[max(0, n - 1):n] if org(b) and owner_title.fullmatch(text[be:ms])}
            # "The board refused. Its chairwoman, Dr Jo Roe, said": the body before
            p = its_title.search(text[max(0, ms - 90):ms])
            if p:
                out |= {self._its_body(text, ms - len(p.group(0)))} - {None}
        return frozenset(out)

    def _its_body(self, text: str, at: int) -> str | None:
        """The body "its" stands for: the last one named before in the paragraph, else the last
        "the <noun>" there that names one ("the board"), else the body that spoke last."""
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        named = [a for ms, me, a in self.index.mentions_in(text[:at], self.prefer)
                 if self.index.actor(a).kind == "organization" and not any(q0 <= ms < q1 for q0, q1 in quoted)]
        if named:
            return named[-1]
        for m in reversed(list(re.finditer(r"\b[Tt]he\s+([a-z]{3,})\b", text[:at]))):
            if not any(q0 <= m.start() < q1 for q0, q1 in quoted):
                who = self._body(text, m.start(), m.group(1)) or self._only_body(m.group(1))
                if who:
                    return who
        return self.last_body[1] if self.last_body else None

    def _role_bodies(self, who: str | None, text: str, s: int, named: frozenset) -> frozenset:
        """The bodies a person speaks for, read where they are quoted: "the ministry's spokesman"
        (the last ministry named before), "the spokesman of the Ruritanian foreign ministry" (a body
        named in the passage whose last word the role has)."""
        if not who or self.index.actor(who).kind != "person":
            return frozenset()
        actor = self.index.actor(who)
        role = fold(actor.role or "").split()
        out = set()
        m = re.match(r"(?:the\s+|its\s+)?([a-z][\w-]*?)['’]s\s", actor.role or "")
        if m and m.group(1) not in lexicon().stop:
            out |= {self._body(text, s, m.group(1))} - {None}
        for x in named:
            body = self.index.actor(x)
            if body.kind == "organization" and fold(body.name).split()[-1:] and fold(body.name).split()[-1] in role:
                out.add(x)
        if not out and _officer_title(actor.role) and not any(
                self.index.actor(y).kind == "organization" for _, _, y in self.index.mentions_in(actor.role or "")):
            # "The board rejected that. '...,' spokeswoman Jo Roe said": a spokesperson whose role
            # names no body speaks for the body that spoke before them in the paragraph
            if self.last_body and self.last_body[0] == self._current:
                out.add(self.last_body[1])
        return frozenset(out)


# What speaks for a body without a name of its own: "a spokeswoman said", "A ministry statement said"
_MOUTHPIECES = {"spokeswoman", "spokesman", "spokesperson", "statement"}


@lru_cache(maxsize=None)
def _mouthpiece_gap(noun: str) -> re.Pattern[str]:
    """"A ministry statement said", "a company spokesman told": a body's common noun before one of
    `_MOUTHPIECES`, then the gap's fillers up to the verb; compiled once for each mouthpiece."""
    return re.compile(rf"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?P<b>[a-z]{{3,}})\s+{re.escape(noun)}\s+{_patterns().fillers}$")


@lru_cache(maxsize=1)
def _company_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("attribution").get("company_name_words", []))


@lru_cache(maxsize=1)
def _head_titles() -> str:
    """Titles of a body's officers and spokespeople ("chairperson", "secretary general",
    "spokeswoman", "coordinator"): `organisation_titles` in data/names.yaml and `head_titles` in
    data/attribution.yaml, longest first, as a regex alternation."""
    words = set(lexicon().org_titles) | {fold(w) for w in load_data("attribution").get("head_titles", [])}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _workplace_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns `_Reader._workplace` reads a person's workplace with, the titles of
    `_head_titles` built in once: after the name (", a weather specialist at the", ", head of
    the"), right before it ("Met Agency forecaster"), and a title owned by a body ("the board's
    chairwoman", "Acme's spokeswoman", "Its chairwoman,")."""
    heads = _head_titles()
    return (
        re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}(?:at|with|for)\s+(?:the\s+)?"),
        re.compile(rf",\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:{heads})\s+(?:of|at)\s+(?:the\s+)?"),
        re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:(?!(?:customer|supporter|user|voter|viewer|reader|listener|shareholder|"
                   r"investor|borrower|passenger|member|former)\s)[a-z][\w-]*(?:ist|er|or|yst|official)"
                   rf"|{heads})\s+(?:[A-Z][a-z]+\.?\s+)?"),
        re.compile(rf"(?<![\w-])[Tt]he\s+(?P<noun>[a-z]{{3,}})['’]s\s+(?:[a-z][\w-]*\s+)?(?:{heads})"
                   rf"\s*,?\s+(?:[A-Z][a-z]+\.?\s+)?$"),
        re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+)?(?:{heads})\s*,?\s+(?:[A-Z][a-z]+\.?\s+)?"),
        re.compile(rf"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{heads}|[a-z]+(?:er|or|ist))"
                   rf"\s*,?\s+(?:[A-Z][a-z]+\.?\s+)?$"),
    )


def _headline(text: str) -> bool:
    """A headline or a section title left in the text ("Navy masses ships off the coast, officials
    say"): one short line with no final stop (nor a colon introducing a quote); a news
    sentence ends with one, a headline never does."""
    line = text.strip()
    return "\n" not in line and len(line.split()) <= 25 and bool(line) \
        and not re.search(r"[.!?…:;,][’'”\")\]]*$", line) and not _QUOTED.search(line)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The sentences, a sentence cut at a semicolon when each side attributes a statement of its
    own ("A said X; B said Y"): two speakers, two claims."""
    out = []
    for s, e in sentences(text):
        sent = text[s:e]
        bare = _QUOTED.sub(lambda m: "_" * len(m.group(0)), sent)
        cuts = [m.end() for m in re.finditer(r";\s+", bare)]
        spans = list(zip([0] + cuts, cuts + [len(sent)]))
        if cuts and all(_patterns().verb.search(bare[a:b]) for a, b in spans):
            out += [(s + a, s + a + len(sent[a:b].rstrip("; "))) for a, b in spans]
        else:
            out.append((s, e))
    return out


# What may follow a verb that only closes the clause before it ("X said on Monday.", "Y said in a
# statement"): no statement of its own.
_BARE_AFTER = re.compile(r"(?:,?\s+(?:on|late|early|last|this|in|at|to|a|an|the|earlier|later|statement|"
                         r"\w+day|reporters|journalists|week|weekend|morning|evening|night))*\s*[.!,]?\s*")


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("attribution").get("body_words", []))


def _PATTERN_VERB_OUTSIDE(text: str, s: int, e: int) -> bool:
    sent = text[s:e]
    bare = _QUOTED.sub(" ", sent)
    return bool(_patterns().verb.search(bare))


def _all_quote(sent: str) -> bool:
    return bool(re.fullmatch(r"\s*[“\"].*[”\"]\s*", sent, re.S))


_RECOUNT = ("raised", "raises", "revised", "revises", "lowered", "lowers", "updated", "updates")
_REVISION = re.compile(r"\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:count|toll|estimate|figure|tally)\s+"
                       r"of\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:up\s+|down\s+)?to\s+(?:about\s+|around\s+)?\d")


def _verb_fits(verb: str, sent: str, quoted, after: str = "") -> bool:
    """Verbs that attribute only with a quote or a complement ("called ... “x”", "called for");
    'called it/them X' names what they call it ("police called them fake news"), 'maintained that'
    reports a statement."""
    if verb in _RECOUNT:  # "the agency raised its count of infected cattle to 40": a new figure of its own
        return bool(_REVISION.match(after))
    if verb == "telling":  # "..., telling reporters in the capital that ...", never "a telling sign"
        at = sent.find(", telling ")
        return at >= 0 and bool(re.match(r"\s+[^.;“”\"]{1,60}?(?:\bthat\b|[:“\"])", after))
    if verb in ("called", "described", "describe", "describes", "continued", "maintained", "maintains") and not quoted:
        if verb == "called" and re.match(r"\s+(?:it|them|this|that|him|her)\s+(?:an?\s+|the\s+)?[a-z][\w-]*", after) \
                and not re.match(r"\s+\w+\s+(?:off|up|back|in|out|on|for|to|over|a\s+(?:meeting|halt|vote|press|news))\b", after):
            return True
        if verb in ("maintained", "maintains") and re.match(r"\s+that\b", after):
            return True
        return False
    return True


def _fragments(sent: str) -> list[str]:
    return [fold(next(g for g in m.groups() if g)) for m in _QUOTED.finditer(sent)]


def _grams(fragment: str, n: int = 4) -> set[tuple[str, ...]]:
    words = fragment.split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _stem(word: str) -> str:
    """A crude stem: "fired", "fires" and "fire" are "fir"; "opened" is "open"."""
    for suffix in ("ation", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) >= 4 and word.endswith("e") else word


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,\u202f ]\d{3})+(?![\d])|(?<![\w.,])\d+(?:\.\d+)?(?![\w]|[.,]\d)")


def _counts(f: Found) -> set[str]:
    """Every number of 10 or more in a passage, years left out, and counts of 10 or more written
    in words ("Fourteen of our children": '14')."""
    if "_counts" not in f.__dict__:
        words = _number_words()
        spelled = {str(words[w]) for w in fold(f.quote).split() if w in words and words[w] >= 10}
        f.__dict__["_counts"] = set(_numbers(f.quote, 10)) | spelled
    return f.__dict__["_counts"]


_TIME = re.compile(r"(?<![\w.:,])(\d{1,2})(?:[:.](\d{2}))?\s?([apAP])\.?[mM]\b")


def _numbers(text: str, least: float = 100) -> set[str]:
    """Distinctive numbers: 100 or more and not a year (a count, an amount, an estimate), and
    percentages with decimals ("49.4%", "2.75 per cent": a result or a rate, not a round share)."""
    out = set()
    for m in _NUMBER.finditer(text):
        value = re.sub(r"[,\u202f ]", "", m.group(0))
        n = float(value)
        if n >= least and not (1900 <= n <= 2100 and "." not in value and len(m.group(0)) == 4):
            out.add(value)
        elif "." in value and re.match(r"\s?(?:%|per\s?cent)", text[m.end():]):
            out.add(value + "%")
    # a time of day ("at 5 a.m.", "9:14 p.m."): as distinctive as a count when one voice repeats it
    out |= {f"{h}:{mm or '00'}{ap.lower()}m" for h, mm, ap in _TIME.findall(text)}
    return out


@lru_cache(maxsize=1)
def _wording() -> tuple[dict[tuple[str, ...], str], int]:
    """Synonym phrases as tuples of stems, each to its group's first word (data/attribution.yaml)."""
    data = load_data("attribution")
    phrases: dict[tuple[str, ...], str] = {}
    for group in data.get("synonyms", []):
        head = _stem(fold(group[0]).split()[0])
        for phrase in group:
            phrases[tuple(_stem(w) for w in fold(phrase).split())] = head
    return phrases, max((len(k) for k in phrases), default=1)


@lru_cache(maxsize=1 << 15)
def _content(text: str) -> frozenset[str]:
    """Content words, stemmed; a synonym (one word or several) read as its group's first word
    ("ordered out" and "expelled": 'expel')."""
    phrases, longest = _wording()
    words = fold(text).split()
    stems = [_stem(w) for w in words]
    out, i = set(), 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            head = phrases.get(tuple(stems[i:i + n]))
            if head:
                out.add(head)
                i += n
                break
        else:
            if words[i] not in _STOP and len(words[i]) > 2:
                out.add(stems[i])
            i += 1
    return frozenset(out)


def _same_claim(a: Found, b: Found, ignore: set[str]) -> float:
    """Same speaker, and a quoted phrase in common (1) or, across articles, the same rarer words
    (0.75); else 0."""
    if a.speaker is None or b.speaker is None:
        return 0.0
    other_voice = a.speaker != b.speaker
    if other_voice and (a.article == b.article or not _same_voice(a, b)):
        return 0.0
    if a.grams & b.grams:
        return 1.0
    for fa in a.fragments:
        for fb in b.fragments:
            short, long_ = sorted((fa, fb), key=len)
            if len(short.split()) >= 2 and f" {short} " in f" {long_} ":
                return 1.0
    if a.article == b.article:
        return 0.0
    if _echoed_fragment(a, b, ignore) or a.runs & b.runs:
        return 0.75
    if a.no_comment and b.no_comment:
        return 0.75  # one voice declining to comment, in two articles' words
    ca, cb = a.words - ignore, b.words - ignore
    if other_voice:  # a person and the body they speak for: neither name proves anything
        ca, cb = ca - a.names - b.names, cb - a.names - b.names
        if _counts(a) and _counts(b) and not _counts(a) & _counts(b):
            return 0.0  # the same kind of figure, given as different numbers: an update, not a repeat
    shared = ca & cb
    similar = _similar(ca, cb)
    if not similar and not other_voice and any(x.revised and x.revised in y.words and _counts(y) | _words_count(y)
                                               for x, y in ((a, b), (b, a))):
        similar = True  # one voice revising its count of the same thing: the count, updated
    verbs = [_content(f.signal.rsplit(":", 1)[-1]) for f in (a, b)]
    if not similar and not other_voice and _counts(a) & _counts(b) \
            and (shared or min(len(ca - verbs[0]), len(cb - verbs[1])) <= 1):
        similar = True  # one speaker's same small count, and a word about it or nothing else ("X has confirmed 14")
    if not similar and other_voice and _counts(a) & _counts(b) and shared:
        similar = True  # a body and its officer giving one count, and a word about it ("37 of its members")
    small = _words_count(a) & _words_count(b)
    if not similar and _same_voice(a, b) and small and min(
            len(x - _content(" ".join(small)) - _content(f.signal.rsplit(":", 1)[-1])) for x, f in ((ca, a), (cb, b))) <= 1:
        similar = True  # "Y puts the figure at five": one voice's count in words, and at most a word more
    if not similar and a.numbers & b.numbers and (shared or any(x.endswith("%") for x in a.numbers & b.numbers)):
        similar = True  # the same count or amount and a word about it (or the same exact rate), from one voice
    if not similar and (a.parts or b.parts):
        # one clause of a passage reporting two statements, against the other passage (or its clauses)
        drop = ignore | (a.names | b.names if other_voice else set())
        if any(_similar(pa - drop, pb - drop) for pa in (a.parts or [ca]) for pb in (b.parts or [cb])):
            return PART
        # a short clause all of whose words (the story's own words too) the other passage says
        names = a.names | b.names
        for x, y in ((a, b), (b, a)):
            if any(len(p - names) >= 3 and p - names <= y.words for p in x.parts):
                return PART
    return 0.75 if similar else 0.0


def _echoed_fragment(a: Found, b: Found, ignore: set[str]) -> bool:
    """Two articles quoting one short phrase of a statement in words a little apart ("followed
    every protocol" / "protocols were followed to the letter"): a quoted phrase of one, of two to
    six content words, two thirds of which (two at least) a phrase quoted by the other has."""
    for wa in a.fragment_words:
        for wb in b.fragment_words:
            xa, xb = wa - ignore, wb - ignore
            short = min(len(xa), len(xb))
            shared = len(xa & xb)
            if 2 <= short <= 6 and shared >= 2 and 3 * shared >= 2 * short:
                return True
    return False


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Counts written as one word ("fourteen": 14), from the figures' list (data/figures.yaml)."""
    return {w: n for w, n in load_data("figures")["number_words"].items() if " " not in w}


def _words_count(f: Found) -> set[str]:
    """Counts written as words ("eleven babies")."""
    return set(fold(f.quote).split()) & (set(_number_words()) - {"one"} | {"hundred"})


def _similar(ca: set[str], cb: set[str]) -> bool:
    """Two words in common, a third of the shorter passage's; or three, a quarter of them (two long
    quotes of one statement share fewer of their words)."""
    shared = len(ca & cb)
    ratio = shared / max(1, min(len(ca), len(cb)))
    return (shared >= MIN_SHARED and ratio >= MIN_OVERLAP) or (shared >= 3 and ratio >= 0.25)


def _same_voice(a: Found, b: Found) -> bool:
    """Across articles: one speaker is the other or speaks for it (a person whose role names the
    organisation), or both are one person named in full and in part."""
    return a.speaker in b.voices or b.speaker in a.voices


@lru_cache(maxsize=1)
def _title_bodies() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in (load_data("attribution").get("title_bodies") or {}).items()}


_ROLE_FILLERS = {"the", "deputy", "acting", "interim", "former", "state", "vice", "and", "of", "for"}


def _title_body(role: str, people: list) -> set[str]:
    """"Finance Minister" speaks for the "Treasury and Finance Ministry": a role ending in a title
    whose office is a body (`title_bodies`) speaks for the one speaking body named with that office
    noun and every other word of the role ("finance")."""
    words = fold(role).split()
    if not words or words[-1] not in _title_bodies():
        return set()
    office, want = _title_bodies()[words[-1]], set(words[:-1]) - _ROLE_FILLERS
    if not want:
        return set()
    hits = {o.id for o in people if o.kind == "organization" and any(
            office in ws and want <= set(ws) for ws in (fold(n).split() for n in [o.name] + list(o.aliases)))}
    return hits if len(hits) == 1 else set()


def _voices(index: ActorIndex, actor_id: str | None, people: list) -> frozenset:
    """The speaker, the organisations named in a person's role, and any speaker named in full
    where this one is named in part (a person's first names, a body's name without its country)."""
    if not actor_id:
        return frozenset()
    actor = index.actor(actor_id)
    out = {actor_id}
    if actor.kind == "person":
        if actor.role:
            out |= {x for _, _, x in index.mentions_in(actor.role)
                    if x != actor_id and index.actor(x).kind == "organization"}
            # "Chile's ambassador", "Peruvian deputy foreign minister": an official named with
            # their country first speaks for it
            out |= {c.id for c in index.actors if c.kind == "country" and any(
                    n in actor.role and re.match(rf"(?:[Tt]he\s+)?{re.escape(n)}(?:['’]s)?\s", actor.role)
                    for n in [c.name] + list(c.aliases) if n[:1].isupper())}
            for other in people:  # "ABC commissioner" where ABC is another speaker's short name
                if other.kind == "organization" and any(
                        n in actor.role and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", actor.role)
                        for n in [other.name] + other.aliases if len(n) >= 3 and (n.isupper() or " " in n)):
                    out.add(other.id)
            out |= _title_body(actor.role, people)
    if actor.kind == "person":  # "Acme Remedies managing director" among a person's names
        for other in people:
            if other.kind == "organization" and any(
                    n in alias and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", alias)
                    for alias in [actor.name] + actor.aliases for n in [other.name] + other.aliases
                    if " " in n or n.isupper()):
                out.add(other.id)
    forms = {fold(f) for f in lexicon().legal_forms}
    bare = lambda words: [w for w in words if w not in forms]  # noqa: E731
    mine = fold(actor.name).split()
    if actor.kind == "organization" and len(mine) == 1 and len(mine[0]) >= 4:
        # "Acme" and "Acme Remedies": a one-word name that begins one other body's name only
        longer = [o.id for o in people if o.kind == "organization" and o.id != actor_id
                  and fold(o.name).split()[:1] == mine and len(fold(o.name).split()) > 1]
        if len({fold(index.actor(x).name).split()[1] for x in longer}) == 1:
            out |= set(longer)
    for other in people:
        if other.id == actor_id or (other.kind == "person") != (actor.kind == "person"):
            continue
        theirs = fold(other.name).split()
        short, long_ = sorted((mine, theirs), key=len)
        if actor.kind != "person" and len(short) >= 2 and bare(short) == bare(long_):
            out.add(other.id)  # "Acme Remedies" and "Acme Remedies Pvt Ltd"
        elif actor.kind == "person" and len(short) >= 2 and long_[:len(short)] == short:
            out.add(other.id)  # "Jane Doe" and "Jane Doe Smith"
        elif actor.kind != "person" and len(short) >= 3 and long_[-len(short):] == short:
            out.add(other.id)  # "National Water Board" and "Ruritanian National Water Board"
        elif actor.kind != "person" and any(b.name.startswith(a.name + s) for a, b in ((actor, other), (other, actor))
                                            for s in ("'s ", "’s ")):
            out.add(other.id)  # "UNESCO's World Heritage Centre" speaks for UNESCO, and UNESCO for it
    return frozenset(out)


MIN_SHARED, MIN_OVERLAP, TOPIC_SHARE = 2, 0.3, 0.2
ALSO_REPORTS = 0.25  # a sentence also cites a second claim it matches this well (see merge)
PART = 0.4  # one of two statements a passage reports: not enough to join, enough to cite (see merge)


@dataclass
class _Cluster:
    """The passages of one claim being merged, with what comparing a passage to it needs."""

    members: list[int]
    speakers: set[str] = field(default_factory=set)
    voices: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, i: int, f: Found) -> None:
        self.members.append(i)
        self.speakers |= {f.speaker} - {None}
        self.voices |= f.voices
        self.numbers |= f.numbers
        self.articles.add(f.article)

    def may_share_voice(self, a: Found) -> bool:
        """False when no member can match `a` (_same_claim is 0 for each: no voice in common)."""
        return a.speaker is not None and (a.speaker in self.speakers or a.speaker in self.voices
                                          or bool(self.speakers & a.voices))

    def named_with_figure(self, a: Found) -> bool:
        """A passage of another article that names the claim's speaker (or whom it speaks for)
        outside quotes and gives one of its counts or amounts reports that claim too ("X puts it
        at N; Y says M"), when another voice is its speaker."""
        return bool(a.numbers & self.numbers) and bool(a.named & self.voices)


def _linkage(a: Found, members: list[Found], ignore: set[str]) -> float:
    """How well a passage matches a claim: the mean match over the claim's passages, leaving out
    those of its own article that share no quoted phrase (an article rarely repeats itself)."""
    scores = [_same_claim(a, m, ignore) for m in members]
    counted = [x for x, m in zip(scores, members) if m.article != a.article or x > 0]
    return sum(counted) / len(counted) if counted else 0.0


def _states(index: ActorIndex) -> dict[str, str]:
    """A government body named with its country ("Ruritania's foreign ministry", "the Ruritanian
    government") speaks for the country: body id -> country id."""
    nouns = [fold(n).split() for n in load_data("attribution").get("state_bodies", [])]
    countries = {}
    for c in index.actors:
        if c.kind == "country":
            for n in [c.name] + list(c.aliases):
                countries.setdefault(fold(n), c.id)
    out = {}
    for a in index.actors:
        if a.kind != "organization":
            continue
        for n in [a.name] + list(a.aliases):
            words = fold(n).split()
            if not any(words[i:i + len(x)] == x for x in nouns for i in range(len(words))):
                continue
            owners = {countries[" ".join(words[i:j])] for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                      if " ".join(words[i:j]) in countries}
            if len(owners) == 1:
                out[a.id] = owners.pop()
                break
    return out


def _name_words(index: ActorIndex, actor_id: str | None) -> set[str]:
    """The speaker's names, titles and role: every report of them has these, so they prove nothing."""
    if not actor_id:
        return set()
    actor = index.actor(actor_id)
    return _content(" ".join([actor.name, actor.role or ""] + actor.aliases))


def _topic_words(articles: list[Article]) -> set[str]:
    """Words in more than a fifth of all paragraphs: what the story is about, not what is claimed."""
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    counts: dict[str, int] = {}
    for text in paragraphs:
        for w in _content(text):
            counts[w] = counts.get(w, 0) + 1
    limit = max(2, TOPIC_SHARE * len(paragraphs))
    lex = lexicon()
    calendar = {fold(w) for w in lex.calendar} | set(lex.time_words)
    return {w for w, n in counts.items() if n > limit} | {_stem(w) for w in calendar}


def find_claims(articles: list[Article], index: ActorIndex) -> list[Claim]:
    found: list[Found] = []
    for order, article in enumerate(articles):
        reader = _Reader(article, order, index)
        for i in range(len(article.paragraphs)):
            found += reader.paragraph(i)
    kept = [f for f in found if not _bare_reaction(f)]
    bodies = _officer_bodies(articles, index, {f.speaker for f in kept})
    index.cache["officer-bodies"] = bodies  # one voice for the disputes too
    return merge(kept, index, _topic_words(articles), bodies)


def _officer_title(role: str | None) -> bool:
    """"Chief Executive", "CFO", "Chief Financial Officer", "spokeswoman": a title only a body gives."""
    words = fold(role or "").split()
    while words and words[0] in ("the", "its", "deputy", "acting", "interim", "former", "group"):
        words = words[1:]
    title = " ".join(words)
    return bool(title) and (title in lexicon().org_titles or bool(re.fullmatch(r"chief( \w+)? officer", title))
                            or title in ("spokesman", "spokeswoman", "spokesperson"))


def _officer_bodies(articles: list[Article], index: ActorIndex, speakers: set) -> dict[str, str]:
    """A person whose role is an officer's title naming no body ("Chief Executive Jo Roe") speaks
    for the body that speaks in the story and is named in every article naming them, the most
    named such body: the company's press release and the news reports of it are one voice."""
    speakers = {x for x in speakers if x}
    bodies = {x for x in speakers if index.actor(x).kind == "organization"}
    officers = {x for x in speakers if index.actor(x).kind == "person" and _officer_title(index.actor(x).role)
                and not any(index.actor(y).kind == "organization" for _, _, y in index.mentions_in(index.actor(x).role))}
    if not officers or not bodies:
        return {}
    named: list[dict[str, int]] = []
    for article in articles:
        counts: dict[str, int] = {}
        for p in article.paragraphs:
            for _, _, x in index.mentions_in(p.text):
                counts[x] = counts.get(x, 0) + 1
        named.append(counts)
    out = {}
    for person in officers:
        theirs = [c for c in named if person in c]
        common = [b for b in bodies if theirs and all(b in c for c in theirs)]
        if common:
            out[person] = max(common, key=lambda b: (sum(c.get(b, 0) for c in theirs), b))
    return out


def _bare_reaction(f: Found) -> bool:
    """"Moscow dismissed the announcement.", "The minister rejected that.": a verb and a bare object,
    no words of its own; the statement it reacts to is elsewhere (a quote or a number says more)."""
    if f.kind != "statement" or f.fragments or f.numbers or ":" not in f.signal:
        return False
    verb = f.signal.rsplit(":", 1)[1]
    at = f.quote.rfind(verb)
    if at < 0:
        return False
    rest = re.findall(r"[\w’'-]+", f.quote[at + len(verb):])
    if not rest or rest[0].lower() not in ("it", "that", "this", "them", "the", "these", "those"):
        return False
    # "Omondi also rejected the club's attendance figures.": a rejection and what it rejects, named
    # in a few words (no clause of its own: no "that", "as", "because" after it)
    rejects = verb in ("rejected", "dismissed", "denied", "disputed", "questioned", "criticized", "criticised")
    return len(rest) <= 2 or (rejects and len(rest) <= 5 and not re.search(r"[,;:]", f.quote[at + len(verb):])
                              and not {w.lower() for w in rest} & {"that", "as", "because", "which", "saying"})


def merge(found: list[Found], index: ActorIndex, topic: set[str] = frozenset(),
          bodies: dict[str, str] | None = None) -> list[Claim]:
    # Average linkage: a passage joins the claim whose passages it mostly matches, so that a
    # sentence quoting two statements does not chain them into one claim.
    speakers = {f.speaker for f in found if f.speaker}
    people = [index.actor(x) for x in sorted(speakers)]
    voices = {x: _voices(index, x, people) | ({bodies[x]} if bodies and x in bodies else set())
              for x in speakers}
    # a person named once with the body they work at or head ("ABC chairwoman Jo Roe") speaks for
    # it in every passage of theirs: the chair's "she said" and the board's statement are one voice
    works: dict[str, set] = {}
    for f in found:
        if f.speaker and f.speaks_for and index.actor(f.speaker).kind == "person":
            works.setdefault(f.speaker, set()).update(f.speaks_for)
    voices = {x: v | works.get(x, set()) for x, v in voices.items()}
    states = _states(index)
    voices = {x: v | {states[y] for y in v if y in states} for x, v in voices.items()}
    names = {x: frozenset().union(*(_name_words(index, v) for v in voices[x])) for x in speakers}
    for f in found:
        f.voices = voices.get(f.speaker, frozenset())
        f.names = names.get(f.speaker, frozenset())
        if f.speaks_for - f.voices:
            extra = f.speaks_for | {states[y] for y in f.speaks_for if y in states}
            f.voices = f.voices | extra
            f.names = f.names | frozenset().union(*(_name_words(index, v) for v in extra))
    clusters: list[_Cluster] = []
    # each voice -> the clusters whose speakers or voices hold it: a passage is only compared with
    # the clusters sharing a voice with it or naming one it names (what may_share_voice and
    # named_with_figure need), never with every cluster
    by_voice: dict[str, set[int]] = {}

    def join(n: int, i: int, a: Found) -> None:
        clusters[n].add(i, a)
        for k in clusters[n].speakers | clusters[n].voices:
            by_voice.setdefault(k, set()).add(n)

    def near(a: Found) -> list[int]:
        keys = ({a.speaker} - {None}) | a.voices | a.named
        return sorted(set().union(*(by_voice.get(k, ()) for k in keys)))

    echoes = [i for i, a in enumerate(found) if a.echo]
    for i, a in enumerate(found):
        if a.echo:
            continue
        best, best_score = None, 0.0
        candidates = [n for n in near(a) if clusters[n].may_share_voice(a)]
        ignore = topic | _name_words(index, a.speaker) if candidates else set()
        for n in candidates:
            score = _linkage(a, [found[j] for j in clusters[n].members], ignore)
            if score >= 0.5 and score > best_score:
                best, best_score = n, score
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster([]))
        join(best, i, a)
    # A statement reported in passing cites the claim of that voice it matches best, if any.
    for i in echoes:
        a = found[i]
        ignore = topic | _name_words(index, a.speaker)
        scored = [(_linkage(a, [found[j] for j in clusters[n].members], ignore), n) for n in near(a)
                  if a.article not in clusters[n].articles and clusters[n].may_share_voice(a)]
        score, n = max(scored, default=(0.0, -1))
        if score >= 0.5:
            join(n, i, a)
    # A sentence reporting two statements also cites the second one, when another article's
    # report of it is in a claim that the sentence matches as well.
    for i, a in enumerate(found):
        if a.echo:
            continue
        ignore = topic | _name_words(index, a.speaker)
        numbers = bool(a.numbers)
        for n in near(a):
            c = clusters[n]
            if a.article in c.articles:
                continue  # its own claim, or one its article already reports
            named = numbers and c.named_with_figure(a)
            if not named and not c.may_share_voice(a):
                continue  # no voice in common: never joined
            # a passage with two statements (or one inside the writer's sentence) also cites a claim
            # only one article reports yet; that claim's passages keep to their own claim
            if len(c.articles) < 2 and not named and not a.parts:
                continue
            if named:
                join(n, i, a)
                continue
            members = [found[j] for j in c.members]
            # a passage reporting two statements matches each claim through one of its clauses:
            # its best match with one of the claim's passages counts, not the mean over them
            link = max((_same_claim(a, m, ignore) for m in members if m.article != a.article), default=0.0) \
                if a.parts and len(c.articles) >= 2 else _linkage(a, members, ignore)
            if link >= ALSO_REPORTS:
                join(n, i, a)
    # Two claims citing the same passages (each sentence also cites the other's) are one.
    kept, seen_sets = [], set()
    for c in clusters:
        key = frozenset(c.members)
        if key not in seen_sets:
            seen_sets.add(key)
            kept.append(c.members)
    groups = {c[0]: [found[j] for j in c] for c in kept}
    claims: list[Claim] = []
    taken: set[str] = set()
    for members in sorted(groups.values(), key=lambda g: min((f.order, f.paragraph, f.start) for f in g)):
        founder = members[0]  # the passage that started the claim (members are in joining order)
        members.sort(key=lambda f: (f.order, f.paragraph, f.start))
        # the claim's text and speaker come from its own voice: a passage of another speaker that
        # only also reports it ("far more than the 48,000 tickets the club said it sold") never leads
        own = [f for f in members if f.speaker and (f.speaker == founder.speaker or f.speaker in founder.voices
                                                    or founder.speaker in f.voices)] or members
        lead = max(own, key=lambda f: (not f.echo, f.signal != "embedded-post", sum(len(x) for x in f.fragments),
                                       -f.order, -f.paragraph))
        speaker = lead.speaker
        who = index.actor(speaker).name if speaker else ""
        cid = unique_id(short_slug(f"{who} {lead.quote}", 50) or "claim", taken)
        sources, seen = [], set()
        for f in members:
            if (f.article, f.paragraph, f.quote) not in seen:
                seen.add((f.article, f.paragraph, f.quote))
                sources.append(SourceRef(f.article, f.paragraph, f.quote))
        claims.append(Claim(
            id=cid, text=" ".join(lead.quote.split()), kind="quote" if any(f.kind == "quote" for f in members) else "statement",
            actor=speaker, sources=sources, found_by=sorted({f.signal for f in members}),
            key=len({f.article for f in members}) >= 2,
        ))
    return claims



def speaker(article: Article, paragraph_index: int, sentence, index: ActorIndex) -> str | None:
    """Who gives the statement in this sentence of the paragraph (a (start, end) span or its text)."""
    key = ("speaker-finds", article.id, len(article.paragraphs))
    if key not in index.cache:
        reader = _Reader(article, 0, index)
        index.cache[key] = [reader.paragraph(i) for i in range(len(article.paragraphs))]
    text = article.paragraphs[paragraph_index].text
    if isinstance(sentence, str):
        at = text.find(sentence)
        span = (at, at + len(sentence)) if at >= 0 else None
    else:
        span = tuple(sentence)
    for f in index.cache[key][paragraph_index]:
        if span is None or (f.start <= span[0] < f.end or span[0] <= f.start < span[1]):
            return f.speaker
    return None
