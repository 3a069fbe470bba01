"""The tense of a clause with a title's abbreviation in it ("Mr. Roe", "Dr. Doe"): the dot
before the name ends no clause, so "would file ... against Mr. Roe on Wednesday" is to come."""

from build_dossier.dates import find_dates


def test_a_title_abbreviation_does_not_hide_the_future_before_it():
    text = "The union said it would file a complaint against Mr. Roe on Wednesday over the leak."
    assert [d.iso for d in find_dates(text, "2031-03-18")] == ["2031-03-19"]  # a Tuesday: the next day


def test_the_past_with_a_title_stays_past():
    assert [d.iso for d in find_dates("Dr. Roe met the union on Wednesday.", "2031-03-18")] == ["2031-03-12"]


def test_a_sentence_that_ends_before_the_date_still_ends():
    text = "The union will file a complaint. The mayor met Mr. Roe on Wednesday."
    assert [d.iso for d in find_dates(text, "2031-03-18")] == ["2031-03-12"]
