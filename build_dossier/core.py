"""The pipeline: source files in, a Dossier out. Pure: the adapters do all reading and writing."""

from __future__ import annotations

from dataclasses import dataclass, field

from slugify import slugify

from .annotate import apply as apply_annotations, revise_articles
from .annotations import Annotations
from .clean import Overrides, Rules, clean, load_rules
from .errors import DossierError
from .extract import extract
from .ids import unique_id
from .ingest import ingest
from .model import Article, Dossier, Metadata, SourceFile


@dataclass(frozen=True)
class Settings:
    title: str = "Dossier"
    rules: Rules = field(default_factory=load_rules)


def build(sources: list[SourceFile], settings: Settings, annotations: Annotations | None = None) -> Dossier:
    """ingest -> clean -> (extract) for every source, in path order; then the editors' annotations."""
    articles: list[Article] = []
    taken: set[str] = set()
    for source in sorted(sources, key=lambda s: s.path):
        articles.append(make_article(source, settings, taken))
    problems: list[DossierError] = []
    if annotations is not None:
        articles = revise_articles(articles, sources, settings, annotations, problems)
    found = extract(articles)
    dossier = Dossier(
        title=settings.title,
        articles=articles,
        actors=found.actors,
        claims=found.claims,
        events=found.events,
        disputes=found.disputes,
    )
    if annotations is not None:
        dossier = apply_annotations(dossier, annotations, problems)  # raises, listing every problem
    return dossier


def make_article(source: SourceFile, settings: Settings, taken: set[str],
                 overrides: Overrides | None = None) -> Article:
    doc = ingest(source)
    cleaned = clean(doc, settings.rules, overrides)
    if not cleaned.paragraphs:
        raise DossierError("no article text left after cleaning (is the file empty?)", source.path)
    meta: Metadata = cleaned.meta
    article_id = unique_slug(meta.title or source.path.rsplit("/", 1)[-1], taken)
    return Article(
        id=article_id,
        path=source.path,
        title=meta.title or article_id,
        paragraphs=cleaned.paragraphs,
        removed=cleaned.removed,
        outlet=meta.outlet,
        date=meta.date,
        url=meta.url,
        author=meta.author,
        provenance=dict(sorted(cleaned.provenance.items())),
    )


def unique_slug(text: str, taken: set[str], max_length: int = 60) -> str:
    return unique_id(slugify(text, max_length=max_length, word_boundary=True) or "item", taken)
