"""Dates typed the way people in the UK write them, and clear messages for wrong ones."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.dates import add_months, long_form, parse_date, read_date
from careplan.errors import ValidationError

TODAY = dt.date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/11/2026", dt.date(2026, 11, 12)),
        ("12/11/26", dt.date(2026, 11, 12)),
        ("1/2/2027", dt.date(2027, 2, 1)),
        ("12.11.2026", dt.date(2026, 11, 12)),
        ("12-11-2026", dt.date(2026, 11, 12)),
        ("12 Nov 2026", dt.date(2026, 11, 12)),
        ("12 November 2026", dt.date(2026, 11, 12)),
        ("12th Nov 2026", dt.date(2026, 11, 12)),
        ("Nov 12, 2026", dt.date(2026, 11, 12)),
        ("12 nov", dt.date(2026, 11, 12)),
        ("3 Sept 2027", dt.date(2027, 9, 3)),
        ("2026-11-12", dt.date(2026, 11, 12)),
        ("Thursday 12 November 2026", dt.date(2026, 11, 12)),
        ("  12 / 11 / 2026 ", dt.date(2026, 11, 12)),
        ("today", TODAY),
        ("tomorrow", dt.date(2026, 11, 28)),
        ("+10d", dt.date(2026, 12, 7)),
        ("+2w", dt.date(2026, 12, 11)),
        ("+3m", dt.date(2027, 2, 27)),
        ("+ 3 M", dt.date(2027, 2, 27)),
        ("+1y", dt.date(2027, 11, 27)),
        ("-1w", dt.date(2026, 11, 20)),
        ("in 6 weeks", dt.date(2027, 1, 8)),
        ("in a month", dt.date(2026, 12, 27)),
        ("in 3 months", dt.date(2027, 2, 27)),
        ("in two years", dt.date(2028, 11, 27)),
    ],
)
def test_accepted_forms(typed: str, expected: dt.date) -> None:
    assert read_date(typed, TODAY) == expected


def test_empty_text_is_no_date() -> None:
    assert read_date("   ", TODAY) is None


def test_two_digit_years_look_ahead_or_back_for_birth_dates() -> None:
    assert read_date("12/11/56", TODAY) == dt.date(2056, 11, 12)
    assert read_date("12/11/56", TODAY, prefer_past=True) == dt.date(1956, 11, 12)
    assert read_date("12/11/26", TODAY, prefer_past=True) == dt.date(2026, 11, 12)
    assert read_date("12/11/27", TODAY, prefer_past=True) == dt.date(1927, 11, 12)


def test_month_arithmetic_keeps_to_the_end_of_short_months() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert read_date("+1m", dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31/02/2020", r"not a real date: February 2020 has 29 days\. For example: 29/2/2020"),
        ("30/02/2026", r"February 2026 has 28 days"),
        ("12/13/2026", r"no month 13\. Dates are day/month/year, for example 12/11/2026"),
        ("32 Nov 2026", r"November 2026 has 30 days"),
        ("2026-02-30", r"February 2026 has 28 days"),
        ("banana", r"'banana' is not a real date; for example 12/11/2026, 12 Nov 2026"),
        ("12 Smarch 2026", r"for example 12/11/2026"),
        ("+3q", r"for example .*\+3m or in 6 weeks"),
        ("in many weeks", r"for example"),
        ("12/11", r"for example"),
        ("11/12/2026/1", r"for example"),
    ],
)
def test_wrong_dates_are_explained_with_an_example(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        read_date(typed, TODAY, field="review_date", label="review date")
    assert caught.value.field == "review_date"


def test_long_form_is_the_uk_long_form_and_reads_back() -> None:
    day = dt.date(2026, 11, 12)
    assert long_form(day) == "Thursday 12 November 2026"
    assert read_date(long_form(day), TODAY) == day
    assert long_form(dt.date(2027, 1, 1)) == "Friday 1 January 2027"


def test_the_core_reads_uk_dates_too() -> None:
    assert parse_date("12/11/2026", "review_date") == dt.date(2026, 11, 12)
    assert parse_date("21 Mar 1956", "date_of_birth") == dt.date(1956, 3, 21)
    assert parse_date("21/03/56", "date_of_birth", prefer_past=True) == dt.date(1956, 3, 21)
    with pytest.raises(ValidationError, match="not a real date"):
        parse_date("31/04/2026", "review_date")
