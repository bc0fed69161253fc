"""The practice overview as a table: the whole practice first, then each staff member."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from careplan.records import OverviewRow, PracticeOverview
from ui import formatting
from ui.followup import wording

ModelIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`~careplan.records.OverviewRow`."""


class OverviewColumn(IntEnum):
    WHO = 0
    PEOPLE_WITH_PLAN = 1
    ACTION_PLAN = 2
    ON_TIME = 3
    CONFIDENCE = 4
    PLANS_AGREED = 5


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview: PracticeOverview | None = None
        self._rows: tuple[OverviewRow, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_overview(self, overview: PracticeOverview | None) -> None:
        self.beginResetModel()
        self._overview = overview
        self._rows = () if overview is None else (overview.overall, *overview.by_staff)
        self._texts = [self._row_texts(row, i == 0) for i, row in enumerate(self._rows)]
        self.endResetModel()

    @property
    def overview(self) -> PracticeOverview | None:
        return self._overview

    def row(self, index: int) -> OverviewRow:
        return self._rows[index]

    def _row_texts(self, row: OverviewRow, overall: bool) -> tuple[str, ...]:
        assert self._overview is not None
        if overall:
            who = self.tr("Whole practice")
            people = wording.share(row.people_with_plan, self._overview.registered_patients)
        else:
            who = row.staff_name or self.tr("No clinician recorded")
            people = formatting.number(row.people_with_plan)
        confidence = (
            self.tr("{value} out of 10").format(value=f"{row.average_confidence:.1f}")
            if row.average_confidence is not None
            else self.tr("no ratings")
        )
        on_time = (
            wording.share(row.reviews_on_time, row.reviews_due)
            if row.reviews_due
            else self.tr("none due")
        )
        action_plan = (
            wording.share(row.people_with_action_plan, row.people_with_plan)
            if row.people_with_plan
            else self.tr("no plans")
        )
        return (
            who,
            people,
            action_plan,
            on_time,
            confidence,
            formatting.number(row.plans_agreed),
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OverviewColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(OverviewColumn):
            return None
        column = OverviewColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OverviewColumn.WHO: self.tr("Who"),
                OverviewColumn.PEOPLE_WITH_PLAN: self.tr("People with an agreed plan"),
                OverviewColumn.ACTION_PLAN: self.tr("…with a goal and an action plan"),
                OverviewColumn.ON_TIME: self.tr("Reviews done on time"),
                OverviewColumn.CONFIDENCE: self.tr("Average confidence"),
                OverviewColumn.PLANS_AGREED: self.tr("Plans agreed"),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                OverviewColumn.WHO: self.tr("The whole practice, then each clinician's plans"),
                OverviewColumn.PEOPLE_WITH_PLAN: self.tr(
                    "People with a plan agreed in the period (of all registered, for the practice)"
                ),
                OverviewColumn.ACTION_PLAN: self.tr(
                    "Of those, people with at least one goal that has an action"
                ),
                OverviewColumn.ON_TIME: self.tr(
                    "Reviews that fell due in the period and were done in their on-time window"
                ),
                OverviewColumn.CONFIDENCE: self.tr(
                    "The mean of each action's standing confidence rating, 0 to 10"
                ),
                OverviewColumn.PLANS_AGREED: self.tr("Plans agreed in the period"),
            }[column]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._texts[index.row()][index.column()]
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != OverviewColumn.WHO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
