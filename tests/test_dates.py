"""Relative and partial dates resolved against the article's own date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_dossier.dates import find_dates, precision

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# (sentence, article date, expected [(text, iso)])
TABLE = [
    ("The council met on Monday to vote.", "2024-10-28", [("Monday", "2024-10-28")]),
    ("But last Thursday, the mayor did not deny it.", "2024-10-28", [("last Thursday", "2024-10-24")]),
    ("On 31 October, the ministry announced new figures.", "2024-11-02", [("31 October", "2024-10-31")]),
    ("The dam was inspected in June.", "2024-10-28", [("in June", "2024-06")]),
    ("The pact dates from February 2022.", "2024-10-28", [("February 2022", "2022-02")]),
    ("Prices rose on March 3.", "2025-03-20", [("March 3", "2025-03-03")]),
    ("Rescuers arrived yesterday.", "2023-07-01", [("yesterday", "2023-06-30")]),
    ("The union struck earlier this month.", "2023-07-21", [("earlier this month", "2023-07")]),
    ("Flooding began in December.", "2024-01-10", [("in December", "2023-12")]),
    ("Talks were held on 27-28 October.", "2024-10-30", [("27-28 October", "2024-10-27")]),
    ("The minister will visit the town on Friday.", "2024-10-28", [("Friday", "2024-11-01")]),
    ("The minister visited the town on Friday.", "2024-10-28", [("Friday", "2024-10-25")]),
    ("They will meet next Tuesday.", "2024-10-28", [("next Tuesday", "2024-10-29")]),
    ("The levee failed on 3 September 2019.", None, [("3 September 2019", "2019-09-03")]),
    ("The firm was founded in 1998.", None, [("in 1998", "1998")]),
    ("Prices may fall, they may not.", "2024-10-28", []),
    # A weekday printed with its day is that day, not the last such weekday.
    ("Matches may resume from Saturday 7 November.", "2026-11-02", [("Saturday 7 November", "2026-11-07")]),
    ("The bridge closed on Sunday, March 1, 2026.", "2026-03-09",
     [("Sunday, March 1, 2026", "2026-03-01")]),
    ("He spoke on Monday and again on Tuesday, 3 March.", "2026-03-04",
     [("Monday", "2026-03-02"), ("Tuesday, 3 March", "2026-03-03")]),
]


@pytest.mark.parametrize("text, ref, expected", TABLE)
def test_resolution_table(text, ref, expected):
    assert [(d.text, d.iso) for d in find_dates(text, ref)] == expected


def test_undated_article_keeps_only_absolute_dates():
    text = "On Monday, yesterday, in June and on 4 May the river rose; it also rose in March 2021."
    assert [d.iso for d in find_dates(text, None)] == ["2021-03"]


def test_precision():
    assert [precision(x) for x in ("2024-10-28", "2024-10", "2024")] == ["day", "month", "year"]


refs = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@settings(deadline=None)  # correctness, not speed: a loaded machine must not fail them
@given(refs, st.sampled_from(WEEKDAYS))
def test_last_weekday_is_one_to_seven_days_before(ref, weekday):
    (d,) = find_dates(f"It happened last {weekday}.", ref.isoformat())
    day = date.fromisoformat(d.iso)
    assert 1 <= (ref - day).days <= 7
    assert day.weekday() == WEEKDAYS.index(weekday)


@settings(deadline=None)  # correctness, not speed: a loaded machine must not fail them
@given(refs, st.sampled_from(WEEKDAYS))
def test_on_weekday_is_the_latest_such_day(ref, weekday):
    (d,) = find_dates(f"The board said on {weekday} it had resigned.", ref.isoformat())
    day = date.fromisoformat(d.iso)
    assert 0 <= (ref - day).days <= 6
    assert day.weekday() == WEEKDAYS.index(weekday)


@settings(deadline=None)  # correctness, not speed: a loaded machine must not fail them
@given(refs, st.sampled_from(MONTHS))
def test_in_month_is_the_latest_such_month(ref, month):
    (d,) = find_dates(f"The plant closed in {month}.", ref.isoformat())
    assert precision(d.iso) == "month"
    y, m = map(int, d.iso.split("-"))
    assert m == MONTHS.index(month) + 1
    months_back = (ref.year * 12 + ref.month) - (y * 12 + m)
    assert 0 <= months_back <= 11


@settings(deadline=None)  # correctness, not speed: a loaded machine must not fail them
@given(refs, st.integers(1, 28), st.sampled_from(MONTHS))
def test_day_month_is_within_half_a_year(ref, day, month):
    (d,) = find_dates(f"Shares fell on {day} {month}.", ref.isoformat())
    resolved = date.fromisoformat(d.iso)
    assert (resolved.month, resolved.day) == (MONTHS.index(month) + 1, day)
    assert abs((resolved - ref).days) <= 184


@settings(deadline=None)  # correctness, not speed: a loaded machine must not fail them
@given(refs)
def test_yesterday_is_the_day_before(ref):
    (d,) = find_dates("The storm hit yesterday.", ref.isoformat())
    assert date.fromisoformat(d.iso) == ref - timedelta(days=1)


def test_the_end_of_the_year_is_the_articles_year():
    assert [d.iso for d in find_dates("Prices should ease by the end of the year.", "2025-04-02")] == ["2025"]


@pytest.mark.parametrize("text, iso", [
    ("07.09.2026", "2026-09-07"),   # dotted: day first
    ("7.9.2026", "2026-09-07"),
    ("13/09/2026", "2026-09-13"),   # a part above 12 says which is the day
    ("09/13/2026", "2026-09-13"),
    ("05/05/2026", "2026-05-05"),
    ("07/09/2026", ""),             # ambiguous: found, not read
])
def test_numeric_dates(text, iso):
    from build_dossier.dates import find_numeric_dates

    assert [d.iso for d in find_numeric_dates(f"Published {text} 14:22")] == [iso]


def test_numeric_non_dates_are_not_dates():
    from build_dossier.dates import find_numeric_dates

    assert find_numeric_dates("31.02.2026, version 1.2.2024.5, score 3/4") == []


def test_a_capitalised_relative_word_in_a_name_is_no_date():
    assert [d.text for d in find_dates("In a letter seen by Makedonia Today, she wrote.", "2026-03-09")] == []
    assert [d.iso for d in find_dates("Today the river rose.", "2026-03-09")] == ["2026-03-09"]


def test_what_is_planned_looks_ahead_and_what_was_said_back():
    # Friday 2026-03-06
    assert [d.iso for d in find_dates("a new ward, due to open in May,", "2026-03-06")] == ["2026-05"]
    assert [d.iso for d in find_dates("experts, who are expected in Thessaloniki on Monday.",
                                      "2026-03-06")] == ["2026-03-09"]
    assert [d.iso for d in find_dates("The government will not withdraw the cut, the minister said on "
                                      "Sunday.", "2026-03-06")] == ["2026-03-01"]
    assert [d.iso for d in find_dates('"There will be no impact," the minister said after visiting the mine '
                                      "on Tuesday.", "2026-03-06")] == ["2026-03-03"]


def test_a_weekday_next_to_its_date_is_one_date():
    assert [d.iso for d in find_dates("a strike for Wednesday 22 April.", "2026-04-17")] == ["2026-04-22"]


def test_a_weekday_something_is_called_or_scheduled_for_is_the_coming_one():
    # 2026-11-12 is a Thursday
    assert [d.iso for d in find_dates("The union has called a warning strike at the two plants for Monday, "
                                      "demanding higher severance.", "2026-11-12")] == ["2026-11-16"]
    assert [d.iso for d in find_dates("A vote is scheduled for Friday.", "2026-11-12")] == ["2026-11-13"]
    assert [d.iso for d in find_dates("The union struck on Monday.", "2026-11-12")] == ["2026-11-09"]


def test_a_day_and_month_of_what_was_done_is_not_in_the_year_ahead():
    # in November, "24 March" is nearer the next March, but what was sent was sent the March before
    assert [d.iso for d in find_dates("The report was sent to the agency on 24 March, it said.", "2026-11-11")] \
        == ["2026-03-24"]
    assert [d.iso for d in find_dates("The report will be sent to the agency on 24 March.", "2026-11-11")] \
        == ["2027-03-24"]


def test_a_month_after_reported_dates_the_report_not_what_was_to_come():
    # "neither would confirm ... which intelligence first reported in October" (in April): the October before
    assert [d.iso for d in find_dates("For months, neither government would confirm the deployment, which "
                                      "intelligence services first reported in October.", "2025-04-28")] == ["2024-10"]
