"""The review worklist as a table: who to call, and why, most overdue first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import WorklistEntry
from ui import formatting
from ui.followup import wording

ModelIndex = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`~careplan.records.WorklistEntry`, in every column."""

# Dark red: readable on a light background; always paired with the words "overdue".
OVERDUE_COLOUR = QColor(0xA4, 0x00, 0x00)


class WorklistColumn(IntEnum):
    NAME = 0
    WHEN = 1
    PHONE = 2
    NHS_NUMBER = 3
    DUE = 4
    AGREED_BY = 5
    LAST_REVIEWED = 6


class WorklistModel(QAbstractTableModel):
    """Rows in the core's order (most overdue first); texts worked out once per fill."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[WorklistEntry, ...] = ()
        # A row's texts are worked out when a view first asks for them (a view asks only
        # for the rows it shows), then kept: a practice's worklist can run to thousands.
        self._texts: list[tuple[str, ...] | None] = []
        self._dates: dict[object, str] = {}
        self._whens: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(OVERDUE_COLOUR)

    # ----- what the core returned -----------------------------------------------------

    def set_entries(self, entries: Sequence[WorklistEntry]) -> None:
        self.beginResetModel()
        self._entries = tuple(entries)
        self._texts = [None] * len(self._entries)
        self.endResetModel()

    @property
    def entries(self) -> tuple[WorklistEntry, ...]:
        return self._entries

    def entry(self, row: int) -> WorklistEntry:
        return self._entries[row]

    def row_of(self, consultation_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.consultation_id == consultation_id:
                return row
        return None

    def overdue_count(self) -> int:
        return sum(1 for e in self._entries if e.is_overdue)

    def summary(self) -> str:
        """``23 people: 9 overdue, 14 due``, for the line above the table."""
        total = len(self._entries)
        if total == 0:
            return self.tr("Nobody is due for review with these filters.")
        overdue = self.overdue_count()
        people = self.tr("1 person") if total == 1 else self.tr("{count} people")
        return self.tr("{people}: {overdue} overdue, {due} not yet overdue").format(
            people=people.format(count=formatting.number(total)),
            overdue=formatting.number(overdue),
            due=formatting.number(total - overdue),
        )

    def texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._row_texts(self._entries[row])
        return texts

    def _date(self, value: dt.date) -> str:
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = formatting.date(value)
        return text

    def _row_texts(self, e: WorklistEntry) -> tuple[str, ...]:
        if e.last_reviewed_on is None:
            last = self.tr("not yet reviewed")
        elif e.last_reviewer_name:
            last = self.tr("{date} by {name}").format(
                date=self._date(e.last_reviewed_on), name=e.last_reviewer_name
            )
        else:
            last = self._date(e.last_reviewed_on)
        when = self._whens.get(e.days_overdue)
        if when is None:
            when = self._whens[e.days_overdue] = wording.when_due(e.days_overdue)
        return (
            e.full_name,
            when,
            e.phone or self.tr("no phone recorded"),
            formatting.nhs_number(e.nhs_number) or self.tr("not recorded"),
            self._date(e.due),
            e.clinician_name or self.tr("not recorded"),
            last,
        )

    # ----- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WorklistColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(WorklistColumn):
            return None
        return {
            WorklistColumn.NAME: self.tr("Name"),
            WorklistColumn.WHEN: self.tr("Review"),
            WorklistColumn.PHONE: self.tr("Phone"),
            WorklistColumn.NHS_NUMBER: self.tr("NHS number"),
            WorklistColumn.DUE: self.tr("Due on"),
            WorklistColumn.AGREED_BY: self.tr("Plan agreed by"),
            WorklistColumn.LAST_REVIEWED: self.tr("Last reviewed"),
        }[WorklistColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(row)[column]
        if role == ENTRY_ROLE:
            return self._entries[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self._entries[row]
            if column == WorklistColumn.WHEN:
                return self.tr("Review due on {date}: {when}").format(
                    date=self._date(entry.due), when=self.texts(row)[column]
                )
            return self.texts(row)[column]
        if column == WorklistColumn.WHEN and self._entries[row].is_overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue_brush
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
