"""Opening the consultation workspace in tests, and waiting for its edits to be stored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput, PatientRecord, StaffRecord
from careplan.services import Services
from tests.ui.consultation.helpers import click, enter, settle
from ui.consultation.launcher import ConsultationLauncher
from ui.consultation.window import ConsultationWindow
from ui.context import UiContext
from ui.jobs import JobRunner


@pytest.fixture
def person(services: Services) -> PatientRecord:
    return services.patients.create(
        PatientInput("Margaret", "Smith", "1956-03-21", "943 476 5919", preferred_name="Peggy")
    )


@pytest.fixture
def launcher(qtbot: QtBot, ctx: UiContext, jobs: JobRunner) -> Iterator[ConsultationLauncher]:
    opener = ConsultationLauncher(ctx)
    yield opener
    # Windows delete themselves when closed; close the ones a test left open.
    for window in list(opener._windows.values()):
        if shiboken6.isValid(window):
            window.close()
    settle(qtbot, jobs)


def open_workspace(
    qtbot: QtBot,
    launcher: ConsultationLauncher,
    jobs: JobRunner,
    patient: PatientRecord,
    clinician_id: int | None = None,
) -> ConsultationWindow:
    with qtbot.waitSignal(launcher.opened, timeout=10_000) as opened:
        launcher.open(patient, clinician_id)
    window = opened.args[0]
    assert isinstance(window, ConsultationWindow)
    settle(qtbot, jobs)
    return window


@dataclass(frozen=True)
class Visit:
    """The person's consultation open in its window, as the clinician, and what a test
    drives it with."""

    qtbot: QtBot
    jobs: JobRunner
    launcher: ConsultationLauncher
    person: PatientRecord
    clinician: StaffRecord
    window: ConsultationWindow

    def reopen(self) -> ConsultationWindow:
        """Open the person's consultation again, as the clinician (after its window closed)."""
        return open_workspace(self.qtbot, self.launcher, self.jobs, self.person, self.clinician.id)

    def settle(self) -> None:
        settle(self.qtbot, self.jobs)

    def enter(self, edit: QLineEdit, text: str) -> None:
        """Type into a field and press Enter; wait until it is stored."""
        enter(self.qtbot, edit, text)
        self.settle()

    def click(self, button: QAbstractButton) -> None:
        """Click a button; wait until what it did is stored."""
        click(self.qtbot, button)
        self.settle()

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """Press a key where the focus is (else on the window); wait until what it did is
        stored."""
        self.qtbot.keyClick(self.window.focusWidget() or self.window, key, modifiers)
        self.settle()


@pytest.fixture
def visit(
    qtbot: QtBot,
    launcher: ConsultationLauncher,
    jobs: JobRunner,
    person: PatientRecord,
    clinician: StaffRecord,
) -> Visit:
    window = open_workspace(qtbot, launcher, jobs, person, clinician.id)
    window.activateWindow()
    return Visit(qtbot, jobs, launcher, person, clinician, window)


@pytest.fixture
def workspace(visit: Visit) -> ConsultationWindow:
    return visit.window
