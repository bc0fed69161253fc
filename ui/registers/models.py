"""Item models for registers: results over time, the coming-up list, population measures,
and the rows of a file being imported. Tested without widgets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from careplan.clinical_codes import REGISTER_BY_KEY, TEST_BY_KEY, register_label
from careplan.imports.csv_file import CsvFile
from careplan.printing.results_letter import (
    latest_results,
    result_name,
    target_words,
    value_words,
)
from careplan.register_records import PopulationRow, PrevisitEntry, ResultSeries
from ui import formatting

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class _TableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen records shown as text; the record itself under ``RECORD_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []
        self._texts: list[tuple[str, ...]] = []
        self._bold_rows: set[int] = set()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def texts(self, record: T) -> tuple[str, ...]:
        raise NotImplementedError

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._texts = [self.texts(r) for r in self._records]
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers()[index.column()]}: {self._texts[index.row()][index.column()]}"
        if role == RECORD_ROLE:
            return self._records[index.row()]
        if role == Qt.ItemDataRole.FontRole and index.row() in self._bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class ResultsModel(_TableModel[ResultSeries]):
    """One row per kind of result (blood pressure as one row): latest, change, target."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ResultSeries] = []

    def set_series(self, series: Sequence[ResultSeries]) -> None:
        self._all = list(series)
        self.set_records(latest_results(series))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Result"),
            self.tr("Latest"),
            self.tr("Taken on"),
            self.tr("Since last time"),
            self.tr("Target"),
        )

    def texts(self, record: ResultSeries) -> tuple[str, ...]:
        # The unit is with the latest value; the target is the bare figures.
        target = target_words(record, self._all).replace(f" {record.unit}", "")
        if record.own_target:
            target = self.tr("{target} (agreed)").format(target=target)
        return (
            result_name(record),
            value_words(record, self._all),
            record.latest.taken_on.strftime("%d %b %y"),
            self.change(record),
            target,
        )

    def change(self, record: ResultSeries) -> str:
        """The change since last time, short: an arrow and the earlier value."""
        previous = record.previous
        if previous is None or previous.value is None or record.latest.value is None:
            return self.tr("first result") if previous is None else previous.shown
        arrow = "→"
        if record.trend.startswith("Up"):
            arrow = "↑"
        elif record.trend.startswith("Down"):
            arrow = "↓"
        return self.tr("{arrow} was {value}, {date}").format(
            arrow=arrow, value=previous.shown, date=previous.taken_on.strftime("%b %y")
        )

    def diastolic(self) -> ResultSeries | None:
        return next((s for s in self._all if s.test == "bp_diastolic"), None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("registers", text)


def missing_words(entry: PrevisitEntry) -> str:
    parts = []
    if entry.missing_results:
        names = ", ".join(TEST_BY_KEY[t].name for t in entry.missing_results)
        parts.append(_tr("results: {names}").format(names=names))
    if entry.letter_sent_on is None:
        parts.append(_tr("no letter sent"))
    if entry.goals_not_reviewed:
        parts.append(_tr("{n} goal(s) not reviewed").format(n=entry.goals_not_reviewed))
    return "; ".join(parts) or _tr("nothing")


class ComingUpModel(_TableModel[PrevisitEntry]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Name"),
            self.tr("NHS number"),
            self.tr("Registers"),
            self.tr("Clinician"),
            self.tr("What is missing"),
        )

    def texts(self, record: PrevisitEntry) -> tuple[str, ...]:
        return (
            formatting.date(record.due) if record.due else self.tr("now (no plan yet)"),
            record.full_name,
            formatting.nhs_number(record.nhs_number) if record.nhs_number else "",
            ", ".join(register_label(REGISTER_BY_KEY[k]) for k in record.registers),
            record.clinician_name or "",
            missing_words(record),
        )


def percent(top: int, bottom: int) -> str:
    return f"{top:,} ({round(100 * top / bottom)}%)" if bottom else f"{top:,}"


class PopulationModel(_TableModel[PopulationRow]):
    def set_records(self, records: Sequence[PopulationRow]) -> None:
        super().set_records(records)
        self._bold_rows = {i for i, r in enumerate(self._records) if r.clinician_id is None}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Register"),
            self.tr("Clinician"),
            self.tr("People"),
            self.tr("With a plan"),
            self.tr("Goal and action plan"),
            self.tr("Reviewed on time"),
            self.tr("Goal progress at or above expected"),
            self.tr("In target"),
        )

    def texts(self, record: PopulationRow) -> tuple[str, ...]:
        c = record.counts
        targets = ", ".join(
            f"{TEST_BY_KEY[t].name} {percent(n, c.on_register)}" for t, n in c.results_in_target
        )
        return (
            (f"{record.name} ({record.code})" if record.code else record.name),
            record.clinician_name or (self.tr("all") if record.clinician_id is None else ""),
            f"{c.on_register:,}",
            percent(c.with_plan, c.on_register),
            percent(c.with_action_plan, c.on_register),
            percent(c.reviewed_on_time, c.reviews_due) if c.reviews_due else self.tr("none due"),
            percent(c.goal_reviews_at_or_above, c.goal_reviews)
            if c.goal_reviews
            else self.tr("no reviews"),
            targets,
        )


class PreviewModel(QAbstractTableModel):
    """The first rows of a file being imported, as they are in the file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: CsvFile | None = None
        self._rows = 0

    def set_file(self, data: CsvFile | None, rows: int = 8) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = 0 if data is None else min(rows, len(data.rows))
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._data is None else len(self._data.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._data is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._data.rows[index.row()][1]
            return cells[index.column()] if index.column() < len(cells) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._data is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._data.headers[section]
        return self.tr("line {n}").format(n=self._data.rows[section][0])
