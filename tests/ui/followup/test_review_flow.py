"""A practice nurse works through the review worklist, as a person would, with the real widgets."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from careplan import models as m
from careplan.exports import WORKLIST_COLUMNS
from careplan.records import (
    ConsultationRecord,
    GoalProgressInput,
    PatientInput,
    PatientRecord,
    ReviewInput,
    StaffRecord,
)
from careplan.services import Services
from careplan.storage import Database
from tests.ui.conftest import TODAY, agreed_plan, message_box_offscreen
from ui.context import UiContext
from ui.followup.review_dialog import ReviewDialog, ReviewLauncher
from ui.followup.worklist import WorklistWindow
from ui.main_window import MainWindow
from ui.models.worklist import WorklistColumn


def names(worklist: WorklistWindow) -> list[str]:
    model = worklist.model
    return [str(model.data(model.index(r, WorklistColumn.NAME))) for r in range(model.rowCount())]


def open_review(qtbot: QtBot, launcher: ReviewLauncher, plan_id: int) -> ReviewDialog:
    with qtbot.waitSignal(launcher.dialog_opened) as opened:
        launcher.open(plan_id)
    dialog: ReviewDialog = opened.args[0]
    qtbot.waitExposed(dialog)
    return dialog


def review_launcher(qtbot: QtBot, ctx: UiContext) -> ReviewLauncher:
    """A launcher over a window of its own, as the patient page holds one."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return ReviewLauncher(ctx, parent)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_and_wait_for_error(qtbot: QtBot, dialog: ReviewDialog) -> None:
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.isVisible()


def make_worklist(
    qtbot: QtBot,
    ctx: UiContext,
    opened: list[int] | None = None,
    **kw: object,
) -> WorklistWindow:
    window = WorklistWindow(
        ctx,
        (opened if opened is not None else []).append,
        **kw,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded):
        window.show()
    return window


@pytest.fixture
def plans(
    services: Services, patients: list[PatientRecord], clinician: StaffRecord
) -> dict[str, ConsultationRecord]:
    return {
        "john": agreed_plan(services, patients[1], clinician, "2026-02-20"),  # 10 days overdue
        "peggy": agreed_plan(services, patients[0], clinician, "2026-03-10"),  # due in 8 days
        "zoe": agreed_plan(services, patients[2], clinician, "2026-05-01"),  # not due yet
    }


def test_a_phone_review_for_a_patient_picked_from_the_worklist(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    database: Database,
    plans: dict[str, ConsultationRecord],
    nurse: StaffRecord,
) -> None:
    window.followup.worklist_action.trigger()
    worklist = window.followup.worklist_window
    assert worklist is not None  # a window of its own, closed with the main window
    qtbot.waitUntil(lambda: names(worklist) == ["John Smithson", "Margaret Smith"])
    qtbot.waitUntil(
        lambda: worklist.summary.text() == "2 people: 1 overdue, 1 not yet overdue"
    )  # counted after the rows
    # Reading the list is in the audit trail, with how many people it held (DESIGN.md §6).
    listed = [e for e in services.audit.entries() if e.action == "bulk_read"]
    assert [(e.record_type, e.record_id) for e in listed] == [("worklist", 2)]
    model = worklist.model
    assert model.data(model.index(0, WorklistColumn.WHEN)) == "10 days overdue"
    assert model.data(model.index(0, WorklistColumn.PHONE)) == "01632 960 123"

    # Pick John (most overdue, first) and record a review.
    rect = worklist.table.visualRect(model.index(0, WorklistColumn.NAME))
    qtbot.mouseClick(worklist.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert worklist.selected_entry() is not None
    with qtbot.waitSignal(worklist.launcher.dialog_opened) as shown:
        qtbot.keyClick(worklist.table, Qt.Key.Key_Return)  # Enter on the row: record a review
    dialog: ReviewDialog = shown.args[0]
    qtbot.waitExposed(dialog)
    assert dialog.context.plan.id == plans["john"].id
    assert dialog.who_label.text() == "Review of John Smithson’s plan"
    assert "01632 960 123" in dialog.phone_label.text()
    assert "10 days overdue" in dialog.plan_label.text()

    click(qtbot, dialog.mode_buttons["phone"])
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(nurse.id))
    (goal,) = dialog.goal_editors
    assert goal.title.text() == "Goal 1 of 1: “Walk to the shops without stopping”"
    click(qtbot, goal.score_buttons[1])
    goal.comment.setText("Walking to the corner most days 🙂")
    walk, sam = goal.action_editors
    # Nothing is assumed about an action: it starts "not asked".
    assert walk.outcome.currentText() == "Not asked" and walk.value() is None
    walk.set_outcome("done")
    walk.confidence.setValue(9)
    sam.set_outcome("changed")
    sam.comment.setText("Sam comes on Saturdays only")
    sam.confidence.setValue(5)
    assert sam.hint.isVisibleTo(dialog)  # below 7: talk it through
    # The core's one rule: twelve weeks on, as the consultation proposes too.
    assert dialog.next_review.date() == dt.date(2026, 5, 25)

    with (
        qtbot.waitSignal(dialog.saved),
        qtbot.waitSignal(worklist.loaded, timeout=10_000),
    ):
        click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: worklist.launcher.dialog is None)  # closed and gone

    # What the core stored: a phone review by the nurse, added to the plan's history.
    history = services.history.patient_history(plans["john"].patient_id)
    (review,) = history.reviews
    assert (review.mode, review.reviewer_name, review.reviewed_on, review.next_review_date) == (
        "phone",
        "Priya Shah",
        TODAY,
        dt.date(2026, 5, 25),
    )
    (progress,) = review.progress
    assert (progress.attainment, progress.comment, progress.status_after) == (
        1,
        "Walking to the corner most days 🙂",
        "active",
    )
    with database.session_factory() as session:
        outcomes = session.execute(
            select(m.ActionReview.outcome, m.ActionReview.confidence, m.ActionReview.comment)
            .where(m.ActionReview.review_id == review.id)
            .order_by(m.ActionReview.id)
        ).all()
    assert [tuple(o) for o in outcomes] == [
        ("done", 9, None),
        ("changed", 5, "Sam comes on Saturdays only"),
    ]
    # The agreed plan itself is unchanged.
    plan = services.consultations.get(plans["john"].id)
    assert [(g.text, g.status) for g in plan.goals] == [
        ("Walk to the shops without stopping", "active")
    ]
    assert [a.confidence for a in plan.goals[0].actions] == [
        a.confidence for a in plans["john"].goals[0].actions
    ]

    # The worklist moved on: John is no longer due, the next person is chosen.
    assert names(worklist) == ["Margaret Smith"]
    qtbot.waitUntil(
        lambda: worklist.summary.text() == "1 person: 0 overdue, 1 not yet overdue"
    )  # counted after the rows
    assert worklist.selected_entry() is not None
    assert worklist.message.text() == "Review saved. Next review 25 May 2026."


def test_record_review_button_opens_the_dialog_for_the_chosen_row(
    qtbot: QtBot, ctx: UiContext, plans: dict[str, ConsultationRecord]
) -> None:
    opened: list[int] = []
    worklist = make_worklist(qtbot, ctx, opened)
    assert worklist.selected_entry() is not None  # the first row is chosen at once
    with qtbot.waitSignal(worklist.launcher.dialog_opened) as shown:
        click(qtbot, worklist.record_button)
    dialog: ReviewDialog = shown.args[0]
    assert dialog.context.plan.id == plans["john"].id
    dialog.reject()  # nothing entered: closes without asking
    qtbot.waitUntil(lambda: worklist.launcher.dialog is None)
    click(qtbot, worklist.open_button)
    assert opened == [plans["john"].patient_id]


def test_filters_window_status_and_staff(
    qtbot: QtBot, ctx: UiContext, plans: dict[str, ConsultationRecord], nurse: StaffRecord
) -> None:
    worklist = make_worklist(qtbot, ctx)
    assert names(worklist) == ["John Smithson", "Margaret Smith"]
    with qtbot.waitSignal(worklist.loaded):
        worklist.window_days.setValue(90)
    assert names(worklist) == ["John Smithson", "Margaret Smith", "Zoë O'Brien"]
    with qtbot.waitSignal(worklist.loaded):
        worklist.status.setCurrentIndex(worklist.status.findData("overdue"))
    assert names(worklist) == ["John Smithson"]
    assert not worklist.window_days.isEnabled()
    with qtbot.waitSignal(worklist.loaded):
        worklist.status.setCurrentIndex(worklist.status.findData("due"))
    assert names(worklist) == ["Margaret Smith", "Zoë O'Brien"]
    qtbot.waitUntil(lambda: worklist.staff.findData(nurse.id) >= 0)
    with qtbot.waitSignal(worklist.loaded):
        worklist.staff.setCurrentIndex(worklist.staff.findData(nurse.id))
    assert names(worklist) == []
    qtbot.waitUntil(
        lambda: worklist.summary.text() == "Nobody is due for review with these filters."
    )  # counted after the rows
    assert not worklist.record_button.isEnabled()
    assert not worklist.export_button.isEnabled()


def test_export_csv_writes_the_rows_shown_safely_and_is_audited(
    qtbot: QtBot, ctx: UiContext, services: Services, clinician: StaffRecord, tmp_path: Path
) -> None:
    risky = services.patients.create(
        PatientInput("Ann", "Formula", "1950-05-05", phone="+44 1632 960 999")
    )
    agreed_plan(services, risky, clinician, "2026-02-25")
    asked: list[str] = []

    def ask(_parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "worklist")

    worklist = make_worklist(qtbot, ctx, ask_path=ask)
    with qtbot.waitSignal(worklist.exported) as exported:
        click(qtbot, worklist.export_button)
    assert asked[0].endswith("review-worklist-2026-03-02.csv")
    path = Path(exported.args[0])
    assert path == tmp_path / "worklist.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [label for _key, label in WORKLIST_COLUMNS]
    assert rows[1][1] == "Ann Formula"
    assert rows[1][3] == "'+44 1632 960 999"  # never run as a formula by a spreadsheet
    assert rows[1][5] == "5"
    assert not list(tmp_path.glob(".*.part"))  # written through a temporary file
    assert worklist.message.text() == f"Exported 1 people to {path}."
    assert [e.record_type for e in services.audit.entries() if e.action == "export"] == ["worklist"]


def test_validation_messages_appear_next_to_the_fields_and_nothing_is_stored(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    plans: dict[str, ConsultationRecord],
    nurse: StaffRecord,
) -> None:
    launcher = review_launcher(qtbot, ctx)
    dialog = open_review(qtbot, launcher, plans["john"].id)
    (goal,) = dialog.goal_editors

    save_and_wait_for_error(qtbot, dialog)
    assert dialog.field_error("reviewer") == "Choose who did the review."
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(nurse.id))
    assert dialog.field_error("reviewer") == ""

    save_and_wait_for_error(qtbot, dialog)
    assert "by phone" in dialog.field_error("mode")
    click(qtbot, dialog.mode_buttons["in_person"])
    assert dialog.field_error("mode") == ""

    save_and_wait_for_error(qtbot, dialog)
    # The message says what to do.
    assert dialog.field_error("goals.0.attainment") == (
        "Choose how this goal has gone, or mark it not discussed."
    )
    assert goal.errors["goals.0.attainment"].isVisibleTo(dialog)
    click(qtbot, goal.score_buttons[-1])
    assert dialog.field_error("goals.0.attainment") == ""

    goal.set_decision("revise")
    assert goal.revised_text.isVisibleTo(dialog)
    save_and_wait_for_error(qtbot, dialog)
    assert "revised goal" in dialog.field_error("goals.0.revised_text")
    assert goal.revised_text.hasFocus()
    goal.set_decision("continue")

    dialog.plan_next.setChecked(False)
    save_and_wait_for_error(qtbot, dialog)
    assert dialog.field_error("next_review_date").startswith("Set the next review date")
    dialog.plan_next.setChecked(True)

    new = dialog.add_new_goal()
    new.action_editors[0].what.setText("Walk with Sam")
    save_and_wait_for_error(qtbot, dialog)
    assert "new goal" in dialog.field_error("new_goals.0.text").lower()
    assert dialog.banner_message() == ""

    assert services.history.patient_history(plans["john"].patient_id).reviews == ()

    # Put right, the same review saves, and the new goal makes a new agreed revision.
    new.text.setText("Sleep through the night")
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    result = saved.args[0]
    assert result.current_plan_id != plans["john"].id
    revision = services.consultations.get(result.current_plan_id)
    assert [g.text for g in revision.goals] == [
        "Walk to the shops without stopping",
        "Sleep through the night",
    ]
    assert revision.goals[1].actions[0].what == "Walk with Sam"


def test_someone_else_reviewed_meanwhile_shows_a_conflict_and_reloads(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    plans: dict[str, ConsultationRecord],
    nurse: StaffRecord,
    clinician: StaffRecord,
) -> None:
    launcher = review_launcher(qtbot, ctx)
    dialog = open_review(qtbot, launcher, plans["john"].id)
    (goal,) = dialog.goal_editors
    dialog.set_mode("phone")
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(nurse.id))
    click(qtbot, goal.score_buttons[0])
    goal.comment.setText("As planned")

    # Meanwhile, on another computer, the GP reviews the same plan.
    plan = plans["john"]
    services.reviews.record(
        ReviewInput(
            plan.id,
            plan.version,
            clinician.id,
            "in_person",
            "2026-03-01",
            "2026-04-01",
            goals=(GoalProgressInput(plan.goals[0].id, 1, "Seen in clinic"),),
        )
    )

    save_and_wait_for_error(qtbot, dialog)
    assert "another computer" in dialog.banner_message()
    assert dialog.reload_button.isVisibleTo(dialog)
    assert len(services.history.patient_history(plan.patient_id).reviews) == 1

    with qtbot.waitSignal(dialog.reloaded):
        click(qtbot, dialog.reload_button)
    assert "last reviewed 1 Mar 2026 (in person, Dr Amara Okafor)" in dialog.plan_label.text()
    (goal,) = dialog.goal_editors
    assert (goal.attainment(), goal.comment.text()) == (0, "As planned")  # kept
    assert "Last time, 1 Mar 2026: +1 more than expected" in goal.last.text()
    assert dialog.context.plan.version != plan.version

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert len(services.history.patient_history(plan.patient_id).reviews) == 2


@message_box_offscreen
def test_leaving_a_review_with_entries_asks_first(
    qtbot: QtBot, ctx: UiContext, services: Services, plans: dict[str, ConsultationRecord]
) -> None:
    launcher = review_launcher(qtbot, ctx)
    dialog = open_review(qtbot, launcher, plans["john"].id)
    dialog.goal_editors[0].comment.setText("Halfway through the call")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Keep editing")
    click(qtbot, keep)
    assert dialog.isVisible()
    assert dialog.goal_editors[0].comment.text() == "Halfway through the call"

    dialog.reject()
    box = dialog.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    click(qtbot, discard)
    qtbot.waitUntil(lambda: launcher.dialog is None)
    assert services.history.patient_history(plans["john"].patient_id).reviews == ()
