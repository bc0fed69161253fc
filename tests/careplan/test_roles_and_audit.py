"""Roles enforced by the core, and an audit trail that shows tampering."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from careplan.audit import Actor, AuditAction
from careplan.records import PatientInput
from careplan.services import PermissionDeniedError, Services
from careplan.storage import Database
from tests.conftest import BACKENDS
from tests.support.tampering import unprotect_trail

PASSWORD = "correct horse battery"


@pytest.fixture
def staff(services: Services) -> dict[str, Services]:
    first = services.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    admin = Actor(first.id, "admin", "sam")
    as_admin = Services(services.context.session_factory, clock=services.context.clock, actor=admin)
    as_admin.accounts.create_account("Dr Amara Okafor", "clinician", "amara", PASSWORD)
    as_admin.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)

    def signed_in(username: str) -> Services:
        actor = services.accounts.sign_in(username, PASSWORD)
        return Services(services.context.session_factory, clock=services.context.clock, actor=actor)

    return {"admin": signed_in("sam"), "clinician": signed_in("amara"), "nurse": signed_in("priya")}


def _refusals(services: Services) -> list[tuple[int | None, str | None, str]]:
    return [
        (e.staff_id, e.record_type, e.outcome)
        for e in services.audit.entries()
        if e.action == "refused"
    ]


def test_admin_may_register_people_but_not_build_or_review_plans(
    staff: dict[str, Services], services: Services
) -> None:
    admin = staff["admin"]
    patient = admin.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    with pytest.raises(PermissionDeniedError, match="does not allow"):
        admin.consultations.start_or_resume(patient.id, None)
    assert admin.consultations.current_draft(patient.id) is None
    assert (admin.context.actor.staff_id, "edit_plans", "refused") in _refusals(admin)  # type: ignore[union-attr]


def test_nurse_may_build_plans_but_not_manage_accounts_or_read_the_audit(
    staff: dict[str, Services],
) -> None:
    nurse = staff["nurse"]
    patient = nurse.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = nurse.consultations.start_or_resume(patient.id, nurse.context.actor.staff_id)  # type: ignore[union-attr]
    nurse.consultations.add_goal(plan.id, "Walk to the park", "patient")
    with pytest.raises(PermissionDeniedError):
        nurse.accounts.create_account("Eve", "admin", "eve", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        nurse.audit.verify()
    refusals = _refusals(staff["admin"])
    nurse_id = nurse.context.actor.staff_id  # type: ignore[union-attr]
    assert (nurse_id, "manage_staff", "refused") in refusals
    assert (nurse_id, "view_audit", "refused") in refusals


def test_clinician_may_not_reset_passwords_or_export_the_audit(staff: dict[str, Services]) -> None:
    import io

    clinician = staff["clinician"]
    with pytest.raises(PermissionDeniedError):
        clinician.accounts.reset_password(1, "a new password here")
    with pytest.raises(PermissionDeniedError):
        clinician.audit.export_csv(io.StringIO())
    clinician_id = clinician.context.actor.staff_id  # type: ignore[union-attr]
    assert (clinician_id, "manage_staff", "refused") in _refusals(staff["admin"])


def test_every_change_open_and_print_is_audited_with_identifiers_only(
    staff: dict[str, Services],
) -> None:
    nurse = staff["nurse"]
    patient = nurse.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = nurse.consultations.start_or_resume(patient.id, None)
    nurse.consultations.add_goal(plan.id, "Walk to the park with Mary's grandchildren", "patient")
    nurse.history.patient_history(patient.id)
    nurse.audit.record(AuditAction.PRINT, patient.id, "consultation", plan.id)
    entries = [e for e in staff["admin"].audit.entries(patient.id)]
    actions = [(e.action, e.record_type) for e in reversed(entries)]
    assert actions == [
        ("change", "patient"),
        ("change", "consultation"),
        ("change", "consultation"),
        ("open", "patient"),
        ("print", "consultation"),
    ]
    nurse_id = nurse.context.actor.staff_id  # type: ignore[union-attr]
    assert {e.staff_id for e in entries} == {nurse_id}
    assert all(e.workstation for e in entries)
    dumped = repr(entries)
    assert "Seacole" not in dumped and "park" not in dumped
    assert staff["admin"].audit.verify().ok


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_the_database_refuses_changes_to_the_trail_and_verify_finds_tampering(
    fresh_db: Database,
) -> None:
    services = Services(fresh_db.session_factory, actor=Actor.system("system"))
    for i in range(5):
        services.patients.create(PatientInput(f"P{i}", "Test", "1950-01-01"))
    assert services.audit.verify().ok and services.audit.verify().checked == 5
    with pytest.raises(DBAPIError, match="append-only"), fresh_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET patient_id = 99 WHERE id = 3"))
    with pytest.raises(DBAPIError, match="append-only"), fresh_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 2"))

    # Someone with direct access to the file removes the protection and alters a row.
    unprotect_trail(fresh_db)
    with fresh_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET patient_id = 99 WHERE id = 3"))
    report = services.audit.verify()
    assert "Entry 3 was altered after it was written." in report.problems
    assert any("protection of the audit trail" in p for p in report.problems)
    with fresh_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 2"))
    report = services.audit.verify()
    assert "Entry 3: the entry before it was removed or altered." in report.problems


def test_cli_audit_verify_reports_an_altered_row(tmp_path: Path) -> None:
    from careplan.encryption import open_practice_database
    from careplan.keys import KeyStore
    from careplan.storage import connect_sqlite
    from tests.support.processes import admin as run_admin

    path = tmp_path / "a.sqlite3"
    url = f"sqlite:///{path}"
    db = open_practice_database(url)
    Services(db.session_factory, actor=Actor.system("system")).patients.create(
        PatientInput("Ann", "Lee", "1950-01-01")
    )
    db.close()
    ok = run_admin("audit", "verify", "--database", url)
    assert ok.returncode == 0 and "intact" in ok.stdout

    # Someone holding the key removes the protection and alters the entry.
    con = connect_sqlite(path, key=KeyStore.system().database_key(path))
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("UPDATE audit_event SET action = 'open' WHERE id = 1")
    con.commit()
    con.close()
    bad = run_admin("audit", "verify", "--database", url)
    assert bad.returncode == 1
    assert "Entry 1 was altered" in bad.stdout
