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


# ---------------------------------------------------------------------------------------------
# Header and foot lines of copied pages and newsletters (invented texts)

import pytest  # noqa: E402

from build_dossier.dates import find_numeric_dates  # noqa: E402

RULES = load_rules()
HEAD = "Ferry pier to close for repairs after winter storms"
LEAD = "The harbour board of Pellworth voted on Monday to close the old ferry pier for nine months of repairs."
LAST = "The council will discuss the decision at its next meeting, the board's chair said."


def run(text: str, name: str = "seeds/t.txt"):
    return clean(ingest(SourceFile(name, text)), RULES)


def dropped(result) -> dict[str, str]:
    return {r.text: r.rule for r in result.removed}


def test_a_dateline_led_by_its_place_with_bullets_gives_the_date():
    text = (f"{HEAD}\n\nJane Roe (The Pellworth Beacon)\nPellworth   ●   Tue, March 3, 2026   ●   09:40\n"
            f"Updated: Tue, March 3, 2026   ●   12:15\n\n{LEAD}\n\n{LAST}\n")
    result = run(text)
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert result.meta.date == "2026-03-03"
    d = dropped(result)
    assert d["Jane Roe (The Pellworth Beacon)"] == "author-line"
    assert d["Pellworth   ●   Tue, March 3, 2026   ●   09:40"] == "dateline"
    assert d["Updated: Tue, March 3, 2026   ●   12:15"] == "dateline"
    assert result.meta.outlet == "The Pellworth Beacon"


def test_a_name_in_brackets_above_an_ordinary_line_is_kept():
    line = "Jane Roe (Harbour Board)"
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{LAST}\n")
    assert line in [p.text for p in result.paragraphs]


def test_a_place_and_a_date_inside_a_sentence_are_no_dateline():
    line = "Pellworth — March 3, 2026 was the day the pier closed, the board said."
    result = run(f"{HEAD}\n\n{line}\n\n{LAST}\n")
    assert line in [p.text for p in result.paragraphs]


def test_an_info_line_with_input_and_modified_times_is_a_byline():
    line = "Jane Roe, staff reporter | Input 2026.03.03 09:40 | Modified 2026.03.03 11:02"
    result = run(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{LAST}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)[line] == "author-line"
    assert result.meta.date == "2026-03-03"


def test_a_year_first_dotted_date_is_read():
    assert [d.iso for d in find_numeric_dates("Input 2026.03.04 10:15")] == ["2026-03-04"]
    assert [d.iso for d in find_numeric_dates("2026.13.04")] == []


@pytest.mark.parametrize("line, rule", [
    ("Topics: harbours, storms, Pellworth, ferries", "topic-list"),
    ("A+ A-", "text-size"),
    ("ⓒ The Pellworth Beacon. All rights reserved. Reproduction and redistribution prohibited.", "copyright"),
    ("Skip to main content", "skip-link"),
    ("We will keep following this. If you know more about the pier, reply to this email; we protect our sources.",
     "tip-appeal"),
    ("The Pier Letter is free for readers in the harbour trades. If a colleague forwarded this to you, "
     "subscribe here. Paid members get the tide tables.", "subscription-appeal"),
])
def test_page_and_newsletter_chrome_is_dropped_and_recorded(line, rule):
    result = run(f"{HEAD}\n\n{LEAD}\n\n{LAST}\n\n{line}\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)[line] == rule


def test_most_viewed_heading_takes_its_headlines():
    result = run(f"{HEAD}\n\n{LEAD}\n\n{LAST}\n\nMost Viewed\n\nTide tables change for the summer\n")
    assert [p.text for p in result.paragraphs] == [LEAD, LAST]
    assert dropped(result)["Tide tables change for the summer"] == "related-heading"


@pytest.mark.parametrize("line", [
    "A new pier would cost more, the board said.",
    "Topics on the agenda included the pier and the harbour dues, the chair said.",
])
def test_sentences_like_chrome_are_kept(line):
    result = run(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{LAST}\n")
    assert line in [p.text for p in result.paragraphs]


DIV_PAGE = """<html><head><title>Pier to close for repairs | The Pellworth Beacon</title></head><body>
<div class="gnb"><a href="/">The Pellworth Beacon</a> · <a href="/town">Town</a> · <a href="/sea">Sea</a></div>
<div class="wrap">
 <div class="art-head">
  <div class="art-title">Pier to close for repairs</div>
  <div class="art-info">Jane Roe, staff reporter | Input 2026.03.03 09:40 | Modified 2026.03.03 11:02</div>
  <div class="font-size">A+ A-</div>
 </div>
 <div class="art-body">
  <div class="txt">The harbour board of Pellworth voted on Monday to close the old ferry pier for nine months of repairs, after winter storms cracked two of its piles.</div>
  <div class="txt">Fishermen who use the pier said they had not been consulted and would ask the council to review the decision at its next meeting.</div>
  <div class="txt">The board's chair said a temporary landing stage would be built on the north quay before the summer ferries start running in May.</div>
  <div class="copyright">(c) The Pellworth Beacon. Unauthorized reproduction prohibited.</div>
 </div>
 <div class="most-viewed"><div class="mv-title">Most Viewed</div><ol><li>Tide tables change for the summer</li><li>Lifeboat crew honoured</li></ol></div>
</div>
</body></html>"""


def test_a_div_only_page_drops_its_info_line_text_size_copyright_and_most_viewed():
    cleaned = _clean(DIV_PAGE, "seeds/beacon.htm")
    texts = [p.text for p in cleaned.paragraphs]
    assert len(texts) == 3 and texts[0].startswith("The harbour board") and texts[2].startswith("The board's chair")
    removed = " || ".join(r.text for r in cleaned.removed)
    for chrome in ("Input 2026.03.03", "A+ A-", "Unauthorized reproduction", "Most Viewed", "Lifeboat crew honoured"):
        assert chrome in removed, chrome


def test_a_title_split_by_a_double_colon_gives_headline_and_outlet():
    page = DIV_PAGE.replace("<title>Pier to close for repairs | The Pellworth Beacon</title>",
                            "<title>Pier to close for repairs :: The Pellworth Beacon</title>")
    cleaned = _clean(page, "seeds/beacon.htm")
    assert cleaned.meta.title == "Pier to close for repairs"
    assert cleaned.meta.outlet == "The Pellworth Beacon"
    assert not any(p.text == "Pier to close for repairs" for p in cleaned.paragraphs)
