"""A patient's plans and reviews over time, as two tables."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import PlanSummary, ReviewSummary
from careplan.vocabulary import GAS_LABELS, ConsultationStatus, ReviewMode
from ui import formatting
from ui.models.table import Column, TableModel

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


class _Dated(Protocol):
    @property
    def id(self) -> int: ...


S = TypeVar("S", bound=_Dated)


class _HistoryTable(TableModel[S]):
    """What the plan and review tables share: the overdue mark on one row's due date, the
    last column."""

    def __init__(self, columns: list[Column[S]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._overdue_id: int | None = None

    def _set(self, rows: tuple[S, ...], overdue_id: int | None) -> None:
        self._overdue_id = overdue_id
        self.set_rows(rows)

    def is_overdue(self, row: int, column: int) -> bool:
        record = self.record(row)
        return self._is_overdue(record, column) if record is not None else False

    def _is_overdue(self, record: S, column: int) -> bool:
        return column == len(self._columns) - 1 and record.id == self._overdue_id

    def _extra(self, record: S, column: int, role: int) -> object:
        if self._is_overdue(record, column):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _due_text(self, record: S, when: dt.date | None) -> str:
        if when is None:
            return self.tr("not set")
        text = formatting.date(when)
        if record.id == self._overdue_id:
            return self.tr("{date} — overdue").format(date=text)
        return text


class PlanHistoryModel(_HistoryTable[PlanSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda p: formatting.date(p.consultation_date)),
                Column(self.tr("Status"), self._status),
                Column(self.tr("Revision"), lambda p: str(p.revision), numeric=True),
                Column(self.tr("Clinician"), lambda p: p.clinician_name or self.tr("not recorded")),
                Column(self.tr("Goals"), lambda p: str(p.goal_count), numeric=True),
                Column(self.tr("Actions"), lambda p: str(p.action_count), numeric=True),
                Column(
                    self.tr("Review date"),
                    lambda p: self._due_text(p, p.review_date),
                    tip=lambda p: (
                        self.tr("The review of this plan is overdue.")
                        if p.id == self._overdue_id
                        else None
                    ),
                ),
            ],
            parent,
        )

    def set_plans(self, plans: tuple[PlanSummary, ...], overdue_plan_id: int | None) -> None:
        self._set(plans, overdue_plan_id)

    def plan(self, row: int) -> PlanSummary:
        return self._records[row]

    def _status(self, plan: PlanSummary) -> str:
        if plan.status == ConsultationStatus.AGREED.value:
            return self.tr("Agreed")
        return self.tr("Draft")


class ReviewHistoryModel(_HistoryTable[ReviewSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda r: formatting.date(r.reviewed_on)),
                Column(self.tr("By"), lambda r: r.reviewer_name or self.tr("not recorded")),
                Column(self.tr("How"), lambda r: self.mode_text(r.mode)),
                Column(self.tr("Progress"), self.progress_text, tip=self._progress_tip),
                Column(
                    self.tr("Next review"),
                    lambda r: self._due_text(r, r.next_review_date),
                    tip=lambda r: (
                        self.tr("The next review is overdue.") if r.id == self._overdue_id else None
                    ),
                ),
            ],
            parent,
        )

    def set_reviews(
        self, reviews: tuple[ReviewSummary, ...], overdue_review_id: int | None
    ) -> None:
        self._set(reviews, overdue_review_id)

    def review(self, row: int) -> ReviewSummary:
        return self._records[row]

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

    def _progress_tip(self, review: ReviewSummary) -> str | None:
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
        return "\n".join(lines) or None
