"""Population measures per practice, register and clinician, with 24-month run charts."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careplan import settings as practice_settings
from careplan.atomic import write_atomically
from careplan.changes import Subject
from careplan.clinical_codes import REGISTER_BY_KEY
from careplan.dates import utcnow
from careplan.exports_population import population_csv
from careplan.records import StaffRecord
from careplan.register_records import PopulationReport, RunChart
from careplan.runchart import describe
from careplan.services.population import measure_label
from ui import formatting
from ui.context import UiContext
from ui.data_window import DataWindow
from ui.files import save_path
from ui.flow_layout import flow_of, labelled
from ui.registers.filters import clinician_box, fill_clinicians, register_box
from ui.registers.line_chart import LineChart, LineChartData
from ui.registers.models import PopulationModel
from ui.widgets import fix_minimum_size, heading, push_button, read_only_table
from ui.window_fit import scroll_layout, size_from_screen

LOAD_JOB = "population/load"
# What this window shows changes with these (read again when shown, or at once).
REFRESH_ON = frozenset(
    {Subject.CONSULTATION, Subject.REVIEW, Subject.RESULT, Subject.CONDITION, Subject.DATABASE}
)


def run_chart_data(chart: RunChart, title: str) -> LineChartData:
    flagged = frozenset(i for a, b in (*chart.shifts, *chart.trends) for i in range(a, b + 1))
    signals = describe(chart)
    points = "; ".join(
        f"{m.strftime('%b %Y')}: {'-' if v is None else f'{v:g}%'}"
        for m, v in zip(chart.months, chart.values, strict=True)
    )
    median = "" if chart.median is None else f" Median {chart.median:g}%."
    present = [v for v in chart.values if v is not None]
    # Percentages, on a scale wide enough to read: tens around the points, within 0..100.
    low = max(0.0, (min(present, default=0.0) // 10) * 10 - 10)
    high = min(100.0, (max(present, default=100.0) // 10) * 10 + 20)
    return LineChartData(
        title=title,
        labels=tuple(m.strftime("%b %y") for m in chart.months),
        values=chart.values,
        summary=f"{points}.{median} " + " ".join(signals),
        median=chart.median,
        highlighted=flagged,
        unit="%",
        fixed_range=(low, high),
    )


class PopulationWindow(DataWindow):
    loaded = Signal(object)  # PopulationReport

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, REFRESH_ON, 250, parent)
        self.report: PopulationReport | None = None
        self.setObjectName("population-window")
        self.setWindowTitle(self.tr("Population measures — Care planning"))
        self.model = PopulationModel(self)
        self._build()
        fix_minimum_size(self)
        size_from_screen(self, QSize(1260, 720))

    def _build(self) -> None:
        title = heading(self.tr("Population measures"), 1.4, self)
        self.register = register_box(self.tr("Whole practice"), self._timer.start, self)
        self.clinician = clinician_box(self._timer.start, self)
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("Run chart of"))
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure.currentIndexChanged.connect(lambda _i: self._show_chart())
        # Each choice with its label; they wrap onto more rows when the window is narrow.
        filters = flow_of(
            [
                labelled(QLabel(text, self), widget, self)
                for text, widget in (
                    (self.tr("&Register"), self.register),
                    (self.tr("&Clinician"), self.clinician),
                    (self.tr("Run chart &of"), self.measure),
                )
            ],
            spacing=16,
        )

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.table = read_only_table(self.model, self.tr("Population measures"), self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = LineChart(11, self)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.signals = QLabel(self)
        self.signals.setWordWrap(True)
        self.signals.setTextFormat(Qt.TextFormat.PlainText)
        self.signals.setAccessibleName(self.tr("Run-chart signals"))
        self.csv_button = push_button(self.tr("Export &CSV…"), self, self.choose_csv)
        self.pdf_button = push_button(self.tr("Save PDF &report…"), self, self.choose_pdf)
        buttons = flow_of([self.csv_button, self.pdf_button], spacing=8)

        # On a short screen (large text) the measures and the chart scroll as one page,
        # each at a readable height; the title and the buttons stay in view.
        rows = self.table.verticalHeader()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 4 * rows.defaultSectionSize() + 4
        )
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(filters)
        body.addWidget(self.summary)
        body.addWidget(self.table, 2)
        body.addWidget(self.chart, 3)
        body.addWidget(self.signals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(scroll_layout(body, self, self.tr("Measures and run chart")), 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self._refresher.done()
        key = self.register.currentData()
        register = REGISTER_BY_KEY[key] if key else None
        staff = self.clinician.currentData()
        report = self._ctx.services.population.report
        list_staff = self._ctx.services.staff.list
        self.summary.setText(self.tr("Counting…"))
        self._ctx.jobs.submit(
            lambda: (report(register, staff), list_staff()),
            self._on_loaded,
            self._on_error,
            key=LOAD_JOB,
            owner=self,
        )

    def _on_loaded(self, result: tuple[PopulationReport, list[StaffRecord]]) -> None:
        report, staff = result
        fill_clinicians(self.clinician, staff)
        self.report = report
        self.model.set_rows(report.rows)
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for key in report.charts:
            self.measure.addItem(measure_label(key), key)
        index = self.measure.findData(chosen)
        self.measure.setCurrentIndex(max(0, index))
        self.measure.blockSignals(False)
        self.summary.setText(
            self.tr(
                "On {day}, each measure over the twelve months before it. Run charts: {scope}."
            ).format(day=formatting.date(report.as_of), scope=report.chart_scope)
        )
        self._show_chart()
        self.loaded.emit(report)

    def _show_chart(self) -> None:
        key = self.measure.currentData()
        if self.report is None or key not in self.report.charts:
            self.chart.set_data(None)
            self.signals.setText("")
            return
        chart = self.report.charts[key]
        title = f"{measure_label(key)} — {self.report.chart_scope}"
        self.chart.set_data(run_chart_data(chart, title))
        words = describe(chart) or [self.tr("No shift or trend: the points vary as chance would.")]
        median = (
            "" if chart.median is None else self.tr("Median {v}%. ").format(v=f"{chart.median:g}")
        )
        self.signals.setText(median + "\n".join(words))

    def _on_error(self, error: Exception) -> None:
        self.model.set_rows([])
        self.summary.setText(formatting.error_message(error))

    def choose_csv(self) -> None:
        path = save_path(
            self, self.tr("Export as"), "population-measures.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, target: Path) -> None:
        if self.report is None:
            return
        out = io.StringIO()
        population_csv(self.report, out, clinicians=True)
        write_atomically(target, out.getvalue().encode("utf-8"))
        self.summary.setText(self.tr("Written {path}").format(path=target))

    def choose_pdf(self) -> None:
        path = save_path(
            self, self.tr("Save the report as"), "population-measures.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, target: Path) -> None:
        report = self.report
        if report is None:
            return
        practice = practice_settings.practice_details().name

        def work() -> Path:
            # Printing (ReportLab) is loaded by the first document, on the worker thread.
            from careplan.printing.population_report import render_population_report

            pdf, _pages = render_population_report(report, practice, printed_at=utcnow())
            return write_atomically(target, pdf)

        self._ctx.jobs.submit(
            work,
            lambda path: self.summary.setText(self.tr("Written {path}").format(path=path)),
            self._on_error,
            owner=self,
        )
