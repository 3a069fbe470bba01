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


def test_furniture_the_extractor_keeps_beside_the_article_is_dropped_and_recorded():
    """A portal template: standfirst, share row, photo caption and reporter line are divs beside
    the article text; the extractor keeps them all. The standfirst stays, the rest is recorded."""
    standfirst = "Engineers say the barrier will need repairs before the spring tides, the authority warned."
    html = (
        "<html><head><title>Flood barrier holds - The Valley Courier</title></head><body><div id='wrap'>"
        "<div class='story_left'><div class='story_title'>Flood barrier holds</div>"
        f"<div class='story_sub'>{standfirst}</div>"
        "<div class='story_share'><span>facebook</span> <span>twitter</span> <span>print</span> <span>font size</span></div>"
        "<div class='story_photo'><img src='a.jpg'><div class='story_photo_cap'>Volunteers fill sandbags on the quay in the lower town on Monday. Courtesy of the river authority</div></div>"
        "<div class='story_con'><div class='story_txt'>" + "<br><br>".join(BODY) + "</div></div>"
        "<div class='story_reporter'>Mira Castell <span>mcastell@valleycourier.example</span></div>"
        "</div></div></body></html>"
    )
    result = run(html)
    assert [p.text for p in result.paragraphs] == [standfirst] + BODY
    removed = {r.text: r.reason for r in result.removed}
    assert removed["facebook twitter print font size"].startswith("share buttons")
    assert removed["Volunteers fill sandbags on the quay in the lower town on Monday. Courtesy of the river authority"].startswith("image caption")
    assert removed["Mira Castell mcastell@valleycourier.example"].startswith("byline")


def test_a_section_label_inside_the_article_is_dropped_but_not_a_subheading():
    html = (
        "<html><head><title>Barrier holds</title></head><body><article>"
        "<p class='kicker'>Flood season special</p><h1>Flood barrier holds</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY[:2]) + "<h2>What comes next</h2>" + f"<p>{BODY[2]}</p>"
        + "</article></body></html>"
    )
    result = run(html)
    assert "Flood season special" not in [p.text for p in result.paragraphs]
    assert [(r.rule, r.reason) for r in result.removed if r.text == "Flood season special"] == [
        ("kicker", "section label above the article (kicker)")]
    assert "What comes next" in [p.text for p in result.paragraphs]


def test_a_quotation_and_a_table_inside_the_article_stay():
    """Guards of the furniture check: a quotation or a small table inside the article is text,
    whatever its box is called."""
    quote = "We will rebuild the quay before the winter storms arrive, and we will do it with local firms."
    html = (
        "<html><head><title>Flood barrier holds</title></head><body><article><h1>Flood barrier holds</h1>"
        + f"<p>{BODY[0]}</p>"
        + f"<div class='quote-box'><blockquote><p>{quote}</p></blockquote></div>"
        + "<figure class='photo-data'><table><tr><th>Town</th><th>Homes flooded</th></tr>"
          "<tr><td>Lower town</td><td>12</td></tr><tr><td>Old harbour</td><td>4</td></tr></table></figure>"
        + f"<p>{BODY[1]}</p><p>{BODY[2]}</p></article></body></html>"
    )
    result = run(html, "seeds/page.html")
    texts = "\n".join(p.text for p in result.paragraphs)
    assert quote in texts
    assert "Lower town" in texts
