"""Importing a practice's patient list from CSV: a preview, a column mapping, progress.

Reading and importing run on the job runner; the import's progress comes back through a
signal (queued to the UI thread). All or nothing: refused rows are listed with their line
numbers and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careplan.imports.csv_file import CsvFile, all_fields
from careplan.imports.patients_csv import PatientImportService
from careplan.imports.summary import ImportRefusedError, ImportSummary
from ui import formatting
from ui.context import UiContext
from ui.files import open_path
from ui.registers.models import PreviewModel
from ui.widgets import fix_minimum_size, heading, push_button, read_only_table, side_by_side
from ui.window_fit import size_from_screen


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


class ImportPatientsDialog(QDialog):
    finished_import = Signal(object)  # ImportSummary (refused or not)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._importer = PatientImportService(ctx.services.context)
        self._jobs = ctx.jobs
        self._path: Path | None = None
        self._data: CsvFile | None = None
        self.setObjectName("import-patients-dialog")
        self.setWindowTitle(self.tr("Import patients from CSV — Care planning"))
        self.preview = PreviewModel(self)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)

        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setAccessibleName(self.tr("File"))
        self.choose_button = push_button(self.tr("&Choose file…"), self, self.choose)
        self.table = read_only_table(self.preview, self.tr("First rows of the file"), self)
        self.mapping_area = QScrollArea(self)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setAccessibleName(self.tr("Column mapping"))
        self.mapping_boxes: list[QComboBox] = []
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What happened"))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = push_button(self.tr("Close"), self, self.reject)

        self.file_label.setWordWrap(True)
        top = side_by_side(None, self.choose_button, (self.file_label, 1))
        buttons = side_by_side(None, (self.bar, 1), self.import_button, self.close_button)
        # The preview and the mapping side by side; on a narrow window (large text) the
        # person drags the divider, each keeps a usable width.
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.setChildrenCollapsible(False)
        middle.addWidget(self.table)
        middle.addWidget(self.mapping_area)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        self.table.setMinimumWidth(self.table.fontMetrics().averageCharWidth() * 16)
        self.mapping_area.setMinimumWidth(self.table.fontMetrics().averageCharWidth() * 24)
        self.report.setMinimumHeight(self.report.fontMetrics().height() * 3)
        self.report.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        intro = QLabel(
            self.tr(
                "All or nothing: if any row cannot be imported, nothing is stored and each "
                "such row is listed with its line number."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import patients from CSV"), 1.3, self))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(middle, 3)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        fix_minimum_size(self)
        size_from_screen(self, QSize(1100, 640))

    def choose(self) -> None:
        path = open_path(
            self, self.tr("Choose the CSV file"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self._path = path
        self.file_label.setText(str(path))
        self.report.setPlainText(self.tr("Reading…"))
        self._jobs.submit(
            lambda: self._importer.read(path), self._show_file, self._on_error, owner=self
        )

    def _show_file(self, data: CsvFile) -> None:
        self._data = data
        self.preview.set_file(data)
        form_host = QWidget(self.mapping_area)
        form = QFormLayout(form_host)
        self.mapping_boxes = []
        mapping = data.default_mapping()
        by_index = {index: key for key, index in mapping.items()}
        for index, header in enumerate(data.headers):
            box = QComboBox(form_host)
            box.setAccessibleName(self.tr("Column {header}").format(header=header))
            box.addItem(self.tr("(leave out)"), None)
            for key, name in all_fields():
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(by_index.get(index))))
            form.addRow(header or self.tr("column {n}").format(n=index + 1), box)
            self.mapping_boxes.append(box)
        self.mapping_area.setWidget(form_host)
        self.report.setPlainText(
            self.tr("{rows} rows. Check the column each field comes from, then Import.").format(
                rows=formatting.number(len(data.rows))
            )
        )
        self.import_button.setEnabled(True)

    def mapping(self) -> dict[str, int]:
        chosen: dict[str, int] = {}
        for index, box in enumerate(self.mapping_boxes):
            key = box.currentData()
            if key is not None and key not in chosen:
                chosen[key] = index
        return chosen

    def start_import(self) -> None:
        if self._data is None or self._path is None:
            return
        data, mapping, path = self._data, self.mapping(), self._path
        importer, progress = self._importer, self._progress
        file_date = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        self.import_button.setEnabled(False)
        self.bar.setValue(0)
        self.report.setPlainText(self.tr("Importing…"))

        def work() -> ImportSummary:
            try:
                return importer.import_csv(
                    data, mapping, file_date=file_date, progress=progress.moved.emit
                )
            except ImportRefusedError as refused:
                return refused.summary

        self._jobs.submit(work, self._done, self._on_error, owner=self)

    def _show_progress(self, done: int, total: int) -> None:
        self.bar.setValue(done * 100 // max(total, 1))

    def _done(self, summary: ImportSummary) -> None:
        self.bar.setValue(100 if not summary.refused else 0)
        self.report.setPlainText("\n".join(summary.lines()))
        self.import_button.setEnabled(bool(summary.refused))
        self.finished_import.emit(summary)

    def _on_error(self, error: Exception) -> None:
        self.report.setPlainText(formatting.error_message(error))
        self.import_button.setEnabled(self._data is not None)
