"""The practice overview as a table: the whole practice first, then each staff member."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from careplan.records import OverviewRow, PracticeOverview
from ui import formatting
from ui.followup import wording
from ui.models.table import RECORD_ROLE, Column, TableModel

ROW_ROLE = RECORD_ROLE
"""The row's :class:`~careplan.records.OverviewRow`."""


class OverviewModel(TableModel[OverviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Who"),
                    self._who,
                    header_tip=self.tr("The whole practice, then each clinician's plans"),
                ),
                Column(
                    self.tr("People with an agreed plan"),
                    self._people,
                    numeric=True,
                    header_tip=self.tr(
                        "People with a plan agreed in the period"
                        " (of all registered, for the practice)"
                    ),
                ),
                Column(
                    self.tr("…with a goal and an action plan"),
                    self._action_plan,
                    numeric=True,
                    header_tip=self.tr(
                        "Of those, people with at least one goal that has an action"
                    ),
                ),
                Column(
                    self.tr("Reviews done on time"),
                    self._on_time,
                    numeric=True,
                    header_tip=self.tr(
                        "Reviews that fell due in the period and were done in their on-time window"
                    ),
                ),
                Column(
                    self.tr("Average confidence"),
                    self._confidence,
                    numeric=True,
                    header_tip=self.tr(
                        "The mean of each action's standing confidence rating, 0 to 10"
                    ),
                ),
                Column(
                    self.tr("Plans agreed"),
                    lambda row: formatting.number(row.plans_agreed),
                    numeric=True,
                    header_tip=self.tr("Plans agreed in the period"),
                ),
            ],
            parent,
        )
        self._overview: PracticeOverview | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_overview(self, overview: PracticeOverview | None) -> None:
        self._overview = overview
        self.set_rows(() if overview is None else (overview.overall, *overview.by_staff))

    @property
    def overview(self) -> PracticeOverview | None:
        return self._overview

    def row(self, index: int) -> OverviewRow:
        return self._records[index]

    def _overall(self, row: OverviewRow) -> bool:
        return self._overview is not None and row is self._overview.overall

    def _who(self, row: OverviewRow) -> str:
        if self._overall(row):
            return self.tr("Whole practice")
        return row.staff_name or self.tr("No clinician recorded")

    def _people(self, row: OverviewRow) -> str:
        if self._overview is not None and self._overall(row):
            return wording.share(row.people_with_plan, self._overview.registered_patients)
        return formatting.number(row.people_with_plan)

    def _action_plan(self, row: OverviewRow) -> str:
        if not row.people_with_plan:
            return self.tr("no plans")
        return wording.share(row.people_with_action_plan, row.people_with_plan)

    def _on_time(self, row: OverviewRow) -> str:
        if not row.reviews_due:
            return self.tr("none due")
        return wording.share(row.reviews_on_time, row.reviews_due)

    def _confidence(self, row: OverviewRow) -> str:
        if row.average_confidence is None:
            return self.tr("no ratings")
        return self.tr("{value} out of 10").format(value=f"{row.average_confidence:.1f}")

    def _extra(self, record: OverviewRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and self._overall(record):
            return self._bold
        return None
