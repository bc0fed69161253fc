"""Signing in, the screen lock after idle time (injected clock), and switching person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.ui.conftest import message_box_offscreen
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.session import IdleWatch, Session
from ui.sign_in import Mode, SignInWindow
from ui.workstation import Workstation

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def setup(
    app: QApplication,
    qtbot: QtBot,
    workstation: Workstation,
) -> Iterator[tuple[Session, Clock, Services]]:
    jobs = workstation.jobs
    base = workstation.services()
    base.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    base.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)
    base.accounts.create_account("Dr Amara Okafor", "clinician", "amara", PASSWORD)
    base.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    clock = Clock()
    sign_in = SignInWindow(jobs)
    qtbot.addWidget(sign_in)
    idle = IdleWatch(app, dt.timedelta(minutes=5), clock=clock, parent=sign_in)

    def make_window(services: Services) -> MainWindow:
        return workstation.main_window(services, database_label="test")

    session = Session(app, sign_in, jobs, workstation.services, make_window, base.accounts, idle)
    sign_in.show()
    sign_in.database_ready(base.accounts)
    qtbot.waitUntil(lambda: sign_in.mode is Mode.SIGN_IN)
    yield session, clock, base
    for widget in QApplication.topLevelWidgets():
        widget.close()


def _sign_in(qtbot: QtBot, session: Session, username: str, password: str) -> None:
    window = session.sign_in
    if not window.username.isReadOnly():
        window.username.setText(username)
    window.password.setText(password)
    window.submit.click()


def _signed_in(qtbot: QtBot, session: Session, username: str) -> MainWindow:
    """Sign in with the right password; the main window, once it shows."""
    _sign_in(qtbot, session, username, PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    assert isinstance(session.window, MainWindow)
    return session.window


def test_signing_in_opens_the_main_window_as_that_person(
    qtbot: QtBot, setup: tuple[Session, Clock, Services]
) -> None:
    session, _clock, _base = setup
    _sign_in(qtbot, session, "priya", "wrong password")
    qtbot.waitUntil(lambda: "not right" in session.sign_in.message.text())
    assert session.window is None
    _signed_in(qtbot, session, "priya")
    assert session.actor.role == "nurse"
    assert not session.sign_in.isVisible()
    # The app and the person signed in, never the database's location.
    assert session.window is not None
    title = session.window.windowTitle()
    assert title == "Care planning — Priya Shah" and "sqlite" not in title


def test_idle_time_locks_then_the_same_password_unlocks_with_the_draft_intact(
    qtbot: QtBot, setup: tuple[Session, Clock, Services]
) -> None:
    session, clock, base = setup
    window = _signed_in(qtbot, session, "amara")
    as_amara = Services(base.context.session_factory, actor=session.actor)
    patient = as_amara.patients.search("seacole").patients[0]
    draft = as_amara.consultations.start_or_resume(patient.id, session.actor.staff_id)
    as_amara.consultations.add_goal(
        draft.id, "Walk to the park 🌳 with my granddaughter", "patient", 8
    )

    clock.now += 4 * 60
    session._idle.check()
    assert not session.locked and window.isVisible()
    clock.now += 61
    session._idle.check()
    assert session.locked
    assert not window.isVisible(), "patient data is hidden"
    assert session.sign_in.username.isReadOnly() and session.sign_in.username.text() == "amara"

    _sign_in(qtbot, session, "amara", "not my password")
    qtbot.waitUntil(lambda: "not right" in session.sign_in.message.text())
    assert session.locked and not window.isVisible()
    _sign_in(qtbot, session, "amara", PASSWORD)
    qtbot.waitUntil(lambda: window.isVisible())
    assert not session.locked and session.window is window

    kept = as_amara.consultations.current_draft(patient.id)
    assert kept is not None and kept.id == draft.id
    assert kept.goals[0].text == "Walk to the park 🌳 with my granddaughter"
    actions = [e.action for e in base.audit.entries()]
    assert "lock" in actions


def test_another_person_signing_in_closes_the_first_persons_windows(
    qtbot: QtBot, setup: tuple[Session, Clock, Services]
) -> None:
    session, clock, base = setup
    _signed_in(qtbot, session, "amara")
    first, first_actor = session.window, session.actor
    as_amara = Services(base.context.session_factory, actor=session.actor)
    patient = as_amara.patients.search("seacole").patients[0]
    draft = as_amara.consultations.start_or_resume(patient.id, None)
    as_amara.consultations.add_what_matters(draft.id, "Singing in the choir")

    clock.now += 6 * 60
    session._idle.check()
    assert session.locked
    session.sign_in.other_user.click()
    assert not session.sign_in.username.isReadOnly()
    _sign_in(qtbot, session, "priya", PASSWORD)
    qtbot.waitUntil(
        lambda: (
            session.window is not None
            and session.window is not first
            and session.window.isVisible()
        )
    )
    assert first is not None and not first.isVisible()
    assert session.actor.username == "priya"
    as_priya = Services(base.context.session_factory, actor=session.actor)
    resumed = as_priya.consultations.current_draft(patient.id)
    assert resumed is not None and resumed.what_matters[0].text == "Singing in the choir"
    amara_id = first_actor.staff_id
    trail = [(e.action, e.staff_id) for e in reversed(base.audit.entries())]
    assert ("lock", amara_id) in trail
    # The new person's password is checked first; then the first person is signed out.
    assert trail.index(("sign_in", session.actor.staff_id)) < trail.index(("sign_out", amara_id))


def test_first_start_sets_up_the_administrator(
    app: QApplication, qtbot: QtBot, tmp_path: Path, jobs: JobRunner
) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        accounts = Services(db.session_factory).accounts
        window = SignInWindow(jobs)
        qtbot.addWidget(window)
        signed: list[object] = []
        window.signed_in.connect(signed.append)
        window.database_ready(accounts)
        qtbot.waitUntil(lambda: window.mode is Mode.FIRST_ADMIN)
        window.full_name.setText("Sam Patel")
        window.username.setText("sam")
        window.password.setText(PASSWORD)
        window.repeat.setText("something else")
        window.submit.click()
        assert "not the same" in window.message.text()
        window.password.setText(PASSWORD)
        window.repeat.setText(PASSWORD)
        window.submit.click()
        qtbot.waitUntil(lambda: bool(signed))
        assert signed[0].role == "admin"  # type: ignore[attr-defined]
        assert not accounts.needs_first_admin()
    finally:
        jobs.shutdown()
        db.close()


@message_box_offscreen  # the dialog fixes its size; offscreen Qt warns it cannot pass it on
def test_a_temporary_password_is_changed_before_the_main_window_opens(
    qtbot: QtBot, setup: tuple[Session, Clock, Services]
) -> None:
    from ui.admin import ChangePasswordDialog

    session, _clock, base = setup
    priya = next(a for a in base.accounts.list_accounts() if a.username == "priya")
    base.accounts.reset_password(priya.id, "temporary pass 123")
    _sign_in(qtbot, session, "priya", "temporary pass 123")
    qtbot.waitUntil(lambda: session.password_dialog is not None)
    dialog = session.password_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert session.window is None  # nothing of the practice shows before the change
    dialog.old.setText("temporary pass 123")
    dialog.new.setText("priya's very own password")
    dialog.again.setText("priya's very own password")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    assert not base.accounts.must_change_password(session.actor)
