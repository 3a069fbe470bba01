"""Footnotes that cite a source paragraph: outlet, title, date, a link to the paragraph, the quote.

One `Footnotes` per page: labels are numbered on that page ([^s1], [^s2], ...), so two sources
never share a label and the same paragraph and quote cited twice reuses its label.
"""

from __future__ import annotations

from ..mdtext import anchor, escape_inline, relative
from ..model import Article, Dossier, SourceRef
from .common import source_uri

# Python-Markdown's footnotes extension puts the footnotes where this line stands (its PLACE_MARKER
# default), so they read as the page's list of sources, under a heading, not as an unlabelled tail.
PLACE_MARKER = "///Footnotes Go Here///"
OPENING_QUOTES = ('"', "“", "„", "‘", "'", "«", "‹", "「")


class Footnotes:
    def __init__(self, page_uri: str, dossier: Dossier, prefix: str = "s"):
        self.page_uri, self.prefix = page_uri, prefix
        self.articles: dict[str, Article] = {a.id: a for a in dossier.articles}
        self._labels: dict[tuple[str, int, str], str] = {}
        self._lines: list[str] = []

    def ref(self, source: SourceRef) -> str:
        """The footnote reference for a source ("[^s1]"), defining it on first use."""
        key = (source.article, source.paragraph, source.quote)
        if key not in self._labels:
            label = f"{self.prefix}{len(self._labels) + 1}"
            self._labels[key] = label
            self._lines.append(f"[^{label}]: {self.cite(source)}")
        return f"[^{self._labels[key]}]"

    def refs(self, sources) -> str:
        """The references for several sources side by side, in footnote order ("[^s1][^s6][^s7]"):
        a source cited earlier on the page keeps its lower number, and marks shown as "6,1,7" read
        as a jumble (or, run together, as one number)."""
        labels = dict.fromkeys(self.ref(s) for s in sources)  # defines new ones in the sources' order
        return "".join(sorted(labels, key=lambda r: int(r[2 + len(self.prefix):-1])))

    def cite(self, source: SourceRef) -> str:
        """`*Outlet*, "Title", 2024-10-28, [¶4](../sources/x.md#p4): “quote”`."""
        return cite(self.page_uri, self.articles[source.article], source)

    def definitions(self) -> list[str]:
        return list(self._lines)

    def block(self) -> str:
        """The definitions as a Markdown block ("" when nothing was cited)."""
        return "\n".join(self._lines) + "\n" if self._lines else ""

    def section(self, heading: str = "Sources") -> str:
        """The definitions under a heading of their own ("" when nothing was cited)."""
        if not self._lines:
            return ""
        return f"## {heading}\n\n{PLACE_MARKER}\n\n" + self.block()


def cite(page_uri: str, article: Article, source: SourceRef) -> str:
    link = f"{relative(page_uri, source_uri(article.id))}#{anchor(source.paragraph)}"
    parts = []
    if article.outlet:
        parts.append(f"*{escape_inline(article.outlet)}*")
    parts.append(f"“{escape_inline(article.title)}”")
    parts.append(article.date or "undated")
    where = f"[¶{source.paragraph + 1}]({link})"
    quote = " ".join((source.quote or article.paragraphs[source.paragraph].text).split())
    if not quote.startswith(OPENING_QUOTES):  # a quote that opens with its own mark is not wrapped twice
        quote = f"“{quote}”"
    return f"{', '.join(parts)}, {where}: {escape_inline(quote)}"
