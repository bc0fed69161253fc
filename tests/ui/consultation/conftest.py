"""Opening the consultation workspace in tests, and waiting for its edits to be stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from careplan.records import PatientInput, PatientRecord, StaffRecord
from careplan.services import Services
from tests.ui.consultation.helpers import settle
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


@pytest.fixture
def workspace(
    qtbot: QtBot,
    launcher: ConsultationLauncher,
    jobs: JobRunner,
    person: PatientRecord,
    clinician: StaffRecord,
) -> ConsultationWindow:
    window = open_workspace(qtbot, launcher, jobs, person, clinician.id)
    window.activateWindow()
    return window
