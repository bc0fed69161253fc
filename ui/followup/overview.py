"""The practice overview: how care planning went over a chosen period."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from careplan.changes import Subject
from careplan.dates import add_months
from careplan.records import PracticeOverview
from careplan.services.overview import EARLY_DAYS, GRACE_DAYS
from ui import formatting
from ui.context import UiContext
from ui.data_window import DataWindow
from ui.date_input import DateInput
from ui.flow_layout import flow_of, labelled
from ui.groups.overview_line import GroupOverviewLine
from ui.models.overview import OverviewModel
from ui.widgets import fix_minimum_size, heading, read_only_table
from ui.window_fit import size_from_screen

LOAD_JOB = "overview/load"
# What this window shows changes with these (read again when shown, or at once).
REFRESH_ON = frozenset(
    {Subject.REVIEW, Subject.CONSULTATION, Subject.DATABASE, Subject.GROUP_SESSION}
)
REFRESH_DELAY_MS = 250


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    return add_months(today, -12) + dt.timedelta(days=1), today


class OverviewWindow(DataWindow):
    loaded = Signal(object)  # PracticeOverview

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, REFRESH_ON, REFRESH_DELAY_MS, parent)
        self.setObjectName("overview-window")
        self.setWindowTitle(self.tr("Practice overview — Care planning"))
        self.model = OverviewModel(self)
        self._build()
        fix_minimum_size(self)
        size_from_screen(self, QSize(1180, 560))

    def _build(self) -> None:
        title = heading(self.tr("How care planning is going"), 1.4, self)
        start, end = last_twelve_months(self._ctx.today())
        self.start = self._date_input(start, self.tr("Period from"))
        self.end = self._date_input(end, self.tr("Period to"))
        self.last_year_button = QPushButton(self.tr("&Last 12 months"), self)
        self.last_year_button.clicked.connect(self.show_last_twelve_months)
        # The dates as people write them (12/11/2026, 1 Mar 2025, -3m); they wrap onto
        # more rows when the window is narrow.
        period = flow_of(
            [
                labelled(QLabel(self.tr("&From"), self), self.start, self),
                labelled(QLabel(self.tr("&to"), self), self.end, self),
                self.last_year_button,
            ],
            spacing=12,
        )

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.table = read_only_table(self.model, self.tr("Practice overview"), self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.table.fontMetrics().averageCharWidth() * 12)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(int(self.table.fontMetrics().height() * 1.8))

        self.definitions = QLabel(self)
        self.definitions.setWordWrap(True)
        self.definitions.setTextFormat(Qt.TextFormat.PlainText)
        self.definitions.setAccessibleName(self.tr("What the figures count"))
        self.definitions.setText(
            self.tr(
                "Counted over plans agreed in the period, under the clinician who agreed them. "
                "An action plan is a goal with at least one action. A review is on time when it "
                "is recorded from {early} days before to {grace} days after the date it was "
                "due; reviews count once their on-time window has closed. Confidence is each "
                "action's final rating (or its first, if not rated again), 0 to 10."
            ).format(early=EARLY_DAYS, grace=GRACE_DAYS)
        )
        self.definitions.setStyleSheet("color: #505050;")

        self.groups_line = GroupOverviewLine(self._ctx, self)
        self._lay_out(title, period, self.table, self.groups_line, self.definitions)

    def _date_input(self, value: dt.date, name: str) -> DateInput:
        edit = DateInput(name, self, today=self._ctx.today, prefer_past=True)
        edit.set_date(value)
        edit.date_changed.connect(lambda _d: self._timer.start())
        edit.problem_changed.connect(self._show_date_problem)
        return edit

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The period typed (``None`` for a date that is empty or not a date)."""
        return self.start.date(), self.end.date()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start.set_date(start)
        self.end.set_date(end)
        self.refresh()

    def show_last_twelve_months(self) -> None:
        self.set_period(*last_twelve_months(self._ctx.today()))

    def _show_date_problem(self, problem: str) -> None:
        if problem:
            self._timer.stop()
            self.model.set_overview(None)
            self.summary.setText(problem)

    def refresh(self) -> None:
        self._refresher.done()
        start, end = self.period()
        if start is None or end is None:
            # A date that is not one has its own message; an empty one needs saying.
            empty = self.tr("Type the first and last day of the period.")
            self._show_date_problem(self.start.problem or self.end.problem or empty)
            return
        self.summary.setText(self.tr("Counting…"))
        self.groups_line.refresh(start, end)
        self._ctx.jobs.submit(
            partial(self._ctx.services.overview.overview, start, end),
            self._on_loaded,
            self._on_error,
            key=LOAD_JOB,
            owner=self,
        )

    def _on_loaded(self, overview: PracticeOverview) -> None:
        self.model.set_overview(overview)
        o = overview.overall
        self.summary.setText(
            self.tr(
                "{start} to {end}: {plans} plans agreed with {people} people, of "
                "{registered} registered."
            ).format(
                start=formatting.date(overview.start),
                end=formatting.date(overview.end),
                plans=formatting.number(o.plans_agreed),
                people=formatting.number(o.people_with_plan),
                registered=formatting.number(overview.registered_patients),
            )
        )
        self.loaded.emit(overview)

    def _on_error(self, error: Exception) -> None:
        self.model.set_overview(None)
        self.summary.setText(formatting.error_message(error))
