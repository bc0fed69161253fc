"""Keyboard alone, accessible names, text size, and the patient view updating live."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from careplan.services import Services
from tests.ui.consultation.helpers import click, enter, settle
from ui.consultation.patient_view import MIN_POINT_SIZE, PatientView
from ui.consultation.settings import PATIENT_VIEW_TEXT_SCALE, WORKSPACE_TEXT_SCALE
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def mnemonic(qtbot: QtBot, w: ConsultationWindow, key: Qt.Key, jobs: JobRunner) -> None:
    """Alt+letter: a button's mnemonic presses it the way a click would (after ~100 ms)."""
    qtbot.keyClick(w.focusWidget() or w, key, ALT)
    qtbot.wait(250)
    settle(qtbot, jobs)


def test_consult_with_the_keyboard_alone(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner, services: Services
) -> None:
    w = workspace
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_PageDown, CTRL)
    assert w.current_stage == StageId.AGENDA
    agenda = w.agenda_stage
    for text in ("My sleep", "Money worries"):
        qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_N, ALT)  # "&New topic"
        assert agenda.topic.hasFocus()
        qtbot.keyClicks(agenda.topic, text)
        qtbot.keyClick(agenda.topic, Qt.Key.Key_Return)
        settle(qtbot, jobs)
    # Tab on to the list of topics; the person moves money worries up.
    for _ in range(3):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Tab)
    assert agenda.view.hasFocus()
    qtbot.keyClick(agenda.view, Qt.Key.Key_Down)
    qtbot.keyClick(agenda.view, Qt.Key.Key_Down)
    assert agenda.view.currentIndex().row() == 1
    qtbot.keyClick(agenda.view, Qt.Key.Key_Up, ALT)
    settle(qtbot, jobs)
    assert [a.text for a in services.consultations.get(w.plan.id).agenda] == [
        "Money worries",
        "My sleep",
    ]
    mnemonic(qtbot, w, Qt.Key.Key_F, jobs)  # "De&fer to next visit"
    assert services.consultations.get(w.plan.id).agenda[0].status == "deferred"

    mnemonic(qtbot, w, Qt.Key.Key_3, jobs)  # "&3 What matters & goals"
    assert w.current_stage == StageId.GOALS
    w.goals_stage.new_goal.setFocus()  # the first field of the stage
    qtbot.keyClicks(w.goals_stage.new_goal, "Walk to the park")
    qtbot.keyClick(w.goals_stage.new_goal, Qt.Key.Key_Return)
    settle(qtbot, jobs)
    mnemonic(qtbot, w, Qt.Key.Key_4, jobs)
    assert w.current_stage == StageId.ACTION_PLAN
    stage = w.action_plan_stage
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_A, ALT)  # the "&Actions and how sure" tab
    assert stage.tabs.currentIndex() == 0
    stage.new_action.setFocus()
    qtbot.keyClicks(stage.new_action, "Walk round the block")
    qtbot.keyClick(stage.new_action, Qt.Key.Key_Return)
    settle(qtbot, jobs)
    # The 0-10 buttons: focus one, move along with the arrow keys, press Space.
    stage.confidence.buttons[0].setFocus()
    for _ in range(6):
        qtbot.keyClick(w.focusWidget(), Qt.Key.Key_Right)
    assert stage.confidence.buttons[6].hasFocus()
    qtbot.keyClick(stage.confidence.buttons[6], Qt.Key.Key_Space)
    settle(qtbot, jobs)
    assert services.consultations.get(w.plan.id).goals[0].actions[0].confidence_first == 6
    assert stage.prompt.isVisible()


def inputs(window: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView, QTabWidget)
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds)]


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says (a button's own text counts)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_consult_every_input_has_an_accessible_name(
    workspace: ConsultationWindow,
) -> None:
    workspace.stages  # build them all  # noqa: B018
    view = workspace.show_patient_view()
    missing = [
        f"{type(w).__name__} {w.objectName()}"
        for w in inputs(workspace) + inputs(view)
        if not accessible_name(w).strip()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus  # not table headers and the like
        and w.window() in (workspace, view)  # not the pop-up list of a combo box
    ]
    assert missing == []
    assert workspace.agenda_stage.topic.accessibleName() == "New topic"
    assert workspace.action_plan_stage.confidence.accessibleName() == "How sure, 0 to 10"
    assert workspace.action_plan_stage.confidence.buttons[7].accessibleName() == "7 out of 10"


def test_consult_no_text_smaller_than_the_system_default(
    app: QApplication, workspace: ConsultationWindow
) -> None:
    body = app.font().pointSizeF()
    workspace.stages  # noqa: B018
    view = workspace.show_patient_view()
    small = [
        f"{type(w).__name__} {w.font().pointSizeF()}"
        for w in [*workspace.findChildren(QWidget), view]
        if w.font().pointSizeF() < body - 0.01
    ]
    assert small == []
    assert view.browser.font().pointSizeF() >= MIN_POINT_SIZE


def test_consult_readable_at_150_percent_without_sideways_scrolling(
    qtbot: QtBot, workspace: ConsultationWindow, settings: QSettings, app: QApplication
) -> None:
    w = workspace
    w.resize(1366, 740)
    w.stages  # noqa: B018
    w.text_scale.set_scale(1.5)
    assert WORKSPACE_TEXT_SCALE.read(settings) == 1.5
    # Every piece of text grows, those with colours of their own too (0-10 buttons, messages).
    large = app.font().pointSizeF() * 1.5 - 0.01
    behind = sorted(
        {
            f"{type(x).__name__} {x.font().pointSizeF()}"
            for x in w.findChildren(QWidget)
            if x.window() is w and x.isVisibleTo(w) and x.font().pointSizeF() < large
        }
    )
    assert behind == []
    for stage in StageId:
        w.go_to(stage)
        qtbot.wait(5)
        scroll = w.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible(), stage.name
        for label in w.stage(stage).findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.minimumSizeHint().width() - 1, label.text()


def test_consult_text_size_in_both_views_is_remembered(
    qtbot: QtBot, workspace: ConsultationWindow, settings: QSettings, app: QApplication
) -> None:
    w = workspace
    body = app.font().pointSizeF()
    before = w.agenda_stage.topic.font().pointSizeF()
    larger = next(b for b in w.findChildren(QAbstractButton) if b.text() == "A+")
    click(qtbot, larger)
    assert w.agenda_stage.topic.font().pointSizeF() > before
    smaller = next(b for b in w.findChildren(QAbstractButton) if b.text() == "A−")
    for _ in range(10):
        click(qtbot, smaller)
    assert w.agenda_stage.topic.font().pointSizeF() == body  # never below the system size
    assert WORKSPACE_TEXT_SCALE.read(settings) == 1.0

    view = w.show_patient_view()
    start = view.browser.font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = next(b for b in view.findChildren(QAbstractButton) if b.text() == "A+")
    click(qtbot, bigger)
    assert view.browser.font().pointSizeF() > start
    remembered = PATIENT_VIEW_TEXT_SCALE.read(settings)
    assert remembered > PATIENT_VIEW_TEXT_SCALE.default
    again = PatientView(w.session, settings, "Peggy")
    qtbot.addWidget(again)
    assert again.text_scale.scale == remembered


def test_consult_patient_view_follows_the_plan_as_it_grows(
    qtbot: QtBot, workspace: ConsultationWindow, jobs: JobRunner
) -> None:
    w = workspace
    view = w.show_patient_view()
    # One screen: a pane beside the clinician's form, in the same window.
    assert view.isVisible() and not view.isWindow() and view.window() is w
    assert "Your plan, Peggy" in view.text
    assert "appear here" in view.text
    w.go_to(StageId.GOALS)
    enter(qtbot, w.goals_stage.new_goal, "Walk to the park <b>with Lily</b>")
    settle(qtbot, jobs)
    assert "Your goals" in view.text
    assert "Walk to the park <b>with Lily</b>" in view.text  # as typed, never as markup
    w.go_to(StageId.ACTION_PLAN)
    enter(qtbot, w.action_plan_stage.new_action, "Walk round the block")
    settle(qtbot, jobs)
    click(qtbot, w.action_plan_stage.confidence.buttons[8])
    settle(qtbot, jobs)
    assert "You will: Walk round the block" in view.text
    assert "How sure you are: 8 out of 10" in view.text
    w.undo()
    settle(qtbot, jobs)
    assert "How sure you are" not in view.text
    view.close()
    assert w.patient_view is None or not w.patient_view.isVisible()
