from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.consultation.helpers import settle
from ui.consultation.window import ConsultationWindow
from ui.jobs import JobRunner


def test_consult_workspace_opens(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner
) -> None:
    assert workspace.isVisible()
    for stage in range(5):
        workspace.go_to(stage)
    workspace.agenda_stage.topic.setText("My sleep")
    workspace.agenda_stage.add_topic()
    settle(qtbot, jobs)
    assert [a.text for a in workspace.plan.agenda] == ["My sleep"]
    workspace.undo()
    settle(qtbot, jobs)
    assert not workspace.plan.agenda
    workspace.redo()
    settle(qtbot, jobs)
    assert [a.text for a in workspace.plan.agenda] == ["My sleep"]
