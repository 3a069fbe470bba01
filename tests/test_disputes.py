"""Disputes found automatically on invented stories: differing figures, a denial against a
confirmation, a breach against a lawful act, calls to lift a ban against keeping it."""

from __future__ import annotations

import os
from pathlib import Path

from build_dossier.extract import extract
from build_dossier.model import Article, Dossier, Paragraph
from build_dossier.render import render_site

GOLDEN = Path(__file__).parent / "golden"


def article(aid: str, *paragraphs: str, date: str = "2024-05-06", outlet: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.replace("-", " ").title(), outlet=outlet,
                   date=date, paragraphs=[Paragraph(p) for p in paragraphs])


MARCH = [
    article("police", "Police said 2,000 people joined the march in Lindau on Sunday.", outlet="Courier"),
    article("organisers", "Organisers said about 15,000 people joined the march in Lindau.", outlet="Gazette",
            date="2024-05-07"),
    article("echo", "Police said 2,000 people joined the march, a figure organisers rejected.", outlet="Echo"),
]

LEAK = [
    article("denial",
            "The mining company Orlen Metals denied that toxic water had leaked into the Varta river.",
            "The company said its dams were sound."),
    article("confirmation",
            "The national environment agency confirmed that toxic water had leaked into the Varta river "
            "from the Orlen Metals mine.",
            "Farmers downstream have stopped irrigating their fields.", date="2024-05-09"),
]

DECREE = [
    article("opposition", "Opposition leader Ivo Marek said the emergency decree violates the constitution."),
    article("ministry", "Justice Minister Petra Lind said the emergency decree is in line with the constitution."),
]

TRAWLING = [
    article("fishermen",
            "The fishermen's union called for the ban on trawling in Kessel Bay to be lifted before summer."),
    article("ministry-ban",
            "The fisheries ministry said it would keep the ban on trawling in Kessel Bay until stocks recover."),
]


def found(articles):
    x = extract(articles)
    return x, {a.id: a.name for a in x.actors}


def check_references(x):
    claims = {c.id for c in x.claims}
    assert len(claims) == len(x.claims)
    assert len({d.id for d in x.disputes}) == len(x.disputes)
    for d in x.disputes:
        assert len(d.positions) >= 2 and d.found_by
        for p in d.positions:
            assert p.claims and set(p.claims) <= claims


def test_differing_figures_are_a_dispute_with_one_position_per_value():
    x, names = found(MARCH)
    check_references(x)
    (d,) = x.disputes
    assert "How many" in d.title
    summaries = [p.summary for p in d.positions]
    assert summaries[0].startswith("2,000") and "15,000" in summaries[1]
    figures = {c.id: c for c in x.claims if c.kind == "figure"}
    low, high = d.positions
    assert len(figures[low.claims[0]].sources) == 2  # the same figure in two articles: one claim
    assert [names[a] for a in low.actors] == ["Police"] or low.actors  # who gives it, when known


def test_one_figure_everywhere_is_no_dispute():
    x, _ = found([MARCH[0], MARCH[2]])
    assert x.disputes == []


def test_a_denial_against_a_confirmation():
    x, names = found(LEAK)
    check_references(x)
    (d,) = x.disputes
    assert d.title.startswith("Is it true that toxic water had leaked")
    affirm, deny = d.positions
    assert affirm.summary.startswith("Confirms") and deny.summary.startswith("Denies")
    assert [names[a] for a in deny.actors] == ["Orlen Metals"]
    made = [c for c in x.claims if any("disputes" in f for f in c.found_by)]
    for c in made:  # statement claims made for positions quote their sentence verbatim
        (s,) = c.sources
        assert s.quote in {a.id: a for a in LEAK}[s.article].paragraphs[s.paragraph].text


def test_a_negated_denial_takes_the_other_side():
    articles = [LEAK[0], article("nodeny", "The mining company Orlen Metals did not deny that toxic water had "
                                           "leaked into the Varta river.", date="2024-05-10")]
    x, names = found(articles)
    (d,) = x.disputes
    affirm, deny = d.positions
    assert "did not deny" in affirm.summary


def test_a_breach_against_a_lawful_act():
    x, names = found(DECREE)
    check_references(x)
    (d,) = x.disputes
    violation, lawful = d.positions
    assert [names[a] for a in violation.actors] == ["Ivo Marek"]
    assert [names[a] for a in lawful.actors] == ["Petra Lind"]
    assert "constitution" in d.title


def test_lift_against_keep():
    x, names = found(TRAWLING)
    check_references(x)
    (d,) = x.disputes
    lift, keep = d.positions
    assert "lifted" in lift.summary and "keep the ban" in keep.summary
    assert d.title == "Should the restrictions on trawling in Kessel Bay be lifted?"


def test_an_accusation_against_its_rejection():
    articles = [
        article("accuse", "The mayor of Dorn, Jana Weiss, accused the regional water company of hiding "
                          "the pollution of the Dorn reservoir."),
        article("reject", "The regional water company rejected the accusation and said the Dorn reservoir "
                          "was clean.", date="2024-05-07"),
    ]
    x, names = found(articles)
    check_references(x)
    (d,) = x.disputes
    accuse, reject = d.positions
    assert accuse.summary.startswith("Accuses") and reject.summary.startswith("Rejects")
    assert [names[a] for a in accuse.actors] == ["Jana Weiss"]
    assert d.title == "Is the accusation true: hiding the pollution of the Dorn reservoir?"


def test_a_short_rejection_is_about_the_accusation_before_it():
    articles = [article(
        "both",
        "The teachers' union accused the Harlow school board of cutting the music budget in secret.",
        "Parents gathered outside the town hall.",
        "The Harlow school board rejected the accusation.")]
    x, names = found(articles)
    (d,) = x.disputes
    assert [p.summary.split(":")[0] for p in d.positions] == ["Accuses", "Rejects the accusation"]


def test_unrelated_cues_make_no_dispute():
    articles = [
        article("a", "The museum confirmed that the painting was sold to a private collector."),
        article("b", "The football club denied that its coach had resigned after the defeat."),
    ]
    assert extract(articles).disputes == []


def test_golden_event_and_dispute_pages():
    articles = [*MARCH, *LEAK]
    x = extract(articles)
    dossier = Dossier(title="Golden", articles=articles, actors=x.actors, claims=x.claims,
                      events=x.events, disputes=x.disputes)
    pages = render_site(dossier)
    wanted = sorted(uri for uri in pages if uri.startswith(("events/", "disputes/")))
    assert "events/index.md" in wanted and "disputes/index.md" in wanted and len(wanted) >= 4
    text = "".join(f"===== {uri}\n{pages[uri]}" for uri in wanted)
    golden = GOLDEN / "events-disputes.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 and check the diff by eye"


def test_dispute_pages_build_strict(project):
    for a in LEAK:
        body = "\n\n".join(p.text for p in a.paragraphs)
        project.write(f"seeds/{a.id}.md", f"---\ntitle: {a.title}\ndate: {a.date}\n---\n\n{body}\n")
    project.build()
    (d,) = project.dossier()["disputes"]
    page = project.html(f"disputes/{d['id']}.html")
    assert "<table>" in page and page.count('id="fn:s') == 2
    assert "Orlen Metals" in page
    assert d["positions"][0]["sources"][0]["quote"]


def test_each_side_says_the_other_did_it():
    articles = [
        article("alder", "Alder Rail said Brook Freight's driver had ignored the red signal near Hollin."),
        article("brook", "Brook Freight said Alder Rail's driver had ignored the red signal, not its own.",
                date="2024-05-07"),
    ]
    x, names = found(articles)
    check_references(x)
    (d,) = [d for d in x.disputes if any("mirror" in f for f in d.found_by)]
    assert d.title == "Who ignored the red signal?"
    by_subject = {p.summary.split(":")[0]: [names[a] for a in p.actors] for p in d.positions}
    assert by_subject == {"Brook Freight": ["Alder Rail"], "Alder Rail": ["Brook Freight"]}


def test_a_value_and_its_revision_in_one_sentence_are_no_dispute():
    articles = [
        article("a", "The court cut the fine to 40 million euros from 90 million euros on Tuesday."),
        article("b", "The company said the fine of 40 million euros would be paid."),
    ]
    x, _ = found(articles)
    assert not [d for d in x.disputes if "EUR" in d.title], [d.title for d in x.disputes]


def test_respecting_a_truce_is_the_lawful_side_of_violating_it():
    articles = [
        article("a", "The Velor army said the militia violated the truce in Ostra on Monday."),
        article("b", "The militia's commander Ivo Dran said his fighters had fully respected the truce in Ostra."),
    ]
    x, _ = found(articles)
    legal = [d for d in x.disputes if any(p.summary.startswith("Lawful") for p in d.positions)]
    assert legal, [d.title for d in x.disputes]
    assert any(p.summary.startswith("A breach") for p in legal[0].positions)


# ---- figures about one quantity inside one article, and one actor's "not so" against another's "so"

def test_figures_in_one_article_from_two_actors_are_a_dispute():
    """"figures about the same quantity that differ across sources or actors": one article that
    gives the union's turnout and the employers' is enough; a half is a percentage."""
    x, names = found([article(
        "strike",
        "“More than 80% of the drivers stayed home,” union negotiator Ada Velt told reporters.",
        "The employers' association Transkor said fewer than half of the workers had joined the strike.")])
    check_references(x)
    (d,) = [d for d in x.disputes if "percentage" in d.title.lower()]
    by_value = {p.summary: [names[a] for a in p.actors] for p in d.positions}
    assert by_value == {"fewer than half of the workers": ["Transkor"], "More than 80% of the drivers": ["Ada Velt"]}


def test_a_re_estimate_joins_the_figure_before_it():
    """"The operators put the figure at 250" re-estimates the 800 jobs of the sentence before."""
    x, _ = found([article(
        "jobs", "The union says the automation plan would cost 800 jobs by 2030. "
                "The terminal operators put the figure at 250, and say most workers would be retrained.")])
    check_references(x)
    (d,) = x.disputes
    assert [p.summary for p in d.positions] == ["250 (as of 2030)", "800 jobs (as of 2030)"]
    reestimated = next(c for c in x.claims if c.id == d.positions[0].claims[0])
    assert any("re-estimates" in f for f in reestimated.found_by)


def test_counts_on_two_days_are_no_dispute():
    """14 ships waiting on Monday and 22 on Wednesday: a count that changed, not two sides."""
    x, _ = found([
        article("mon", "Harbour master Lise Brandt said 14 ships were waiting to berth on Monday evening.",
                date="2026-06-09"),
        article("wed", "The port authority said 22 ships were waiting to berth on Wednesday morning.",
                date="2026-06-10"),
    ])
    assert not [d for d in x.disputes if "ships" in d.title], [d.title for d in x.disputes]


def test_a_person_who_gives_a_count_does_not_own_it():
    """"researcher Ola Berg estimates at least 4 million customers": Berg's estimate of the
    customers the company counts, one quantity with the company's 1.2 million."""
    x, names = found([
        article("company", "Velnet Telecom said the details of about 1.2 million customers had been stolen."),
        article("researcher", "Security researcher Ola Berg said at least 4 million customers were affected.",
                date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    assert d.title == "How many customers?"
    assert [names[a] for p in d.positions for a in p.actors] == ["Velnet Telecom", "Ola Berg"]


def test_not_so_against_so():
    """No cue word on the second side: the company says no passport numbers were accessed, a
    researcher that the sample contains passport numbers."""
    x, names = found([
        article("company", "“No passport numbers were accessed,” chief executive Mara Quist told a press conference."),
        article("researcher", "A sample of the stolen data contains passport numbers, security researcher "
                              "Ola Berg said on Tuesday.", date="2024-05-07"),
    ])
    check_references(x)
    (d,) = x.disputes
    assert d.title == "Is it true that a sample of the stolen data contains passport numbers?"
    so, not_so = d.positions
    assert so.summary == "Says it is so: “A sample of the stolen data contains passport numbers”"
    assert not_so.summary == "Says it is not so: “No passport numbers were accessed”"
    assert [names[a] for a in so.actors] == ["Ola Berg"] and [names[a] for a in not_so.actors] == ["Mara Quist"]
    assert "polarity" in d.found_by[0]


def test_a_semicolon_gives_each_half_its_speaker():
    x, names = found([
        article("a", "The employers' association Transkor argued that the union had not given the required notice."),
        article("b", "Ivo Berg of Transkor said the union had ignored the rules; the union's Ada Velt said "
                     "notice was given on time.", date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if "polarity" in d.found_by[0]]
    assert d.title == "Is it true that notice was given on time?"
    so, not_so = d.positions
    assert [names[a] for a in so.actors] == ["Ada Velt"] and [names[a] for a in not_so.actors] == ["Transkor"]


def test_declining_to_answer_is_not_saying_it_is_not_so():
    x, _ = found([
        article("a", "The defence ministry did not say how many soldiers were sent to the border."),
        article("b", "Analyst Ivo Marek said 3,000 soldiers were sent to the border.", date="2024-05-07"),
    ])
    assert not [d for d in x.disputes if "polarity" in d.found_by[0]], [d.title for d in x.disputes]


def test_crowd_counts_named_once_and_then_bare_are_one_dispute():
    """"a quarter of a million people" is 250,000 people; "the organisers 250,000" and "put the
    crowd at about 110,000" are counts of the same crowd; "$3 a month" is a rate, not a sum (a club's
    fee: an appeal to the reader, "Become a supporter from $3 a month", is no figure at all)."""
    x, _ = found([
        article("day", "Police said 45,000 people marched in Lindau. The organisers said 250,000 people joined the march.",
                "“A quarter of a million people marched today,” organiser Ada Velt said."),
        article("after", "Police counted 45,000, the organisers 250,000. Researchers at Lindau University put "
                         "the crowd at about 110,000.", "Membership of the organisers' club costs $3 a month.",
                date="2024-05-08"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    figures = {c.id: c.figure for c in x.claims if c.kind == "figure"}
    assert [figures[p.claims[0]].value for p in d.positions] == [45000, 110000, 250000]
    assert "A quarter of a million people" in d.positions[2].summary
    quarter = next(c for c in x.claims if c.kind == "figure" and c.figure.value == 250000)
    assert {s.article for s in quarter.sources} == {"day", "after"}
    assert any("a quarter of a million" in s.quote.lower() for s in quarter.sources)
    money = [c.figure.unit for c in x.claims if c.kind == "figure" and c.figure.kind == "money"]
    assert money == ["USD/month"]


def test_a_fine_put_at_another_share_re_estimates_it():
    """"The regulator has put the fine at about 2% of turnover" re-estimates the company's 9% of
    last year's sales, two paragraphs up: one quantity (of one era), two sides."""
    x, _ = found([article(
        "fine",
        "Velmar chief executive Ana Ruiz said the fine amounted to 9% of the company's domestic sales last year.",
        "Velmar will appeal, she said.",
        "The regulator has put the fine at about 2% of Velmar's turnover, because it counts the whole group.")])
    check_references(x)
    (d,) = [d for d in x.disputes if "percentage" in d.title.lower()]
    assert [p.summary.split(" (")[0] for p in d.positions] == ["about 2% of Velmar's turnover",
                                                               "9% of the company's domestic sales"]


def test_injured_police_and_injured_protesters_are_two_quantities():
    """"12 police officers were hurt" and "30 demonstrators were injured" count different people:
    no dispute between them; two counts of the injured demonstrators are one."""
    x, _ = found([
        article("ministry", "The interior ministry said 12 police officers were hurt in the clashes in Varna."),
        article("medics", "Volunteer medics said 30 demonstrators were injured in the clashes in Varna.",
                date="2024-05-07"),
    ])
    assert not [d for d in x.disputes if d.title.startswith("How many")], [d.title for d in x.disputes]
    x, _ = found([
        article("ministry", "The interior ministry said 12 demonstrators were hurt in the clashes in Varna."),
        article("medics", "Volunteer medics said 30 demonstrators were injured in the clashes in Varna.",
                date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    assert d.title == "How many were injured?" and len(d.positions) == 2


def test_killed_and_wounded_estimates_are_one_quantity_with_a_position_per_estimate():
    """Casualty estimates: "25 killed and 140 injured" is one position (both counts, one giver),
    "more than 400 killed or injured" and "600 casualties" are the others; a count of those
    evacuated is another quantity."""
    x, names = found([
        article("governor", "Regional governor Mira Tolan said 25 people had been killed and 140 injured "
                            "in the landslide above Kessel."),
        article("relief", "The Hestia Relief Agency said more than 400 people had been killed or injured "
                          "in the landslide above Kessel, and 2,000 people were evacuated.", date="2024-05-07"),
        article("union", "Miners' union leader Oskar Venn said there had been 600 casualties in the landslide "
                         "above Kessel.", date="2024-05-07"),
    ])
    check_references(x)
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    assert d.title == "How many were killed or injured?"
    assert [len(p.claims) for p in d.positions] == [2, 1, 1]
    assert [p.summary.split(";")[0] for p in d.positions] == ["25 people", "more than 400 people", "600 casualties"]
    assert [[names[a] for a in p.actors] for p in d.positions] == [["Mira Tolan"], ["Hestia Relief Agency"], ["Oskar Venn"]]


def test_killed_soldiers_and_injured_civilians_are_no_casualty_estimate():
    """"25 soldiers killed and 140 civilians injured" counts two groups: not one estimate of the
    losses to set against "400 killed and injured"."""
    x, _ = found([
        article("army", "The army said 25 soldiers had been killed and 140 civilians injured in the shelling of Orsk."),
        article("monitor", "The monitoring group Velta Watch said 400 soldiers had been killed and wounded "
                           "in the shelling of Orsk.", date="2024-05-07"),
        article("medics", "Field medics said 300 soldiers had been killed and wounded in the shelling of Orsk.",
                date="2024-05-07"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How many")]
    assert [p.summary.split(" (")[0] for p in d.positions] == ["300 soldiers", "400 soldiers"]


def test_a_money_dispute_asks_what_the_sum_is_in_the_sources_currency():
    x, _ = found([
        article("treasury", "The Treasury put the bailout at 40 billion crowns, finance minister Ola Berg said."),
        article("auditors", "The state audit office said the bailout would cost 65 billion crowns.",
                date="2024-05-08"),
    ])
    (d,) = [d for d in x.disputes if d.title.startswith("How much")]
    assert d.title == "How much is the bailout, in crowns?"
    assert sorted(p.summary for p in d.positions) == ["40 billion crowns", "65 billion crowns"]


def test_unlawful_against_lawful_said_of_the_same_thing():
    # no law, charter or treaty named: the adjective is predicated of one thing by two sides
    articles = [
        article("club", "\"The suspension is unlawful, because the club reported the incident at once,\" "
                        "spokesman Tomas Brand said."),
        article("league", "The Northern Hockey League said the suspension was \"lawful and proportionate\" "
                          "and that the club had reported the incident late.", date="2024-05-08"),
    ]
    x, names = found(articles)
    check_references(x)
    (d,) = x.disputes
    violation, lawful = d.positions
    assert violation.summary.startswith("A breach of the law") and "unlawful" in violation.summary
    assert lawful.summary.startswith("Lawful") and "lawful and proportionate" in lawful.summary
    assert [names[a] for a in violation.actors] == ["Tomas Brand"]


def test_a_lawful_thing_without_a_counterpart_is_no_dispute():
    articles = [article("one", "The harbour authority said the new mooring fee was lawful."),
                article("two", "Ferry operator Nordlys said the timetable was unchanged.", date="2024-05-08")]
    assert extract(articles).disputes == []


def test_a_call_to_lift_a_ban_against_a_ban_that_would_stay_in_place():
    articles = [article(
        "town",
        "In Selby, Mayor Anna Holt asked on Monday for the ban on swimming in the lake to be lifted, "
        "saying the latest samples were clean. The regional health agency said the ban on swimming "
        "would stay in place until two consecutive samples met the limits.")]
    x, names = found(articles)
    check_references(x)
    (d,) = x.disputes
    lift, keep = d.positions
    assert "lifted" in lift.summary and "would stay in place" in keep.summary
    assert [names[a] for a in lift.actors] == ["Anna Holt"]


def test_the_first_of_a_coordinated_subject_holds_what_they_say():
    x, names = found([
        article("a", "The Harbour Pilots Association and the port's tug operators say the new rota would put "
                     "night safety at risk for dozens of ships."),
        article("b", "\"Night safety is not at risk,\" transport minister Lena Moor said on Friday.",
                date="2024-05-07"),
    ])
    check_references(x)
    (d,) = x.disputes
    so, not_so = d.positions
    assert "at risk for dozens of ships" in so.summary and "not at risk" in not_so.summary
    assert [names[a] for a in so.actors] == ["Harbour Pilots Association"]
    assert [names[a] for a in not_so.actors] == ["Lena Moor"]


def test_a_denial_answers_the_paragraph_before_that_names_its_side():
    x, names = found([article(
        "clash",
        "The city council said on Friday that 12 stewards had been hurt at the derby, while the fans' "
        "association accused the Harbour Guard of beating supporters.",
        "\"We saw the Harbour Guard charge into a peaceful crowd at the gate before any trouble,\" "
        "fans' lawyer Nina Sorel said.",
        "Commander Piet Lund denied that guards had beaten peaceful supporters. \"The Harbour Guard acted "
        "only after bottles were thrown,\" he said.")])
    check_references(x)
    (d,) = [d for d in x.disputes if "polarity" in d.found_by[0]]
    so, not_so = d.positions
    assert "Nina Sorel" in [names[a] for a in so.actors]
    assert "peaceful crowd" in " ".join(s.quote for s in so.sources)
    assert [names[a] for a in not_so.actors] == ["Piet Lund"] and "denied" in not_so.summary
    # the council's half of the first sentence is not the fans' accusation
    assert all("stewards" not in s.quote for s in so.sources)


def test_a_fabrication_denies_what_another_confirms():
    x, names = found([
        article("a", "The Marten coast guard confirmed the capture of two Ostland fishing crews near the "
                     "Skarn reef on Monday."),
        article("b", "Ostland's fisheries minister Ola Dahl called the capture of the fishing crews near "
                     "Skarn reef \"a fabrication\".", date="2024-05-07"),
    ])
    check_references(x)
    (d,) = x.disputes
    affirm, deny = d.positions
    assert affirm.summary.startswith("Confirms") and deny.summary.startswith("Denies")
    assert "fabrication" in deny.summary and [names[a] for a in deny.actors] == ["Ola Dahl"]


def test_a_rebuttal_answers_the_statement_before_it():
    x, names = found([article(
        "smog",
        "\"The smog over the valley has cleared and the air is safe to breathe again,\" the regional "
        "health office's spokesman, Karl Weber, said on Monday.",
        "\"We are not taking the health office's word for it. We are measuring every hour,\" said Lisa "
        "Brenner of the Clean Air League.")])
    check_references(x)
    (d,) = x.disputes
    so, not_so = d.positions
    assert d.title == "Is it true that the smog over the valley has cleared?"
    assert [names[a] for a in so.actors] == ["Karl Weber"]
    assert "not taking the health office's word for it" in not_so.summary


def test_a_rebuttal_with_nothing_before_it_is_no_dispute():
    x = extract([article("alone", "\"We are not taking anyone's word for it,\" said Lisa Brenner of the "
                                  "Clean Air League.")])
    assert x.disputes == []


def test_a_one_off_against_more_to_follow():
    x, names = found([
        article("a", "\"This is a one-off closure, not the beginning of a series of closures,\" health minister "
                     "Jana Holm told reporters on Monday."),
        article("b", "\"There will be at least two more closures before winter,\" hospital union leader Erik "
                     "Sand said.", date="2024-05-08"),
    ])
    check_references(x)
    (d,) = x.disputes
    assert d.title == "A one-off, or will more closures follow?"
    once, more = d.positions
    assert [names[a] for a in once.actors] == ["Jana Holm"] and "beginning" in once.summary
    assert [names[a] for a in more.actors] == ["Erik Sand"] and "two more closures" in more.summary


def test_more_of_something_else_is_no_continuation_dispute():
    x = extract([
        article("a", "\"This is a one-off closure, not the beginning of a series of closures,\" health minister "
                     "Jana Holm told reporters on Monday."),
        article("b", "\"There will be two more concerts before winter,\" festival director Erik Sand said.",
                date="2024-05-08"),
    ])
    assert x.disputes == []


def _figure_titles(articles):
    x = extract(articles)
    check_references(x)
    return x, {d.title: d for d in x.disputes if "figures" in d.found_by[0]}


def test_a_sample_a_part_of_a_whole_and_sums_per_unit_are_not_one_quantity():
    """A survey's sample size, a part against a whole a hundred times larger and a sum per family
    against a sum per head count different things: no dispute."""
    _, titles = _figure_titles([
        article("a", "The institute's survey of 1,200 farmers found most were in debt.",
                "Inspectors said about 900 litres were spilled from a tank holding 250,000 litres.",
                "The council will pay up to 50,000 rupees for each family."),
        article("b", "The cooperative said 3,400 farmers had joined the protest.",
                "Guards charged visitors 300 rupees each.", date="2024-05-07"),
    ])
    assert titles == {}


def test_one_givers_count_rising_over_days_is_one_position():
    x, titles = _figure_titles([
        article("a", "The Norvale Health Agency said on Tuesday that eleven children have been infected at the school."),
        article("b", "The Norvale Health Agency on Friday raised its count of infected children to 14.", date="2024-05-10"),
        article("c", "Parents at the school say at least 20 children have tested positive.", date="2024-05-11"),
    ])
    (d,) = titles.values()
    assert d.title == "How many were infected?"
    assert [p.summary.split(" (")[0] for p in d.positions] == ["eleven children; 14", "at least 20 children"]


def test_sums_named_as_different_things_are_not_one_quantity():
    """A fine and a bribe are two sums; two estimates of one cost are one dispute."""
    _, titles = _figure_titles([
        article("a", "The regulator imposed a fine of 40,000 dinars on the importer.",
                "Dockworkers said the importer's agent paid a bribe of 900 dinars."),
        article("b", "The Port Authority put the repair cost at 2 million dinars.", date="2024-05-07"),
        article("c", "The shipping line said the repair cost would be about 3 million dinars.", date="2024-05-08"),
    ])
    (d,) = titles.values()
    assert d.title == "How much is the cost, in dinars?"
    assert [p.summary for p in d.positions] == ["2 million dinars", "about 3 million dinars"]


def test_vehicles_and_boats_counted_in_words_are_a_dispute():
    """"six vehicles" against "nine cars", "three boats" against "five of our trawlers": a word
    number counts vehicles and boats as it counts people; "two countries" stays no figure."""
    x, names = found([
        article("wire", "The police chief, Anton Vries, said six vehicles were on the ferry ramp when it gave way.",
                "Two countries have offered divers."),
        article("local", "A witness, Mira Holt, said she saw \"at least nine cars\" on the ramp.", date="2024-05-07"),
        article("port", "\"Five of our trawlers were seized,\" said harbour master Ilse Dorn.", date="2024-05-08"),
        article("navy", "The navy said three boats had been stopped.", date="2024-05-09"),
    ])
    check_references(x)
    summaries = [{p.summary for p in d.positions} for d in x.disputes]
    assert {"six vehicles", "at least nine cars"} in summaries
    assert {"Five of our trawlers", "three boats"} in summaries
    assert not any("countries" in d.title.lower() for d in x.disputes)


def test_a_place_in_an_adverbial_clause_does_not_own_the_count():
    """"once the closures in France were counted, nearly 900 jobs would go": the count is of the
    jobs the company cuts, the same quantity as its own 480, not France's jobs."""
    x, names = found([
        article("company", "The shipbuilder Kolos Marine said on Monday that it would cut 480 jobs in France."),
        article("union", "Union leader Petra Sova said that once the closures in France were counted, "
                "\"nearly 900 jobs\" would go.", date="2024-05-07"),
    ])
    check_references(x)
    summaries = [{p.summary for p in d.positions} for d in x.disputes]
    assert any("480 jobs" in " ".join(s) and "nearly 900 jobs" in " ".join(s) for s in summaries)


def test_doing_something_illegally_against_legally_is_a_legality_dispute():
    """"crews logging illegally" against "the crews were logging legally": how a thing was done
    says whether it is lawful, with no law named; "fully respects" the accord in quotes is lawful."""
    x, names = found([
        article("rangers", "The forest service said its rangers had stopped twelve crews logging illegally "
                "in the Marrow valley reserve."),
        article("firm", "\"Our crews were logging legally in the Marrow valley,\" said Tavi Lumber's director, "
                "Oskar Brenn.", date="2024-05-07"),
    ])
    check_references(x)
    legal = [d for d in x.disputes if any(p.summary.startswith("A breach") for p in d.positions)]
    assert len(legal) == 1
    assert {p.summary.split(":")[0] for p in legal[0].positions} == {"A breach of the law", "Lawful"}
    x, _ = found([
        article("union", "Union leader Mara Veit said the ministry's new quotas were a breach of the accord."),
        article("ministry", "Trade Minister Jon Hale said the new quotas \"fully respect\" the accord.",
                date="2024-05-07"),
    ])
    assert any({p.summary.split(":")[0] for p in d.positions} == {"A breach of the law", "Lawful"}
               for d in x.disputes)


def test_rejecting_an_account_or_calling_it_false_or_propaganda_denies_it():
    """"flatly rejected that account", "... is false", "are enemy propaganda": a denial the
    confirmation frame pairs with an acknowledgement on the same topic."""
    x, names = found([
        article("wire", "The port authority said the inspection report on the crane had reached the harbour office in May.",
                "Harbour master Ilse Dorn flatly rejected that account. \"No inspection report on the crane ever "
                "reached the harbour office. What is being said online is false,\" she said."),
        article("later", "Ilse Dorn acknowledged on Friday that the harbour office had received the inspection "
                "report on the crane in May.", date="2024-05-09"),
    ])
    check_references(x)
    confirm = [d for d in x.disputes if any(p.summary.startswith("Confirms it") for p in d.positions)]
    assert len(confirm) == 1
    deny = [p for p in confirm[0].positions if p.summary.startswith("Denies")]
    assert deny and "rejected that account" in deny[0].summary
    x, _ = found([
        article("army", "The army confirmed that its troops had retaken the town of Brel on Sunday."),
        article("rebels", "The rebel command said claims that its fighters had left the town of Brel "
                "were army propaganda.", date="2024-05-07"),
    ])
    assert any({p.summary.split(":")[0] for p in d.positions} == {"Confirms it", "Denies or dismisses it"}
               for d in x.disputes)


def test_an_exchange_of_its_own_inside_a_loosely_chained_group_is_its_own_dispute():
    """Logging illegally or legally, and whether the ministry breaches the agreement by issuing
    40 of 60 permits: two questions a shared actor and word chain together; the second is an
    exchange of its own (both sides, one article, a paragraph apart), so it is its own dispute."""
    x, _ = found([
        article("rangers", "The Marrow Forest Service said its rangers had stopped twelve crews logging illegally "
                "in the Marrow valley reserve."),
        article("firm", "\"Our crews were logging legally in the Marrow valley,\" said Tavi Lumber's director, "
                "Oskar Brenn.", date="2024-05-07"),
        article("permits", "The row with the Marrow Forest Service has reopened a quarrel over the agreement itself.",
                "\"Issuing only 40 of the 60 permits is a breach of the agreement, and it is why our crews are "
                "logging without papers,\" said the loggers' spokesman, Mara Veit.",
                "Minister Jon Hale said it \"fully respects\" the agreement. \"We received 40 applications, and we "
                "issued 40 permits. Nobody can blame us for the papers our crews never sent,\" he said.",
                date="2024-05-08"),
    ])
    check_references(x)
    legal = [d for d in x.disputes if any(p.summary.startswith("A breach") for p in d.positions)]
    assert len(legal) == 2
    permits = [d for d in legal if any("fully respects" in p.summary for p in d.positions)]
    assert len(permits) == 1 and not any("logging legally" in p.summary for p in permits[0].positions)


def test_two_exchanges_chained_by_a_shared_actor_are_two_disputes():
    """A breach of the consultation law answered by "fully complies", and a strike called
    unlawful answered by "lawful": each exchange in its article is its own dispute, though the
    company and the law named around them chain all four together."""
    x, _ = found([
        article("cuts", "Works council chair Lena Roth said announcing the cuts first was a clear breach of the "
                "consultation law by Brenner Tools.",
                "The union called a strike.",
                "Brenner Tools said in a written statement that the process \"fully complies with\" the "
                "consultation law and that the works council had been informed first."),
        article("strike", "Brenner Tools finance chief Otto Keil said the strike call was \"unlawful\" under the "
                "consultation law.",
                "Union secretary Ana Berg rejected that. \"Strikes for a severance agreement are lawful,\" "
                "she said of the strike.", date="2024-05-08"),
    ])
    check_references(x)
    legal = [d for d in x.disputes if any(p.summary.startswith("A breach") for p in d.positions)]
    assert len(legal) == 2
    texts = [" ".join(p.summary for p in d.positions) for d in legal]
    assert any("clear breach" in t and "fully complies" in t and "strike" not in t for t in texts)
