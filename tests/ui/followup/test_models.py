"""The worklist, goal-review and overview tables, tested without widgets."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtTest import QAbstractItemModelTester

from careplan.records import (
    GoalHistory,
    GoalReviewPoint,
    OverviewRow,
    PracticeOverview,
    WorklistEntry,
    WorklistPage,
)
from tests.ui.tables import column
from ui.followup import wording
from ui.models.goal_history import GoalReviewColumn, GoalReviewsModel
from ui.models.overview import ROW_ROLE, OverviewModel
from ui.models.worklist import ENTRY_ROLE, WorklistColumn, WorklistModel


def entry(pid: int, days_overdue: int, *, reviewed: bool = False, phone: str | None = None):
    due = dt.date(2026, 3, 2) - dt.timedelta(days=days_overdue)
    return WorklistEntry(
        patient_id=pid,
        nhs_number="9434765919" if pid == 1 else None,
        full_name=f"Person {pid}",
        date_of_birth=dt.date(1950, 1, 1),
        phone=phone,
        consultation_id=100 + pid,
        plan_version=1,
        due=due,
        days_overdue=days_overdue,
        clinician_id=1,
        clinician_name="Dr Amara Okafor",
        last_reviewed_on=dt.date(2025, 12, 1) if reviewed else None,
        last_reviewer_name="Priya Shah" if reviewed else None,
    )


M = TypeVar("M", bound=QAbstractItemModel)


def with_tester(model: M) -> M:
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    return model


def text(model: QAbstractItemModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


@pytest.mark.parametrize(
    "days, words",
    [
        (12, "12 days overdue"),
        (1, "1 day overdue"),
        (0, "due today"),
        (-1, "due tomorrow"),
        (-3, "due in 3 days"),
    ],
)
def test_days_overdue_in_words(app: object, days: int, words: str) -> None:
    assert wording.when_due(days) == words


def test_worklist_rows_say_who_to_call_and_why(app: object) -> None:
    model = with_tester(WorklistModel())
    assert model.summary() == "Nobody is due for review with these filters."
    model.set_entries(
        [entry(1, 12, phone="01632 960 123"), entry(2, 0, reviewed=True), entry(3, -3)]
    )
    assert model.rowCount() == 3 and model.columnCount() == len(WorklistColumn)
    assert [text(model, 0, c) for c in WorklistColumn] == [
        "Person 1",
        "12 days overdue",
        "01632 960 123",
        "943 476 5919",
        "18 Feb 2026",
        "Dr Amara Okafor",
        "not yet reviewed",
    ]
    assert text(model, 1, WorklistColumn.WHEN) == "due today"
    assert text(model, 1, WorklistColumn.LAST_REVIEWED) == "1 Dec 2025 by Priya Shah"
    assert text(model, 1, WorklistColumn.PHONE) == "no phone recorded"
    assert text(model, 1, WorklistColumn.NHS_NUMBER) == "not recorded"
    assert text(model, 2, WorklistColumn.WHEN) == "due in 3 days"
    # Overdue is words first; colour and bold only add to them.
    when = model.index(0, WorklistColumn.WHEN)
    assert isinstance(model.data(when, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert isinstance(model.data(when, Qt.ItemDataRole.FontRole), QFont)
    assert model.data(model.index(2, WorklistColumn.WHEN), Qt.ItemDataRole.FontRole) is None
    second = model.data(model.index(1, 0), ENTRY_ROLE)
    assert isinstance(second, WorklistEntry) and second.patient_id == 2
    assert model.row_of(103) == 2 and model.row_of(999) is None
    assert model.summary() == "3 people: 1 overdue, 2 not yet overdue"
    assert model.headerData(WorklistColumn.WHEN, Qt.Orientation.Horizontal) == "Review"
    model.set_entries([])
    assert model.rowCount() == 0


def point(review_id: int, on: dt.date, score: int, comment: str | None = None) -> GoalReviewPoint:
    return GoalReviewPoint(
        review_id, 1, on, score, comment, "active", "Priya Shah", "phone", "Walk to the shops"
    )


def history(*points: GoalReviewPoint, status: str = "active") -> GoalHistory:
    return GoalHistory(
        goal_id=1,
        text="Walk to the shops",
        status=status,
        expressed_by="patient",
        first_agreed_on=dt.date(2025, 9, 1),
        goal_ids=(1,),
        wordings=("Walk to the shops",),
        in_current_plan=True,
        reviews=points,
    )


def test_goal_reviews_newest_first_with_scores_in_words(app: object) -> None:
    model = with_tester(GoalReviewsModel())
    model.set_history(
        history(
            point(1, dt.date(2025, 12, 1), -1, "Too wet"),
            point(2, dt.date(2026, 3, 2), 2, "=SUM(A1)"),
        )
    )
    assert [text(model, 0, c) for c in GoalReviewColumn] == [
        "2 Mar 2026",
        "+2 much more",
        "“=SUM(A1)”",
        "continue",
        "Priya Shah, by phone",
    ]
    assert text(model, 1, GoalReviewColumn.PROGRESS) == "\u22121 less"
    progress = model.index(1, GoalReviewColumn.PROGRESS)
    assert model.data(progress, Qt.ItemDataRole.AccessibleTextRole) == (
        "\u22121 less than expected; then: continue; Priya Shah, by phone"
    )
    model.set_history(None)
    assert model.rowCount() == 0


def row(staff: str | None, people: int, action: int, due: int, on_time: int, conf: float | None):
    return OverviewRow(
        staff_id=None if staff is None else 1,
        staff_name=staff,
        plans_agreed=people + 2,
        people_with_plan=people,
        people_with_action_plan=action,
        reviews_due=due,
        reviews_on_time=on_time,
        average_confidence=conf,
    )


def test_overview_rows_whole_practice_first_with_counts_and_shares(app: object) -> None:
    model = with_tester(OverviewModel())
    overview = PracticeOverview(
        dt.date(2025, 3, 3),
        dt.date(2026, 3, 2),
        10_000,
        row(None, 530, 412, 40, 30, 7.84),
        (row("Dr Amara Okafor", 300, 250, 0, 0, None), row("Priya Shah", 0, 0, 5, 1, 6.0)),
    )
    model.set_overview(overview)
    assert model.rowCount() == 3
    assert list(model.texts(0)) == [
        "Whole practice",
        "530 of 10,000 (5%)",
        "412 of 530 (78%)",
        "30 of 40 (75%)",
        "7.8 out of 10",
        "532",
    ]
    assert list(model.texts(1))[1:5] == [
        "300",
        "250 of 300 (83%)",
        "none due",
        "no ratings",
    ]
    assert text(model, 2, column(model, "…with a goal and an action plan")) == "no plans"
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.FontRole), QFont)
    staff_row = model.data(model.index(1, 0), ROW_ROLE)
    assert isinstance(staff_row, OverviewRow) and staff_row.staff_name == "Dr Amara Okafor"
    model.set_overview(None)
    assert model.rowCount() == 0


def test_worklist_pages_are_appended_and_counted_by_the_core(app: object) -> None:
    model = with_tester(WorklistModel())
    asked: list[WorklistPage] = []
    model.set_paging(True)
    model.page_wanted.connect(asked.append)
    first = WorklistPage((entry(1, 5), entry(2, -3)), 40, 25, (dt.date(2026, 3, 1), "b", 2))
    model.set_page(first)
    model.fetchMore()
    model.fetchMore()  # one request at a time
    assert asked == [first] and not model.canFetchMore()
    model.append_page(WorklistPage((entry(3, -9),), 40, 25))
    assert model.rowCount() == 3 and model.entry(2).patient_id == 3
    assert not model.canFetchMore()  # the last page has no next_after
    # The counts are the whole list's, not only the rows loaded so far.
    assert model.summary() == "40 people: 25 overdue, 15 not yet overdue"
