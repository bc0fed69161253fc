"""Follow-up on the patient page and in the main window: record a review, goal history, overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord, StaffRecord
from careplan.services import Services
from tests.ui.conftest import TODAY, agreed_plan
from ui.followup.review_dialog import ReviewDialog
from ui.main_window import MainWindow


def show_patient(qtbot: QtBot, window: MainWindow, patient: PatientRecord) -> None:
    with qtbot.waitSignal(window.page.followup.goal_history.loaded, timeout=10_000):
        window.open_patient(patient.id)


def test_record_a_review_from_the_patient_page_and_see_the_goal_history(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    patients: list[PatientRecord],
    clinician: StaffRecord,
    nurse: StaffRecord,
) -> None:
    peggy = patients[0]
    plan = agreed_plan(services, peggy, clinician, "2026-02-20")
    show_patient(qtbot, window, peggy)
    followup = window.page.followup
    assert followup.record_button.isEnabled()
    assert followup.plan_id == plan.id
    (card,) = followup.goal_history.cards
    assert card.chart.data is not None
    assert card.chart.data.title == "Walk to the shops without stopping"
    assert card.chart.data.points == ()
    assert card.model.rowCount() == 0

    with qtbot.waitSignal(followup.launcher.dialog_opened) as opened:
        qtbot.mouseClick(followup.record_button, Qt.MouseButton.LeftButton)
    dialog: ReviewDialog = opened.args[0]
    dialog.set_mode("in_person")
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(nurse.id))
    (goal,) = dialog.goal_editors
    goal.set_attainment(2)
    goal.comment.setText("Walked there and back!")
    goal.set_decision("achieved")
    dialog.plan_next.setChecked(False)  # nothing left to work on
    with (
        qtbot.waitSignal(followup.goal_history.loaded, timeout=10_000),
        qtbot.waitSignal(dialog.saved),
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # The page reloaded by itself: the chart has its point, the review is listed.
    (card,) = followup.goal_history.cards
    assert card.chart.data is not None
    assert [(p.value, p.date_label) for p in card.chart.data.points] == [(2, "2 Mar 2026")]
    assert card.chart.data.status == "achieved"
    assert card.model.data(card.model.index(0, 2)) == "“Walked there and back!”"
    assert window.page.review_model.rowCount() == 1
    assert not followup.record_button.isEnabled()  # the plan is closed: nothing due


def test_a_patient_without_a_plan_has_nothing_to_review(
    qtbot: QtBot, window: MainWindow, patients: list[PatientRecord]
) -> None:
    show_patient(qtbot, window, patients[3])
    followup = window.page.followup
    assert not followup.record_button.isEnabled()
    assert followup.goal_history.cards == []
    assert followup.goal_history.note.text() == "No agreed goals yet."


def test_follow_up_menu_opens_the_worklist_and_the_overview(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    patients: list[PatientRecord],
    clinician: StaffRecord,
) -> None:
    agreed_plan(services, patients[1], clinician, "2026-02-20")
    menus = [a.text() for a in window.menuBar().actions()]
    assert "F&ollow-up" in menus
    overview = window.followup.show_overview()  # closed with the main window
    qtbot.waitUntil(lambda: overview.model.rowCount() == 2, timeout=10_000)
    assert overview.period() == (dt.date(2025, 3, 3), TODAY)
    model = overview.model
    assert model.texts(0)[:3] == ("Whole practice", "1 of 5 (20%)", "1 of 1 (100%)")
    assert model.texts(1)[0] == "Dr Amara Okafor"
    assert "1 plans agreed with 1 people, of 5 registered" in overview.summary.text()

    with qtbot.waitSignal(overview.loaded):
        overview.set_period(dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    assert model.texts(0)[1] == "0 of 5 (0%)"
    # The period is typed as people write dates; a wrong one is explained.
    overview.end.setText("31/12/2025")
    qtbot.keyClick(overview.end, Qt.Key.Key_Return)
    assert overview.end.text() == "Wednesday 31 December 2025"
    qtbot.waitUntil(lambda: "end on or after" in overview.summary.text())
    assert model.rowCount() == 0
    overview.start.setText("31/02/2026")
    qtbot.keyClick(overview.start, Qt.Key.Key_Return)
    assert "For example: 28/2/2026" in overview.summary.text()  # what works
    assert overview.period() == (None, dt.date(2025, 12, 31))
    with qtbot.waitSignal(overview.loaded):
        overview.start.setText("-3m")
        qtbot.keyClick(overview.start, Qt.Key.Key_Return)
    assert overview.period() == (dt.date(2025, 12, 2), dt.date(2025, 12, 31))

    worklist = window.followup.show_worklist()
    qtbot.waitUntil(lambda: worklist.model.rowCount() == 1)
    with qtbot.waitSignal(window.page.followup.goal_history.loaded, timeout=10_000):
        worklist.open_selected_patient()
    assert window.page.name_label.text() == "John Smithson"
    window.close()
    assert window.followup.worklist_window is None
