"""A full disk is named as such — never a wrong key or a damaged database, never a
restore — on a real file system filled to the last byte."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan.backup import backup
from careplan.encryption import open_practice_database
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import inspect_sqlite_file
from careplan.storage_errors import StorageError
from tests.support.processes import admin
from tests.support.small_disk import fill, mounted

WRONG_WORDS = ("damaged", "key", "restore", "Traceback")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted(tmp_path / "small") as where:
        yield where


def _practice(folder: Path, patients: int = 20) -> str:
    url = f"sqlite:///{folder / 'practice.sqlite3'}"
    db = open_practice_database(url)
    try:
        services = Services(db.session_factory)
        for i in range(patients):
            services.patients.create(PatientInput(f"Ann{i}", "Lee", "1950-01-01"))
    finally:
        db.close()
    return url


def test_opening_on_a_full_disk_says_the_disk_is_full(small_disk: Path) -> None:
    url = _practice(small_disk)
    fill(small_disk)
    with pytest.raises(StorageError) as opened:
        open_practice_database(url).close()
    assert opened.value.full
    assert "full" in opened.value.message
    assert not any(word in opened.value.message for word in WRONG_WORDS)
    listed = admin("patients", "--database", url)
    assert listed.returncode == 1
    assert "full" in listed.stderr
    assert not any(word in listed.stderr for word in WRONG_WORDS), listed.stderr


def test_a_save_on_a_full_disk_is_refused_clearly_and_nothing_is_lost(small_disk: Path) -> None:
    url = _practice(small_disk, patients=1)
    db = open_practice_database(url)
    try:
        services = Services(db.session_factory)
        filler = fill(small_disk)
        with pytest.raises(StorageError, match="full"):
            for i in range(200):  # the journal has some room of its own at first
                services.patients.create(PatientInput(f"Bob{i}", "Ray", "1960-01-01"))
        filler.unlink()
        services.patients.create(PatientInput("Cy", "Day", "1970-01-01"))
        count = services.patients.count()
    finally:
        db.close()
    assert count >= 2
    assert db.path is not None and inspect_sqlite_file(db.path, full=True, key=db.key).ok


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_partial_file(
    small_disk: Path, tmp_path: Path
) -> None:
    url = _practice(tmp_path)
    fill(small_disk)
    db = open_practice_database(url)
    try:
        with pytest.raises(StorageError, match="full"):
            backup(db, small_disk / "backup.sqlite3")
    finally:
        db.close()
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    made = admin("backup", str(small_disk / "backup.sqlite3"), "--database", url)
    assert made.returncode == 1 and "full" in made.stderr
    assert not any(word in made.stderr for word in WRONG_WORDS), made.stderr
