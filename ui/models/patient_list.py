"""The patients found by a search, as a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from careplan.records import PatientRecord, PatientSearchResult
from ui import formatting

ModelIndex = QModelIndex | QPersistentModelIndex

PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`~careplan.records.PatientRecord`, in every column."""


class Column(IntEnum):
    NHS_NUMBER = 0
    NAME = 1
    DATE_OF_BIRTH = 2
    AGE = 3


class PatientListModel(QAbstractTableModel):
    """The search's rows a page at a time: the first page shows at once, the next is
    asked for when the view scrolls near the end (``canFetchMore``/``fetchMore``)."""

    page_wanted = Signal(
        object
    )  # PatientSearchResult: the last page; the answer goes to append_page

    def __init__(
        self,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._result: PatientSearchResult | None = None
        self._patients: tuple[PatientRecord, ...] = ()
        # What each cell shows, worked out once per result: views ask for it often.
        self._texts: list[tuple[str, ...]] = []
        self._fetch_enabled = False
        self._last_page: PatientSearchResult | None = None
        self._fetching = False

    # ----- what the search found -----------------------------------------------------

    def set_paging(self, enabled: bool) -> None:
        """Whether scrolling near the end asks for the next page (``page_wanted``)."""
        self._fetch_enabled = enabled

    def set_result(self, result: PatientSearchResult) -> None:
        """A new search's first page: replaces every row."""
        self.beginResetModel()
        self._result = result
        self._last_page = result
        self._fetching = False
        self._patients = result.patients
        today = self._today()
        self._texts = [
            tuple(self._text(patient, column, today) for column in Column)
            for patient in result.patients
        ]
        self.endResetModel()

    def append_page(self, page: PatientSearchResult) -> None:
        """The next page of the same search, added at the end."""
        self._fetching = False
        if self._result is None or page.query != self._result.query:
            return  # a page of a search that has since been replaced
        self._last_page = page
        if not page.patients:
            return
        first = len(self._patients)
        self.beginInsertRows(QModelIndex(), first, first + len(page.patients) - 1)
        self._patients += page.patients
        today = self._today()
        self._texts += [
            tuple(self._text(patient, column, today) for column in Column)
            for patient in page.patients
        ]
        self.endInsertRows()

    def page_failed(self) -> None:
        self._fetching = False

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch_enabled
            and not self._fetching
            and self._last_page is not None
            and self._last_page.next_after is not None
        )

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._last_page is not None
        self._fetching = True
        self.page_wanted.emit(self._last_page)

    @property
    def result(self) -> PatientSearchResult | None:
        return self._result

    @property
    def truncated(self) -> bool:
        """Whether more patients match than the list holds so far (scrolling fetches them)."""
        return self._result is not None and (
            self._result.more_than_total or self._result.total > len(self._patients)
        )

    def patient(self, row: int) -> PatientRecord:
        return self._patients[row]

    def row_of(self, patient_id: int) -> int | None:
        for row, patient in enumerate(self._patients):
            if patient.id == patient_id:
                return row
        return None

    def summary(self) -> str:
        """The status line under the list."""
        result = self._result
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

    # ----- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._patients)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NHS_NUMBER: self.tr("NHS number"),
            Column.NAME: self.tr("Name"),
            Column.DATE_OF_BIRTH: self.tr("Date of birth"),
            Column.AGE: self.tr("Age"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._patients):
            return None
        patient = self._patients[index.row()]
        column = Column(index.column())
        if role == PATIENT_ROLE:
            return patient
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NHS_NUMBER and not patient.nhs_number:
                return self.tr("No NHS number recorded")
            if column == Column.AGE:
                return formatting.age(patient.date_of_birth, self._today())
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(patient: PatientRecord, column: Column, today: dt.date) -> str:
        if column == Column.NHS_NUMBER:
            return formatting.nhs_number(patient.nhs_number)
        if column == Column.NAME:
            return formatting.list_name(patient)
        if column == Column.DATE_OF_BIRTH:
            return formatting.date(patient.date_of_birth)
        return formatting.age(patient.date_of_birth, today, short=True)
