"""A goal's reviews as a table: the chart's values in words, for reading and screen readers."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careplan.records import GoalHistory, GoalReviewPoint
from ui import formatting
from ui.followup import wording

ModelIndex = QModelIndex | QPersistentModelIndex


class GoalReviewColumn(IntEnum):
    DATE = 0
    PROGRESS = 1
    COMMENT = 2
    DECISION = 3
    BY = 4


class GoalReviewsModel(QAbstractTableModel):
    """One goal's reviews, newest first (the chart reads them oldest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[GoalReviewPoint, ...] = ()
        self._texts: list[tuple[str, ...]] = []

    def set_history(self, history: GoalHistory | None) -> None:
        self.beginResetModel()
        self._points = tuple(reversed(history.reviews)) if history is not None else ()
        self._texts = [self._row_texts(p) for p in self._points]
        self.endResetModel()

    def point(self, row: int) -> GoalReviewPoint:
        return self._points[row]

    def _row_texts(self, p: GoalReviewPoint) -> tuple[str, ...]:
        by = wording.mode(p.mode)
        if p.reviewer_name:
            by = self.tr("{name}, {how}").format(name=p.reviewer_name, how=by)
        return (
            formatting.date(p.reviewed_on),
            wording.score_short(p.attainment),
            f"“{p.comment}”" if p.comment else "",
            wording.decision_after(p.status_after),
            by,
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GoalReviewColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(GoalReviewColumn):
            return None
        return {
            GoalReviewColumn.DATE: self.tr("Reviewed"),
            GoalReviewColumn.PROGRESS: self.tr("Progress"),
            GoalReviewColumn.COMMENT: self.tr("In their words"),
            GoalReviewColumn.DECISION: self.tr("Then"),
            GoalReviewColumn.BY: self.tr("By"),
        }[GoalReviewColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._points):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            point = self._points[index.row()]
            if index.column() == GoalReviewColumn.PROGRESS:
                return self.tr("{score}; then: {decision}; {by}").format(
                    score=wording.score_with_meaning(point.attainment),
                    decision=self._texts[index.row()][GoalReviewColumn.DECISION],
                    by=self._texts[index.row()][GoalReviewColumn.BY],
                )
            if index.column() == GoalReviewColumn.COMMENT and point.comment:
                return point.comment
            return self._texts[index.row()][index.column()] or None
        return None
