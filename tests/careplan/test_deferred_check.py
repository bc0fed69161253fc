"""Opening without waiting for the page check: writes wait for it, and damage stops them.

The app opens the encrypted database with ``defer_check``: header, schema and
version are read (their pages' HMACs checked) and the full quick check runs in
the background; no write transaction begins before it has passed.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from careplan.encryption import open_practice_database
from careplan.errors import DamagedDatabaseError
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database


def _practice(path: Path, patients: int = 60) -> str:
    url = f"sqlite:///{path}"
    db = open_practice_database(url)
    services = Services(db.session_factory)
    for i in range(patients):
        services.patients.create(PatientInput(f"Given{i}", f"Family{i}", "1950-01-01"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return url


def _damage_last_pages(path: Path, pages: int = 3) -> None:
    """Damage pages near the end of the file: the schema on the first page reads fine."""
    data = bytearray(path.read_bytes())
    size = 4096
    for start in range(len(data) - pages * size, len(data), size):
        data[start + 100 : start + 140] = b"\xa5" * 40
    path.write_bytes(bytes(data))


def _background_check(db: Database) -> list[bool]:
    """What the integrity check, started in the background, reported (waited for)."""
    results: list[bool] = []
    done = threading.Event()

    def report(ok: bool) -> None:
        results.append(ok)
        done.set()

    db.start_integrity_check(report)
    assert done.wait(30)
    return results


def test_writes_wait_for_the_check_then_go_ahead(tmp_path: Path) -> None:
    url = _practice(tmp_path / "care.sqlite3")
    db = open_practice_database(url, defer_check=True)
    try:
        assert db.integrity.passed is None  # not checked yet: opening did not wait
        assert _background_check(db) == [True] and db.integrity.passed is True
        Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    finally:
        db.close()


def test_a_write_before_anyone_started_the_check_runs_it_first(tmp_path: Path) -> None:
    url = _practice(tmp_path / "care.sqlite3")
    db = open_practice_database(url, defer_check=True)
    try:
        Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
        assert db.integrity.passed is True
    finally:
        db.close()


def test_damage_found_in_the_background_stops_every_write(tmp_path: Path) -> None:
    path = tmp_path / "care.sqlite3"
    url = _practice(path, patients=400)
    _damage_last_pages(path)
    before = path.read_bytes()
    db = open_practice_database(url, defer_check=True)  # the schema still reads
    try:
        assert _background_check(db) == [False]
        with pytest.raises(DamagedDatabaseError) as info:
            Services(db.session_factory).patients.create(
                PatientInput("Mary", "Seacole", "1956-03-21")
            )
        assert "has not been changed" in info.value.message
    finally:
        db.close()
    assert path.read_bytes() == before  # never written to


def test_without_deferring_the_damage_is_found_on_open(tmp_path: Path) -> None:
    path = tmp_path / "care.sqlite3"
    url = _practice(path, patients=400)
    _damage_last_pages(path)
    with pytest.raises(DamagedDatabaseError):
        open_practice_database(url)
