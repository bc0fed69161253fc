"""Administrators manage accounts and the audit trail; everyone changes their own password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from careplan.audit import Actor
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from ui.admin import AddAccountDialog, AuditWindow, ChangePasswordDialog, StaffAccountsWindow
from ui.jobs import JobRunner

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(database: Database) -> Services:
    base = Services(database.session_factory)
    base.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    return Services(database.session_factory, actor=base.accounts.sign_in("sam", PASSWORD))


def test_an_admin_adds_an_account_who_must_then_choose_their_own_password(
    app: QApplication, qtbot: QtBot, jobs: JobRunner, admin: Services
) -> None:
    window = StaffAccountsWindow(jobs, admin)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    dialog = AddAccountDialog(jobs, admin, window)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Priya Shah")
    dialog.role.setCurrentIndex(dialog.role.findData("nurse"))
    dialog.username.setText("priya")
    dialog.password.setText("short")
    dialog._submit()
    qtbot.waitUntil(lambda: "at least 10" in dialog.message.text())
    dialog.password.setText("temporary pass 1")
    dialog._submit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    priya = admin.accounts.sign_in("priya", "temporary pass 1")
    assert priya.role == "nurse" and admin.accounts.must_change_password(priya)
    as_priya = Services(admin.context.session_factory, actor=priya)
    change = ChangePasswordDialog(jobs, as_priya, priya, required=True)
    qtbot.addWidget(change)
    change.old.setText("temporary pass 1")
    change.new.setText("my own pass phrase")
    change.again.setText("my own pass phrase")
    change._submit()
    qtbot.waitUntil(lambda: change.result() == change.DialogCode.Accepted)
    assert not admin.accounts.must_change_password(priya)
    assert admin.accounts.sign_in("priya", "my own pass phrase").staff_id == priya.staff_id


def test_the_audit_window_lists_verifies_and_exports(
    app: QApplication,
    qtbot: QtBot,
    jobs: JobRunner,
    admin: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    patient = admin.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    admin.history.patient_history(patient.id)
    window = AuditWindow(jobs, admin)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3)
    actions = {window.model.records[r].action for r in range(window.model.rowCount())}
    assert {"sign_in", "change", "open"} <= actions
    window.verify()
    qtbot.waitUntil(lambda: "intact" in window.status.text())

    target = tmp_path / "trail.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), ""))
    )
    window.export()
    qtbot.waitUntil(lambda: "written to" in window.status.text())
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,at_utc,staff_id")
    assert "Seacole" not in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.partial"))


def test_a_nurse_cannot_open_the_trail_even_if_the_window_is_reached(
    app: QApplication, qtbot: QtBot, jobs: JobRunner, admin: Services
) -> None:
    nurse = admin.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)
    as_nurse = Services(admin.context.session_factory, actor=Actor(nurse.id, "nurse", "priya"))
    window = AuditWindow(jobs, as_nurse)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "does not allow" in window.status.text())
    assert window.model.rowCount() == 0
