"""Undo and redo in the consultation (Ctrl+Z / Ctrl+Shift+Z): every step stored at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careplan.services import Services
from tests.ui.consultation.conftest import Visit
from tests.ui.consultation.helpers import choose, click_row, type_into
from ui.consultation.agenda import AgendaStage
from ui.consultation.window import ConsultationWindow, StageId

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def agenda(workspace: ConsultationWindow) -> AgendaStage:
    """The consultation open at its agenda."""
    workspace.go_to(StageId.AGENDA)
    return workspace.agenda_stage


def stored(services: Services, w: ConsultationWindow) -> list[tuple[str, str]]:
    return [(a.text, a.status) for a in services.consultations.get(w.plan.id).agenda]


def test_consult_undo_and_redo_agenda_edits_with_the_keyboard(
    visit: Visit, agenda: AgendaStage, services: Services
) -> None:
    qtbot, w = visit.qtbot, visit.window
    for text in ("My sleep", "Money worries", "Blood pressure"):
        visit.enter(agenda.topic, text)
    click_row(qtbot, agenda.view, 2)
    qtbot.keyClick(agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    visit.settle()
    click_row(qtbot, agenda.view, 2)
    visit.click(agenda.defer_button)
    assert stored(services, w) == [
        ("My sleep", "open"),
        ("Blood pressure", "open"),
        ("Money worries", "deferred"),
    ]
    assert w.undo_button.isEnabled() and "defer the topic" in w.undo_button.toolTip()

    agenda.view.setFocus()
    visit.press(Qt.Key.Key_Z, CTRL)  # the deferral
    assert stored(services, w)[2] == ("Money worries", "open")
    visit.press(Qt.Key.Key_Z, CTRL)  # the new order
    assert [t for t, _s in stored(services, w)] == ["My sleep", "Money worries", "Blood pressure"]
    visit.press(Qt.Key.Key_Z, CTRL)  # adding blood pressure
    assert [t for t, _s in stored(services, w)] == ["My sleep", "Money worries"]
    assert agenda.model.rowCount() == 2

    visit.press(Qt.Key.Key_Z, CTRL | SHIFT)
    visit.press(Qt.Key.Key_Z, CTRL | SHIFT)
    visit.press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(services, w) == [
        ("My sleep", "open"),
        ("Blood pressure", "open"),
        ("Money worries", "deferred"),
    ]
    assert not w.redo_button.isEnabled()
    # The buttons do the same as the keys.
    visit.click(w.undo_button)
    assert stored(services, w)[2] == ("Money worries", "open")


def test_consult_undo_puts_back_a_removed_goal_with_its_actions(
    visit: Visit, services: Services
) -> None:
    qtbot, w = visit.qtbot, visit.window
    w.go_to(StageId.GOALS)
    goals = w.goals_stage
    visit.enter(goals.new_goal, "Walk to the park")
    type_into(qtbot, goals.target, "20 minutes")
    goals.target.commit()  # a pause in typing: stored
    visit.settle()
    type_into(qtbot, goals.target, "20 minutes without stopping")
    qtbot.keyClick(goals.target, Qt.Key.Key_Return)  # the same stretch of typing
    visit.settle()
    visit.click(goals.importance.buttons[8])
    w.go_to(StageId.ACTION_PLAN)
    visit.enter(w.action_plan_stage.new_action, "Walk round the block")
    visit.click(w.action_plan_stage.confidence.buttons[6])
    visit.click(w.action_plan_stage.confidence.buttons[8])
    goal = services.consultations.get(w.plan.id).goals[0]
    assert (goal.actions[0].confidence_first, goal.actions[0].confidence_final) == (6, 8)

    w.go_to(StageId.GOALS)
    visit.click(goals.remove_goal_button)
    assert services.consultations.get(w.plan.id).goals == ()
    w.undo()
    visit.settle()
    (back,) = services.consultations.get(w.plan.id).goals
    assert back.id == goal.id and back.actions == goal.actions
    assert goals.goals.rowCount() == 1

    # The restored goal can still be changed and undone (its version is followed).
    w.undo()  # the second rating
    w.undo()  # the first rating
    visit.settle()
    action = services.consultations.get(w.plan.id).goals[0].actions[0]
    assert (action.confidence_first, action.confidence_final) == (None, None)
    w.undo()  # the action
    w.undo()  # the importance
    w.undo()  # the target: both pauses of one stretch of typing in one step
    visit.settle()
    goal_now = services.consultations.get(w.plan.id).goals[0]
    assert (goal_now.target, goal_now.importance, goal_now.actions) == (None, None, ())
    w.redo()
    visit.settle()
    assert services.consultations.get(w.plan.id).goals[0].target == "20 minutes without stopping"
    assert goals.target.text() == "20 minutes without stopping"
    assert w.problem.isHidden()


def test_consult_ctrl_z_in_a_field_undoes_typing_first(
    visit: Visit, agenda: AgendaStage, services: Services
) -> None:
    qtbot, w = visit.qtbot, visit.window
    visit.enter(agenda.topic, "My sleep")
    qtbot.keyClicks(agenda.topic, "Mon")
    qtbot.keyClick(agenda.topic, Qt.Key.Key_Z, CTRL)  # the typing, not the stored topic
    visit.settle()
    assert agenda.topic.text() == ""
    assert len(services.consultations.get(w.plan.id).agenda) == 1
    qtbot.keyClick(agenda.topic, Qt.Key.Key_Z, CTRL)  # nothing typed left: the stored topic
    visit.settle()
    assert services.consultations.get(w.plan.id).agenda == ()


def test_consult_refused_edit_shows_by_its_field_and_is_not_in_the_history(
    visit: Visit, agenda: AgendaStage, services: Services
) -> None:
    qtbot, w = visit.qtbot, visit.window
    visit.enter(agenda.topic, "   ")
    assert agenda.topic_error.message == "Please enter the topic."
    assert agenda.topic.accessibleDescription() == "Please enter the topic."
    assert w.session.undo_stack.count() == 0 and not w.undo_button.isEnabled()
    visit.enter(agenda.topic, "x" * 10_001)
    assert "too long" in agenda.topic_error.message
    visit.enter(agenda.topic, "My sleep")
    assert agenda.topic_error.message == ""
    assert w.session.undo_stack.count() == 1

    w.go_to(StageId.GOALS)
    goals = w.goals_stage
    visit.enter(goals.new_goal, "Walk more")
    visit.enter(goals.target_date, "2026-02-30")
    assert "target date" in goals.detail_errors["target_date"].message.lower()
    assert services.consultations.get(w.plan.id).goals[0].target_date is None
    assert w.session.undo_stack.count() == 2  # the topic and the goal, not the bad date

    w.go_to(StageId.ACTION_PLAN)
    w.action_plan_stage.tabs.setCurrentIndex(3)
    choose(qtbot, w.action_plan_stage.step_level, "red")
    visit.click(w.action_plan_stage.add_step_button)  # nothing to watch for
    assert "watch for" in w.action_plan_stage.step_form.errors["signs"].message
