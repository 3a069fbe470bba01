"""The dossier's data: plain dataclasses shared by every stage.

ingest -> clean -> extract -> render pass these around; none of them does I/O.
Field names follow the public dossier.json contract (see export.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceFile:
    """An input file as read from disk: its project-relative path and its text."""

    path: str  # posix, relative to the project root, e.g. "seeds/001_x.txt"
    text: str


@dataclass(frozen=True)
class Block:
    """One block of text of a source before cleaning (a line, a paragraph, a quote)."""

    text: str
    line: int | None = None  # 1-based line in the source file, when there is one
    kind: str = "text"  # "text" | "quote" | "heading" | "standfirst" (a page marks it so)


@dataclass
class Metadata:
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    author: str | None = None

    FIELDS = ("title", "date", "outlet", "url", "author")


@dataclass
class RawDocument:
    """What ingest makes of a file: blocks in reading order and format-level metadata."""

    path: str
    format: str  # "text" | "html" | "markdown"
    blocks: list[Block]
    meta: Metadata = field(default_factory=Metadata)
    # Blocks a format-level extractor already dropped (HTML site chrome), with reasons.
    dropped: list["Removed"] = field(default_factory=list)


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: str = "text"  # "text" | "standfirst" | "quote"
    line: int | None = None


@dataclass(frozen=True)
class Removed:
    text: str  # verbatim
    reason: str
    line: int | None = None
    rule: str | None = None  # id of the rule that dropped it


@dataclass
class Article:
    id: str
    path: str
    title: str
    paragraphs: list[Paragraph]
    removed: list[Removed] = field(default_factory=list)
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    # Where each metadata field came from: "file", "text", "derived", "annotation".
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Mention:
    article: str
    paragraph: int


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "other"  # person|organization|country|place|group|other
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    found_by: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SourceRef:
    article: str
    paragraph: int
    quote: str = ""


@dataclass(frozen=True)
class Figure:
    """The number a figure claim gives: its value, what it counts, and how it was written."""

    value: float  # as stated; for a range its low end; for "two groups of 6,000 each" the product
    unit: str  # what is counted, normalised so that figures about one quantity share it
    kind: str = "count"  # count|money|percent
    expression: str = ""  # verbatim: "nearly 11,000", "two brigades of 6,000 troops each"
    qualifier: str | None = None  # about|nearly|up to|more than|at least|less than
    low: float | None = None
    high: float | None = None
    total: float | None = None  # "3,000 of a promised 10,000": the 10,000
    date: str | None = None  # the date the figure refers to, when the sentence states one
    noun: str = ""  # what is counted, as written ("Portuguese firefighters")
    about: str | None = None  # actor id whose people or things are counted, when known


@dataclass
class Claim:
    id: str
    text: str
    kind: str = "statement"  # quote|statement|figure
    actor: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    found_by: list[str] = field(default_factory=list)
    figure: Figure | None = None  # kind "figure" only
    key: bool = False  # a key claim: reported by several articles, marked on their source pages


@dataclass
class Event:
    id: str
    date: str  # YYYY-MM-DD | YYYY-MM | YYYY
    title: str
    actors: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    found_by: list[str] = field(default_factory=list)


@dataclass
class Position:
    summary: str
    actors: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    # The sentences that take this position (a cited claim may have other sources too).
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class Dispute:
    id: str
    title: str
    positions: list[Position] = field(default_factory=list)
    found_by: list[str] = field(default_factory=list)


@dataclass
class Dossier:
    title: str
    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


@dataclass(frozen=True)
class EditorPage:
    """A page an editor wrote in docs/: its front matter and Markdown body, untouched."""

    uri: str  # docs-relative, e.g. "index.md", "actors/jane-doe.md"
    meta: dict
    body: str
    path: str  # project-relative path of the file, for messages and edit links
