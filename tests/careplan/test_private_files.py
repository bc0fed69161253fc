"""Nothing the app writes is readable by another user of the computer, and temporary
files do not outlive a crash."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan import paths
from careplan.backup import restore
from careplan.encryption import open_practice_database
from careplan.records import PatientInput
from careplan.services import Services
from tests.support.processes import admin

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def ordinary_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most desktops use: new files readable by all
    try:
        yield
    finally:
        os.umask(previous)


def test_data_folder_database_journals_backups_and_kept_copies_are_owner_only(
    ordinary_umask: None,
) -> None:
    db = open_practice_database()
    try:
        Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
        assert db.path is not None
        database = db.path
        assert _mode(paths.data_dir()) == 0o700
        for name in (database.name, database.name + "-wal", database.name + "-shm"):
            assert _mode(database.with_name(name)) == 0o600, name
    finally:
        db.close()
    made = admin("backup", str(paths.backup_dir() / "careplan-backup.sqlite3"))
    assert made.returncode == 0, made.stderr
    backups = list(paths.backup_dir().iterdir())
    assert backups and all(_mode(p) == 0o600 for p in backups)
    assert _mode(paths.backup_dir()) == 0o700
    saved = next(p for p in backups if p.suffix == ".sqlite3")
    kept = restore(f"sqlite:///{database}", saved, key=db.key)
    assert kept is not None and _mode(kept) == 0o600


def test_a_temporary_file_of_a_killed_run_is_owner_only_and_removed_at_next_start(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("slow_writer.py")), str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "written"
    (left,) = list(tmp_path.glob(".plan.pdf.*.part"))
    assert _mode(left) == 0o600
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert left.exists()  # the killed process could not clean up after itself
    started = admin("patients", "--database", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert started.returncode == 0, started.stderr
    assert not left.exists() and not target.exists()
