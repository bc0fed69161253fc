"""The plan is printed from the Agree stage before the person leaves."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careplan.services import Services
from tests.ui.consultation.helpers import settle
from ui.consultation.agree import AgreeStage
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner
from ui.printing import PrintDialog


def test_consult_agree_stage_prints_this_plan(
    qtbot: QtBot, workspace: ConsultationWindow, services: Services, jobs: JobRunner
) -> None:
    services.consultations.add_goal(workspace.session.plan.id, "Walk to the park", "patient")
    settle(qtbot, jobs)
    workspace.go_to(StageId.AGREE)
    stage = workspace.stage(StageId.AGREE)
    assert isinstance(stage, AgreeStage)
    stage.print_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, PrintDialog) for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog))
    with qtbot.waitSignal(dialog.rendered, timeout=30_000) as shown:
        pass
    document = shown.args[0].document
    assert document.consultation_id == workspace.session.plan.id
    dialog.close()
