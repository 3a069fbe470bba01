"""The top of a copied or saved article: what stands above the headline and the first paragraph."""

from build_dossier.clean import clean, load_rules
from build_dossier.ingest import ingest
from build_dossier.model import SourceFile


def cleaned(text: str, path: str = "seeds/a.txt"):
    return clean(ingest(SourceFile(path, text)), load_rules())


def test_an_audio_player_line_above_the_headline_is_not_the_headline():
    c = cleaned("Listen to this article\nHarbour strike enters its second week\n"
                "Dock workers stayed out on Monday, the union said, as talks stalled again.\n")
    assert c.meta.title == "Harbour strike enters its second week"
    assert [(r.rule, r.text) for r in c.removed] == [
        ("audio-player", "Listen to this article"), ("headline", "Harbour strike enters its second week")]


def test_an_updated_line_with_a_m_time_is_a_dateline_and_dates_the_article():
    c = cleaned("Harbour strike enters its second week\nUpdated June 9, 2026, 11:20 a.m.\n"
                "Dock workers stayed out on Monday, the union said, as talks stalled again.\n")
    assert c.meta.date == "2026-06-09"
    assert ("dateline", "Updated June 9, 2026, 11:20 a.m.") in [(r.rule, r.text) for r in c.removed]


def test_a_sentence_ending_in_a_date_is_no_dateline():
    c = cleaned("Harbour strike enters its second week\nThe talks ended on June 9, 2026.\n"
                "Dock workers stayed out on Monday, the union said, as talks stalled again.\n")
    assert [p.text for p in c.paragraphs][0] == "The talks ended on June 9, 2026."


def test_a_section_label_above_a_saved_page_article_is_dropped():
    html = ("<html><body><article><h1>Minister demands answers on breach</h1><p class='kicker'>Technology</p>"
            "<p>The minister on Wednesday gave the company until Friday to explain how many customers were "
            "affected by last week's cyberattack on its systems.</p>"
            "<p>The company said it was cooperating fully with the federal police and the regulator.</p>"
            "</article></body></html>")
    c = cleaned(html, "seeds/a.html")
    assert ("kicker", "Technology") in [(r.rule, r.text) for r in c.removed]
    assert c.paragraphs[0].text.startswith("The minister on Wednesday")


def test_a_short_first_paragraph_that_reads_as_text_is_kept():
    c = cleaned("Harbour strike enters its second week\nIt is over.\n"
                "Dock workers went back on Monday, the union said, after talks ended.\n")
    assert [p.text for p in c.paragraphs][0] == "It is over."
