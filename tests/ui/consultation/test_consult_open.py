"""The workspace opens from the patient: the page's button, or Ctrl+K."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord
from tests.ui.consultation.helpers import click, settle
from ui.consultation.window import ConsultationWindow
from ui.jobs import JobRunner
from ui.main_window import MainWindow


def test_consult_started_from_the_patient_page_and_resumed_with_ctrl_k(
    qtbot: QtBot, window: MainWindow, jobs: JobRunner, patients: list[PatientRecord]
) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == len(patients))
    window.list_view.selectRow(0)
    qtbot.waitUntil(lambda: window.page.history is not None)
    patient = window.page.patient
    assert patient is not None
    with qtbot.waitSignal(window.consultations.opened, timeout=10_000) as opened:
        click(qtbot, window.page.consult_button)
    workspace = opened.args[0]
    assert isinstance(workspace, ConsultationWindow)
    settle(qtbot, jobs)
    assert workspace.isVisible() and workspace.patient.id == patient.id
    assert workspace.windowTitle().startswith(
        f"Consultation — {patient.given_name} {patient.family_name} — Care planning"
    )
    draft_id = workspace.plan.id
    workspace.close()
    settle(qtbot, jobs)
    qtbot.waitUntil(lambda: not shiboken6.isValid(workspace))
    # The patient page lists the draft; Ctrl+K resumes it.
    qtbot.waitUntil(
        lambda: (
            (history := window.page.history) is not None
            and [p.status for p in history.plans] == ["draft"]
        )
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.consultations.opened, timeout=10_000) as opened:
        qtbot.keyClick(window.list_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    resumed = opened.args[0]
    settle(qtbot, jobs)
    assert resumed.plan.id == draft_id
    resumed.close()
    settle(qtbot, jobs)
