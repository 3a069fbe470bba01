"""The home page: what the dossier covers, under the editor's introduction (docs/index.md)."""

from __future__ import annotations

from ..mdtext import escape_inline
from ..model import Dossier
from .common import SOURCES, Page


def render_home(dossier: Dossier) -> Page:
    lines = [f"# {escape_inline(dossier.title)}", ""]
    dates = sorted(a.date for a in dossier.articles if a.date)
    if dates:
        lines += [f"Sources dated {dates[0]} to {dates[-1]}.", ""]
    n = len(dossier.articles)
    lines.append(f"- [{n} source{'' if n == 1 else 's'}]({SOURCES}/index.md)")
    lines.append("")
    return {}, "\n".join(lines)
