"""careplan-admin, run as a person would run it: a real process, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.support.processes import admin


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_demo_then_patients_prints_one_tab_separated_line_each(url: str) -> None:
    made = admin("demo", "--patients", "40", "--database", url)
    assert made.returncode == 0, made.stderr
    assert "40 patients" in made.stdout
    assert "40/40" in made.stderr  # progress
    listed = admin("--database", url, "patients")
    lines = listed.stdout.splitlines()
    assert listed.returncode == 0 and len(lines) == 40
    for line in lines:
        identifier, name, born = line.split("\t")
        assert identifier == "" or (len(identifier) == 10 and identifier.isdigit())
        assert name.strip() and " " in name
        assert len(born) == 10 and born[4] == "-" and born[7] == "-"


def test_patients_search_uses_the_core_search(url: str) -> None:
    db = Database.open(url)
    Services(db.session_factory).patients.create(
        PatientInput("Zoë", "Wiśniewska", "1956-03-21", "943 476 5919")
    )
    Services(db.session_factory).patients.create(PatientInput("John", "Snow", "1960-01-01"))
    db.close()
    found = admin("patients", "--search", "wisn", "--database", url)
    assert found.stdout == "9434765919\tZoë Wiśniewska\t1956-03-21\n"


def test_the_environment_variable_chooses_the_database(url: str) -> None:
    admin("demo", "--patients", "3", "--database", url)
    listed = admin("patients", env={"CAREPLAN_DATABASE_URL": url})
    assert len(listed.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    "args, message",
    [
        (["demo", "--patients", "-5"], "between 1 and"),
        (["demo", "--patients", "lots"], "not a whole number"),
        (["backup"], "required"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_give_a_clear_message_and_write_nothing(
    tmp_path: Path, url: str, args: list[str], message: str
) -> None:
    result = admin(*args, "--database", url)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_demo_into_a_database_with_patients_is_refused(url: str) -> None:
    admin("demo", "--patients", "3", "--database", url)
    again = admin("demo", "--patients", "3", "--database", url)
    assert again.returncode == 1
    assert "already has 3 patients" in again.stderr
    assert len(admin("patients", "--database", url).stdout.splitlines()) == 3


def test_check_backup_and_restore(tmp_path: Path, url: str) -> None:
    admin("demo", "--patients", "5", "--database", url)
    assert admin("check", "--database", url).stdout.startswith("ok:")
    backup_dir = tmp_path / "backups"
    backup_dir.mkdir()
    made = admin("backup", str(backup_dir), "--database", url)
    assert made.returncode == 0, made.stderr
    (saved,) = backup_dir.iterdir()
    again = admin("backup", str(saved), "--database", url)
    assert again.returncode == 1 and "--force" in again.stderr
    restored = admin("restore", str(saved), "--database", url)
    assert restored.returncode == 0, restored.stderr
    assert "previous database was kept" in restored.stdout
    assert len(admin("patients", "--database", url).stdout.splitlines()) == 5


def test_a_damaged_database_is_reported_and_left_alone(tmp_path: Path, url: str) -> None:
    admin("demo", "--patients", "50", "--database", url)
    path = tmp_path / "cli.sqlite3"
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start : start + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    checked = admin("check", "--database", url)
    assert checked.returncode == 1 and "DAMAGED" in checked.stdout
    assert "careplan-admin restore" in checked.stdout
    listed = admin("patients", "--database", url)
    assert listed.returncode == 1
    assert "damaged" in listed.stderr and "Traceback" not in listed.stderr
    assert path.read_bytes() == before


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, url: str) -> None:
    admin("demo", "--patients", "2", "--database", url)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    result = admin("restore", str(bogus), "--database", url)
    assert result.returncode == 1 and "nothing was restored" in result.stderr
    assert len(admin("patients", "--database", url).stdout.splitlines()) == 2


@pytest.mark.postgres
@pytest.mark.parametrize("fresh_url", ["postgresql"], indirect=True)
def test_commands_work_on_postgresql_and_backup_points_to_pg_dump(
    fresh_url: str, tmp_path: Path
) -> None:
    made = admin("demo", "--patients", "12", "--database", fresh_url)
    assert made.returncode == 0, made.stderr
    assert len(admin("patients", "--database", fresh_url).stdout.splitlines()) == 12
    checked = admin("check", "--database", fresh_url)
    assert checked.returncode == 0 and checked.stdout.startswith("ok:")
    refused = admin("backup", str(tmp_path / "b.sqlite3"), "--database", fresh_url)
    assert refused.returncode == 1 and "pg_dump" in refused.stderr
    assert not (tmp_path / "b.sqlite3").exists()


def test_worklist_prints_csv_with_a_header_and_refuses_bad_values(url: str) -> None:
    admin("demo", "--patients", "150", "--database", url)
    table = admin("worklist", "--csv", "--database", url)
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.startswith("NHS number,Name,Date of birth")
    assert rows, "the demo practice has reviews due"
    overdue = admin("worklist", "--overdue", "--database", url).stdout.splitlines()
    assert overdue and all(int(line.split("\t")[5]) > 0 for line in overdue)
    days = [int(r.split(",")[-5]) for r in rows if r.count(",") == 9]
    assert days == sorted(days, reverse=True)  # most overdue first
    for bad in (["--due-within", "-3"], ["--due-within", "soon"], ["--staff", "x"]):
        refused = admin("worklist", *bad, "--database", url)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
