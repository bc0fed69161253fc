"""Opening the database: pragmas, default location, damaged and foreign files."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from careplan import paths
from careplan.errors import DamagedDatabaseError, ForeignDatabaseError
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import APPLICATION_ID, Database, resolve_url


def test_default_database_lives_in_the_per_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.default_database_path() == tmp_path / "xdg" / "careplan" / "careplan.sqlite3"
    db = Database.open()
    try:
        assert db.path == tmp_path / "xdg" / "careplan" / "careplan.sqlite3"
        assert db.path.exists()
    finally:
        db.close()


def test_environment_variable_and_option_choose_the_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAREPLAN_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert resolve_url() == "postgresql+psycopg://u@h/db"
    assert resolve_url("sqlite:////x.sqlite3") == "sqlite:////x.sqlite3"


def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        assert db.engine.hide_parameters
    finally:
        db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for page_start in range(4096, len(data), 4096):  # every b-tree page header
        data[page_start : page_start + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "care.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    services = Services(db.session_factory)
    for i in range(60):
        services.patients.create(PatientInput(f"Given{i}", f"Family{i}", "1950-01-01"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def test_a_damaged_file_is_refused_and_never_written(filled: Path) -> None:
    _damage(filled)
    before = _digest(filled)
    with pytest.raises(DamagedDatabaseError) as info:
        Database.open(f"sqlite:///{filled}")
    assert "careplan-admin restore" in info.value.message
    assert "not been changed" in info.value.message
    assert _digest(filled) == before
    wal = filled.with_name(filled.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError):
        Database.open(f"sqlite:///{path}")
    assert _digest(path) == before


def _refused_once_changed(path: Path, statement: str, match: str) -> None:
    """The file at ``path``, changed by ``statement``, is not opened as a care plan's."""
    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabaseError, match=match):
        Database.open(f"sqlite:///{path}")


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    _refused_once_changed(
        tmp_path / "other.sqlite3",
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)",
        "not a care-plan database",
    )


def test_a_database_from_a_newer_version_is_refused(filled: Path) -> None:
    _refused_once_changed(
        filled, "UPDATE alembic_version SET version_num = '9999_future'", "newer version"
    )


def test_sql_errors_and_logs_never_show_patient_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(Exception) as info, db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO staff_member (full_name, role, active, created_at) "
                    "VALUES (:n, 'bogus', 1, '2020-01-01')"
                ),
                {"n": "Secret Patient Name"},
            )
        assert "Secret Patient Name" not in str(info.value)
        assert "Secret Patient Name" not in caplog.text
    finally:
        db.close()
