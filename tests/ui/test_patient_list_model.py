"""The patient list model, tested without any widget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from careplan.records import PatientRecord, PatientSearchResult
from ui.models.patient_list import PATIENT_ROLE, Column, PatientListModel

TODAY = dt.date(2026, 3, 2)


def record(
    id: int,
    given: str,
    family: str,
    born: dt.date,
    nhs: str | None = None,
    preferred: str | None = None,
) -> PatientRecord:
    return PatientRecord(
        id=id,
        nhs_number=nhs,
        given_name=given,
        family_name=family,
        preferred_name=preferred,
        date_of_birth=born,
        phone=None,
        email=None,
        address=None,
        large_print=False,
        easy_read=False,
        interpreter_language=None,
        communication_notes=None,
        version=1,
    )


PEGGY = record(1, "Margaret", "Smith", dt.date(1956, 3, 21), "9434765919", "Peggy")
MARYAM = record(2, "مريم", "Al-Amin", dt.date(2025, 9, 20))


@pytest.fixture
def model(app: object) -> PatientListModel:
    model = PatientListModel(today=lambda: TODAY)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    return model


def text(model: PatientListModel, row: int, column: Column) -> object:
    return model.data(model.index(row, column))


def test_empty_until_a_result_arrives(model: PatientListModel) -> None:
    assert model.rowCount() == 0
    assert model.columnCount() == 4
    assert model.summary() == ""


def test_rows_show_the_patients_as_people_read_them(model: PatientListModel) -> None:
    model.set_result(PatientSearchResult((PEGGY, MARYAM), 2, ""))
    assert model.rowCount() == 2
    assert text(model, 0, Column.NHS_NUMBER) == "943 476 5919"
    assert text(model, 0, Column.NAME) == "Smith, Margaret (Peggy)"
    assert text(model, 0, Column.DATE_OF_BIRTH) == "21 Mar 1956"
    assert text(model, 0, Column.AGE) == "69"
    assert text(model, 1, Column.NAME) == "Al-Amin, مريم"
    assert text(model, 1, Column.NHS_NUMBER) == ""
    assert text(model, 1, Column.AGE) == "5 mo"
    assert model.data(model.index(1, Column.AGE), Qt.ItemDataRole.ToolTipRole) == "5 months"
    assert model.data(model.index(1, Column.NHS_NUMBER), Qt.ItemDataRole.ToolTipRole) == (
        "No NHS number recorded"
    )
    assert model.data(model.index(1, Column.NAME), PATIENT_ROLE) is MARYAM
    assert model.patient(0) is PEGGY
    assert model.row_of(2) == 1
    assert model.row_of(99) is None


def test_headers(model: PatientListModel) -> None:
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column
    ]
    assert headers == ["NHS number", "Name", "Date of birth", "Age"]
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None


def test_invalid_index_has_no_data(model: PatientListModel) -> None:
    model.set_result(PatientSearchResult((PEGGY,), 1, ""))
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0


@pytest.mark.parametrize(
    ("shown", "total", "query", "expected"),
    [
        (0, 0, "", "No patients are registered yet."),
        (0, 0, " zz ", "No patients match “zz”."),
        (1, 1, "smith", "1 patient"),
        (2, 2, "", "2 patients"),
        (2, 10_000, "", "10,000 patients"),  # the rest come as the list scrolls
    ],
)
def test_summary(
    model: PatientListModel, shown: int, total: int, query: str, expected: str
) -> None:
    rows = tuple(record(i, "A", f"B{i}", dt.date(1950, 1, 1), None) for i in range(1, shown + 1))
    model.set_result(PatientSearchResult(rows, total, query))
    assert model.summary() == expected
    assert model.truncated == (shown < total)


def test_a_new_result_replaces_the_old(model: PatientListModel) -> None:
    model.set_result(PatientSearchResult((PEGGY, MARYAM), 2, ""))
    model.set_result(PatientSearchResult((MARYAM,), 1, "mar"))
    assert model.rowCount() == 1
    assert model.result is not None and model.result.query == "mar"


def test_a_capped_count_says_more_than(model: PatientListModel) -> None:
    model.set_result(PatientSearchResult((PEGGY,), 5000, "m", more_than_total=True))
    assert model.summary() == "More than 5,000 patients match — type to narrow the search"
    assert model.truncated


def test_pages_are_fetched_one_at_a_time_and_appended(model: PatientListModel) -> None:
    asked: list[PatientSearchResult] = []
    model.set_paging(True)
    model.page_wanted.connect(asked.append)
    first = PatientSearchResult((PEGGY,), 2, "", next_after=("a", "a", PEGGY.id))
    model.set_result(first)
    model.fetchMore()
    model.fetchMore()  # (the model tester may have asked already): still one request
    assert asked == [first] and not model.canFetchMore()
    model.append_page(PatientSearchResult((MARYAM,), 2, ""))
    assert model.rowCount() == 2 and model.patient(1) == MARYAM
    assert not model.canFetchMore()  # the last page has no next_after
    # A page of a search that was since replaced is dropped.
    model.set_result(PatientSearchResult((MARYAM,), 1, "mar", next_after=("b", "b", 1)))
    model.append_page(PatientSearchResult((PEGGY,), 2, ""))
    assert model.rowCount() == 1
