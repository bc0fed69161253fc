"""The review worklist as a table: who to call, and why, most overdue first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.records import WorklistEntry, WorklistPage
from ui import formatting
from ui.followup import wording
from ui.models.table import RECORD_ROLE, Column, PagedTableModel

ENTRY_ROLE = RECORD_ROLE
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


class WorklistModel(PagedTableModel[WorklistEntry, WorklistPage]):
    """Rows in the core's order (most overdue first), a page at a time (the next as the
    view scrolls)."""

    key_field = "consultation_id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda e: e.full_name),
                Column(
                    self.tr("Review"),
                    self._when,
                    tip=lambda e: self.tr("Review due on {date}: {when}").format(
                        date=self._date(e.due), when=self._when(e)
                    ),
                ),
                Column(self.tr("Phone"), lambda e: e.phone or self.tr("no phone recorded")),
                Column(
                    self.tr("NHS number"),
                    lambda e: formatting.nhs_number(e.nhs_number) or self.tr("not recorded"),
                ),
                Column(self.tr("Due on"), lambda e: self._date(e.due)),
                Column(
                    self.tr("Plan agreed by"), lambda e: e.clinician_name or self.tr("not recorded")
                ),
                Column(self.tr("Last reviewed"), self._last_reviewed),
            ],
            parent,
        )
        # A practice's worklist runs to thousands of rows sharing a few hundred dates.
        self._dates: dict[dt.date, str] = {}
        self._whens: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(OVERDUE_COLOUR)

    # ----- what the core returned -----------------------------------------------------

    def rows_of(self, page: WorklistPage) -> Sequence[WorklistEntry]:
        return page.entries

    def set_entries(self, entries: Sequence[WorklistEntry]) -> None:
        """A whole list at once."""
        entries = tuple(entries)
        overdue = sum(1 for e in entries if e.is_overdue)
        self.set_page(WorklistPage(entries, len(entries), overdue))

    def set_counts(self, total: int, overdue: int) -> None:
        """The whole list's counts, when they come after its first page."""
        if self._first is not None:
            self._first = replace(self._first, total=total, overdue=overdue)

    @property
    def counted(self) -> bool:
        return self._first is not None and self._first.total >= 0

    @property
    def entries(self) -> tuple[WorklistEntry, ...]:
        return self.records

    def entry(self, row: int) -> WorklistEntry:
        return self._records[row]

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

    # ----- what the cells show ----------------------------------------------------------

    def _date(self, value: dt.date) -> str:
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = formatting.date(value)
        return text

    def _when(self, e: WorklistEntry) -> str:
        when = self._whens.get(e.days_overdue)
        if when is None:
            when = self._whens[e.days_overdue] = wording.when_due(e.days_overdue)
        return when

    def _last_reviewed(self, e: WorklistEntry) -> str:
        if e.last_reviewed_on is None:
            return self.tr("not yet reviewed")
        if e.last_reviewer_name:
            return self.tr("{date} by {name}").format(
                date=self._date(e.last_reviewed_on), name=e.last_reviewer_name
            )
        return self._date(e.last_reviewed_on)

    def _extra(self, record: WorklistEntry, column: int, role: int) -> object:
        if column == WorklistColumn.WHEN and record.is_overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue_brush
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
