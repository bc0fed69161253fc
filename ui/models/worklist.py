"""The review worklist as a table: who to call, and why, most overdue first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import WorklistEntry, WorklistPage
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
    """Rows in the core's order (most overdue first), a page at a time: the first page
    shows at once and the next is asked for as the view scrolls near the end
    (``canFetchMore``/``fetchMore``); texts are worked out once per row."""

    page_wanted = Signal(object)  # WorklistPage: the last page; the answer goes to append_page

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
        self._first: WorklistPage | None = None
        self._last: WorklistPage | None = None
        self._fetch_enabled = False
        self._fetching = False

    # ----- what the core returned -----------------------------------------------------

    def set_paging(self, enabled: bool) -> None:
        """Whether scrolling near the end asks for the next page (``page_wanted``)."""
        self._fetch_enabled = enabled

    def set_entries(self, entries: Sequence[WorklistEntry]) -> None:
        """A whole list at once."""
        entries = tuple(entries)
        overdue = sum(1 for e in entries if e.is_overdue)
        self.set_page(WorklistPage(entries, len(entries), overdue))

    def set_page(self, page: WorklistPage) -> None:
        """A new list's first page: replaces every row."""
        self.beginResetModel()
        self._first = self._last = page
        self._fetching = False
        self._entries = page.entries
        self._texts = [None] * len(self._entries)
        self.endResetModel()

    def append_page(self, page: WorklistPage) -> None:
        """The next page of the same list, added at the end."""
        self._fetching = False
        self._last = page
        if not page.entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
        self._entries += page.entries
        self._texts += [None] * len(page.entries)
        self.endInsertRows()

    def page_failed(self) -> None:
        self._fetching = False

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch_enabled
            and not self._fetching
            and self._last is not None
            and self._last.next_after is not None
        )

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._last is not None
        self._fetching = True
        self.page_wanted.emit(self._last)

    @property
    def first_page(self) -> WorklistPage | None:
        return self._first

    def set_counts(self, total: int, overdue: int) -> None:
        """The whole list's counts, when they come after its first page."""
        if self._first is not None:
            self._first = replace(self._first, total=total, overdue=overdue)

    @property
    def counted(self) -> bool:
        return self._first is not None and self._first.total >= 0

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
        """Overdue people in the whole list (counted by the core, not only rows here)."""
        return self._first.overdue if self._first is not None else 0

    def total(self) -> int:
        return self._first.total if self._first is not None else 0

    def summary(self) -> str:
        """``23 people: 9 overdue, 14 due``, for the line above the table."""
        total = self.total()
        if total < 0:
            return self.tr("Counting…")
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
