"""Unit tests of the cleaner's structural rules and of boilerplate seen on other news sites."""

from __future__ import annotations

from collections import Counter

import pytest

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile

RULES = load_rules()


def run(text: str, rules=RULES):
    return clean(ingest(SourceFile("seeds/t.txt", text)), rules)


def test_two_post_signatures_in_a_row_lose_nothing():
    """Found by the property test: the second signature line used to vanish."""
    sig = "— Jane Doe (@janedoe) October 28, 2024"
    result = run(f"First sentence of the story is here.\n{sig}\n{sig}\n")
    texts = [p.text for p in result.paragraphs] + [r.text for r in result.removed]
    assert Counter(" ".join(texts).split()) == Counter(f"First sentence of the story is here. {sig} {sig}".split())
    assert [p.kind for p in result.paragraphs] == ["quote", "quote"]


# Boilerplate as other news sites print it: each must be dropped by the named rule.
OTHER_SITES = [
    ("Support independent journalism. Make a donation today.", "donation-appeal"),
    ("Donate now", "donation-appeal"),
    ("Become a member today", "donation-appeal"),
    ("You can make a monthly donation to keep us going.", "donation-appeal"),
    ("Support independent journalism", "donation-appeal"),
    ("If you value our reporting, please chip in today.", "donation-appeal"),
    ("Subscribe today for unlimited access", "subscription-appeal"),
    ("Get our free newsletter in your inbox every morning", "subscription-appeal"),
    ("Sign up for our morning newsletter", "subscription-appeal"),
    ("Subscribe to our YouTube channel", "subscription-appeal"),
    ("Already a subscriber? Log in", "subscription-appeal"),
    ("Share this article", "social-share"),
    ("Follow us on Telegram", "social-share"),
    ("Read more:", "related-heading"),
    ("Related articles", "related-heading"),
    ("Most read", "related-heading"),
    ("Tags:", "related-heading"),
    ("Continue reading", "more-link"),
    ("Read more: Flood warning issued for three districts", "related-link"),
    ("WATCH: Rescuers reach the village cut off by the landslide", "related-link"),
    ("Views: 1,204", "read-counter"),
    ("4 min read", "reading-time"),
    ("Advertisement", "ad-marker"),
    ("Story continues below advertisement", "ad-marker"),
    ("Photo: Reuters", "photo-credit"),
    ("Image credit: NASA", "photo-credit"),
    ("Efrem Lukatsky/AP", "photo-credit"),
    ("AFP via Getty Images", "photo-credit"),
    ("(AP Photo/Efrem Lukatsky)", "photo-credit"),
    ("Photograph: Anadolu/Getty Images", "photo-credit"),
    ("Boats moored in the harbour at dawn. Photograph: Ana Lima/Getty Images", "caption-with-credit"),
    ("Suggested Topics: Antitrust, Retail & Consumer", "topic-list"),
    ("Subscribe to The Harbour Ledger for €1 a week", "subscription-appeal"),
    ("A firefighter works at the site of a strike in Kharkiv. (Photo: Reuters)", "caption-with-credit"),
    ("In this handout photo released by the press service, soldiers train at a range.", "image-caption"),
    ("File photo: a view of the harbour at dawn.", "image-caption"),
    ("By Sam Okafor", "byline"),
    ("By Lena Vogt and Ahmed Karimi | 2 August 2024", "byline"),
    ("Words by Ruth Calder · Photographs by Ian Moss", "byline"),
    ("Reporting by Lena Vogt and Ahmed Karimi; Editing by Mark Dunn", "byline"),
    ("(Additional reporting by Jan Novak)", "byline"),
    ("Our Standards: The Global Wire Trust Principles.", "standards-note"),
    ("Do you have a story about school admissions? Email our newsroom.", "tip-appeal"),
    ("© 2024 Example Media Ltd", "copyright"),
    ("All rights reserved.", "copyright"),
    ("Home > News > World", "breadcrumb"),
    ("Home / World / Europe", "breadcrumb"),
    ("Share   Tweet   Email   Print", "social-share"),
    ("Share on Facebook Share on X", "social-share"),
    ("Advertisement · Scroll to continue", "ad-marker"),
    ("Sign up here.", "subscription-appeal"),
    ("The Weekly Example is a reader-funded newsletter. Forward it to a friend.", "subscription-appeal"),
    ("Example News is free to read. Become a supporter from $5 a month.", "donation-appeal"),
    ("Photo: Firefighters work through the night at the burning fuel depot outside the city, May 2, 2025. Jane Roe/Example Pictures", "caption-with-credit"),
    ("Photo: Commuters wait for the first boat of the day at the ferry terminal in Lagos on May 3, 2026. (Ada Okafor / XNA)", "caption-with-credit"),
    ("Download the Lagoon Times app for the latest news.", "app-promo"),
    ("Get our app", "app-promo"),
    ("Available on the App Store and Google Play", "app-promo"),
    ("Tags: Lagos, Ferries, Waterways Authority", "topic-list"),
    ("Filed under: Transport", "topic-list"),
    ("The Lagoon Times has no paywall. Please chip in if you can.", "donation-appeal"),
    ("We are reader-funded. Chip in to keep us independent.", "donation-appeal"),
    ("Share this story: Facebook | WhatsApp | Telegram", "social-share"),
    ("Share: Facebook, X, Email", "social-share"),
    ("Lagoon Times - All rights reserved. No part of this article may be reproduced without permission.", "copyright"),
]

# Real sentences that share words with the rules: kept.
REAL = [
    "The minister said he would share the intelligence with allies before the summit.",
    "More than 3,000 soldiers have been sent to the region, officials said.",
    "Related talks will resume in Geneva next week, according to the foreign ministry.",
    "Readers of the report will find the figures in an annex published on Monday.",
    "Photo evidence presented to the court showed the convoy crossing the border at night.",
    "The agency's photographer was detained for six hours, Reuters reported.",
    "Advertising revenue at the broadcaster fell by a third last year.",
    "He called on citizens to donate blood and to support the families of the victims.",
    "Source: a senior official familiar with the talks told the agency that no deal was close.",
    "Tags on the crates showed they had been shipped from the northern port in May.",
    "Related topics: the minister said the budget would cover health, schools and roads.",
    "See also the annex, which lists every site: the ministry published it on Monday.",
    "Read more about the plan in the ministry's report, officials said. It runs to 40 pages.",
    "By Tuesday the river had fallen by a metre.",
    "By the numbers",
    "Reporting by the agency was later confirmed by two officials in the ministry.",
    "Do you have a moment? the officer asked, before he sent the patrol away.",
    "Neighbouring countries agreed to chip in for the reconstruction of the bridge.",
    "The foundation exists to support independent journalism in the region, its director said.",
    "Finland applied to become a member of the alliance in May 2022.",
    "The businessman offered to make a donation to the city's hospital.",
    "The cost of a cup of coffee in the capital has doubled since the war began.",
    "Inflation > 5% would force the bank to act, the governor said.",
    "Share prices fell sharply on Monday, and the email to staff was printed in full.",
    "Thousands signed up to volunteer after the floods, the mayor said.",
    "He asked readers to forward the petition to their MPs.",
    "The charity asked people to become a supporter of the shelter, which houses 40 dogs.",
    "Photo evidence: the court saw images of the convoy. Officials said the trucks carried AC/DC",
    "Download the app to check your status, the ministry urged citizens.",
    "Residents were asked to chip in to keep the library open, the mayor said.",
    "The label said all rights reserved to the estate would pass to his children.",
    "Tags: the word was painted on every crate that left the port, investigators said.",
    "Share prices on the Lagos exchange: banks rose, telecoms fell.",
]


@pytest.mark.parametrize("line, rule", OTHER_SITES, ids=[r + ":" + l[:20] for l, r in OTHER_SITES])
def test_other_sites_boilerplate_is_dropped(line, rule):
    body = "The first paragraph of the story is an ordinary sentence with a verb.\n"
    result = run(body + line + "\nThe last paragraph is also an ordinary sentence, as it should be.\n")
    assert [r.rule for r in result.removed] == [rule], [(r.rule, r.text) for r in result.removed]
    assert result.removed[0].text == line


@pytest.mark.parametrize("line", REAL)
def test_real_sentences_are_kept(line):
    body = "The first paragraph of the story is an ordinary sentence with a verb.\n"
    result = run(body + line + "\n")
    assert result.removed == []
    assert [p.text for p in result.paragraphs][-1] == line


def test_a_user_rule_with_a_built_in_id_replaces_it():
    """data/boilerplate.yaml says rules are extended *or overridden* from mkdocs.yml."""
    rules = load_rules([{"id": "more-link", "reason": "our own More rule", "line": "(more|see more)"}])
    assert [r.id for r in rules.rules].count("more-link") == 1
    assert [r.id for r in rules.rules].index("more-link") == [r.id for r in RULES.rules].index("more-link")
    result = run("A first sentence that is plain text.\nSee more\nContinue reading\n", rules)
    assert [(r.rule, r.reason, r.text) for r in result.removed] == [("more-link", "our own More rule", "See more")]
    assert "Continue reading" in [p.text for p in result.paragraphs]  # the built-in pattern is gone


def test_two_user_rules_with_one_id_is_an_error():
    from build_dossier.errors import DossierError

    with pytest.raises(DossierError, match=r"boilerplate\[1\]: .*'x'.*twice"):
        load_rules([{"id": "x", "reason": "a", "line": "a"}, {"id": "x", "reason": "b", "line": "b"}])


def test_a_dateline_with_time_zone_and_age_gives_the_date():
    result = run("A headline about the harbour\n\nMarch 3, 2025 5:48 PM GMT+2 Updated 3 hours ago\n\n"
                 "The harbour reopened on Monday after a week of repairs, the port authority said.\n")
    assert result.meta.date == "2025-03-03"
    assert all("Updated" not in p.text for p in result.paragraphs)


@pytest.mark.parametrize("line, iso", [
    ("Published: 07.09.2026 | 14:22", "2026-09-07"),
    ("Updated 13/09/2026 14:22", "2026-09-13"),
    ("Updated 09/13/2026 14:22", "2026-09-13"),
    ("Updated 07/09/2026 14:22", None),  # 7 September or 9 July: left undated
])
def test_a_numeric_dateline_is_dropped_and_read_only_when_unambiguous(line, iso):
    result = run(f"A headline about the harbour\n{line}\n"
                 "The harbour reopened on Monday after a week of repairs, the port authority said.\n")
    assert result.meta.date == iso
    assert [(r.rule, r.text) for r in result.removed][-1] == ("dateline", line)


def test_a_breadcrumb_above_the_headline_is_not_the_headline():
    result = run("Home > News > Romania\nMine spill reaches the river; operator says leak contained\n"
                 "The leak was found late on Saturday, the environmental guard said.\n")
    assert result.meta.title == "Mine spill reaches the river; operator says leak contained"
    assert [r.rule for r in result.removed] == ["breadcrumb", "headline"]
