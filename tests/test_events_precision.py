"""Events: what is not a happening the article tells (a relative date in a quotation, a dateline,
a byline, a photo caption), a happening only named in passing ("Saturday's collapse"), the same
happening told twice (one event), and titles that are clean clauses. Invented towns, people, outlets."""

from __future__ import annotations

from build_dossier.dates import find_dates
from build_dossier.extract import extract
from build_dossier.extract.events import event_title
from build_dossier.model import Article, Paragraph


def article(aid: str, *paragraphs: str, date: str | None = None) -> Article:
    return Article(id=aid, path=f"seeds/{aid}.txt", title=aid.title(), date=date,
                   paragraphs=[Paragraph(p) for p in paragraphs])


def events_of(*articles):
    return extract(list(articles)).events


def title(sentence: str, ref: str, which: int = 0) -> str:
    return event_title(sentence, find_dates(sentence, ref)[which])


# 2031-05-12 is a Monday, 2031-05-14 a Wednesday.

def test_a_happening_named_by_two_articles_is_an_event():
    a = article("a", "The number of people hurt in Saturday's bridge collapse at Velmar has risen to 30, "
                     "the hospital said on Monday.", date="2031-05-12")
    b = article("b", "Engineers warned of cracks weeks before Saturday's bridge collapse, the union said on "
                     "Tuesday.", date="2031-05-14")
    events = events_of(a, b)
    (collapse,) = [e for e in events if e.date == "2031-05-10"]
    assert collapse.title == "Bridge collapse at Velmar"
    assert {s.article for s in collapse.sources} == {"a", "b"}


def test_a_happening_named_by_one_article_only_is_not():
    a = article("a", "The number of people hurt in Saturday's bridge collapse has risen to 30, the hospital "
                     "said on Monday.", date="2031-05-12")
    assert [e.date for e in events_of(a)] == ["2031-05-12"]


def test_a_relative_date_inside_a_quotation_dates_no_event():
    a = article("a", '"I will not risk another Saturday like that one," the minister told reporters.',
                'The mayor said the officers "were given no helmets on Friday" and left.',
                '"This bridge was last inspected in March 2029," the engineer said.',
                date="2031-05-12")
    assert [e.date for e in events_of(a)] == ["2029-03"]


def test_no_event_from_a_dateline_a_byline_or_a_photo_caption():
    a = article("a", "Lina Porsk | 12 May 2031 | The River Desk",
                "Velmar, Monday — Two days after the council denied it, the bridge report turns out to be true.",
                "Photo: Rescuers search the river at Velmar on May 10, 2031. (Ada Krol / Agency)",
                "The council met on Wednesday.", date="2031-05-12")
    assert [e.date for e in events_of(a)] == ["2031-05-07"]


def test_a_dateline_is_no_part_of_a_title():
    a = article("a", "VELMAR, May 12 (RWA) - At least 30 people were hurt when a bridge collapsed on Saturday.",
                date="2031-05-12")
    (e,) = events_of(a)
    assert e.date == "2031-05-10" and not e.title.startswith("VELMAR")


def test_what_is_announced_for_a_day_and_then_done_is_one_event():
    a = article("a", "A team of bridge inspectors from the national agency is expected in Velmar on Monday.",
                date="2031-05-09")
    b = article("b", "A team of four bridge inspectors arrived in Velmar on Monday.", date="2031-05-12")
    (e,) = events_of(a, b)
    assert e.date == "2031-05-12" and {s.article for s in e.sources} == {"a", "b"}


def test_the_same_happening_in_other_words_is_one_event():
    a = article("a", "The mayors of Velmar and Dosk signed a water sharing treaty in Dosk in June.",
                date="2031-09-01")
    b = article("b", "The two towns signed a water sharing pact in June 2031.", date="2031-09-03")
    (e,) = events_of(a, b)
    assert e.date == "2031-06" and len(e.sources) == 2


def test_a_happening_dated_by_its_month_joins_its_day():
    a = article("a", "The River Agency told lawmakers on Wednesday that 40 houses had been flooded.",
                date="2031-05-14")
    b = article("b", "The River Agency said last month that about 40 houses had been flooded.",
                date="2031-06-10")
    (e,) = events_of(a, b)
    assert e.date == "2031-05-14" and {s.article for s in e.sources} == {"a", "b"}


def test_different_happenings_of_one_day_stay_apart():
    a = article("a", "Police said on Monday that reports of looting in Dosk were false.",
                "Around 3,000 people gathered in Mill Square on Monday evening.", date="2031-05-12")
    assert len([e for e in events_of(a) if e.date == "2031-05-12"]) == 2


def test_titles_are_clean_clauses():
    assert title("Omar Linde, the harbour master, had said on Sunday that no ship was damaged.",
                 "2031-05-14") == "Omar Linde had said that no ship was damaged"
    assert title("Asked about it on Monday, Linde said the decision was for the engineers.",
                 "2031-05-14") == "Linde said the decision was for the engineers"
    assert title("In a preliminary statement on Tuesday, the mission said the count was flawed.",
                 "2031-05-14") == "The mission said the count was flawed"
    assert title('"The result stands. Voters voted," party official Ida Moen said on Friday.',
                 "2031-05-17") == "Party official Ida Moen said: The result stands"
    assert title("The commission declared Moen the winner of Sunday's election on Tuesday.",
                 "2031-05-14", 1) == "The commission declared Moen the winner of the election"
    assert title("For Ana Vik, whose son fell ill on Monday, the measures come too late.",
                 "2031-05-14") == "Ana Vik's son fell ill"
    assert title("The director told reporters on Friday that the first case was found on 19 April.",
                 "2031-05-14") == "The director told reporters that the first case was found"
    assert title("The two deaths, on Wednesday and on Saturday, were not related.", "2031-05-14", 1) == \
        "The two deaths"
    assert title("The leak, from a pond near the mine, was detected late on Saturday.", "2031-05-14") == \
        "The leak was detected"
    assert title("The stadium, which hosts the cup final, reopened in March 2029 after a renovation.",
                 "2031-05-14") == "The stadium reopened after a renovation"
    assert title("On Thursday he announced a new ward, due to open in May, and a review.", "2031-03-14", 1) \
        == "He announced a new ward due to open"


def test_two_articles_telling_one_happening_in_their_own_words_give_one_event():
    a = article("a", "Her supporters rallied again on Wednesday evening; the coalition says 12,000 people took "
                     "part, police put the number at 4,500.", date="2031-05-15")
    b = article("b", "Organisers say 12,000 people rallied on Wednesday in Mill Square; police said 4,500.",
                date="2031-05-17")
    (e,) = events_of(a, b)
    assert e.date == "2031-05-14" and {s.article for s in e.sources} == {"a", "b"}


def test_a_line_speaking_to_the_reader_dates_no_event():
    a = article("a", "Support independent journalism: become a member today and help us keep our reporting free.",
                "The US embassy said on Monday it was following the count.", date="2031-05-12")
    assert [(e.date, e.title) for e in events_of(a)] == [
        ("2031-05-12", "The US embassy said it was following the count")]


def test_a_happening_named_by_its_day_after_of():
    a = article("a", "The club will refund all tickets sold for the match of 10 May.", date="2031-05-12")
    assert events_of(a) == []  # named by one article only
    b = article("b", "Fans were still angry about the match of 10 May, the club said on Wednesday.",
                date="2031-05-14")
    assert [e.title for e in events_of(a, b) if e.date == "2031-05-10"] == ["Match"]


def test_a_statement_repeated_or_made_before_is_an_event_of_its_day():
    a = article("a", "The council voted on Monday to close the Velmar bridge.",
                "The mayor, Ada Krol, repeated on Wednesday that the bridge was \"perfectly safe\".",
                "The engineer Lina Porsk had said on Tuesday that the cracks were new.",
                "Oskar Brenn on Tuesday reiterated his call for a new bridge.",
                date="2031-05-14")
    events = events_of(a)
    assert sorted((e.date, [s.paragraph for s in e.sources]) for e in events) == [
        ("2031-05-12", [0]), ("2031-05-13", [2]), ("2031-05-13", [3]), ("2031-05-14", [1])]


def test_repeated_as_an_adjective_or_a_happening_is_kept():
    a = article("a", "The river authority repeated the water tests on Tuesday after a second spill.",
                "Villagers reported repeated flooding on Wednesday.", date="2031-05-14")
    assert [e.date for e in events_of(a)] == ["2031-05-13", "2031-05-14"]


def test_a_date_inside_a_dated_report_joins_that_days_happening():
    a = article("a", "The Velmar bridge collapsed on Saturday, killing three people.", date="2031-05-10")
    b = article("b", "The inspector Lina Porsk said on Monday that a review had found that \"two cables "
                     "snapped\" at 6pm on 10 May.", date="2031-05-12")
    events = events_of(a, b)
    assert [e.date for e in events] == ["2031-05-10", "2031-05-12"]
    collapse = events[0]
    assert collapse.title.startswith("The Velmar bridge collapsed")
    assert {s.article for s in collapse.sources} == {"a", "b"}


def test_a_date_inside_a_dated_report_with_no_happening_that_day_stays():
    b = article("b", "The inspector Lina Porsk said on Monday that two cables snapped at 6pm on 10 May.",
                date="2031-05-12")
    assert [e.date for e in events_of(b)] == ["2031-05-10", "2031-05-12"]


def test_a_quoted_reaction_joins_its_articles_happening_of_that_day():
    a = article("a", "The court agreed on Wednesday to hear the challenge to the Velmar vote.",
                "\"The result stands and the voters have spoken,\" the party's secretary, Oskar Brenn, "
                "said on Wednesday.", date="2031-05-14")
    (event,) = events_of(a)
    assert event.title == "The court agreed to hear the challenge to the Velmar vote"
    assert [s.paragraph for s in event.sources] == [0, 1]


def test_a_quoted_statement_alone_on_its_day_is_an_event():
    a = article("a", "\"We have lost more than 300 men since March,\" the army spokesman Oskar Brenn "
                     "wrote on Telegram on Wednesday.", date="2031-05-14")
    assert [e.date for e in events_of(a)] == ["2031-05-14"]


def test_titles_drop_the_other_dates_with_their_time_of_day():
    s = "Both sides said a truce agreed on Monday evening was holding on Tuesday morning."
    assert title(s, "2031-05-14", 0) == "Both sides said a truce agreed was holding"
    assert title(s, "2031-05-14", 1) == "Both sides said a truce agreed was holding"


def test_titles_keep_a_deadline_and_lose_loose_ends():
    assert title("The minister on Wednesday gave the company until Friday to explain the leak.", "2031-05-14") \
        == "The minister gave the company until Friday to explain the leak"
    assert title("The council's next meeting is on 1 June.", "2031-05-14") == "The council's next meeting"
    assert title("The union confirmed a 24-hour strike for Wednesday 21 May.", "2031-05-14") \
        == "The union confirmed a 24-hour strike"


def test_an_attribution_title_goes_on_in_lower_case():
    s = "At least nine people were hurt at the Velmar bridge, police said on Sunday."
    assert title(s, "2031-05-14") == "Police said at least nine people were hurt at the Velmar bridge"


def test_a_clock_time_keeps_its_sentence_and_its_title():
    # "p.m. Saturday" ends no sentence, and "9:14" stays a time in the title
    a = article("a", "The district said it had sent an evacuation order at 9:14 p.m. Saturday, covering the "
                     "reserve lands. Crews were still out.", date="2031-05-12")
    b = article("b", "A log shows the evacuation order went out at 9:14 p.m. on Saturday.", date="2031-05-14")
    (order,) = [e for e in events_of(a, b) if e.date == "2031-05-10"]
    assert {s.article for s in order.sources} == {"a", "b"}
    assert order.sources[0].quote.endswith("covering the reserve lands.")
    assert "9:14 p.m." in order.title
    assert title("The fire was reported at about 5:40 p.m. Friday.", "2031-05-12") == \
        "The fire was reported at about 5:40 p.m."


def test_short_month_names_and_time_zones_end_no_sentence():
    from build_dossier.extract.text import sentences
    text = "The fault was logged on Aug. 7, the utility said. Talks open at 9 a.m. ET on Monday. It ended at 5 p.m. The crews left."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The fault was logged on Aug. 7, the utility said.", "Talks open at 9 a.m. ET on Monday.",
        "It ended at 5 p.m.", "The crews left."]


def test_the_writers_own_plan_is_no_event():
    a = article("a", "The ministry said it had sent the order on Saturday.",
                "Who is right matters, and so does the map. I’ll be back Saturday.", date="2031-05-14")
    assert [(e.date, e.sources[0].paragraph) for e in events_of(a)] == [("2031-05-10", 0)]


def test_a_contracted_will_looks_forward():
    assert [d.iso for d in find_dates("They'll meet the mayor on Friday.", "2031-05-14")] == ["2031-05-16"]


def test_titles_say_what_was_said_and_who_did_it():
    ref = "2031-05-14"  # a Wednesday
    # a document's date set off by commas: the document's own clause is the event
    assert title("The district's damage assessment, released Tuesday, counted 68 homes destroyed.", ref) == \
        "The district's damage assessment counted 68 homes destroyed"
    # "said ... that": what was said, with the speaker
    assert title("The utility said in a letter to the lawyers, dated Sunday, that it denies any liability.", ref) \
        .startswith("The utility said in a letter to the lawyers that it denies any liability")
    assert title("Forests Minister Ana Brun, who is expected to tour the area, said in a statement Monday that "
                 "the province would help.", ref) == \
        "Forests Minister Ana Brun said in a statement that the province would help"
    # the subject across a relative clause, and the nearest name before the verb
    assert title("Chief Mara Lenz, who has said her community got no alert, met the district chair on Friday.", ref) == \
        "Chief Mara Lenz met the district chair"
    assert title("Its media have not mentioned it, and its foreign minister, Ilse Varga, said during a visit "
                 "last month that the country would stand firm.", ref) == \
        "Ilse Varga said during a visit that the country would stand firm"
    # a founding year set off by commas stays the founding
    assert title("The factory, founded in 1987, employs 300 people.", ref) == "The factory founded"


def test_a_report_told_in_the_pluperfect_is_an_event():
    a = article("a", "The state news agency had reported on Thursday, citing a diplomatic source, that four "
                     "embassy staff had been asked to leave.", date="2031-05-14")
    assert [e.date for e in events_of(a)] == ["2031-05-08"]


def test_since_a_day_dates_a_state_that_began_then_not_a_baseline():
    a = article("a", "His lawyer said on Monday that his client had been on hunger strike since Friday.",
                "The prison service said he \"has been refusing meals since 9 May\".",
                "The hospital has not commented since Wednesday. Five more patients had died since Sunday.",
                date="2031-05-14")
    dates = sorted({(e.date, s.paragraph) for e in events_of(a) for s in e.sources})
    assert ("2031-05-09", 0) in dates and ("2031-05-09", 1) in dates  # Friday 9 May, told twice
    assert not [d for d in dates if d[1] == 2]


def test_an_aside_dates_the_clause_it_backs():
    ref = "2031-05-14"
    assert title("And analysts at Kestrel Imaging, a firm that reads satellite images, estimate that 7,900 "
                 "hectares have burned, based on images taken Wednesday.", ref) == \
        "Analysts at Kestrel Imaging estimate that 7,900 hectares have burned"
    assert title("The state news agency, TAP, had reported on Thursday, citing a diplomatic source, that four "
                 "staff had been asked to leave.", ref) == \
        "TAP had reported that four staff had been asked to leave"
