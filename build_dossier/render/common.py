"""Helpers shared by the page renderers: page addresses, editor-page merging, footnotes."""

from __future__ import annotations

from ..mdtext import page_title, yaml_front_matter
from ..model import Article, EditorPage

SOURCES = "sources"
ACTORS = "actors"
CLAIMS = "claims"
EVENTS = "events"
DISPUTES = "disputes"
GENERATOR_CSS = "assets/stylesheets/dossier.css"


def source_uri(article_id: str) -> str:
    return f"{SOURCES}/{article_id}.md"


def actor_uri(actor_id: str) -> str:
    return f"{ACTORS}/{actor_id}.md"


def claim_uri(claim_id: str) -> str:
    return f"{CLAIMS}/{claim_id}.md"


def event_uri(event_id: str) -> str:
    return f"{EVENTS}/{event_id}.md"


def dispute_uri(dispute_id: str) -> str:
    return f"{DISPUTES}/{dispute_id}.md"


Page = tuple[dict, str]  # (front matter fields, Markdown body)


def merge_editor_page(meta: dict, body: str, editor: EditorPage | None) -> str:
    """The generated page, with an editor's page at the same uri merged in (editor first)."""
    if isinstance(meta.get("title"), str):  # generated titles come from articles: escaped
        meta = {**meta, "title": page_title(meta["title"])}
    if editor is None:
        return yaml_front_matter(meta) + body
    fields = {**meta, **{k: v for k, v in editor.meta.items() if isinstance(k, str)}}
    prose = editor.body.strip()
    if prose.startswith("# ") and body.startswith("# "):
        body = body.split("\n", 1)[1].lstrip("\n")  # the editor's heading replaces ours
    elif prose and body.startswith("# "):  # the editor's prose goes under our heading
        heading, _, rest = body.partition("\n")
        return yaml_front_matter(fields) + heading + "\n\n" + prose + "\n\n" + rest.lstrip("\n")
    return yaml_front_matter(fields) + (prose + "\n\n" if prose else "") + body


def date_key(article: Article) -> tuple:
    """Articles oldest first; undated ones last."""
    return (article.date is None, article.date or "", article.title.lower(), article.id)
