"""Events: dated happenings, dates resolved against each article's own date, one event per
happening however many articles report it, never an event from removed boilerplate."""

from __future__ import annotations

from build_dossier.extract import extract
from build_dossier.extract.events import event_title
from build_dossier.dates import find_dates
from build_dossier.model import Article, Paragraph, Removed


def article(aid: str, *paragraphs: str, date: str | None = None, removed=()) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs], removed=list(removed))


# Monday 2023-09-11 and Wednesday 2023-09-13: an invented flood.
WIRE = article(
    "wire",
    "The Ostrava river burst its banks on Monday, flooding the old town, regional governor Lena Marsh said.",
    "But last Thursday, the water authority had denied that the levees were at risk.",
    "The levees were built in June 1997 after a smaller flood.",
    "Marsh will meet Prime Minister Karel Dvorak on Friday to ask for emergency funds.",
    date="2023-09-11",
    removed=[Removed("Rescuers on 2 September 2023 near the bridge. Photo: Agency", "image caption")],
)
HERALD = article(
    "herald",
    "The Ostrava river burst its banks on Monday and flooded the old town.",
    "The regional parliament first debated new levees in March.",
    date="2023-09-13",
)
UNDATED = article(
    "undated",
    "On Tuesday the army sent 300 soldiers to the valley.",
    "The previous flood, on 3 July 2019, killed four people.",
)


def events_of(*articles):
    return extract(list(articles)).events


def test_dates_resolve_against_each_article():
    events = events_of(WIRE, HERALD)
    dates = {e.date for e in events}
    assert "2023-09-11" in dates          # "on Monday" in a Monday article
    assert "2023-09-07" in dates          # "last Thursday"
    assert "1997-06" in dates             # "in June 1997" stays month-precise
    assert "2023-09-15" in dates          # "will meet ... on Friday": the coming Friday
    assert "2023-03" in dates             # "in March": the latest March not after the article


def test_one_event_however_many_articles_report_it():
    events = events_of(WIRE, HERALD)
    burst = [e for e in events if e.date == "2023-09-11"]
    assert len(burst) == 1
    assert {(s.article, s.paragraph) for s in burst[0].sources} == {("wire", 0), ("herald", 0)}
    for s in burst[0].sources:
        text = {"wire": WIRE, "herald": HERALD}[s.article].paragraphs[s.paragraph].text
        assert s.quote and s.quote in text


def test_no_event_from_removed_boilerplate():
    assert all(e.date != "2023-09-02" for e in events_of(WIRE, HERALD))


def test_an_undated_article_resolves_only_absolute_dates():
    events = events_of(UNDATED)
    assert [e.date for e in events] == ["2019-07-03"]


def test_events_have_actors_and_titles():
    events = events_of(WIRE, HERALD)
    (meeting,) = [e for e in events if e.date == "2023-09-15"]
    assert "meet" in meeting.title and "Friday" not in meeting.title
    assert len(meeting.actors) >= 2
    assert all(e.title and e.id for e in events)
    assert len({e.id for e in events}) == len(events)
    assert [e.date for e in events] == sorted(e.date for e in events)


def title(sentence: str, ref: str) -> str:
    (d,) = find_dates(sentence, ref)
    return event_title(sentence, d)


def test_titles_are_short_clauses_without_the_date():
    assert title("On 31 October, the ministry announced that 80 homes were lost.", "2023-11-02") == \
        "The ministry announced that 80 homes were lost"
    assert title("The dam, which collapsed in May 2021, was rebuilt.", "2023-11-02") == "The dam collapsed"
    assert title("Residents were evacuated overnight, mayor Ana Ruiz said Monday.", "2023-11-06") == \
        "Mayor Ana Ruiz said Residents were evacuated overnight"
    assert title("He pointed to a pact signed by both towns in June.", "2023-11-06") == \
        "A pact signed by both towns"


def test_event_pages_and_timeline(project):
    project.write("seeds/a.md", "---\ntitle: River bursts its banks\ndate: 2023-09-11\noutlet: Wire\n---\n\n"
                  "The Ostrava river burst its banks on Monday, regional governor Lena Marsh said.\n\n"
                  "The levees were built in June 1997.\n")
    project.write("seeds/b.md", "---\ntitle: Old town flooded\ndate: 2023-09-13\n---\n\n"
                  "The Ostrava river burst its banks on Monday and flooded the old town.\n")
    project.build()
    events = project.dossier()["events"]
    assert [e["date"] for e in events] == ["1997-06", "2023-09-11"]
    timeline = project.html("events/index.html")
    assert timeline.index("1997-06") < timeline.index("2023-09-11")
    assert f'href="{events[1]["id"]}.html"' in timeline
    page = project.html(f"events/{events[1]['id']}.html")
    assert page.count('id="fn:s') == 2  # a footnote per source paragraph
    assert "../sources/river-bursts-its-banks.html#p1" in page
    assert "../sources/old-town-flooded.html#p1" in page


def test_markup_in_articles_is_shown_as_text(project):
    project.write("seeds/a.md", "---\ntitle: Markup\ndate: 2023-09-11\n---\n\n"
                  "On Monday, the <b>mayor</b> of [Dorn](http://evil.example) denied that *toxic* water | leaked.\n\n"
                  "The national agency confirmed on Tuesday that toxic water | leaked into the Dorn river.\n")
    project.build()
    data = project.dossier()
    assert data["events"] and data["disputes"]
    assert any("mayor" in e["title"] for e in data["events"])  # the page checked below exists
    for e in data["events"]:
        page = project.html(f"events/{e['id']}.html")
        assert "<b>mayor</b>" not in page and 'href="http://evil.example"' not in page
        if "mayor" in e["title"]:
            assert "&lt;b&gt;mayor&lt;/b&gt;" in page or "mayor" in page
    (d,) = data["disputes"]
    page = project.html(f"disputes/{d['id']}.html")
    assert "<b>mayor</b>" not in page and 'href="http://evil.example"' not in page
    assert page.count("<tr>") == 3  # the header and two positions: the "|" stayed in its cell


def test_an_editors_page_is_merged_not_overwritten(project):
    project.write("seeds/a.md", "---\ntitle: River bursts its banks\ndate: 2023-09-11\n---\n\n"
                  "The Ostrava river burst its banks on Monday, regional governor Lena Marsh said.\n")
    project.build()
    (event,) = project.dossier()["events"]
    note = project.write(f"docs/events/{event['id']}.md", "Editors' note: the levee had been repaired in 2021.\n")
    project.build()
    page = project.html(f"events/{event['id']}.html")
    assert "Editors' note: the levee had been repaired in 2021." in page
    assert "Lena Marsh" in page  # the generated page follows
    assert note.read_text(encoding="utf-8") == "Editors' note: the levee had been repaired in 2021.\n"
