"""The "coming up" list: who is due for a care-planning conversation, what is missing, and
their preparation (results) letters printed in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from careplan import settings as practice_settings
from careplan.atomic import write_atomically
from careplan.changes import Subject
from careplan.clinical_codes import REGISTER_BY_KEY, Register
from careplan.dates import utcnow
from careplan.records import StaffRecord
from careplan.register_records import PrevisitPage
from ui import formatting
from ui.column_priority import NameFirst
from ui.context import UiContext
from ui.data_window import DataWindow
from ui.flow_layout import flow_of
from ui.models.table import PAGE_SIZE
from ui.registers.filters import clinician_box, fill_clinicians, register_box
from ui.registers.models import ComingUpModel
from ui.widgets import fix_minimum_size, heading, push_button, read_only_table
from ui.window_fit import size_from_screen

LOAD_JOB = "coming-up/load"
PAGE_JOB = "coming-up/page"
COUNT_JOB = "coming-up/count"
# What this window shows changes with these (read again when shown, or at once).
REFRESH_ON = frozenset(
    {
        Subject.CONSULTATION,
        Subject.REVIEW,
        Subject.RESULT,
        Subject.CONDITION,
        Subject.PREPARATION_LETTER,
        Subject.DATABASE,
    }
)


class ComingUpWindow(DataWindow):
    loaded = Signal(object)  # list[PrevisitEntry]: the first page
    counted = Signal(int)  # how many people the whole list holds
    printed = Signal(object)  # list[Path]

    def __init__(
        self,
        ctx: UiContext,
        open_patient: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, REFRESH_ON, 250, parent)
        self._open_patient = open_patient
        self.setObjectName("coming-up-window")
        self.setWindowTitle(self.tr("Coming up — Care planning"))
        self.model = ComingUpModel(self)
        self.model.read_pages(
            ctx.jobs, self._page_after, key=PAGE_JOB, owner=self, failed=self._on_error
        )
        # What the list shows: due within (days), register, clinician, as last asked for.
        self._criteria: tuple[int, Register | None, int | None] = (28, None, None)
        self._build()
        fix_minimum_size(self)
        size_from_screen(self, QSize(1200, 620))

    def _build(self) -> None:
        title = heading(self.tr("Coming up for a care-planning conversation"), 1.4, self)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(0, 52)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Due within"))
        self.weeks.valueChanged.connect(lambda _v: self._timer.start())
        self.register = register_box(self.tr("Every register"), self._timer.start, self)
        self.clinician = clinician_box(self._timer.start, self)
        filters = self._filters(
            (self.tr("Due &within"), self.weeks),
            (self.tr("&Register"), self.register),
            (self.tr("&Clinician"), self.clinician),
        )

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.table = read_only_table(self.model, self.tr("People coming up"), self)
        self.table.doubleClicked.connect(self._open_chosen)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # What is missing can be long: it keeps a set width (the rest scrolls into view).
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, self.table.fontMetrics().averageCharWidth() * 48)
        # People are told apart by name: on a narrow window registers and clinician go.
        self.name_first = NameFirst(self.table, 1, give_way=[4, 3])

        self.one_file_each = QCheckBox(self.tr("One &file per person"), self)
        self.print_button = QPushButton(self.tr("&Print all preparation letters…"), self)
        self.print_button.setToolTip(
            self.tr("Every person's results letter, in one PDF (or one file each); marked as sent")
        )
        self.print_button.clicked.connect(self.choose_and_print)
        self.open_button = push_button(self.tr("&Open patient"), self, self._open_chosen)
        buttons = flow_of([self.open_button, self.one_file_each, self.print_button], spacing=8)

        self._lay_out(title, filters, self.table, buttons)

    def refresh(self) -> None:
        self._refresher.done()
        key = self.register.currentData()
        criteria = (
            self.weeks.value() * 7,
            REGISTER_BY_KEY[key] if key else None,
            self.clinician.currentData(),
        )
        self._criteria = criteria
        page = self._ctx.services.previsit.page
        list_staff = self._ctx.services.staff.list
        self.summary.setText(self.tr("Looking…"))
        self._ctx.jobs.cancel(PAGE_JOB)
        self._ctx.jobs.submit(
            lambda: (page(*criteria, limit=PAGE_SIZE, count=False), list_staff()),
            self._on_loaded,
            self._on_error,
            key=LOAD_JOB,
            owner=self,
        )
        # The counts (one aggregate over the whole list) after the first rows.
        counts = partial(self._ctx.services.previsit.counts, *criteria)
        self._ctx.jobs.submit(
            self._recorded("coming_up", counts),
            self._on_counted,
            self._on_error,
            key=COUNT_JOB,
            owner=self,
        )

    def _page_after(self, last: PrevisitPage) -> Callable[[], PrevisitPage]:
        """Reads the page after ``last`` (as the table scrolls near its end)."""
        criteria, page = self._criteria, self._ctx.services.previsit.page
        return lambda: page(*criteria, after=last.next_after, limit=PAGE_SIZE, count=False)

    def _on_loaded(self, result: tuple[PrevisitPage, list[StaffRecord]]) -> None:
        first, staff = result
        fill_clinicians(self.clinician, staff)
        self.model.set_page(first)
        self.print_button.setEnabled(bool(first.entries))
        self.loaded.emit(list(first.entries))

    def _on_counted(self, counts: tuple[int, int]) -> None:
        people, without_letter = counts
        self.summary.setText(
            self.tr(
                "{n} people coming up within {weeks} weeks; {letters} without a letter yet."
            ).format(
                n=formatting.number(people),
                weeks=self._criteria[0] // 7,
                letters=formatting.number(without_letter),
            )
        )
        self.print_button.setEnabled(people > 0)
        self.counted.emit(people)

    def _on_error(self, error: Exception) -> None:
        self.summary.setText(formatting.error_message(error))

    def _open_chosen(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            entry = self.model.record(index.row())
            if entry is not None:
                self._open_patient(entry.patient_id)

    def choose_and_print(self) -> None:
        if self.one_file_each.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
            if folder:
                self.print_letters(Path(folder), one_file_each=True)
            return
        name = f"preparation-letters-{dt.date.today().isoformat()}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the letters as"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_letters(Path(path), one_file_each=False)

    def print_letters(self, target: Path, *, one_file_each: bool) -> None:
        """Every listed person's letter (the whole list, not only the rows read so far) to
        ``target`` (a PDF, or a folder), then mark sent."""
        criteria, services = self._criteria, self._ctx.services
        practice = practice_settings.practice_details()

        def work() -> list[Path]:
            # Printing (ReportLab) is loaded by the first document, on the worker thread.
            from careplan.printing.letters import preparation_letters, record_sent

            ids = [e.patient_id for e in services.previsit.coming_up(*criteria)]
            batch = preparation_letters(services, ids, practice, printed_at=utcnow())
            written: list[Path] = []
            if one_file_each:
                for letter in batch.letters:
                    written.append(write_atomically(target / letter.filename, letter.pdf))
            else:
                pdf, _pages = batch.combined()
                written.append(write_atomically(target, pdf))
            record_sent(services, batch)
            return written

        self.print_button.setEnabled(False)
        self.summary.setText(self.tr("Printing the letters…"))
        self._ctx.jobs.submit(work, self._on_printed, self._on_error, owner=self)

    def _on_printed(self, written: list[Path]) -> None:
        self.print_button.setEnabled(True)
        self.summary.setText(
            self.tr("Letters written to {where}; they are marked as sent.").format(
                where=written[0] if len(written) == 1 else written[0].parent
            )
        )
        self.printed.emit(written)
        self.refresh()
