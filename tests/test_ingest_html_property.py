"""Property: on any saved page built from common parts (menus, headers, articles with
subheadings, quotations, figures, related links, footers), every visible text block ends up in
the article or in `removed` — nothing on the page is lost silently."""

from __future__ import annotations

import html as htmllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_dossier.clean import clean, load_rules
from build_dossier.html import _page_blocks
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()
WORDS = ["port", "strike", "council", "river", "analysis", "news", "share", "more", "related", "minister",
         "said", "on", "monday", "the", "a", "of", "budget", "vote", "opinion", "flood", "bridge", "2024"]
word = st.sampled_from(WORDS)
short = st.lists(word, min_size=1, max_size=3).map(" ".join).map(str.capitalize)
sentence = st.lists(word, min_size=8, max_size=30).map(" ".join).map(lambda s: s.capitalize() + ".")


def esc(s: str) -> str:
    return htmllib.escape(s)


@st.composite
def pages(draw):
    nav = draw(st.lists(short, max_size=6))
    parts = ["<html><head><title>%s</title></head><body>" % esc(draw(short))]
    if nav:
        parts.append("<nav><ul>" + "".join(f"<li><a href='#'>{esc(n)}</a></li>" for n in nav) + "</ul></nav>")
    if draw(st.booleans()):
        parts.append(f"<div class='cookie'><p>{esc(draw(sentence))}</p><button>{esc(draw(short))}</button></div>")
    parts.append("<article>")
    parts.append(f"<h1>{esc(draw(short))}</h1>")
    for _ in range(draw(st.integers(3, 9))):
        kind = draw(st.sampled_from(["p", "p", "p", "h2", "quote", "figure", "aside", "div"]))
        if kind == "p":
            parts.append(f"<p>{esc(draw(sentence))}</p>")
        elif kind == "h2":
            parts.append(f"<h2>{esc(draw(short))}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{esc(draw(sentence))}</p>&mdash; {esc(draw(short))} (@x) May 1, 2024</blockquote>")
        elif kind == "figure":
            parts.append(f"<figure><img src='x.jpg'><figcaption>{esc(draw(sentence))}</figcaption></figure>")
        elif kind == "aside":
            parts.append("<aside class='related'><h3>Related</h3><ul>"
                         + "".join(f"<li><a>{esc(draw(short))}</a></li>" for _ in range(2)) + "</ul></aside>")
        else:
            parts.append(f"<div class='meta'>{esc(draw(short))} <span>{esc(draw(short))}</span></div>")
    parts.append("</article>")
    parts.append(f"<footer><p>{esc(draw(short))}</p><p>{esc(draw(sentence))}</p></footer></body></html>")
    return "".join(parts)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pages())
def test_every_visible_block_is_kept_or_recorded(page):
    result = clean(ingest(SourceFile("seeds/generated.html", page)), RULES)
    pieces = [_norm(p.text) for p in result.paragraphs] + [_norm(r.text) for r in result.removed]
    whole = set(pieces)
    for p in [*result.paragraphs, *result.removed]:
        for line in p.text.split("\n"):
            whole.add(_norm(line))
    for block in _page_blocks(page):
        if len(block.norm) >= 25:
            assert any(block.norm in piece for piece in pieces), block.text
        else:
            assert block.norm in whole, block.text


def test_a_footer_line_equal_to_two_article_blocks_run_together_is_recorded():
    # found by the property above: "Port" (the headline) + "Port port ... port." (the first
    # paragraph) read together equal the footer's line, which was taken as extracted and lost
    page = ("<html><head><title>Port</title></head><body><article><h1>Port</h1>"
            "<p>Port port port port port port port port port port.</p><p>Port port port port port port port port.</p>"
            "<p>Port port port port port port port port.</p></article><footer><p>Port</p>"
            "<p>Port port port port port port port port port port port.</p></footer></body></html>")
    test_every_visible_block_is_kept_or_recorded.hypothesis.inner_test(page)
