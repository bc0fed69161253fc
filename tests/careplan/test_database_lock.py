"""Nothing written into a replaced file: restore refuses while the database is open anywhere,
and a program whose database file is replaced under it stops writing with a clear message.

On the SQLCipher database the app ships (opened as the app opens it, key in the keyring).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan.backup import backup, restore
from careplan.dblock import DatabaseInUseError, DatabaseReplacedError
from careplan.encryption import open_practice_database
from careplan.keys import KeyStore
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.support.processes import admin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def practice(tmp_path: Path) -> tuple[str, Path]:
    """An encrypted practice database with one patient, and a backup of it."""
    url = f"sqlite:///{tmp_path / 'practice.sqlite3'}"
    db = open_practice_database(url)
    try:
        Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
        saved = backup(db, tmp_path / "saved.sqlite3")
    finally:
        db.close()
    return url, saved


@pytest.fixture
def other_program(practice: tuple[str, Path]) -> Iterator[subprocess.Popen[str]]:
    """Another process (as the app would be) with the database open."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("holder.py")), practice[0]],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield child
    child.communicate("stop\n", timeout=60)


def test_restore_refuses_while_another_program_has_the_database_open(
    practice: tuple[str, Path], other_program: subprocess.Popen[str]
) -> None:
    url, saved = practice
    key = KeyStore.system().database_key(Path(url.removeprefix("sqlite:///")))
    with pytest.raises(DatabaseInUseError) as refused:
        restore(url, saved, key=key)
    assert f"process {other_program.pid}" in refused.value.message
    # careplan-admin says the same, without a traceback, and changes nothing.
    result = admin("restore", str(saved), "--database", url)
    assert result.returncode == 1
    assert f"process {other_program.pid}" in result.stderr and "Traceback" not in result.stderr
    folder = saved.parent
    assert not list(folder.glob("before-restore-*")) and not list(folder.glob("*.partial"))


def test_restore_refuses_while_this_program_has_the_database_open(
    practice: tuple[str, Path],
) -> None:
    url, saved = practice
    db = open_practice_database(url)
    try:
        with pytest.raises(DatabaseInUseError, match="this program"):
            restore(url, saved, key=db.key)
    finally:
        db.close()
    assert restore(url, saved, key=db.key) is not None  # once closed, restore goes ahead


def test_a_program_whose_file_is_replaced_stops_writing_with_a_clear_message(
    practice: tuple[str, Path], tmp_path: Path
) -> None:
    url, saved = practice
    db = open_practice_database(url)
    try:
        services = Services(db.session_factory)
        services.patients.create(PatientInput("John", "Snow", "1960-01-01"))
        # A tool that ignores the lock puts another file in its place.
        assert db.path is not None
        os.replace(saved, db.path)
        with pytest.raises(DatabaseReplacedError, match="replaced or removed"):
            services.patients.create(PatientInput("Lost", "Edit", "1970-01-01"))
        with pytest.raises(DatabaseReplacedError):
            services.patients.count()
    finally:
        db.close()


def test_a_plain_database_opened_directly_holds_the_lock_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plain.sqlite3'}"
    db = Database.open(url)
    saved = backup(db, tmp_path / "saved.sqlite3")
    try:
        with pytest.raises(DatabaseInUseError):
            restore(url, saved)
    finally:
        db.close()
