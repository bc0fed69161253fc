"""Item models for registers: results over time, the coming-up list, population measures,
and the rows of a file being imported. Tested without widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from careplan.clinical_codes import REGISTER_BY_KEY, TEST_BY_KEY, register_label
from careplan.imports.csv_file import CsvFile
from careplan.register_records import PopulationRow, PrevisitEntry, PrevisitPage, ResultSeries
from careplan.result_lines import (
    latest_results,
    result_name,
    target_words,
    value_words,
)
from ui import formatting
from ui.i18n import translator
from ui.models.table import RECORD_ROLE, Column, PagedTableModel, TableModel

__all__ = ["RECORD_ROLE", "ComingUpModel", "PopulationModel", "PreviewModel", "ResultsModel"]
T = TypeVar("T")

ModelIndex = QModelIndex | QPersistentModelIndex


class _TextTable(TableModel[T]):
    """Rows of frozen records shown as text, each cell read out with its column's title."""

    speak_titles = True
    cache_texts = True


class ResultsModel(_TextTable[ResultSeries]):
    """One row per kind of result (blood pressure as one row): latest, change, target."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Result"), result_name),
                Column(self.tr("Latest"), lambda r: value_words(r, self._all)),
                Column(self.tr("Taken on"), lambda r: r.latest.taken_on.strftime("%d %b %y")),
                Column(self.tr("Since last time"), self.change),
                Column(self.tr("Target"), self._target),
            ],
            parent,
        )
        self._all: list[ResultSeries] = []

    def set_series(self, series: Sequence[ResultSeries]) -> None:
        self._all = list(series)
        self.set_rows(latest_results(series))

    def _target(self, record: ResultSeries) -> str:
        # The unit is with the latest value; the target is the bare figures.
        target = target_words(record, self._all).replace(f" {record.unit}", "")
        if record.own_target:
            target = self.tr("{target} (agreed)").format(target=target)
        return target

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


_tr = translator("registers")


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


class ComingUpModel(PagedTableModel[PrevisitEntry, PrevisitPage]):
    """The coming-up list in the core's order, a page at a time (the next as the view
    scrolls near the end)."""

    speak_titles = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Due"),
                    lambda r: formatting.date(r.due) if r.due else self.tr("now (no plan yet)"),
                ),
                Column(self.tr("Name"), lambda r: r.full_name),
                Column(
                    self.tr("NHS number"),
                    lambda r: formatting.nhs_number(r.nhs_number) if r.nhs_number else "",
                ),
                Column(
                    self.tr("Registers"),
                    lambda r: ", ".join(register_label(REGISTER_BY_KEY[k]) for k in r.registers),
                ),
                Column(self.tr("Clinician"), lambda r: r.clinician_name or ""),
                Column(self.tr("What is missing"), missing_words),
            ],
            parent,
        )

    def rows_of(self, page: PrevisitPage) -> Sequence[PrevisitEntry]:
        return page.entries


def percent(top: int, bottom: int) -> str:
    return f"{top:,} ({round(100 * top / bottom)}%)" if bottom else f"{top:,}"


class PopulationModel(_TextTable[PopulationRow]):
    """Each register's measures, the register as a whole (in bold) then by clinician."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Register"), lambda r: f"{r.name} ({r.code})" if r.code else r.name),
                Column(
                    self.tr("Clinician"),
                    lambda r: (
                        r.clinician_name or (self.tr("all") if r.clinician_id is None else "")
                    ),
                ),
                Column(self.tr("People"), lambda r: f"{r.counts.on_register:,}"),
                Column(
                    self.tr("With a plan"),
                    lambda r: percent(r.counts.with_plan, r.counts.on_register),
                ),
                Column(
                    self.tr("Goal and action plan"),
                    lambda r: percent(r.counts.with_action_plan, r.counts.on_register),
                ),
                Column(self.tr("Reviewed on time"), self._on_time),
                Column(self.tr("Goal progress at or above expected"), self._progress),
                Column(self.tr("In target"), self._targets),
            ],
            parent,
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def _clinician(self, record: PopulationRow) -> str:
        return record.clinician_name or (self.tr("all") if record.clinician_id is None else "")

    def _on_time(self, record: PopulationRow) -> str:
        c = record.counts
        return percent(c.reviewed_on_time, c.reviews_due) if c.reviews_due else self.tr("none due")

    def _progress(self, record: PopulationRow) -> str:
        c = record.counts
        if not c.goal_reviews:
            return self.tr("no reviews")
        return percent(c.goal_reviews_at_or_above, c.goal_reviews)

    @staticmethod
    def _targets(record: PopulationRow) -> str:
        c = record.counts
        return ", ".join(
            f"{TEST_BY_KEY[t].name} {percent(n, c.on_register)}" for t, n in c.results_in_target
        )

    def _extra(self, record: PopulationRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and record.clinician_id is None:
            return self._bold
        return None


FileLine = tuple[int, tuple[str, ...]]  # (line number, cells)


def _cell(index: int) -> Callable[[FileLine], str]:
    return lambda line: line[1][index] if index < len(line[1]) else ""


class PreviewModel(TableModel[FileLine]):
    """The first rows of a file being imported, as they are in the file."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)

    def set_file(self, data: CsvFile | None, rows: int = 8) -> None:
        headers = data.headers if data is not None else ()
        columns = [Column(header, _cell(i)) for i, header in enumerate(headers)]
        self.set_rows(data.rows[:rows] if data is not None else (), columns=columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            line = self.record(section)
            if role != Qt.ItemDataRole.DisplayRole or line is None:
                return None
            return self.tr("line {n}").format(n=line[0])
        return super().headerData(section, orientation, role)
