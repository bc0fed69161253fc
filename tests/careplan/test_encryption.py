"""Encryption at rest: SQLCipher with its key in the keyring, never in a plain file."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from careplan.backup import backup, restore
from careplan.encryption import open_practice_database
from careplan.errors import DamagedDatabaseError
from careplan.keys import KeyringUnavailableError, KeyStore, key_from_recovery
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.support.processes import admin

NAME = "Zebedee Quillfeather-Oyelaran"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "practice" / "careplan.sqlite3"


def _seed(db: Database) -> None:
    given, family = NAME.split(" ", 1)
    services = Services(db.session_factory)
    patient = services.patients.create(
        PatientInput(given, family, "1950-01-01", communication_notes="Prefers mornings")
    )
    plan = services.consultations.start_or_resume(patient.id, None)
    services.consultations.add_goal(plan.id, "Walk to Quillfeather Park", "patient")


def _files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def test_a_known_name_is_in_no_file_and_plain_sqlite_cannot_open_it(path: Path) -> None:
    shown: list[str] = []
    db = open_practice_database(f"sqlite:///{path}", on_new_key=shown.append)
    try:
        _seed(db)
        # While open, with -wal and -shm present:
        names = {p.name for p in _files(path)}
        assert {path.name, path.name + "-wal"} <= names
        for file in _files(path):
            data = file.read_bytes()
            assert b"Quillfeather" not in data, file.name
            assert "Quillfeather".encode("utf-16-le") not in data, file.name
            assert b"SQLite format 3" not in data[:16]
    finally:
        db.close()
    for file in _files(path):
        assert b"Quillfeather" not in file.read_bytes()
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        con.execute("SELECT * FROM sqlite_master").fetchall()
    con.close()
    assert len(shown) == 1 and len(shown[0]) == 64


def test_the_key_is_created_once_kept_in_the_keyring_and_reopens(path: Path) -> None:
    shown: list[str] = []
    db = open_practice_database(f"sqlite:///{path}", on_new_key=shown.append)
    _seed(db)
    db.close()
    stored = KeyStore.system().database_key(path)
    assert stored is not None and len(stored) == 64
    assert key_from_recovery(shown[0]) == stored
    again = open_practice_database(f"sqlite:///{path}", on_new_key=shown.append)
    try:
        assert Services(again.session_factory).patients.search("quillfeather").total == 1
        assert again.check().ok
    finally:
        again.close()
    assert len(shown) == 1, "the recovery key is shown only when the key is made"


def test_with_no_usable_keyring_nothing_is_created(path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError, match="never written to a plain file"):
            open_practice_database(f"sqlite:///{path}")
    finally:
        keyring.set_keyring(previous)
    assert not path.parent.exists() or not _files(path)


def test_careplan_admin_refuses_cleanly_without_a_keyring(path: Path) -> None:
    result = admin(
        "patients",
        "--database",
        f"sqlite:///{path}",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        timeout=120,
    )
    assert result.returncode == 1
    assert "No usable keyring" in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()


def test_an_unencrypted_database_is_converted_with_nothing_lost(path: Path) -> None:
    path.parent.mkdir(parents=True)
    plain = Database.open(f"sqlite:///{path}")
    _seed(plain)
    plain.close()
    assert b"Quillfeather" in path.read_bytes()
    shown: list[str] = []
    db = open_practice_database(f"sqlite:///{path}", on_new_key=shown.append)
    try:
        services = Services(db.session_factory)
        (patient,) = services.patients.search("quillfeather").patients
        assert patient.communication_notes == "Prefers mornings"
        draft = services.consultations.current_draft(patient.id)
        assert draft is not None and draft.goals[0].text == "Walk to Quillfeather Park"
        assert services.audit.verify().ok
    finally:
        db.close()
    assert shown, "a new key means a new recovery key to show"
    # Only the database (and the lock file that says who has it open) are left.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".lock"]
    assert b"Quillfeather" not in path.read_bytes()


def test_a_database_moved_to_another_computer_opens_with_its_recovery_key(
    path: Path, tmp_path: Path
) -> None:
    shown: list[str] = []
    db = open_practice_database(f"sqlite:///{path}", on_new_key=shown.append)
    _seed(db)
    db.close()
    moved = tmp_path / "other-computer" / "careplan.sqlite3"
    moved.parent.mkdir()
    moved.write_bytes(path.read_bytes())
    url = f"sqlite:///{moved}"
    with pytest.raises(DamagedDatabaseError, match="recovery key"):
        open_practice_database(url)

    def import_key(text: str) -> subprocess.CompletedProcess[str]:
        return admin("recovery-key", "--database", url, typed=text + "\n", timeout=120)

    wrong = import_key("AAAA-" * 12 + "AAAA")
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    assert import_key(shown[0].lower()).returncode == 0
    db = open_practice_database(url)
    try:
        assert Services(db.session_factory).patients.search("quillfeather").total == 1
    finally:
        db.close()


def test_backups_are_encrypted_and_restore(path: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{path}"
    db = open_practice_database(url)
    _seed(db)
    saved = backup(db, tmp_path / "backup.sqlite3")
    Services(db.session_factory).patients.create(PatientInput("Added", "Later", "1970-01-01"))
    db.close()
    assert b"Quillfeather" not in saved.read_bytes()
    key = KeyStore.system().database_key(path)
    restore(url, saved, key=key)
    db = open_practice_database(url)
    try:
        assert [p.full_name for p in Services(db.session_factory).patients.search("").patients] == [
            NAME
        ]
    finally:
        db.close()


def test_a_postgresql_password_comes_from_the_keyring_and_is_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from careplan import encryption, storage

    opened: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        storage.Database,
        "open",
        classmethod(lambda cls, url, **kw: opened.append((url, kw.get("password")))),
    )
    KeyStore.system().store_postgres_password(
        "careplan", "db.practice.local", None, "careplan", "s3cret-Pa55"
    )
    encryption.open_practice_database("postgresql+psycopg://careplan@db.practice.local/careplan")
    # The password is handed to the driver beside the URL, never written into it.
    assert opened == [("postgresql+psycopg://careplan@db.practice.local/careplan", "s3cret-Pa55")]
