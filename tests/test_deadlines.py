"""The deadline opening an item, read one way by each of its three readers; a deadline
anywhere in running text, read by the fourth; and a time mark anywhere, read by the fifth."""

from __future__ import annotations

from crosswalk.deadlines import names_time_mark, opening_date, opens_cut, without_due_years, without_opening


def test_a_deadline_naming_its_year_gives_its_date_however_it_opens() -> None:
    assert opening_date("By 30 March 2031, chief constables should review their training.") == "30 march 2031"
    assert opening_date("Within  April\n2031, chief fire officers should") == "april 2031"
    assert opening_date("Not later than 30 June 2031 all forces should publish their plans.") == "30 june 2031"
    # a period names no date, and a deadline later in the text opens nothing
    assert opening_date("Within six months, the force should review its custody training.") is None
    assert opening_date("The force should, by 30 March 2031, review its custody training.") is None


def test_the_deadline_phrase_goes_up_to_its_comma_when_it_is_short() -> None:
    assert without_opening("By 30 June 2031, review the training.") == "review the training."
    assert without_opening("No later than 30 June 2031, review the training.") == "review the training."
    assert without_opening("Within three months, review the training.") == "review the training."
    # no comma near: the text stays as it is, and so does a text opening with no deadline
    long = "By the time the force has finished reviewing every one of its policies, it should publish them."
    assert without_opening(long) == long
    assert without_opening("Review the training, by 30 June 2031.") == "Review the training, by 30 June 2031."


def test_a_page_cut_soon_after_a_deadlines_opening_word_opens_as_the_deadline() -> None:
    assert opens_cut("By 30 Septe")
    assert opens_cut("6. Within thr")
    assert opens_cut("Not later than 30 Ju")
    assert not opens_cut("The force should")
    assert not opens_cut("Bypass")


def test_years_named_as_due_are_blanked_wherever_they_stand() -> None:
    text = "In 2023 the force said it would finish by 2025 and train staff until the end of March 2026."
    assert without_due_years(text) == "In 2023 the force said it would finish   and train staff  ."
    assert without_due_years("Before 31 December 2030 every force should act.") == "  every force should act."
    # a year that is no deadline stays, and so does a deadline too far from its year
    assert without_due_years("Published in March 2024.") == "Published in March 2024."
    assert without_due_years("by the end of the third quarter of 2025") == "by the end of the third quarter of 2025"


def test_a_time_mark_is_a_month_a_year_or_a_word_of_time_after_its_opener() -> None:
    assert names_time_mark("every officer completes the new vetting training by December.")
    assert names_time_mark("by chairing the victims sub-group from April")
    assert names_time_mark("the new suite will be open by the end of the year")
    assert names_time_mark("within six months of the report")
    assert names_time_mark("before 2030")
    # no opener before it, an opener with nothing of time after it, or "may" the verb
    assert not names_time_mark("we are a highly effective force this year")
    assert not names_time_mark("we help officers by working with partners")
    assert not names_time_mark("lessons from may be drawn")
