"""Annotation files: what editors write in docs/<kind>/<id>.md, read into typed notes.

One file per item, in a folder named for its kind (sources, actors, claims, events, disputes).
Its YAML front matter holds the structured fields declared below, once, each with its doc; its
Markdown body is the editor's prose, shown above the generated sections of the item's page.
Reading is pure (file texts in, notes and problems out); every problem names file, line and key.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from . import frontmatter
from .errors import DossierError
from .mdtext import safe_url
from .model import EditorPage

ACTOR_KINDS = ("person", "organization", "country", "place", "group", "other")
CLAIM_KINDS = ("quote", "statement", "figure")
FOLDERS = ("sources", "actors", "claims", "events", "disputes")

# Front-matter keys that MkDocs and Material read from a page: they pass through to the page.
# Annotation fields are consumed by the build and kept off the page's metadata.
PAGE_META_KEYS = frozenset({
    "title", "description", "hide", "icon", "status", "subtitle", "tags", "template", "search", "comments",
    # An editor's fact-check verdict: validated below and read by render/structured.py (ClaimReview).
    "verdict", "rating", "reviewer", "reviewed",
})


class _Unset:
    """A field the editor did not write: extraction decides. (`null` means "none", not "unset".)"""

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Any = _Unset()


def spec(doc: str, type: str = "text", *, choices: tuple[str, ...] = (), required: bool = False,
         nullable: bool = True):
    """A schema field: its doc (shown in scaffolded stubs) and how its value is checked."""
    meta = {"doc": doc, "type": type, "choices": choices, "nullable": nullable}
    if required:
        return field(metadata=meta)
    return field(default=UNSET, metadata=meta)


@dataclass(kw_only=True)
class Located:
    """Where a note was written: its file and, per key (or list index), the line."""

    path: str = field(default="", compare=False)
    line: int = field(default=1, compare=False)
    lines: dict = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, key, index: int | None = None) -> int:
        if index is not None and (key, index) in self.lines:
            return self.lines[(key, index)]
        return self.lines.get(key, self.line)


@dataclass(kw_only=True)
class Quote(Located):
    """A passage of a source, anchored like a W3C TextQuoteSelector."""

    source: str = spec("Id of the source (its page is sources/<id>), or the seed's path (seeds/...).",
                       required=True, nullable=False)
    exact: str = spec("The passage, as it reads (whitespace, quote marks, dashes and case may differ).",
                      required=True, nullable=False)
    prefix: str = spec("Text right before the passage, to pick one of several matches.")
    suffix: str = spec("Text right after the passage, to pick one of several matches.")


@dataclass(kw_only=True)
class PositionNote(Located):
    """One answer to a dispute's question."""

    summary: str = spec("The position in one sentence.", required=True, nullable=False)
    held_by: list = spec("Actors who hold it: ids or names.", "texts")
    claims: list = spec("Ids of claims that state it.", "texts")
    quotes: list = spec("Passages that state it; each becomes (or reuses) a claim.", "quotes")


@dataclass(kw_only=True)
class Note(Located):
    id: str = field(default="", compare=False)
    uri: str = field(default="", compare=False)


@dataclass(kw_only=True)
class SourceNote(Note):
    """docs/sources/<id>.md: one article's metadata and the editor's verdicts on its lines."""

    file: str = spec("The seed this file annotates (seeds/...); the article then takes this file's name as id.",
                     nullable=False)
    title: str = spec("The article's headline.", nullable=False)
    outlet: str = spec("Who published it (null: unknown).")
    date: str = spec("Publication date, YYYY-MM-DD (null: unknown).", "date")
    url: str = spec("Address of the original (http or https; null: unknown).", "url")
    author: str = spec("Byline (null: unknown).")
    boilerplate: list = spec("Lines to drop as boilerplate: quote each line (or enough of it to find it once).",
                             "texts")
    content: list = spec("Lines the cleaner dropped that are article text: quote each line.", "texts")


@dataclass(kw_only=True)
class ActorNote(Note):
    """docs/actors/<id>.md: a person, organisation, country... corrected or added."""

    name: str = spec("Canonical name (renames the actor; the old name becomes an alias).", nullable=False)
    kind: str = spec("What the actor is: person, organization, country, place, group or other.", "choice", choices=ACTOR_KINDS, nullable=False)
    role: str = spec("Title or function, e.g. a job title (null: none).")
    aliases: list = spec("Other spellings or titles to add (their mentions are found too).", "texts")
    merge: list = spec("Other actors (ids or names) that are this one: they become aliases, their mentions move here.",
                       "texts")
    hidden: bool = spec("true: a false actor; drop it and every reference to it.", "bool", nullable=False)


@dataclass(kw_only=True)
class ClaimNote(Note):
    """docs/claims/<id>.md: a claim corrected, hidden, or added by quoting it."""

    text: str = spec("The claim in one sentence.", nullable=False)
    kind: str = spec("quote (someone's own words), statement (reported as fact) or figure (a number).", "choice", choices=CLAIM_KINDS, nullable=False)
    actor: str = spec("Who makes or reports it: an actor id or name (null: nobody in particular).")
    quotes: list = spec("Passages that report it (added to its footnotes); a new claim needs at least one.",
                        "quotes")
    hidden: bool = spec("true: a false claim; drop it and every reference to it.", "bool", nullable=False)
    verdict: str = spec("The editor's fact-check rating in words, e.g. Misleading (published as a ClaimReview).")
    rating: str = spec("Optional numeric rating for the verdict: 1 (false) to 5 (true).", "choice",
                       choices=("1", "2", "3", "4", "5"))
    reviewer: str = spec("Who reviewed it (default: the dossier's title).")
    reviewed: str = spec("Date of the review, YYYY-MM-DD.", "date")


@dataclass(kw_only=True)
class EventNote(Note):
    """docs/events/<id>.md: a dated event corrected or added."""

    date: str = spec("When: YYYY-MM-DD, YYYY-MM or YYYY.", "when", nullable=False)
    title: str = spec("What happened, in a few words.", nullable=False)
    actors: list = spec("Who took part: actor ids or names (replaces the extracted list).", "texts")
    claims: list = spec("Ids of claims about it (replaces the extracted list).", "texts")
    quotes: list = spec("Passages that report it (added to its sources).", "quotes")
    hidden: bool = spec("true: a false event; drop it.", "bool", nullable=False)


@dataclass(kw_only=True)
class DisputeNote(Note):
    """docs/disputes/<id>.md: a contested question and who holds which answer."""

    title: str = spec("The contested question.", nullable=False)
    positions: list = spec("The answers (replaces the extracted ones): summary, held_by, claims, quotes.",
                           "positions")
    hidden: bool = spec("true: not a real dispute; drop it.", "bool", nullable=False)
    verdict: str = spec("The editor's fact-check rating in words, e.g. Misleading (published as a ClaimReview).")
    rating: str = spec("Optional numeric rating for the verdict: 1 (false) to 5 (true).", "choice",
                       choices=("1", "2", "3", "4", "5"))
    reviewer: str = spec("Who reviewed it (default: the dossier's title).")
    reviewed: str = spec("Date of the review, YYYY-MM-DD.", "date")


NOTE_TYPES: dict[str, type[Note]] = {
    "sources": SourceNote, "actors": ActorNote, "claims": ClaimNote, "events": EventNote, "disputes": DisputeNote,
}


def schema(cls: type) -> list:
    """The editable fields of a note type, in declaration order."""
    return [f for f in fields(cls) if "doc" in f.metadata]


@dataclass(frozen=True)
class AnnotationFile:
    uri: str  # docs-relative, e.g. "actors/jane-doe.md"
    path: str  # project-relative, for messages
    text: str


@dataclass(kw_only=True)
class Annotations:
    sources: dict[str, SourceNote] = field(default_factory=dict)
    actors: dict[str, ActorNote] = field(default_factory=dict)
    claims: dict[str, ClaimNote] = field(default_factory=dict)
    events: dict[str, EventNote] = field(default_factory=dict)
    disputes: dict[str, DisputeNote] = field(default_factory=dict)
    problems: list = field(default_factory=list)  # found while reading; reported with the rest

    def by_uri(self) -> dict[str, Note]:
        return {n.uri: n for kind in FOLDERS for n in getattr(self, kind).values()}

    def hidden_uris(self) -> list[str]:
        """Annotation files of hidden items: not pages of the site."""
        return sorted(uri for uri, n in self.by_uri().items() if getattr(n, "hidden", False) is True)


def is_annotation_uri(uri: str) -> bool:
    parts = uri.split("/")
    return len(parts) == 2 and parts[0] in FOLDERS and parts[1].endswith(".md") and parts[1] != "index.md"


# ---------------------------------------------------------------------------------------------
# Reading



def load(files: list[AnnotationFile]) -> tuple[Annotations, list[DossierError]]:
    """Every annotation file read into its note; problems listed, never raised one by one."""
    notes = Annotations()
    problems: list[DossierError] = []
    for f in sorted(files, key=lambda f: f.uri):
        if not is_annotation_uri(f.uri):
            continue
        kind, name = f.uri.split("/")
        note = parse(NOTE_TYPES[kind], f, problems)
        if note is not None:
            getattr(notes, kind)[note.id] = note
    problems.sort(key=lambda p: (p.path or "", p.line or 0))
    notes.problems = list(problems)
    return notes, problems


def parse(cls: type[Note], f: AnnotationFile, problems: list[DossierError]) -> Note | None:
    text = frontmatter.normalise(f.text)
    note_id = f.uri.split("/")[-1][: -len(".md")]
    m = frontmatter.FRONT_MATTER.match(text)
    if not m:
        return cls(path=f.path, line=1, id=note_id, uri=f.uri)
    try:
        node = yaml.compose(m.group(1) or "")
    except yaml.YAMLError as exc:
        line = frontmatter.yaml_error_line(exc)
        problems.append(DossierError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", f.path, line))
        return None
    if node is None:
        return cls(path=f.path, line=1, id=note_id, uri=f.uri)
    reader = _Reader(f.path, problems)
    if not isinstance(node, yaml.MappingNode):
        problems.append(DossierError("front matter must be a mapping of fields", f.path, reader.line(node)))
        return None
    note = reader.mapping(node, cls)
    if note is None:
        return None
    note.id, note.uri, note.line = note_id, f.uri, 1
    return note


class _Reader:
    """Turns YAML nodes into notes, checking each value against its field's spec."""

    def __init__(self, path: str, problems: list[DossierError]):
        self.path = path
        self.problems = problems

    def line(self, node) -> int:
        return node.start_mark.line + frontmatter.FIRST_YAML_LINE

    def problem(self, message: str, node) -> None:
        self.problems.append(DossierError(message, self.path, self.line(node)))

    def mapping(self, node, cls, where: str = ""):
        if not isinstance(node, yaml.MappingNode):
            self.problem(f"{where or 'value'}: expected a mapping of fields ({', '.join(f.name for f in schema(cls))})",
                         node)
            return None
        specs = {f.name: f for f in schema(cls)}
        values: dict[str, Any] = {}
        lines: dict = {}
        seen: set = set()
        ok = True
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem("keys must be plain names" + (f" (in {where.rstrip('.')})" if where else ""), key_node)
                ok = False
                continue
            key = key_node.value
            label = f"{where}{key}"
            if key in seen:
                self.problem(f"{label}: given twice", key_node)
                ok = False
                continue
            seen.add(key)
            if key not in specs:
                if not where and key in PAGE_META_KEYS:
                    continue  # page metadata for MkDocs, not an annotation field
                allowed = ", ".join(specs)
                self.problem(f"unknown key {label!r} (allowed: {allowed})", key_node)
                ok = False
                continue
            lines[key] = self.line(key_node)
            value = self.value(value_node, specs[key], label, lines)
            if value is _BAD:
                ok = False
                continue
            values[key] = value
        missing = [name for name, f in specs.items() if f.default is MISSING and name not in seen]
        for name in missing:
            self.problem(f"{where}{name}: missing (required)", node)
            ok = False
        if not ok:
            return None
        return cls(path=self.path, line=self.line(node), lines=lines, **values)

    def value(self, node, f, label: str, lines: dict):
        kind, choices = f.metadata["type"], f.metadata["choices"]
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
            if f.metadata["nullable"]:
                return [] if kind in ("texts", "quotes", "positions") else None
            self.problem(f"{label}: must not be empty", node)
            return _BAD
        if kind in ("texts", "quotes", "positions"):
            if not isinstance(node, yaml.SequenceNode):
                self.problem(f"{label}: expected a list (one '- item' per line)", node)
                return _BAD
            items = []
            for i, item in enumerate(node.value):
                lines[(f.name, i)] = self.line(item)
                if kind == "texts":
                    v = self.text(item, f"{label}[{i + 1}]")
                elif kind == "quotes":
                    v = self.mapping(item, Quote, f"{label}[{i + 1}].")
                else:
                    v = self.mapping(item, PositionNote, f"{label}[{i + 1}].")
                items.append(_BAD if v is None else v)
            return _BAD if _BAD in items else items
        if kind == "bool":
            raw = _Constructor().construct_document(node) if isinstance(node, yaml.ScalarNode) else None
            if not isinstance(raw, bool):
                self.problem(f"{label}: expected true or false", node)
                return _BAD
            return raw
        text = self.text(node, label)
        if text is _BAD:
            return _BAD
        if kind == "choice" and text not in choices:
            self.problem(f"{label}: {text!r} is not one of {', '.join(choices)}", node)
            return _BAD
        if kind in ("date", "when") and not _valid_when(text, full=kind == "date"):
            shape = "YYYY-MM-DD" if kind == "date" else "YYYY-MM-DD, YYYY-MM or YYYY"
            self.problem(f"{label}: {text!r} is not a date ({shape})", node)
            return _BAD
        if kind == "url" and safe_url(text) is None:
            self.problem(f"{label}: {text!r} is not an http(s) address", node)
            return _BAD
        return text

    def text(self, node, label: str):
        if not isinstance(node, yaml.ScalarNode):
            self.problem(f"{label}: expected text", node)
            return _BAD
        raw = _Constructor().construct_document(node)
        if isinstance(raw, bool) or raw is None:
            self.problem(f"{label}: expected text (put it in quotes)", node)
            return _BAD
        text = str(raw).strip()
        if not text:
            self.problem(f"{label}: must not be empty", node)
            return _BAD
        return text


_BAD = object()


class _Constructor(SafeConstructor):
    """YAML values as written: a date stays the text the editor typed (even 2024-02-30)."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", lambda self, node: self.construct_scalar(node))


def _valid_when(text: str, full: bool = False) -> bool:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m or full and not m.group(3):
        return False
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    return True


def page_meta(note_meta: dict) -> dict:
    """The part of an annotation's front matter that is page metadata for MkDocs."""
    return {k: v for k, v in note_meta.items() if k in PAGE_META_KEYS}


def page_view(pages: dict[str, EditorPage]) -> dict[str, EditorPage]:
    """Editor pages as the renderer should merge them: annotation fields kept off page metadata."""
    return {uri: replace(p, meta=page_meta(p.meta)) if is_annotation_uri(uri) else p for uri, p in pages.items()}
