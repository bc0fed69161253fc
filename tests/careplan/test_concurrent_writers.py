"""Two processes writing to one embedded database at once both succeed (they wait, not fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careplan.records import PatientInput
from careplan.services import Services
from tests.careplan.concurrent_writer import open_database
from tests.support.processes import run_together

EACH = 60


@pytest.mark.parametrize("store", ["sqlcipher", "sqlite"])
def test_two_processes_adding_to_the_same_plan_lose_nothing(tmp_path: Path, store: str) -> None:
    """On the SQLCipher database the app ships (key from the keyring), and on plain SQLite."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    encrypted = store == "sqlcipher"
    db = open_database(url, encrypted)
    assert encrypted == (db.key is not None)
    services = Services(db.session_factory)
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = services.consultations.start_or_resume(patient.id, None)
    db.close()

    outputs = run_together(
        Path(__file__).with_name("concurrent_writer.py"),
        [
            (url, str(plan.id), tag, str(EACH), *(["encrypted"] if encrypted else []))
            for tag in ("room-1", "room-2")
        ],
        timeout=240,
    )
    assert [out.strip() for out in outputs] == ["done", "done"]

    db = open_database(url, encrypted)
    try:
        agenda = Services(db.session_factory).consultations.get(plan.id).agenda
    finally:
        db.close()
    texts = {item.text for item in agenda}
    assert texts == {f"{tag} {i}" for tag in ("room-1", "room-2") for i in range(EACH)}
