"""A process killed in the middle of saving leaves a sound database with every commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import inspect_sqlite_file
from tests.careplan.crash_writer import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("store", ["sqlcipher", "sqlite"])
@pytest.mark.parametrize("delay", [0.4, 0.9, 1.7])
def test_killed_while_saving_keeps_integrity_and_the_last_commit(
    tmp_path: Path, delay: float, store: str
) -> None:
    """On the SQLCipher database the app ships (key from the keyring), and on plain SQLite."""
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    encrypted = store == "sqlcipher"
    db = open_database(url, encrypted)
    key = db.key
    services = Services(db.session_factory)
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    c = services.consultations.start_or_resume(patient.id, None)
    goal = services.consultations.add_goal(c.id, "Walk more", "patient")
    db.close()

    with subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("crash_writer.py")),
            url,
            str(goal.id),
            *(["encrypted"] if encrypted else []),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as child:
        assert child.stdout is not None
        first = child.stdout.readline()  # it has started writing
        assert first.strip() == "1"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
    committed = [int(line) for line in (first + rest).split()]
    last = committed[-1]
    assert last >= 1

    assert encrypted == (key is not None)
    assert inspect_sqlite_file(path, full=True, key=key).ok
    db = open_database(url, encrypted)
    try:
        plan = Services(db.session_factory).consultations.get(c.id)
        stored = int(plan.goals[0].text.split()[1])
        # Every printed edit was committed first; one more may have committed unprinted.
        assert stored in (last, last + 1)
        assert len(plan.agenda) in (stored, stored - 1)
    finally:
        db.close()
