"""The patients found by a search, as a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QObject

from careplan.records import PatientRecord, PatientSearchResult
from ui import formatting
from ui.models.table import RECORD_ROLE, PagedTableModel
from ui.models.table import Column as TableColumn

PATIENT_ROLE = RECORD_ROLE
"""The row's :class:`~careplan.records.PatientRecord`, in every column."""


class Column(IntEnum):
    NHS_NUMBER = 0
    NAME = 1
    DATE_OF_BIRTH = 2
    AGE = 3


class PatientListModel(PagedTableModel[PatientRecord, PatientSearchResult]):
    """The search's rows a page at a time (the next page as the view scrolls)."""

    def __init__(
        self,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            [
                TableColumn(
                    self.tr("NHS number"),
                    lambda p: formatting.nhs_number(p.nhs_number),
                    tip=lambda p: None if p.nhs_number else self.tr("No NHS number recorded"),
                ),
                TableColumn(self.tr("Name"), formatting.list_name),
                TableColumn(self.tr("Date of birth"), lambda p: formatting.date(p.date_of_birth)),
                TableColumn(
                    self.tr("Age"),
                    lambda p: formatting.age(p.date_of_birth, today(), short=True),
                    tip=lambda p: formatting.age(p.date_of_birth, today()),
                    numeric=True,
                ),
            ],
            parent,
        )

    # ----- what the search found -----------------------------------------------------

    def rows_of(self, page: PatientSearchResult) -> Sequence[PatientRecord]:
        return page.patients

    def continues(self, page: PatientSearchResult) -> bool:
        # A page of a search that has since been replaced is dropped.
        return self._first is not None and page.query == self._first.query

    def set_result(self, result: PatientSearchResult) -> None:
        """A new search's first page: replaces every row."""
        self.set_page(result)

    @property
    def result(self) -> PatientSearchResult | None:
        return self._first

    @property
    def truncated(self) -> bool:
        """Whether more patients match than the list holds so far (scrolling fetches them)."""
        return self._first is not None and (
            self._first.more_than_total or self._first.total > len(self._records)
        )

    def patient(self, row: int) -> PatientRecord:
        return self._records[row]

    def summary(self) -> str:
        """The status line under the list."""
        result = self._first
        if result is None:
            return ""
        total = result.total  # the whole list: scrolling fetches the rows not yet here
        if result.more_than_total:
            return self.tr("More than {total} patients match — type to narrow the search").format(
                total=formatting.number(total)
            )
        if total == 0:
            if result.query.strip():
                return self.tr("No patients match “{query}”.").format(query=result.query.strip())
            return self.tr("No patients are registered yet.")
        if total == 1:
            return self.tr("1 patient")
        return self.tr("{count} patients").format(count=formatting.number(total))
