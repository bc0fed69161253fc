"""Undo and redo in the consultation (Ctrl+Z / Ctrl+Shift+Z): every step stored at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.services import Services
from tests.ui.consultation.helpers import choose, click, click_row, enter, settle, type_into
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo_key(qtbot: QtBot, w: ConsultationWindow, jobs: JobRunner) -> None:
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Z, CTRL)
    settle(qtbot, jobs)


def redo_key(qtbot: QtBot, w: ConsultationWindow, jobs: JobRunner) -> None:
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot, jobs)


def stored(services: Services, w: ConsultationWindow) -> list[tuple[str, str]]:
    return [(a.text, a.status) for a in services.consultations.get(w.plan.id).agenda]


def test_consult_undo_and_redo_agenda_edits_with_the_keyboard(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    w = workspace
    w.go_to(StageId.AGENDA)
    agenda = w.agenda_stage
    for text in ("My sleep", "Money worries", "Blood pressure"):
        enter(qtbot, agenda.topic, text)
        settle(qtbot, jobs)
    click_row(qtbot, agenda.view, 2)
    qtbot.keyClick(agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, jobs)
    click_row(qtbot, agenda.view, 2)
    click(qtbot, agenda.defer_button)
    settle(qtbot, jobs)
    assert stored(services, w) == [
        ("My sleep", "open"),
        ("Blood pressure", "open"),
        ("Money worries", "deferred"),
    ]
    assert w.undo_button.isEnabled() and "defer the topic" in w.undo_button.toolTip()

    agenda.view.setFocus()
    undo_key(qtbot, w, jobs)  # the deferral
    assert stored(services, w)[2] == ("Money worries", "open")
    undo_key(qtbot, w, jobs)  # the new order
    assert [t for t, _s in stored(services, w)] == ["My sleep", "Money worries", "Blood pressure"]
    undo_key(qtbot, w, jobs)  # adding blood pressure
    assert [t for t, _s in stored(services, w)] == ["My sleep", "Money worries"]
    assert agenda.model.rowCount() == 2

    redo_key(qtbot, w, jobs)
    redo_key(qtbot, w, jobs)
    redo_key(qtbot, w, jobs)
    assert stored(services, w) == [
        ("My sleep", "open"),
        ("Blood pressure", "open"),
        ("Money worries", "deferred"),
    ]
    assert not w.redo_button.isEnabled()
    # The buttons do the same as the keys.
    click(qtbot, w.undo_button)
    settle(qtbot, jobs)
    assert stored(services, w)[2] == ("Money worries", "open")


def test_consult_undo_puts_back_a_removed_goal_with_its_actions(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    w = workspace
    w.go_to(StageId.GOALS)
    goals = w.goals_stage
    enter(qtbot, goals.new_goal, "Walk to the park")
    settle(qtbot, jobs)
    type_into(qtbot, goals.target, "20 minutes")
    goals.target.commit()  # a pause in typing: stored
    settle(qtbot, jobs)
    type_into(qtbot, goals.target, "20 minutes without stopping")
    qtbot.keyClick(goals.target, Qt.Key.Key_Return)  # the same stretch of typing
    settle(qtbot, jobs)
    click(qtbot, goals.importance.buttons[8])
    settle(qtbot, jobs)
    w.go_to(StageId.ACTION_PLAN)
    enter(qtbot, w.action_plan_stage.new_action, "Walk round the block")
    settle(qtbot, jobs)
    click(qtbot, w.action_plan_stage.confidence.buttons[6])
    settle(qtbot, jobs)
    click(qtbot, w.action_plan_stage.confidence.buttons[8])
    settle(qtbot, jobs)
    goal = services.consultations.get(w.plan.id).goals[0]
    assert (goal.actions[0].confidence_first, goal.actions[0].confidence_final) == (6, 8)

    w.go_to(StageId.GOALS)
    click(qtbot, goals.remove_goal_button)
    settle(qtbot, jobs)
    assert services.consultations.get(w.plan.id).goals == ()
    w.undo()
    settle(qtbot, jobs)
    (back,) = services.consultations.get(w.plan.id).goals
    assert back.id == goal.id and back.actions == goal.actions
    assert goals.goals.rowCount() == 1

    # The restored goal can still be changed and undone (its version is followed).
    w.undo()  # the second rating
    w.undo()  # the first rating
    settle(qtbot, jobs)
    action = services.consultations.get(w.plan.id).goals[0].actions[0]
    assert (action.confidence_first, action.confidence_final) == (None, None)
    w.undo()  # the action
    w.undo()  # the importance
    w.undo()  # the target: both pauses of one stretch of typing in one step
    settle(qtbot, jobs)
    goal_now = services.consultations.get(w.plan.id).goals[0]
    assert (goal_now.target, goal_now.importance, goal_now.actions) == (None, None, ())
    w.redo()
    settle(qtbot, jobs)
    assert services.consultations.get(w.plan.id).goals[0].target == "20 minutes without stopping"
    assert goals.target.text() == "20 minutes without stopping"
    assert w.problem.isHidden()


def test_consult_ctrl_z_in_a_field_undoes_typing_first(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    w = workspace
    w.go_to(StageId.AGENDA)
    agenda = w.agenda_stage
    enter(qtbot, agenda.topic, "My sleep")
    settle(qtbot, jobs)
    qtbot.keyClicks(agenda.topic, "Mon")
    qtbot.keyClick(agenda.topic, Qt.Key.Key_Z, CTRL)  # the typing, not the stored topic
    settle(qtbot, jobs)
    assert agenda.topic.text() == ""
    assert len(services.consultations.get(w.plan.id).agenda) == 1
    qtbot.keyClick(agenda.topic, Qt.Key.Key_Z, CTRL)  # nothing typed left: the stored topic
    settle(qtbot, jobs)
    assert services.consultations.get(w.plan.id).agenda == ()


def test_consult_refused_edit_shows_by_its_field_and_is_not_in_the_history(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    w = workspace
    w.go_to(StageId.AGENDA)
    agenda = w.agenda_stage
    enter(qtbot, agenda.topic, "   ")
    settle(qtbot, jobs)
    assert agenda.topic_error.message == "Please enter the topic."
    assert agenda.topic.accessibleDescription() == "Please enter the topic."
    assert w.session.undo_stack.count() == 0 and not w.undo_button.isEnabled()
    enter(qtbot, agenda.topic, "x" * 10_001)
    settle(qtbot, jobs)
    assert "too long" in agenda.topic_error.message
    enter(qtbot, agenda.topic, "My sleep")
    settle(qtbot, jobs)
    assert agenda.topic_error.message == ""
    assert w.session.undo_stack.count() == 1

    w.go_to(StageId.GOALS)
    goals = w.goals_stage
    enter(qtbot, goals.new_goal, "Walk more")
    settle(qtbot, jobs)
    enter(qtbot, goals.target_date, "2026-02-30")
    settle(qtbot, jobs)
    assert "target date" in goals.detail_errors["target_date"].message.lower()
    assert services.consultations.get(w.plan.id).goals[0].target_date is None
    assert w.session.undo_stack.count() == 2  # the topic and the goal, not the bad date

    w.go_to(StageId.ACTION_PLAN)
    w.action_plan_stage.tabs.setCurrentIndex(3)
    choose(qtbot, w.action_plan_stage.step_level, "red")
    click(qtbot, w.action_plan_stage.add_step_button)  # nothing to watch for
    settle(qtbot, jobs)
    assert "watch for" in w.action_plan_stage.step_errors["signs"].message
