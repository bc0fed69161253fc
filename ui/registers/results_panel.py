"""Results over time in the Prepare stage: each result with its trend, offered for the agenda.

The table lists the person's coded results (latest value, change since last time, target);
the chart below shows the chosen result over time with its target range shaded, and the
meaning in plain words. "Offer for the agenda" adds the result as a topic the clinician
raises; "Record" stores a new result. Reading and writing run on the job runner.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.changes import Change, Subject
from careplan.clinical_codes import TESTS
from careplan.register_records import ResultInput, ResultSeries
from careplan.result_lines import result_name, value_words
from careplan.vocabulary import RaisedBy
from ui import formatting
from ui.changes import ChangeBridge
from ui.consultation.commands import Reply
from ui.consultation.editing import PlanEditor
from ui.consultation.session import ConsultationSession
from ui.i18n import translator
from ui.registers.line_chart import LineChart, LineChartData
from ui.registers.models import ResultsModel
from ui.widgets import column, push_button, read_only_table, side_by_side

LOAD_JOB = "prepare/results/{patient}"


_tr = translator("results_panel")


def chart_data(series: ResultSeries, diastolic: ResultSeries | None = None) -> LineChartData:
    """The result over time; blood pressure shows its top number, both in the words."""
    numbers = [p for p in series.points if p.value is not None]
    labels = tuple(p.taken_on.strftime("%b %Y") for p in numbers)
    words = [f"{formatting.date(p.taken_on)}: {p.shown}" for p in numbers]
    if series.test == "bp_systolic" and diastolic is not None:
        lower = {p.taken_on: p.shown for p in diastolic.points}
        words = [
            f"{formatting.date(p.taken_on)}: {p.shown}/{lower.get(p.taken_on, '?')}"
            for p in numbers
        ]
    title = f"{result_name(series)} ({series.unit})" if series.unit else result_name(series)
    summary = "; ".join(words)
    if series.target_text:
        summary += ". " + _tr("Target {target}").format(target=series.target_text)
    return LineChartData(
        title=title,
        labels=labels,
        values=tuple(p.value for p in numbers),
        summary=summary,
        band=(series.target_low, series.target_high) if series.target_text else None,
        unit=series.unit,
        show_values=True,
    )


class ResultsPanel(QWidget):
    def __init__(
        self,
        session: ConsultationSession,
        editor: PlanEditor,
        changes: ChangeBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._editor = editor
        self._patient_id = session.plan.patient_id
        self._listening = changes is not None
        self.setAccessibleName(self.tr("Results over time"))
        self.model = ResultsModel(self)
        self.view: QTableView = read_only_table(self.model, self.tr("Results over time"), self)
        self.view.verticalHeader().setDefaultSectionSize(
            int(self.view.fontMetrics().height() * 1.6)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.chart = LineChart(7.5, self)
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setAccessibleName(self.tr("What the result means"))
        self.offer_button = QPushButton(self.tr("Offer for the &agenda"), self)
        self.offer_button.setToolTip(self.tr("Add the chosen result as a topic to talk about"))
        self.offer_button.clicked.connect(self.offer_for_agenda)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Results status"))

        self.test = QComboBox(self)
        self.test.setAccessibleName(self.tr("Result to record"))
        for spec in TESTS:
            self.test.addItem(spec.name, spec.key)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setPlaceholderText(self.tr("Value"))
        self.taken_on = QLineEdit(self)
        self.taken_on.setAccessibleName(self.tr("Date taken"))
        self.taken_on.setPlaceholderText(self.tr("Date, e.g. 21/03/2026"))
        self.record_button = push_button(self.tr("&Record"), self, self.record)
        self.value.returnPressed.connect(self.record)
        self.taken_on.returnPressed.connect(self.record)

        layout = column(self, self.view, self.chart, self.meaning, margins=(0, 0, 0, 0))
        buttons = side_by_side(None, self.offer_button, (self.status, 1))
        layout.addLayout(buttons)
        entry = side_by_side(
            None, self.test, (self.value, 1), (self.taken_on, 1), self.record_button
        )
        layout.addLayout(entry)
        if changes is not None:
            changes.changed.connect(self._on_change)
        self.reload()

    def fit_height(self, rows: int = 5) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + int(metrics.height() * 1.6) * rows + 4)

    def reload(self) -> None:
        self._session.jobs.submit(
            partial(self._session.services.results.results, self._patient_id),
            self._show,
            lambda error: self.status.setText(formatting.error_message(error)),
            key=LOAD_JOB.format(patient=self._patient_id),
            owner=self,
        )

    def _show(self, series: list[ResultSeries]) -> None:
        row = self.view.currentIndex().row()
        self.model.set_series(series)
        if self.model.rowCount():
            self.view.selectRow(max(0, min(row, self.model.rowCount() - 1)))
        else:
            self.status.setText(self.tr("No results recorded yet."))
        self._show_chosen()

    def chosen(self) -> ResultSeries | None:
        row = self.view.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def _show_chosen(self) -> None:
        series = self.chosen()
        self.offer_button.setEnabled(series is not None and self._session.plan.is_draft)
        if series is None:
            self.chart.set_data(None)
            self.meaning.setText("")
            return
        self.chart.set_data(chart_data(series, self.model.diastolic()))
        self.meaning.setText(series.meaning)

    def offer_for_agenda(self) -> None:
        series = self.chosen()
        if series is None:
            return
        diastolic = self.model.diastolic()
        value = value_words(series, [*self.model.records, *([diastolic] if diastolic else [])])
        topic = self.tr("{name}: {value} ({date})").format(
            name=result_name(series), value=value, date=formatting.date(series.latest.taken_on)
        )
        if series.trend:
            topic += " — " + series.trend
        self._editor.add(
            parts.AGENDA_ITEM,
            self._editor.session.plan.id,
            {"text": topic, "raised_by": RaisedBy.CLINICIAN},
            Reply(
                lambda _item: self.status.setText(self.tr("Added to the agenda.")),
                lambda error: self.status.setText(formatting.error_message(error)),
            ),
        )

    def record(self) -> None:
        data = ResultInput(
            str(self.test.currentData()),
            self.value.text(),
            self.taken_on.text() or dt.date.today().isoformat(),
            source="entered",
        )
        add = self._session.services.results.add_result
        pid = self._patient_id

        def done(_result: object) -> None:
            self.value.clear()
            self.status.setText(self.tr("Result recorded."))
            if not self._listening:
                self.reload()

        self._session.run(
            lambda: add(pid, data),
            done,
            lambda error: self.status.setText(formatting.error_message(error)),
        )

    def _on_change(self, change: Change) -> None:
        if change.subject in (Subject.RESULT, Subject.DATABASE) and change.touches_patient(
            self._patient_id
        ):
            self.reload()
