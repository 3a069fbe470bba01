"""Saved pages from templates the main-content extractor reads poorly: paragraphs split only by
blank lines (<br><br>), a <title> whose parts it swaps, page furniture it keeps. Small invented
pages; each test asserts what the cleaner finally keeps and drops."""

from __future__ import annotations

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()

BODY = [
    "The river authority said on Tuesday that the flood barrier at the old harbour had held through the night, sparing the lower town.",
    "Engineers will inspect the barrier again on Thursday, when the water is expected to fall below the warning level for the first time this month.",
    "The mayor thanked the volunteers who filled sandbags along the quay and said the town would pay for a second barrier next year.",
]


def run(html: str, name: str = "seeds/page.htm"):
    return clean(ingest(SourceFile(name, html)), RULES)


def test_paragraphs_separated_by_double_br_in_one_div_are_paragraphs():
    html = (
        "<html><head><title>Barrier holds - The Valley Courier</title></head><body>"
        "<div id='menu'><a href='/'>Home</a> <a href='/n'>News</a></div>"
        "<div class='story'><div class='txt'>" + "<br><br>\n".join(BODY) + "<br>\nA second line of the last paragraph, after a single break.</div></div>"
        "<div id='footer'>Copyright The Valley Courier</div></body></html>"
    )
    result = run(html)
    texts = [p.text for p in result.paragraphs]
    assert texts[:2] == BODY[:2]
    # a single <br> is a line break inside a paragraph, not a new one
    assert texts[2].startswith(BODY[2]) and texts[2].endswith("after a single break.")
    assert len(texts) == 3
    assert not any("river authority" in r.text for r in result.removed)


def test_a_title_whose_parts_the_extractor_swaps_gives_headline_and_outlet():
    """A div-only wire page: no <h1>, no site-name tag, <title> "Headline - Site" with a dot in the
    headline (the extractor takes the part with a dot for the site's domain name)."""
    headline = "U.N. agency says flood barrier held through the night in the lower town"  # a dot: the extractor takes it for a domain
    html = (
        f"<html><head><title>{headline} - Valley Wire</title></head><body>"
        "<div id='top'><div class='brand'>VALLEY WIRE</div></div>"
        f"<div id='content'><div class='headline'>{headline}</div><div class='body'>"
        + "".join(f"<div class='para'>{p}</div>" for p in BODY)
        + "</div></div></body></html>"
    )
    result = run(html)
    assert result.meta.outlet == "Valley Wire"
    assert result.meta.title == headline
    assert [p.text for p in result.paragraphs] == BODY
    assert headline in [r.text for r in result.removed]
