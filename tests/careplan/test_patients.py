"""Registering, finding and updating patients, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from careplan.changes import Change, Subject
from careplan.errors import ConflictError, ValidationError
from careplan.records import PatientInput
from careplan.services import DuplicatePatientError, Services

MARY = PatientInput("Mary", "Seacole", "1956-03-21", "943 476 5919", phone="01632 960 001")


def test_create_returns_a_plain_record_and_reports_the_change(
    services: Services, changes: list[Change]
) -> None:
    p = services.patients.create(MARY)
    assert p.nhs_number == "9434765919"
    assert p.date_of_birth == dt.date(1956, 3, 21)
    assert p.version == 1
    assert dataclasses.is_dataclass(p)
    assert changes == [Change(Subject.PATIENT, p.id, p.id)]


@pytest.mark.parametrize(
    "query", ["seac", "SEACOLE", "mary sea", "943 476", "9434765919", "1956-03-21", "21/03/1956"]
)
def test_search_finds_by_name_identifier_or_birth_date(services: Services, query: str) -> None:
    p = services.patients.create(MARY)
    services.patients.create(PatientInput("John", "Smith", "1960-01-01"))
    result = services.patients.search(query)
    assert [r.id for r in result.patients] == [p.id]
    assert result.total == 1


def test_search_ignores_accents_and_reports_the_total_when_truncated(services: Services) -> None:
    for i in range(12):
        services.patients.create(PatientInput("Zoë", f"Wiśniewska{i:02d}", "1970-01-01"))
    result = services.patients.search("zoe wisniewska", limit=5)
    assert len(result.patients) == 5
    assert result.total == 12
    assert [p.family_name for p in result.patients] == [f"Wiśniewska{i:02d}" for i in range(5)]


def test_search_treats_like_wildcards_as_plain_text(services: Services) -> None:
    services.patients.create(PatientInput("Ann", "Lee", "1970-01-01"))
    assert services.patients.search("%").total == 0
    assert services.patients.search("_").total == 0


def test_same_nhs_number_is_a_duplicate(services: Services) -> None:
    first = services.patients.create(MARY)
    with pytest.raises(DuplicatePatientError) as info:
        services.patients.create(PatientInput("Maria", "Other", "1980-01-01", "9434765919"))
    assert info.value.field == "nhs_number"
    assert info.value.existing_id == first.id
    assert "already registered" in info.value.message
    assert services.patients.count() == 1


def test_same_normalised_name_and_birth_date_is_a_duplicate(services: Services) -> None:
    services.patients.create(PatientInput("Zoë", "O'Brien", "1956-03-21"))
    with pytest.raises(DuplicatePatientError) as info:
        services.patients.create(PatientInput("  zoe ", "OBRIEN", "1956-03-21"))
    assert info.value.field == "family_name"
    assert services.patients.count() == 1


@pytest.mark.parametrize(
    "field, data, hint",
    [
        ("date_of_birth", PatientInput("A", "B", "2023-02-30"), "not a real date"),
        ("date_of_birth", PatientInput("A", "B", "2027-01-01"), "future"),
        ("date_of_birth", PatientInput("A", "B", ""), "enter the date of birth"),
        ("given_name", PatientInput("", "B", "1950-01-01"), "first name"),
        ("family_name", PatientInput("A", "B" * 101, "1950-01-01"), "too long"),
        ("nhs_number", PatientInput("A", "B", "1950-01-01", "1234567890"), "not valid"),
        ("email", PatientInput("A", "B", "1950-01-01", email="mary.example.org"), "@"),
        ("phone", PatientInput("A", "B", "1950-01-01", phone="call me maybe"), "digits"),
    ],
)
def test_bad_input_is_refused_with_a_message_for_the_field(
    services: Services, field: str, data: PatientInput, hint: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.patients.create(data)
    assert info.value.field == field
    assert hint in info.value.message
    assert services.patients.count() == 0


HOSTILE = {
    "ten thousand characters": "ä" * 10_000,
    "emoji": "Walk 🚶‍♀️ to see 👵🏽 every 🌞 day",
    "right to left": "أريد أن أمشي إلى الحديقة مع حفيدتي",
    "combining accents": "Zoe\u0308 Ame\u0301lie",
    "markup": "<b>walk</b> & <img src='/etc/hostname'/> &amp; </para>",
    "bidi controls": "\u202eevil\u202c text",
}


@pytest.mark.parametrize("words", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_round_trips_exactly_once_normalised(services: Services, words: str) -> None:
    import unicodedata

    from careplan.text import neutralise_bidi

    p = services.patients.create(
        PatientInput("Ann", "Lee", "1970-01-01", communication_notes=words)
    )
    # Stored NFC, with bidi override and isolate controls neutralised (the words kept).
    expected = neutralise_bidi(unicodedata.normalize("NFC", words))
    assert services.patients.get(p.id).communication_notes == expected


def test_control_characters_are_removed_not_stored(services: Services) -> None:
    p = services.patients.create(
        PatientInput(
            "An\x00n\x07", "Lee\x1b", "1970-01-01", communication_notes="line one\r\nline\x0c two"
        )
    )
    stored = services.patients.get(p.id)
    assert (stored.given_name, stored.family_name) == ("Ann", "Lee")
    assert stored.communication_notes == "line one\nline two"


def test_over_long_text_is_refused_and_nothing_changes(services: Services) -> None:
    p = services.patients.create(MARY)
    with pytest.raises(ValidationError, match="too long"):
        services.patients.update(
            p.id, dataclasses.replace(MARY, communication_notes="x" * 10_001), p.version
        )
    assert services.patients.get(p.id) == p


def test_update_with_a_stale_version_is_refused_and_shows_what_changed(services: Services) -> None:
    p = services.patients.create(MARY)
    theirs = services.patients.update(
        p.id, dataclasses.replace(MARY, phone="01632 960 999"), p.version
    )
    with pytest.raises(ConflictError) as info:
        services.patients.update(p.id, dataclasses.replace(MARY, phone="01632 960 555"), p.version)
    assert services.patients.get(p.id) == theirs
    changed = {c.field: (c.yours, c.theirs) for c in info.value.changes}
    assert changed["phone"] == ("01632 960 555", "01632 960 999")
    assert "Nothing was overwritten" in info.value.message


def test_update_cannot_create_a_duplicate(services: Services) -> None:
    services.patients.create(MARY)
    other = services.patients.create(PatientInput("John", "Smith", "1960-01-01"))
    with pytest.raises(DuplicatePatientError):
        services.patients.update(
            other.id,
            dataclasses.replace(other.as_input(), nhs_number="943 476 5919"),
            other.version,
        )
    assert services.patients.get(other.id).nhs_number is None


def test_all_the_wrong_fields_are_reported_together(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.patients.create(
            PatientInput(
                "", "Lee", "2023-02-30", "943 476 5918", email="no-at-sign", phone="call me"
            )
        )
    assert info.value.field == "given_name"
    assert [field for field, _message in info.value.problems] == [
        "given_name",
        "date_of_birth",
        "nhs_number",
        "phone",
        "email",
    ]
    assert services.patients.count() == 0
