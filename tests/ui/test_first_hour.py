"""The first hour as an administrator: a sign-in for staff who have none, said plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from careplan.services import Services
from careplan.storage import Database
from ui.admin import ResetPasswordDialog
from ui.jobs import JobRunner

PASSWORD = "correct horse battery"


def test_reset_password_on_staff_without_a_sign_in_creates_one(
    app: QApplication, qtbot: QtBot, database: Database, jobs: JobRunner
) -> None:
    base = Services(database.session_factory)
    base.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    admin = Services(database.session_factory, actor=base.accounts.sign_in("sam", PASSWORD))
    nurse = admin.staff.create("Priya Shah", "nurse", "Practice nurse")  # no sign-in
    dialog = ResetPasswordDialog(jobs, admin, nurse)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Create a sign-in" and dialog.username is not None

    dialog.password.setText("temporary pass 1")
    dialog._submit()
    qtbot.waitUntil(lambda: "no sign-in yet: choose a username" in dialog.message.text())

    dialog.username.setText("sam")  # taken
    dialog._submit()
    qtbot.waitUntil(lambda: "taken" in dialog.message.text())

    dialog.username.setText("priya")
    dialog._submit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    priya = admin.accounts.sign_in("priya", "temporary pass 1")
    assert priya.role == "nurse" and admin.accounts.must_change_password(priya)

    again = ResetPasswordDialog(jobs, admin, admin.staff.get(nurse.id))
    qtbot.addWidget(again)
    assert again.windowTitle() == "Reset a password" and again.username is None


def test_first_start_asks_the_administrator_for_the_practice_details(
    app: QApplication, qtbot: QtBot
) -> None:
    from careplan import settings
    from ui.practice_dialog import ask_at_first_start

    went_on: list[str] = []
    assert ask_at_first_start(QWidget(), "clinician", lambda: went_on.append("demo")) is None
    assert went_on == ["demo"]  # only an administrator is asked

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ask_at_first_start(parent, "admin", lambda: went_on.append("demo"))
    assert dialog is not None and dialog.isVisible() and went_on == ["demo"]
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "&Later"
    dialog.name.setText("Ashby Health Centre")
    dialog.phone.setText("01632 960 000")
    dialog.address.setText("1 High Street, Ashby")
    dialog.save()
    assert went_on == ["demo", "demo"]  # then the demo offer
    details = settings.practice_details()
    assert (details.name, details.phone, details.address) == (
        "Ashby Health Centre",
        "01632 960 000",
        "1 High Street, Ashby",
    )
    # Named now: the next first sign-in does not ask again.
    assert ask_at_first_start(parent, "admin", lambda: went_on.append("demo")) is None
