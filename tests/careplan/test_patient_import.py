"""Importing a practice's patient list from CSV: all or nothing, every refusal reported."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from careplan import models as m
from careplan.identifiers import nhs_check_digit
from careplan.imports.patients_csv import PatientImportService
from careplan.imports.summary import ImportRefusedError
from careplan.models.registers import Condition, Result
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database

FILE_DATE = dt.datetime(2026, 3, 1, 18, tzinfo=dt.UTC)
HEADER = (
    "NHS number,Given name,Family name,Date of birth,Phone,Conditions,"
    "HbA1c,HbA1c date,Systolic BP,Systolic BP date,Diastolic BP,eGFR,Foot check\n"
)


def _valid_numbers(count: int) -> list[str]:
    numbers: list[str] = []
    k = 0
    while len(numbers) < count:
        first = f"999{k:06d}"
        check = nhs_check_digit(first)
        if check is not None:
            numbers.append(first + str(check))
        k += 1
    return numbers


_NUMBERS = _valid_numbers(10_100)


def nhs(n: int) -> str:
    """A distinct valid NHS number in the test range (999 ...) for each ``n``."""
    return _NUMBERS[n]


def counts(services: Services) -> tuple[int, int, int, int]:
    with services.context.session_factory() as session:
        return (
            session.scalar(select(func.count()).select_from(m.Patient)) or 0,
            session.scalar(select(func.count()).select_from(Condition)) or 0,
            session.scalar(select(func.count()).select_from(Result)) or 0,
            session.scalar(select(func.count()).select_from(m.AuditEvent)) or 0,
        )


def write(path: Path, body: str) -> Path:
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_file_of_the_documented_shape_is_imported_and_again_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    good = write(
        tmp_path / "export.csv",
        f"{nhs(1)},Margaret,Okonkwo,1950-04-12,01632 960 001,Type 2 diabetes mellitus;59621000,"
        "61,2026-02-01,142,2026-02-01,86,72,low risk\n"
        f"{nhs(2)},Zoë,Wiśniewska,03/02/1961,,35489007,,,,,,,\n"
        f'{nhs(3)},"Seán","O\'Brien",1944-12-31,,Asthma,,,128,12/01/2026,79,,\n',
    )
    os.utime(good, (FILE_DATE.timestamp(), FILE_DATE.timestamp()))
    importer = PatientImportService(services.context)
    progress: list[tuple[int, int]] = []
    summary = importer.import_file(good, progress=lambda d, t: progress.append((d, t)))
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (3, 3, 0, 0)
    assert (summary.conditions_added, summary.results_added) == (4, 7)
    assert summary.refused == ()
    assert progress[-1][0] == progress[-1][1]

    margaret = services.patients.search("okonkwo").patients[0]
    assert margaret.nhs_number == nhs(1) and margaret.phone == "01632 960 001"
    codes = {c.code: c.register for c in services.registers.conditions(margaret.id)}
    assert codes == {"44054006": "diabetes", "59621000": "hypertension"}
    series = {s.test: s for s in services.results.results(margaret.id)}
    assert series["hba1c"].latest.value == 61 and series["hba1c"].code == "59261-8"
    assert series["hba1c"].latest.taken_on == dt.date(2026, 2, 1)
    # A result with no date column beside it is dated the day the file was exported.
    assert series["egfr"].latest.taken_on == dt.date(2026, 3, 1)
    # The diastolic pressure is dated with the systolic beside it.
    assert series["bp_diastolic"].latest.taken_on == dt.date(2026, 2, 1)
    assert series["foot_check"].latest.value_text == "low risk"
    zoe = services.patients.search("wisniewska").patients[0]
    assert zoe.date_of_birth == dt.date(1961, 2, 3) and zoe.given_name == "Zoë"

    before = counts(services)
    again = importer.import_file(good)  # the same file: its own date again
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert (again.conditions_added, again.results_added) == (0, 0)
    assert counts(services) == before


def test_a_newer_file_updates_an_existing_person_and_an_older_one_does_not(
    services: Services, tmp_path: Path, clock: object
) -> None:
    existing = services.patients.create(
        PatientInput("Margaret", "Okonkwo", "1950-04-12", nhs_number=nhs(1), phone="01632 1")
    )
    row = f"{nhs(1)},Margaret,Okonkwo,12/04/1950,01632 960 999,Hypertensive disorder,,,,,,,\n"
    importer = PatientImportService(services.context)
    older = importer.import_file(
        write(tmp_path / "old.csv", row), file_date=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    )
    assert services.patients.get(existing.id).phone == "01632 1"  # the file is older
    assert (older.created, older.updated, older.conditions_added) == (0, 1, 1)
    newer = importer.import_file(
        write(tmp_path / "new.csv", row), file_date=dt.datetime(2026, 3, 3, tzinfo=dt.UTC)
    )
    assert services.patients.get(existing.id).phone == "01632 960 999"
    assert (newer.created, newer.updated, newer.unchanged) == (0, 1, 0)


def test_bad_rows_are_each_reported_with_their_line_and_nothing_is_stored(
    services: Services, tmp_path: Path
) -> None:
    services.patients.create(PatientInput("Ann", "Other", "1970-01-01", nhs_number=nhs(9)))
    wrong_digit = nhs(4)[:9] + str((int(nhs(4)[9]) + 1) % 10)
    bad = write(
        tmp_path / "bad.csv",
        f"{nhs(1)},Margaret,Okonkwo,1950-04-12,,Diabetes mellitus,61,2026-02-01,,,,,\n"
        f"{wrong_digit},Bad,Digit,1950-04-12,,,,,,,,,\n"
        f"{nhs(5)},Impossible,Date,31/02/1960,,,,,,,,,\n"
        f"{nhs(6)},Unknown,Condition,1960-01-01,,Diabetes mellitus;Dragon pox,,,,,,,\n"
        f"{nhs(7)},Text,Number,1960-01-01,,,about sixty,2026-01-01,,,,,\n"
        f"{nhs(9)},Someone,Else,1980-05-05,,,,,,,,,\n",
    )
    before = counts(services)
    with pytest.raises(ImportRefusedError) as refused:
        PatientImportService(services.context).import_file(bad, file_date=FILE_DATE)
    summary = refused.value.summary
    reasons = {r.line: r.reason for r in summary.refused}
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert "last digit does not match" in reasons[3]
    assert "'31/02/1960' is not a real date" in reasons[4]
    assert "'Dragon pox' is not a condition" in reasons[5]
    assert "HbA1c must be a number, not 'about sixty'" in reasons[6]
    assert "another name or date of birth" in reasons[7]
    lines = summary.lines()
    assert lines[0].startswith("Nothing was imported: 5 of 6 rows were refused")
    assert "Line 4: The date of birth '31/02/1960' is not a real date" in "\n".join(lines)
    assert counts(services) == before


def test_missing_required_columns_and_a_mapping_for_other_layouts(
    services: Services, tmp_path: Path
) -> None:
    importer = PatientImportService(services.context)
    other = tmp_path / "other.csv"
    other.write_text(
        f"Surname;Forename;DOB;NHS No;Sugar\nOkonkwo;Margaret;1950-04-12;{nhs(1)};61\n",
        encoding="utf-8",
    )
    data = importer.read(other)
    assert data.default_mapping() == {
        "family_name": 0,
        "given_name": 1,
        "date_of_birth": 2,
        "nhs_number": 3,
    }
    mapping = {**data.default_mapping(), "hba1c": 4}
    summary = importer.import_csv(data, mapping, file_date=FILE_DATE)
    assert (summary.created, summary.results_added) == (1, 1)
    missing = tmp_path / "missing.csv"
    missing.write_text("Given name,Family name\nA,B\n", encoding="utf-8")
    from careplan.errors import ValidationError

    with pytest.raises(ValidationError, match="No column is chosen for: NHS number, Date of"):
        importer.import_file(missing, file_date=FILE_DATE)


def test_ten_thousand_rows_are_imported_with_progress(tmp_path: Path) -> None:
    rows = []
    conditions = ("44054006", "59621000", "Asthma", "35489007;59621000", "")
    for i in range(10_000):
        born = dt.date(1930, 1, 1) + dt.timedelta(days=(i * 37) % 25_000)
        hba1c = f"{40 + i % 50},2026-01-{1 + i % 28:02d}" if i % 3 == 0 else ","
        rows.append(
            f"{nhs(i + 10)},Given{i},Family{i % 997},{born.isoformat()},0161 {i:06d},"
            f"{conditions[i % 5]},{hba1c},{110 + i % 60},,{70 + i % 30},{40 + i % 60},\n"
        )
    big = write(tmp_path / "big.csv", "".join(rows))
    db = Database.open(f"sqlite:///{tmp_path / 'big.sqlite3'}")
    try:
        services = Services(db.session_factory)
        progress: list[int] = []
        started = time.perf_counter()
        summary = PatientImportService(services.context).import_file(
            big, file_date=FILE_DATE, progress=lambda done, total: progress.append(done)
        )
        seconds = time.perf_counter() - started
        assert summary.created == 10_000 and summary.refused == ()
        assert summary.results_added == 10_000 // 3 + 1 + 3 * 10_000
        assert len(progress) >= 20 and progress == sorted(progress)
        assert services.patients.count() == 10_000
        assert services.audit.verify().ok
        print(f"\n10,000-row import: {seconds:.1f} s (summary says {summary.seconds:.1f} s)")
    finally:
        db.close()
