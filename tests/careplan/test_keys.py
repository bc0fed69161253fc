"""The database key with an in-memory keyring backend, selected the way keyring selects one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from careplan.encryption import open_practice_database
from careplan.keys import SERVICE, KeyStore
from careplan.records import PatientInput
from careplan.services import Services
from tests.support.test_keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def test_the_key_is_created_stored_read_back_and_reopens(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeyStore(backend)
    path = tmp_path / "careplan.sqlite3"
    db = open_practice_database(f"sqlite:///{path}", keystore=store)
    Services(db.session_factory).patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
    db.close()
    (((service, entry), key),) = backend.entries.items()
    assert (service, entry) == (SERVICE, f"database-key:{path}")
    assert len(key) == 64 and store.database_key(path) == key
    db = open_practice_database(f"sqlite:///{path}", keystore=store)
    try:
        assert Services(db.session_factory).patients.count() == 1
    finally:
        db.close()
    assert len(backend.entries) == 1, "reopening makes no new key"


def test_python_keyring_backend_selects_the_memory_backend() -> None:
    script = (
        "from careplan.keys import KeyStore\nstore = KeyStore.system()\nprint(store.description)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={
            "PYTHON_KEYRING_BACKEND": "tests.support.test_keyring.MemoryKeyring",
            "CAREPLAN_ALLOW_KEYRING": "tests.support.test_keyring.MemoryKeyring",
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "tests.support.test_keyring.MemoryKeyring"
