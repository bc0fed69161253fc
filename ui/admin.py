"""Accounts and the audit trail: change my password; for administrators, staff accounts
and the audit trail (view, verify, export). Roles are enforced by the core; these
windows only make the allowed actions easy to reach."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from careplan.audit import AuditRecord
from careplan.records import StaffRecord
from ui.feedback import message_label
from ui.files import in_documents, save_path
from ui.formatting import error_message
from ui.jobs import JobRunner
from ui.models.table import Column, TableModel
from ui.widgets import column, left_row, push_button, read_only_table


def _secret(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(300)
    return field


class _FormDialog(QDialog):
    """A small form whose work runs on the job runner; errors shown in the dialog."""

    def __init__(self, jobs: JobRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = message_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        column(self, self.form, self.message, self.buttons, margins=(24, 20, 24, 20))

    def run(self, work: Any) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Working…"))
        self._jobs.submit(work, self._done, self._failed, owner=self)

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_message(error))

    def _submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ChangePasswordDialog(_FormDialog):
    def __init__(
        self,
        jobs: JobRunner,
        services: Any,
        actor: Any,
        *,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, self_tr("Change your password"), parent)
        self._services, self._actor = services, actor
        if required:
            note = QLabel(
                self.tr("An administrator set a temporary password for you. Choose your own now."),
                self,
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        self.old = _secret(self, self.tr("Current password"))
        self.new = _secret(self, self.tr("New password"))
        self.again = _secret(self, self.tr("New password again"))
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.again)

    def _submit(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            return
        old, new = self.old.text(), self.new.text()
        self.run(lambda: self._services.accounts.change_password(self._actor, old, new))


def self_tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("admin", text)


class AddAccountDialog(_FormDialog):
    def __init__(self, jobs: JobRunner, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(jobs, self_tr("Add a staff account"), parent)
        self._services = services
        self.full_name = QLineEdit(self)
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for value, label in (
            ("clinician", self.tr("Clinician")),
            ("nurse", self.tr("Nurse")),
            ("admin", self.tr("Administrator")),
        ):
            self.role.addItem(label, value)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.password = _secret(self, self.tr("Temporary password"))
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Temporary password"), self.password)

    def _submit(self) -> None:
        name, role = self.full_name.text(), str(self.role.currentData())
        username, password = self.username.text(), self.password.text()

        def work() -> Any:
            record = self._services.accounts.create_account(name, role, username, password)
            self._services.accounts.reset_password(record.id, password)  # must change it
            return record

        self.run(work)


class ResetPasswordDialog(_FormDialog):
    def __init__(
        self, jobs: JobRunner, services: Any, staff: Any, parent: QWidget | None = None
    ) -> None:
        has_sign_in = bool(getattr(staff, "username", None))
        super().__init__(
            jobs,
            self_tr("Reset a password") if has_sign_in else self_tr("Create a sign-in"),
            parent,
        )
        self._services, self._staff = services, staff
        note = QLabel(
            self.tr(
                "A temporary password for {name}; they choose their own at their next sign-in."
            ).format(name=staff.full_name)
            if has_sign_in
            else self.tr(
                "{name} has no sign-in yet. Choose a username and a temporary password; "
                "they choose their own password at their first sign-in."
            ).format(name=staff.full_name),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.username: QLineEdit | None = None
        if not has_sign_in:
            self.username = QLineEdit(self)
            self.username.setAccessibleName(self.tr("Username"))
            self.form.addRow(self.tr("Username"), self.username)
        self.password = _secret(self, self.tr("Temporary password"))
        self.form.addRow(self.tr("Temporary password"), self.password)

    def _submit(self) -> None:
        password = self.password.text()
        username = self.username.text() if self.username is not None else None
        staff_id = self._staff.id
        self.run(lambda: self._services.accounts.reset_password(staff_id, password, username))


def _cell(value: object) -> str:
    return "" if value is None else str(value)


class StaffModel(TableModel[StaffRecord]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda s: s.full_name),
                Column(self.tr("Role"), lambda s: s.role),
                Column(self.tr("Username"), lambda s: s.username or self.tr("(no sign-in)")),
                Column(self.tr("Job title"), lambda s: _cell(s.job_title)),
            ],
            parent,
        )


class StaffAccountsWindow(QDialog):
    def __init__(self, jobs: JobRunner, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs, self._services = jobs, services
        self.setWindowTitle(self.tr("Staff accounts"))
        self.model = StaffModel(self)
        self.table = read_only_table(self.model, self.tr("Staff"), self)
        add = push_button(self.tr("&Add an account…"), self, self.add_account)
        reset = push_button(self.tr("&Reset password…"), self, self.reset_password)
        column(self, self.table, left_row(add, reset))
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self._jobs.submit(
            self._services.accounts.list_accounts,
            self.model.set_rows,
            self._failed,
            owner=self,
        )

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_message(error))

    def add_account(self) -> None:
        if AddAccountDialog(self._jobs, self._services, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        """Reset the chosen person's password, or create a sign-in for them (asking for a
        username); with nobody chosen, say so rather than do nothing."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Choose a person in the list first, then Reset password."),
            )
            return
        staff = self.model.records[rows[0].row()]
        if not staff.active:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("{name} no longer works here: their account is closed.").format(
                    name=staff.full_name
                ),
            )
            return
        if ResetPasswordDialog(self._jobs, self._services, staff, self).exec():
            self.refresh()


class AuditModel(TableModel[AuditRecord]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("When (UTC)"), lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S")),
                Column(self.tr("Staff"), lambda e: _cell(e.staff_id)),
                Column(self.tr("Computer user"), lambda e: _cell(e.os_user)),
                Column(self.tr("Workstation"), lambda e: _cell(e.workstation)),
                Column(self.tr("Action"), lambda e: e.action),
                Column(self.tr("Patient"), lambda e: _cell(e.patient_id)),
                Column(self.tr("Record"), _audit_record),
                Column(self.tr("Outcome"), lambda e: e.outcome),
            ],
            parent,
        )


def _audit_record(e: AuditRecord) -> str:
    if e.record_id is not None:
        return f"{e.record_type} {e.record_id}"
    return _cell(e.record_type)


class AuditWindow(QDialog):
    def __init__(self, jobs: JobRunner, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs, self._services = jobs, services
        self.setWindowTitle(self.tr("Audit trail"))
        self.model = AuditModel(self)
        self.table = read_only_table(self.model, self.tr("Audit entries"), self)
        self.status = QLabel(self.tr("The latest 1,000 entries, newest first."), self)
        verify = push_button(self.tr("&Verify the trail"), self, self.verify)
        export = push_button(self.tr("&Export as CSV…"), self, self.export)
        column(self, self.status, self.table, left_row(verify, export))
        self.resize(1100, 560)
        self._jobs.submit(
            lambda: self._services.audit.entries(limit=1000),
            self.model.set_rows,
            self._failed,
            owner=self,
        )

    def verify(self) -> None:
        def shown(report: Any) -> None:
            if report.ok:
                self.status.setText(
                    self.tr("The trail is intact: {n:,} entries checked.").format(n=report.checked)
                )
            else:
                self.status.setText(
                    self.tr("The trail was tampered with:\n{problems}").format(
                        problems="\n".join(report.problems[:10])
                    )
                )

        self._jobs.submit(self._services.audit.verify, shown, self._failed, owner=self)

    def export(self) -> None:
        target = save_path(
            self, self.tr("Export the audit trail"), in_documents("audit-trail.csv"), "CSV (*.csv)"
        )
        if target is None:
            return

        def work() -> int:
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - replaced atomically below
                "w",
                encoding="utf-8",
                newline="",
                dir=target.parent,
                delete=False,
                prefix=f".{target.name}.",
                suffix=".partial",
            )
            try:
                with handle:
                    count = int(self._services.audit.export_csv(handle))
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(handle.name, target)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
            return count

        self._jobs.submit(
            work,
            lambda n: self.status.setText(
                self.tr("{n:,} entries written to {path}.").format(n=n, path=target)
            ),
            self._failed,
            owner=self,
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_message(error))
