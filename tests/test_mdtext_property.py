"""Property: whatever an article's text contains, its paragraph renders as that text, literally,
and creates no element of its own (only the paragraph, its anchor link and, for a quotation,
the blockquote around it). Rendered with the site's own Markdown extensions."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import example, given, settings
from hypothesis import strategies as st

from build_dossier.model import Paragraph
from build_dossier.render.sources import render_paragraph

EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "pymdownx.details", "toc"]
MD = markdown.Markdown(extensions=EXTENSIONS)

SYNTAX = ["???", "???+", "!!!", "===", "---", "***", "___", "```", "~~~", "    ", "\t", "> ", "- ", "+ ", "* ",
          "1. ", "2) ", "# ", "[^1]", "[^1]:", "[x](javascript:alert(1))", "<b>", "</p>", "&amp;", "&#62;",
          "{: onclick=x}", "{ #id }", "*[HTML]:", "|", "~", "^", "\\", "`", "  \n", "\n", ":", "note", '"t"']
piece = st.one_of(st.sampled_from(SYNTAX), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8))
texts = st.lists(piece, min_size=1, max_size=12).map("".join).map(str.strip).filter(bool)


def rendered(p: Paragraph):
    html = MD.reset().convert(render_paragraph(p, 0))
    return BeautifulSoup(f"<div>{html}</div>", "html.parser").div


def check(p: Paragraph) -> None:
    root = rendered(p)
    elements = [el.name for el in root.find_all(True)]
    expected = ["blockquote", "p", "a"] if p.kind == "quote" else ["p", "a"]
    assert [e for e in elements if e != "br"] == expected, (p.text, str(root))
    anchor = root.find(id="p1")
    assert anchor is not None and anchor.name in ("p", "blockquote")
    link = root.find("a")
    assert link["href"] == "#p1" and link.get_text() == "¶1"
    link.extract()
    shown = " ".join(root.get_text().split())
    assert shown == " ".join(p.text.split()), (p.text, str(root))


@settings(max_examples=400, deadline=None)
@given(texts)
@example("??? note \"Click\"\nbody")
@example("about ~5 km, 2^10 and [^1]")
@example("=== not a heading")
@example("Line one\n===")
@example("    indented four spaces")
@example("x  \ny")
def test_text_paragraph_renders_literally(text):
    check(Paragraph(text))


@settings(max_examples=200, deadline=None)
@given(texts)
@example("??? note\n— Name (@handle) May 1, 2024")
def test_quote_paragraph_renders_literally(text):
    check(Paragraph(text, "quote"))
