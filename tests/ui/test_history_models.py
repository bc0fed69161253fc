"""The plan and review tables of the patient page, tested without widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtTest import QAbstractItemModelTester

from careplan.records import GoalProgressRecord, PlanSummary, ReviewSummary
from tests.ui.tables import column
from ui.models.history import (
    PlanHistoryModel,
    ReviewHistoryModel,
    overdue_items,
)

TODAY = dt.date(2026, 3, 2)
AGREED_AT = dt.datetime(2025, 9, 1, 10, 0, tzinfo=dt.UTC)


def plan(
    id: int,
    status: str = "agreed",
    review: dt.date | None = dt.date(2026, 1, 15),
    agreed_at: dt.datetime | None = AGREED_AT,
    due: dt.date | None = None,
) -> PlanSummary:
    return PlanSummary(
        id=id,
        consultation_date=dt.date(2025, 9, 1),
        status=status,
        revision=1,
        clinician_name="Dr Amara Okafor",
        goal_count=2,
        action_count=3,
        review_date=review,
        agreed_at=agreed_at if status == "agreed" else None,
        review_due=due,
    )


def review(
    id: int, consultation_id: int, on: dt.date, next_date: dt.date | None, *scores: int
) -> ReviewSummary:
    return ReviewSummary(
        id=id,
        consultation_id=consultation_id,
        reviewed_on=on,
        reviewer_name="Priya Shah",
        mode="phone",
        next_review_date=next_date,
        progress=tuple(
            GoalProgressRecord(i, f"Goal {i}", s, "going well" if s > 0 else None, "active")
            for i, s in enumerate(scores, start=1)
        ),
    )


def test_unreviewed_plan_past_its_review_date_is_overdue() -> None:
    # The core marks the plan in force with the date it is due (review_due).
    assert overdue_items((plan(1, due=dt.date(2026, 1, 15)),), (), TODAY) == (1, None)
    assert overdue_items((plan(1, due=dt.date(2026, 3, 2)),), (), TODAY) == (None, None)
    assert overdue_items((plan(1, review=None),), (), TODAY) == (None, None)


def test_only_the_plan_in_force_counts() -> None:
    older = plan(1, agreed_at=AGREED_AT - dt.timedelta(days=400))  # replaced: no due date
    newer = plan(2, review=dt.date(2026, 6, 1), due=dt.date(2026, 6, 1))
    draft = plan(3, status="draft", review=dt.date(2025, 1, 1))
    assert overdue_items((draft, newer, older), (), TODAY) == (None, None)
    assert overdue_items((draft,), (), TODAY) == (None, None)


def test_after_a_review_its_next_review_date_is_what_is_due() -> None:
    reviews = (review(7, 1, dt.date(2026, 1, 10), dt.date(2026, 2, 1), 1),)
    assert overdue_items((plan(1, due=dt.date(2026, 2, 1)),), reviews, TODAY) == (None, 7)
    on_time = (review(7, 1, dt.date(2026, 1, 10), dt.date(2026, 5, 1), 1),)
    assert overdue_items((plan(1, due=dt.date(2026, 5, 1)),), on_time, TODAY) == (None, None)


@pytest.fixture
def plans(app: object) -> PlanHistoryModel:
    model = PlanHistoryModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    return model


@pytest.fixture
def reviews(app: object) -> ReviewHistoryModel:
    model = ReviewHistoryModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)
    return model


def test_plan_rows(plans: PlanHistoryModel) -> None:
    plans.set_plans((plan(2, status="draft", review=None), plan(1)), overdue_plan_id=1)
    assert [list(plans.texts(row)) for row in range(plans.rowCount())] == [
        ["1 Sep 2025", "Draft", "1", "Dr Amara Okafor", "2", "3", "not set"],
        ["1 Sep 2025", "Agreed", "1", "Dr Amara Okafor", "2", "3", "15 Jan 2026 — overdue"],
    ]
    headers = [plans.headerData(c, Qt.Orientation.Horizontal) for c in range(plans.columnCount())]
    assert headers == [
        "Date",
        "Status",
        "Revision",
        "Clinician",
        "Goals",
        "Actions",
        "Review date",
    ]


def test_overdue_is_marked_in_words_as_well_as_colour(plans: PlanHistoryModel) -> None:
    plans.set_plans((plan(1),), overdue_plan_id=1)
    cell = plans.index(0, column(plans, "Review date"))
    assert "overdue" in str(plans.data(cell))
    assert isinstance(plans.data(cell, Qt.ItemDataRole.ForegroundRole), QBrush)
    font = plans.data(cell, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert "overdue" in str(plans.data(cell, Qt.ItemDataRole.ToolTipRole))
    other = plans.index(0, column(plans, "Date"))
    assert plans.data(other, Qt.ItemDataRole.ForegroundRole) is None

    plans.set_plans((plan(1),), overdue_plan_id=None)
    assert plans.data(cell) == "15 Jan 2026"


def test_review_rows(reviews: ReviewHistoryModel) -> None:
    reviews.set_reviews(
        (
            review(2, 1, dt.date(2026, 1, 10), dt.date(2026, 2, 1), 1, 0),
            review(1, 1, dt.date(2025, 11, 1), dt.date(2026, 1, 10), -2),
            review(0, 1, dt.date(2025, 10, 1), None),
        ),
        overdue_review_id=2,
    )
    assert [list(reviews.texts(row)) for row in range(reviews.rowCount())] == [
        ["10 Jan 2026", "Priya Shah", "Phone", "2 goals: +1, 0", "1 Feb 2026 — overdue"],
        ["1 Nov 2025", "Priya Shah", "Phone", "1 goal: -2", "10 Jan 2026"],
        ["1 Oct 2025", "Priya Shah", "Phone", "no goals rated", "not set"],
    ]
    progress = reviews.index(0, column(reviews, "Progress"))
    tip = str(reviews.data(progress, Qt.ItemDataRole.ToolTipRole))
    assert "Goal 1: +1 (more than expected) — going well" in tip
    assert "Goal 2: 0 (as expected)" in tip


def test_review_modes(reviews: ReviewHistoryModel) -> None:
    assert reviews.mode_text("in_person") == "In person"
    assert reviews.mode_text("video") == "Video"
    assert reviews.mode_text("carrier pigeon") == "carrier pigeon"
