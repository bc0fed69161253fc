"""How dates, ages, names and numbers are shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from careplan.errors import ValidationError
from tests.ui.test_patient_list_model import MARYAM, PEGGY
from ui import formatting


def test_dates_have_the_month_in_words(app: object) -> None:
    assert formatting.date(dt.date(1956, 3, 21)) == "21 Mar 1956"
    assert formatting.date(None) == ""


def test_ages(app: object) -> None:
    today = dt.date(2026, 3, 2)
    assert formatting.age(dt.date(1956, 3, 21), today) == "69"
    assert formatting.age(dt.date(1956, 3, 2), today) == "70"
    assert formatting.age(dt.date(2026, 2, 1), today) == "1 month"
    assert formatting.age(dt.date(2026, 3, 1), today) == "0 months"
    assert formatting.age(dt.date(2024, 3, 3), today) == "23 months"
    assert formatting.age(dt.date(2024, 3, 3), today, short=True) == "23 mo"
    assert formatting.age(dt.date(1956, 3, 21), today, short=True) == "69"


def test_numbers_and_names(app: object) -> None:
    assert formatting.number(10_000) == "10,000"
    assert formatting.nhs_number("9434765919") == "943 476 5919"
    assert formatting.nhs_number(None) == ""
    assert formatting.list_name(PEGGY) == "Smith, Margaret (Peggy)"
    assert formatting.banner_name(PEGGY) == "Margaret Smith"
    assert formatting.banner_name(MARYAM) == "مريم Al-Amin"
    same = replace(PEGGY, preferred_name=" margaret ")
    assert formatting.list_name(same) == "Smith, Margaret"


def test_error_messages_never_show_the_text_of_unexpected_errors(app: object) -> None:
    assert formatting.error_message(ValidationError("x", "Please fix x.")) == "Please fix x."
    shown = formatting.error_message(RuntimeError("Margaret Smith 1956"))
    assert "Margaret" not in shown
    assert "RuntimeError" in shown
