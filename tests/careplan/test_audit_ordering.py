"""The audit chain keeps its order without one practice-wide lock (PostgreSQL), and stays
whole when many processes write at once (both backends)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest

from careplan import audit
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import WRITE_OPTION, Database
from tests.conftest import BACKENDS
from tests.support.processes import run_together

WRITERS, EACH = 6, 15


@pytest.mark.postgres
@pytest.mark.parametrize("fresh_url", ["postgresql"], indirect=True)
def test_a_write_for_one_patient_does_not_wait_for_another_patient_s(fresh_db: Database) -> None:
    services = Services(fresh_db.session_factory)
    first = services.patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
    # Workstation 1 is in the middle of a write for Ann (audit entry written, not committed).
    slow = fresh_db.session_factory()
    slow.begin()
    slow.connection(execution_options={WRITE_OPTION: True})
    audit.append(
        slow,
        None,
        "change",
        at=dt.datetime.now(dt.UTC),
        workstation="room 1",
        patient_id=first.id,
        record_type="patient",
        record_id=first.id,
    )
    done: list[float] = []

    def other_workstation() -> None:
        start = time.monotonic()
        services.patients.create(PatientInput("Bob", "Ray", "1960-01-01"))
        done.append(time.monotonic() - start)

    thread = threading.Thread(target=other_workstation)
    thread.start()
    thread.join(timeout=20)
    waited = not done
    slow.commit()
    slow.close()
    thread.join(timeout=60)
    assert not waited, "the second workstation's write waited for the first one's"
    report = services.audit.verify()
    assert report.ok, report.problems
    assert report.checked == 3


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_many_processes_writing_at_once_leave_one_whole_chain(fresh_url: str) -> None:
    db = Database.open(fresh_url)
    services = Services(db.session_factory)
    plans = []
    for n in range(WRITERS):
        patient = services.patients.create(PatientInput(f"W{n}", "Writer", "1950-01-01"))
        plans.append(services.consultations.start_or_resume(patient.id, None).id)
    before = services.audit.verify().checked
    db.close()
    run_together(
        Path(__file__).with_name("concurrent_writer.py"),
        [(fresh_url, str(plan), f"w{plan}", str(EACH)) for plan in plans],
        timeout=600,
    )
    db = Database.open(fresh_url, migrate=False)
    try:
        report = Services(db.session_factory).audit.verify()
    finally:
        db.close()
    assert report.ok, report.problems
    # Each agenda item added is one audited change; each read of the plan is not.
    assert report.checked == before + WRITERS * EACH
