"""Cleaner and ingest rules found by the ninth held-out batch, on invented pages and texts."""

from __future__ import annotations

import trafilatura

from build_dossier import html as html_mod
from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

PARAS = [
    "The harbour board of Pellworth met on Monday and voted to close the old ferry pier for repairs.",
    '"We cannot keep it open another winter," the board\'s chair told <em>The Daily Lantern</em>\'s '
    "reporters after the vote, adding that the work would take <strong>nine</strong> months.",
    "Fishermen who use the pier said they had not been consulted and would ask the council to review the decision.",
    "According to a survey seen by <em>The Daily Lantern</em>, two in three residents want the pier kept open.",
    "The council is due to discuss the board's decision at its next meeting, in the town hall, on the first of the month.",
]


def _page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><title>Pier to close for repairs | The Daily Lantern</title></head><body>
<header><nav class="main-nav"><a href="/">Home</a><a href="/town">Town</a><a href="/sport">Sport</a></nav></header>
<article class="story"><h1>Pier to close for repairs</h1>
{body}
</article>
<footer><p>Contact us</p></footer></body></html>"""


def _clean(text: str, path: str = "seeds/lantern.html"):
    return clean(ingest(SourceFile(path, text)), load_rules())


def test_inline_elements_run_on_and_each_paragraph_is_kept_once():
    cleaned = _clean(_page(PARAS))
    texts = [p.text for p in cleaned.paragraphs]
    assert len(texts) == len(PARAS), texts
    assert "told The Daily Lantern's reporters after the vote" in texts[1]
    assert "take nine months" in texts[1]
    assert texts[3].startswith("According to a survey seen by The Daily Lantern, two in three")
    assert not any(" 's" in t or " ," in t for t in texts)


def test_links_side_by_side_stay_apart_in_the_record():
    cleaned = _clean(_page(PARAS))
    assert any(r.text == "Home Town Sport" for r in cleaned.removed), [r.text for r in cleaned.removed]


def test_a_paragraph_the_extractor_spaced_differently_is_not_kept_twice(monkeypatch):
    real = trafilatura.extract

    def spaced(*args, **kwargs):  # an extractor that puts a space before "'s"
        return real(*args, **kwargs).replace("Lantern's", "Lantern 's")

    monkeypatch.setattr(html_mod.trafilatura, "extract", spaced)
    cleaned = _clean(_page(PARAS))
    texts = [p.text for p in cleaned.paragraphs]
    assert len(texts) == len(PARAS), texts
    assert any("spacing differs" in r.reason and "Lantern's reporters" in r.text for r in cleaned.removed)
