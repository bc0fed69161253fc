"""Backups through SQLite's online backup API, and restores that refuse bad files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan.backup import backup, restore
from careplan.errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database, inspect_sqlite_file


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    yield db
    db.close()


def _names(db: Database) -> list[str]:
    return [p.full_name for p in Services(db.session_factory).patients.search("").patients]


def test_backup_of_a_live_database_is_complete_and_sound(live: Database, tmp_path: Path) -> None:
    # A write still in the WAL (not checkpointed) must be in the backup.
    Services(live.session_factory).patients.create(PatientInput("John", "Snow", "1960-01-01"))
    target = backup(live, tmp_path / "b" / "backup.sqlite3")
    assert inspect_sqlite_file(target, full=True).ok
    copy = Database.open(f"sqlite:///{target}")
    try:
        assert _names(copy) == ["Mary Seacole", "John Snow"]
    finally:
        copy.close()
    assert not list((tmp_path / "b").glob("*.partial"))


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(
    live: Database, tmp_path: Path
) -> None:
    saved = backup(live, tmp_path / "backup.sqlite3")
    Services(live.session_factory).patients.create(PatientInput("Added", "Later", "1970-01-01"))
    live.close()
    kept = restore(live.url, saved)
    assert kept is not None and kept.exists()
    db = Database.open(live.url)
    try:
        assert _names(db) == ["Mary Seacole"]
    finally:
        db.close()
    old = Database.open(f"sqlite:///{kept}")
    try:
        assert "Added Later" in _names(old)
    finally:
        old.close()


def test_restore_over_a_damaged_database_moves_it_aside(live: Database, tmp_path: Path) -> None:
    saved = backup(live, tmp_path / "backup.sqlite3")
    live.close()
    assert live.path is not None
    with live.engine.connect():
        pass
    live.path.write_bytes(b"\0" * 8192)
    kept = restore(live.url, saved)
    assert kept is not None and kept.read_bytes() == b"\0" * 8192
    db = Database.open(live.url)
    try:
        assert _names(db) == ["Mary Seacole"]
    finally:
        db.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    live: Database, tmp_path: Path
) -> None:
    saved = backup(live, tmp_path / "backup.sqlite3")
    data = bytearray(saved.read_bytes())
    for page_start in range(4096, len(data), 4096):  # every b-tree page header
        data[page_start : page_start + 12] = b"\xff" * 12
    saved.write_bytes(bytes(data))
    live.close()
    with pytest.raises(DamagedDatabaseError, match="nothing was restored"):
        restore(live.url, saved)
    db = Database.open(live.url)
    try:
        assert _names(db) == ["Mary Seacole"]
    finally:
        db.close()


def test_restore_refuses_foreign_and_missing_files(live: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    live.close()
    with pytest.raises(ForeignDatabaseError):
        restore(live.url, other)
    with pytest.raises(DamagedDatabaseError):
        restore(live.url, text_file)
    with pytest.raises(DatabaseError, match="no backup file"):
        restore(live.url, tmp_path / "missing.sqlite3")
    db = Database.open(live.url)
    try:
        assert _names(db) == ["Mary Seacole"]
    finally:
        db.close()
