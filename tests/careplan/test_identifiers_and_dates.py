from __future__ import annotations

import datetime as dt

import pytest

from careplan.dates import age_on, check_birth_date, parse_date
from careplan.errors import ValidationError
from careplan.identifiers import format_nhs_number, is_valid_nhs_number, normalise_nhs_number


@pytest.mark.parametrize("typed", ["9434765919", "943 476 5919", "943-476-5919", " 9434765919 "])
def test_nhs_number_accepts_common_spellings(typed: str) -> None:
    assert normalise_nhs_number(typed) == "9434765919"


@pytest.mark.parametrize(
    "typed, hint",
    [
        ("9434765918", "last digit does not match"),
        ("943476591", "10 digits"),
        ("94347659190", "10 digits"),
        ("94347A5919", "10 digits"),
    ],
)
def test_bad_nhs_numbers_are_refused_with_a_reason(typed: str, hint: str) -> None:
    with pytest.raises(ValidationError, match=hint) as info:
        normalise_nhs_number(typed)
    assert info.value.field == "nhs_number"


def test_nhs_numbers_whose_check_digit_would_be_ten_are_invalid() -> None:
    # 000000006x: sum = 6*2 = 12 -> 11 - 1 = 10, no valid check digit exists
    assert not any(is_valid_nhs_number(f"000000006{d}") for d in range(10))


def test_blank_nhs_number_is_none_and_formats_empty() -> None:
    assert normalise_nhs_number("  ") is None
    assert format_nhs_number(None) == ""
    assert format_nhs_number("9434765919") == "943 476 5919"


@pytest.mark.parametrize("typed", ["2023-02-30", "2023-13-01", "31/02/2020", "someday"])
def test_impossible_dates_are_refused_with_the_expected_form(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a real date"):
        parse_date(typed, "date_of_birth")


def test_birth_dates_in_the_future_or_before_1900_are_refused() -> None:
    today = dt.date(2026, 3, 2)
    with pytest.raises(ValidationError, match="future"):
        check_birth_date(dt.date(2026, 3, 3), today)
    with pytest.raises(ValidationError, match="1900"):
        check_birth_date(dt.date(1899, 12, 31), today)
    assert check_birth_date(dt.date(1956, 2, 29), today) == dt.date(1956, 2, 29)


def test_age_counts_birthdays() -> None:
    assert age_on(dt.date(1956, 3, 21), dt.date(2026, 3, 20)) == 69
    assert age_on(dt.date(1956, 3, 21), dt.date(2026, 3, 21)) == 70
