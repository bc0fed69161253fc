"""The review as an iCalendar file (RFC 5545), read back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from careplan.errors import ValidationError
from careplan.fhir import FhirExchange
from careplan.fhir.calendar import escape_text, fold, review_event, review_uid
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services

STAMP = dt.datetime(2026, 3, 2, 9, 30, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_the_event_is_an_all_day_review_with_plain_words() -> None:
    data = review_event(
        uid="abc@careplan.invalid",
        review_date=dt.date(2026, 6, 2),
        practice_name="St Mary's; Surgery, \\ Leeds",
        practice_phone="01632 960 100",
        stamp=STAMP,
    )
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event["UID"] == "abc@careplan.invalid"
    assert event.decoded("DTSTART") == dt.date(2026, 6, 2)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTEND") == dt.date(2026, 6, 3)
    assert event.decoded("DTSTAMP") == dt.datetime(2026, 3, 2, 8, 30, 15, tzinfo=dt.UTC)
    assert str(event["SUMMARY"]) == "Care plan review at St Mary's; Surgery, \\ Leeds"
    assert "01632 960 100" in str(event["DESCRIPTION"])
    assert b"DTSTAMP:20260302T083015Z\r\n" in data
    assert b"SUMMARY:Care plan review at St Mary's\\; Surgery\\, \\\\ Leeds\r\n" in data


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters() -> None:
    data = review_event(
        uid="u@careplan.invalid",
        review_date=dt.date(2026, 6, 2),
        practice_name="Gwasanaeth Iechyd Ŵŷ 🏥 " * 6,
        stamp=STAMP,
    )
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    for raw in data.split(b"\r\n")[:-1]:
        assert len(raw) <= 75
        raw.decode("utf-8")  # no character cut in half
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Care plan review at Gwasanaeth Iechyd Ŵŷ 🏥")


def test_text_escaping_and_folding_follow_rfc_5545() -> None:
    assert escape_text("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    folded = fold("X" * 160)
    assert folded == b"X" * 75 + b"\r\n " + b"X" * 74 + b"\r\n " + b"X" * 11 + b"\r\n"


def test_without_a_practice_name_the_summary_still_reads_well() -> None:
    data = review_event(uid="u", review_date=dt.date(2026, 6, 2), stamp=STAMP)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Care plan review"


def test_the_uid_is_stable_for_the_same_review() -> None:
    assert review_uid(7, dt.date(2026, 6, 2)) == review_uid(7, dt.date(2026, 6, 2))
    assert review_uid(7, dt.date(2026, 6, 2)) != review_uid(7, dt.date(2026, 6, 3))


def test_the_file_is_for_the_current_review_and_names_no_one(
    services: Services, full_plan: ConsultationRecord, tmp_path: Path
) -> None:
    exchange = FhirExchange(services.context)
    result = exchange.review_calendar_file(
        full_plan.patient_id, tmp_path / "review.ics", "Leeds GP"
    )
    assert result.review_date == dt.date(2026, 9, 1)  # the date set at the last review
    data = (tmp_path / "review.ics").read_bytes()
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2026, 9, 1)
    text = data.decode("utf-8")
    for private in ("Zoë", "Wiśniewska", "9434765919", "Walk", "Okafor", "Priya"):
        assert private not in text
    again = exchange.review_calendar_file(full_plan.patient_id, tmp_path / "again.ics", "Leeds GP")
    (event_again,) = icalendar.Calendar.from_ical(again.path.read_bytes()).walk("VEVENT")
    assert event_again["UID"] == event["UID"]


def test_no_review_date_means_no_calendar_file(services: Services, tmp_path: Path) -> None:
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    with pytest.raises(ValidationError, match="no review date"):
        FhirExchange(services.context).review_calendar_file(patient.id, tmp_path / "r.ics")
    assert not (tmp_path / "r.ics").exists()
