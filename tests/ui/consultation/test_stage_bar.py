"""The stage bar and the footer never scroll out of view, at any text size: only the
stage itself scrolls (a 1366x768 screen at 200% and at the largest text, the patient
view beside)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_box_offscreen
from tests.ui.consultation.helpers import click, settle
from tests.ui.screens.probe import consultation_problems
from ui.consultation.stage_bar import ROOMY_HEIGHT
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner

# The window is larger than the offscreen platform's 800x600 screen (offscreen Qt warns).
pytestmark = message_box_offscreen


def test_stage_bar_and_footer_stay_in_view_at_the_largest_text(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner
) -> None:
    bar = workspace.stage_bar
    workspace.resize(1366, 740)  # a consulting room's screen, less the title bar
    qtbot.wait(50)
    # Room enough at the usual size: full stage names, tall buttons.
    assert bar.buttons[StageId.GOALS].text().startswith("&3  What matters")
    plain = bar.buttons[0].sizeHint().height()
    assert bar.buttons[0].minimumHeight() == int(plain * ROOMY_HEIGHT)
    assert consultation_problems(workspace) == []

    workspace.show_patient_view()
    workspace.text_scale.set_scale(2.0)
    settle(qtbot, jobs)
    qtbot.waitUntil(lambda: consultation_problems(workspace) == [], timeout=2000)
    # Stages in two columns put them one under the other rather than cut one off.
    for stage in (StageId.PREPARE, StageId.GOALS, StageId.AGREE):
        workspace.go_to(stage)
        scroll = workspace.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        sideways = scroll.horizontalScrollBar()
        qtbot.waitUntil(lambda: sideways.maximum() == 0, timeout=2000)  # noqa: B023
    workspace.text_scale.set_scale(workspace.text_scale.MAXIMUM)
    qtbot.wait(50)
    # A short window for this text: short names and plain buttons, so the stage keeps room.
    assert bar.buttons[StageId.GOALS].text() == "&3  Goals"
    assert bar.buttons[StageId.GOALS].accessibleName() == "3  What matters and goals"
    assert bar.buttons[0].minimumHeight() < bar.buttons[0].sizeHint().height() * ROOMY_HEIGHT
    for stage in StageId:
        click(qtbot, bar.buttons[stage])
        settle(qtbot, jobs)
        assert workspace.current_stage == stage
        # Once laid out again (Back and Next take the new stages' names).
        qtbot.waitUntil(lambda: consultation_problems(workspace) == [], timeout=2000)
        # What does not fit is the stage's own, and it scrolls.
        assert isinstance(workspace.stack.currentWidget(), QScrollArea)
    click(qtbot, workspace.back_button)
    assert workspace.current_stage == StageId.ACTION_PLAN
    assert workspace.next_button.text() == "Next: Agree →"

    workspace.text_scale.set_scale(1.0)
    workspace.pane.hide()
    qtbot.wait(50)
    assert bar.buttons[StageId.GOALS].text().startswith("&3  What matters")
