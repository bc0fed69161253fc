"""A patient's plans and reviews over time, as two tables."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import PlanSummary, ReviewSummary
from careplan.vocabulary import GAS_LABELS, ConsultationStatus, ReviewMode
from ui import formatting

ModelIndex = QModelIndex | QPersistentModelIndex

# Dark red: readable on a light background; always paired with the word "overdue".
OVERDUE_COLOUR = QColor(0xA4, 0x00, 0x00)


def overdue_items(
    plans: tuple[PlanSummary, ...], reviews: tuple[ReviewSummary, ...], today: dt.date
) -> tuple[int | None, int | None]:
    """Which date is overdue now: ``(plan id, review id)``, at most one of them.

    The core marks the plan in force with the date it is next due
    (``review_due``). If that date has passed, the overdue mark goes on the
    latest review of that plan (whose next date it is) or, if it has not been
    reviewed yet, on the plan's own review date.
    """
    current = next((p for p in plans if p.review_due is not None), None)
    if current is None or current.review_due is None or current.review_due >= today:
        return None, None
    its_reviews = [r for r in reviews if r.consultation_id == current.id]
    if its_reviews:
        return None, max(its_reviews, key=lambda r: (r.reviewed_on, r.id)).id
    return current.id, None


class _HistoryTable(QAbstractTableModel):
    """What the plan and review tables share: rows, headers and the overdue mark."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overdue_id: int | None = None

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _row_count(self) -> int:
        raise NotImplementedError

    def _row_id(self, row: int) -> int:
        raise NotImplementedError

    def _text(self, row: int, column: int) -> str:
        raise NotImplementedError

    def _tooltip(self, row: int, column: int) -> str | None:
        return None

    _DATE_DUE_COLUMN = -1
    _NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def is_overdue(self, row: int, column: int) -> bool:
        return column == self._DATE_DUE_COLUMN and self._row_id(row) == self._overdue_id

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        headers = self._headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._row_count():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or self._text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.is_overdue(row, column):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _due_text(self, row: int, column: int, when: dt.date | None) -> str:
        if when is None:
            return self.tr("not set")
        text = formatting.date(when)
        if self.is_overdue(row, column):
            return self.tr("{date} — overdue").format(date=text)
        return text


class PlanColumn(IntEnum):
    DATE = 0
    STATUS = 1
    REVISION = 2
    CLINICIAN = 3
    GOALS = 4
    ACTIONS = 5
    REVIEW_DATE = 6


class PlanHistoryModel(_HistoryTable):
    _DATE_DUE_COLUMN = PlanColumn.REVIEW_DATE
    _NUMERIC_COLUMNS = frozenset({PlanColumn.REVISION, PlanColumn.GOALS, PlanColumn.ACTIONS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: tuple[PlanSummary, ...] = ()

    def set_plans(self, plans: tuple[PlanSummary, ...], overdue_plan_id: int | None) -> None:
        self.beginResetModel()
        self._plans = plans
        self._overdue_id = overdue_plan_id
        self.endResetModel()

    def plan(self, row: int) -> PlanSummary:
        return self._plans[row]

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Revision"),
            self.tr("Clinician"),
            self.tr("Goals"),
            self.tr("Actions"),
            self.tr("Review date"),
        ]

    def _row_count(self) -> int:
        return len(self._plans)

    def _row_id(self, row: int) -> int:
        return self._plans[row].id

    def _text(self, row: int, column: int) -> str:
        plan = self._plans[row]
        match PlanColumn(column):
            case PlanColumn.DATE:
                return formatting.date(plan.consultation_date)
            case PlanColumn.STATUS:
                if plan.status == ConsultationStatus.AGREED.value:
                    return self.tr("Agreed")
                return self.tr("Draft")
            case PlanColumn.REVISION:
                return str(plan.revision)
            case PlanColumn.CLINICIAN:
                return plan.clinician_name or self.tr("not recorded")
            case PlanColumn.GOALS:
                return str(plan.goal_count)
            case PlanColumn.ACTIONS:
                return str(plan.action_count)
            case PlanColumn.REVIEW_DATE:
                return self._due_text(row, column, plan.review_date)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        if self.is_overdue(row, column):
            return self.tr("The review of this plan is overdue.")
        return None


class ReviewColumn(IntEnum):
    DATE = 0
    BY = 1
    HOW = 2
    PROGRESS = 3
    NEXT_REVIEW = 4


class ReviewHistoryModel(_HistoryTable):
    _DATE_DUE_COLUMN = ReviewColumn.NEXT_REVIEW

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reviews: tuple[ReviewSummary, ...] = ()

    def set_reviews(
        self, reviews: tuple[ReviewSummary, ...], overdue_review_id: int | None
    ) -> None:
        self.beginResetModel()
        self._reviews = reviews
        self._overdue_id = overdue_review_id
        self.endResetModel()

    def review(self, row: int) -> ReviewSummary:
        return self._reviews[row]

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("By"),
            self.tr("How"),
            self.tr("Progress"),
            self.tr("Next review"),
        ]

    def _row_count(self) -> int:
        return len(self._reviews)

    def _row_id(self, row: int) -> int:
        return self._reviews[row].id

    def mode_text(self, mode: str) -> str:
        return {
            ReviewMode.IN_PERSON.value: self.tr("In person"),
            ReviewMode.PHONE.value: self.tr("Phone"),
            ReviewMode.VIDEO.value: self.tr("Video"),
        }.get(mode, mode)

    def progress_text(self, review: ReviewSummary) -> str:
        """``2 goals: +1, 0``: Goal Attainment Scale scores, goal by goal."""
        scores = ", ".join(f"{p.attainment:+d}" if p.attainment else "0" for p in review.progress)
        count = len(review.progress)
        if count == 0:
            return self.tr("no goals rated")
        if count == 1:
            return self.tr("1 goal: {scores}").format(scores=scores)
        return self.tr("{count} goals: {scores}").format(count=count, scores=scores)

    def _text(self, row: int, column: int) -> str:
        review = self._reviews[row]
        match ReviewColumn(column):
            case ReviewColumn.DATE:
                return formatting.date(review.reviewed_on)
            case ReviewColumn.BY:
                return review.reviewer_name or self.tr("not recorded")
            case ReviewColumn.HOW:
                return self.mode_text(review.mode)
            case ReviewColumn.PROGRESS:
                return self.progress_text(review)
            case ReviewColumn.NEXT_REVIEW:
                return self._due_text(row, column, review.next_review_date)
        return ""

    def _tooltip(self, row: int, column: int) -> str | None:
        review = self._reviews[row]
        if column == ReviewColumn.PROGRESS and review.progress:
            lines = []
            for p in review.progress:
                line = self.tr("{goal}: {score} ({meaning})").format(
                    goal=p.goal_text,
                    score=f"{p.attainment:+d}" if p.attainment else "0",
                    meaning=GAS_LABELS.get(p.attainment, ""),
                )
                if p.comment:
                    line += " — " + p.comment
                lines.append(line)
            return "\n".join(lines)
        if self.is_overdue(row, column):
            return self.tr("The next review is overdue.")
        return None
