"""A goal's reviews as a table: the chart's values in words, for reading and screen readers."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject

from careplan.records import GoalHistory, GoalReviewPoint
from ui import formatting
from ui.followup import wording
from ui.models.table import Column, TableModel


class GoalReviewColumn(IntEnum):
    DATE = 0
    PROGRESS = 1
    COMMENT = 2
    DECISION = 3
    BY = 4


class GoalReviewsModel(TableModel[GoalReviewPoint]):
    """One goal's reviews, newest first (the chart reads them oldest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Reviewed"), lambda p: formatting.date(p.reviewed_on)),
                Column(
                    self.tr("Progress"),
                    lambda p: wording.score_short(p.attainment),
                    tip=self._progress_in_full,
                    spoken=self._progress_in_full,
                ),
                Column(
                    self.tr("In their words"),
                    lambda p: f"“{p.comment}”" if p.comment else "",
                    tip=lambda p: p.comment,
                    spoken=lambda p: p.comment,
                ),
                Column(self.tr("Then"), lambda p: wording.decision_after(p.status_after)),
                Column(self.tr("By"), self._by),
            ],
            parent,
        )

    def set_history(self, history: GoalHistory | None) -> None:
        self.set_rows(reversed(history.reviews) if history is not None else ())

    def point(self, row: int) -> GoalReviewPoint:
        return self._records[row]

    def _by(self, p: GoalReviewPoint) -> str:
        how = wording.mode(p.mode)
        if p.reviewer_name:
            return self.tr("{name}, {how}").format(name=p.reviewer_name, how=how)
        return how

    def _progress_in_full(self, p: GoalReviewPoint) -> str:
        return self.tr("{score}; then: {decision}; {by}").format(
            score=wording.score_with_meaning(p.attainment),
            decision=wording.decision_after(p.status_after),
            by=self._by(p),
        )
