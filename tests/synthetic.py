"""A small invented story (no real names) and a stand-in extraction over it.

The site's pictures, indexes and browser checks need actors, claims, events and a dispute over a
figure. Extraction quality is another branch's concern, so these tests swap `core.extract` for
`synthetic_extraction`, which finds its items by phrases in the cleaned paragraphs.
"""

from __future__ import annotations

from build_dossier.extract import Extraction
from build_dossier.model import Actor, Claim, Dispute, Event, Figure, Mention, Position, SourceRef

SEEDS = {
    "seeds/a_harbour.md": """---
title: Dockworkers walk out at Port Valen
date: 2031-03-02
outlet: The Valen Courier
---
Dockworkers at Port Valen stopped work on Monday, leaving container ships waiting at anchor.

Mara Quint, who leads the Dockworkers' Union, said 12,000 workers had joined the strike by noon.

The Port Authority said about 4,000 workers were absent and that most cranes were still running.

Quint said the union would not return until the Port Authority restored the night-shift bonus.

Read more
""",
    "seeds/b_talks.md": """---
title: Talks fail as strike enters second week <b>update</b>
date: 2031-03-09
outlet: Northern Ledger & Post
---
Talks between the Dockworkers' Union and the Port Authority broke down on Sunday evening.

The Port Authority said 4,000 workers remained on strike, a figure the union called "absurd".

Union leader Quint told reporters that 11,500 members were still out.

Transport minister Olan Brisk urged both sides to accept mediation by the Harbour Council.
""",
    "seeds/c_deal.md": """---
title: Mediator proposes deal to end Port Valen strike
date: 2031-04-14
outlet: The Valen Courier
---
The Harbour Council put forward a proposal on Tuesday to restore part of the night-shift bonus.

Olan Brisk said the government welcomed the proposal and expected ships to move within days.

Mara Quint said members would vote on the offer, and that roughly 9,000 of them were still out.
""",
}


def _find(articles, phrase):
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            if phrase in p.text:
                return a.id, i
    raise AssertionError(f"phrase not in the synthetic seeds: {phrase!r}")


def _ref(articles, phrase):
    art, i = _find(articles, phrase)
    return SourceRef(art, i, phrase)


def _mentions(articles, *names):
    out = []
    for a in articles:
        for i, p in enumerate(a.paragraphs):
            if any(n in p.text for n in names):
                out.append(Mention(a.id, i))
    return out


def synthetic_extraction(articles, *args, **kwargs) -> Extraction:
    actors = [
        Actor("mara-quint", "Mara Quint", "person", ["Quint", "Union leader Quint"], "leader of the Dockworkers' Union",
              _mentions(articles, "Quint")),
        Actor("dockworkers-union", "Dockworkers' Union", "organization", ["the union"], None,
              _mentions(articles, "Dockworkers' Union", "the union")),
        Actor("port-authority", "Port Authority", "organization", [], None, _mentions(articles, "Port Authority")),
        Actor("olan-brisk", "Olan Brisk", "person", ["Transport minister Olan Brisk", "Brisk"], "transport minister",
              _mentions(articles, "Brisk")),
        Actor("harbour-council", "Harbour Council", "organization", [], None, _mentions(articles, "Harbour Council")),
    ]
    claims = [
        Claim("union-12000", "12,000 workers had joined the strike", "figure", "mara-quint",
              [_ref(articles, "12,000 workers had joined the strike")],
              figure=Figure(12000, "workers", expression="12,000 workers")),
        Claim("authority-4000", "about 4,000 workers were absent", "figure", "port-authority",
              [_ref(articles, "about 4,000 workers were absent"), _ref(articles, "4,000 workers remained on strike")],
              figure=Figure(4000, "workers", expression="about 4,000 workers", qualifier="about")),
        Claim("union-11500", "11,500 members were still out", "figure", "mara-quint",
              [_ref(articles, "11,500 members were still out")],
              figure=Figure(11500, "workers", expression="11,500 members")),
        Claim("union-9000", "roughly 9,000 of them were still out", "figure", "mara-quint",
              [_ref(articles, "roughly 9,000 of them were still out")],
              figure=Figure(9000, "workers", expression="roughly 9,000", qualifier="about")),
        Claim("brisk-mediation", "Olan Brisk urged both sides to accept mediation by the Harbour Council",
              "statement", "olan-brisk", [_ref(articles, "urged both sides to accept mediation")]),
    ]
    events = [
        Event("strike-begins", "2031-03-02", "Dockworkers stop work at Port Valen", ["dockworkers-union"], [],
              [_ref(articles, "stopped work on Monday")]),
        Event("talks-fail", "2031-03-08", "Talks between the union and the Port Authority break down",
              ["dockworkers-union", "port-authority"], [], [_ref(articles, "broke down on Sunday evening")]),
        Event("mediation-call", "2031-03-09", "Minister urges mediation <by the Harbour Council>",
              ["olan-brisk", "harbour-council"], ["brisk-mediation"], [_ref(articles, "urged both sides")]),
        Event("proposal", "2031-04", "Harbour Council proposes to restore part of the bonus", ["harbour-council"],
              [], [_ref(articles, "put forward a proposal")]),
    ]
    disputes = [
        Dispute("how-many-strikers", "How many workers are on strike?", [
            Position("Most of the workforce: 9,000 to 12,000", ["mara-quint", "dockworkers-union"],
                     ["union-12000", "union-11500", "union-9000"]),
            Position("A minority: about 4,000", ["port-authority"], ["authority-4000"]),
        ]),
    ]
    return Extraction(actors, claims, events, disputes)


def articles():
    """The synthetic seeds cleaned by the real pipeline (ingest, clean)."""
    from build_dossier.core import Settings, make_article
    from build_dossier.model import SourceFile

    settings, taken = Settings(title="Port Valen strike"), set()
    return [make_article(SourceFile(path, text), settings, taken) for path, text in sorted(SEEDS.items())]


def dossier():
    from build_dossier.model import Dossier

    arts = articles()
    found = synthetic_extraction(arts)
    return Dossier("Port Valen strike", arts, found.actors, found.claims, found.events, found.disputes)


def write_project(root, mkdocs_yml: str) -> None:
    """A project folder with the synthetic seeds, an introduction and the given mkdocs.yml."""
    from pathlib import Path

    root = Path(root)
    for rel, text in SEEDS.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text(
        "# Port Valen strike\n\nAn invented story, used to test how the dossier reads.\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")


def site_config(title: str = "Port Valen strike") -> str:
    """This repository's mkdocs.yml with another title and no repo_url (no GitHub API calls offline)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text("utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("site_name:"):
            line = f"site_name: {title}"
        if line.startswith(("repo_url:", "edit_uri:")):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"
