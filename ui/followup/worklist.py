"""The review worklist window: who is due or overdue for review, most overdue first."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from careplan.atomic import write_atomically
from careplan.audit import AuditAction
from careplan.changes import Change, Subject
from careplan.exports import write_worklist
from careplan.permissions import Permission
from careplan.records import (
    ReviewResult,
    StaffRecord,
    WorklistEntry,
    WorklistFilter,
    WorklistPage,
)
from careplan.services import Services
from careplan.services.worklist import MAX_WINDOW_DAYS
from ui import formatting
from ui.context import UiContext
from ui.data_window import DataWindow
from ui.files import in_documents
from ui.flow_layout import flow_of
from ui.followup.review_dialog import ReviewLauncher
from ui.models.table import PAGE_SIZE
from ui.models.worklist import WorklistColumn, WorklistModel
from ui.roles import forbid_unless, role_of
from ui.widgets import (
    fix_minimum_size,
    heading,
    push_button,
    read_only_table,
    show_message,
    size_from_samples,
)

LOAD_JOB = "worklist/load"
# What this window shows changes with these (read again when shown, or at once).
REFRESH_ON = frozenset({Subject.REVIEW, Subject.CONSULTATION, Subject.PATIENT, Subject.DATABASE})
PAGE_JOB = "worklist/page"
COUNT_JOB = "worklist/count"
STAFF_JOB = "worklist/staff"
REFRESH_DELAY_MS = 150
DEFAULT_WINDOW_DAYS = 14

AskPath = Callable[[QWidget, str], str | None]


def ask_csv_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorklistWindow", "Export the worklist"),
        suggested,
        QCoreApplication.translate("WorklistWindow", "CSV files (*.csv);;All files (*)"),
    )
    return path or None


def export_worklist(
    services: Services, criteria: WorklistFilter, today: dt.date, path: Path
) -> int:
    """Write the whole list under these filters as CSV (header row first), atomically;
    runs in the job runner (the window holds only the pages scrolled to so far).

    Starts with a byte-order mark so that spreadsheet programs read names in
    any script correctly; cells that a spreadsheet would run as a formula are
    made plain text by the core's writer.
    """
    entries = services.worklist.worklist(criteria, today)
    buffer = io.StringIO()
    write_worklist(entries, buffer, as_csv=True)
    write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    services.audit.record(AuditAction.EXPORT, None, "worklist")
    return len(entries)


class WorklistWindow(DataWindow):
    """Filters, the table, and what to do with the chosen person."""

    loaded = Signal(object)  # tuple[WorklistEntry, ...]: the first page's rows
    counted = Signal(int)  # how many people the whole list holds
    exported = Signal(str)  # the path written

    def __init__(
        self,
        ctx: UiContext,
        open_patient: Callable[[int], None],
        *,
        ask_path: AskPath = ask_csv_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, REFRESH_ON, REFRESH_DELAY_MS, parent)
        self._open_patient = open_patient
        self._ask_path = ask_path
        self._selected: int | None = None  # consultation id
        self._selected_row = 0
        self.setObjectName("worklist-window")
        self.setWindowTitle(self.tr("Review worklist — Care planning"))
        self.model = WorklistModel(self)
        self.model.read_pages(
            ctx.jobs, self._page_after, key=PAGE_JOB, owner=self, failed=self._on_error
        )
        self._criteria: tuple[WorklistFilter, dt.date] = (WorklistFilter(), ctx.today())
        self.launcher = ReviewLauncher(ctx, self)
        self.launcher.saved.connect(self._on_review_saved)
        self._build()

        ctx.changes.changed.connect(self._on_change)
        fix_minimum_size(self)
        self.resize(QSize(1200, 680))
        self._load_staff()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        title = heading(self.tr("People due for a review"), 1.4, self)

        self.window_days = QSpinBox(self)
        self.window_days.setRange(0, MAX_WINDOW_DAYS)
        self.window_days.setValue(DEFAULT_WINDOW_DAYS)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setAccessibleName(self.tr("Due within how many days"))

        self.status = QComboBox(self)
        self.status.addItem(self.tr("Overdue and due soon"), "all")
        self.status.addItem(self.tr("Overdue only"), "overdue")
        self.status.addItem(self.tr("Not yet overdue"), "due")
        self.status.setAccessibleName(self.tr("Show"))

        self.staff = QComboBox(self)
        self.staff.addItem(self.tr("Any staff member"), None)
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.staff.setMinimumContentsLength(20)
        self.staff.setToolTip(
            self.tr("People whose plan this staff member agreed, or who they last reviewed")
        )

        filters = self._filters(
            (self.tr("&Show"), self.status),
            (self.tr("&Due within"), self.window_days),
            (self.tr("S&taff member"), self.staff),
        )

        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("How many people"))
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))

        self.table = read_only_table(self.model, self.tr("People due for review"), self)
        self.table.setObjectName("worklist-table")
        self.table.horizontalHeader().setStretchLastSection(True)
        size_from_samples(
            self.table,
            {
                WorklistColumn.NAME: "Margaret Featherstonehaugh",
                WorklistColumn.WHEN: "365 days overdue",
                WorklistColumn.PHONE: "01632 960 123",
                WorklistColumn.NHS_NUMBER: "999 999 9999",
                WorklistColumn.DUE: "30 Sep 2000",
                WorklistColumn.AGREED_BY: "Dr Amara Okafor",
            },
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(self._on_activated)
        self.table.setToolTip(self.tr("Enter or double-click: record a review for this person"))

        self.record_button = QPushButton(self.tr("&Record review…"), self)
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record_review)
        self.open_button = push_button(self.tr("&Open patient"), self, self.open_selected_patient)
        self.export_button = push_button(self.tr("&Export CSV…"), self, self.export_csv)
        self.refresh_button = push_button(self.tr("Re&fresh"), self, self.refresh)
        # A role that may not record reviews sees why on the button; Enter opens the person.
        self.may_review = forbid_unless(
            role_of(self._ctx.services), Permission.RECORD_REVIEWS, self.record_button
        )
        if not self.may_review:
            self.record_button.setDefault(False)
            self.open_button.setDefault(True)
            self.table.setToolTip(self.tr("Enter or double-click: open this person"))
        buttons = flow_of(
            [self.record_button, self.open_button, self.export_button, self.refresh_button]
        )

        self._lay_out(title, filters, self.table, self.message, buttons)
        self._set_message("")
        self._update_buttons()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows, then Enter to review

        self.window_days.valueChanged.connect(lambda _v: self._timer.start())
        self.status.currentIndexChanged.connect(self._on_status)
        self.staff.currentIndexChanged.connect(lambda _i: self.refresh())

    # ----- loading --------------------------------------------------------------------

    def criteria(self) -> WorklistFilter:
        status = str(self.status.currentData())
        return WorklistFilter(
            due_within_days=None if status == "overdue" else self.window_days.value(),
            status=status,
            staff_id=self.staff.currentData(),
        )

    def refresh(self) -> None:
        self._refresher.done()
        criteria, today = self.criteria(), self._ctx.today()
        worklist = self._ctx.services.worklist
        self.summary.setText(self.tr("Loading…") if not self.model.rowCount() else "")
        self._ctx.jobs.cancel(PAGE_JOB)
        self._criteria = (criteria, today)
        self._ctx.jobs.submit(
            partial(worklist.page, criteria, today, limit=PAGE_SIZE, count=False),
            self._on_loaded,
            self._on_error,
            key=LOAD_JOB,
            owner=self,
        )
        # The counts after the first rows: with a staff filter they take longer.
        self._ctx.jobs.submit(
            self._recorded("worklist", partial(worklist.counts, criteria, today)),
            self._on_counted,
            key=COUNT_JOB,
            owner=self,
        )

    def _on_counted(self, counts: tuple[int, int]) -> None:
        self.model.set_counts(*counts)
        self.summary.setText(self.model.summary())
        self.counted.emit(self.model.total())

    def _page_after(self, last: WorklistPage) -> Callable[[], WorklistPage]:
        """Reads the page after ``last`` (as the table scrolls near its end)."""
        (criteria, today), page = self._criteria, self._ctx.services.worklist.page
        return lambda: page(criteria, today, limit=PAGE_SIZE, after=last.next_after, count=False)

    def _on_loaded(self, page: WorklistPage) -> None:
        keep, keep_row = self._selected, self._selected_row
        self.model.set_page(page)
        self.summary.setText(self.model.summary())
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            # The person just reviewed has left the list: the next one is where they were.
            row = min(keep_row, self.model.rowCount() - 1) if keep is not None else 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._selected = None
        self._update_buttons()
        self.loaded.emit(self.model.entries)

    def _on_error(self, error: Exception) -> None:
        self.summary.setText(
            self.tr("The worklist could not be read: {error}").format(
                error=formatting.error_message(error)
            )
        )

    def _load_staff(self) -> None:
        staff = self._ctx.services.staff.list
        self._ctx.jobs.submit(staff, self._on_staff, self._on_error, key=STAFF_JOB, owner=self)

    def _on_staff(self, staff: list[StaffRecord]) -> None:
        chosen = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Any staff member"), None)
        for member in staff:
            self.staff.addItem(member.full_name, member.id)
        index = self.staff.findData(chosen) if chosen is not None else 0
        self.staff.setCurrentIndex(max(index, 0))
        self.staff.blockSignals(False)
        if index < 0:
            self.refresh()

    def _on_status(self) -> None:
        self.window_days.setEnabled(self.status.currentData() != "overdue")
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.subject is Subject.STAFF:
            self._load_staff()

    # ----- the chosen person ----------------------------------------------------------

    def selected_entry(self) -> WorklistEntry | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.entry(indexes[0].row())

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._selected = entry.consultation_id
            self._selected_row = self.table.selectionModel().selectedRows()[0].row()
        self._update_buttons()

    def _on_activated(self, _index: QModelIndex) -> None:
        if self.may_review:
            self.record_review()
        else:
            self.open_selected_patient()

    def _update_buttons(self) -> None:
        chosen = self.selected_entry() is not None
        self.record_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def record_review(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.may_review:
            self._set_message("")
            self.launcher.open(entry.consultation_id)

    def open_selected_patient(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open_patient(entry.patient_id)

    def _on_review_saved(self, result: ReviewResult) -> None:
        review = result.review
        if review.next_review_date is not None:
            text = self.tr("Review saved. Next review {date}.").format(
                date=formatting.date(review.next_review_date)
            )
        else:
            text = self.tr("Review saved. No further review is planned.")
        self._set_message(text)

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----- export ---------------------------------------------------------------------

    def export_csv(self) -> None:
        if not self.model.rowCount():
            return
        criteria, today = self._criteria
        suggested = in_documents(f"review-worklist-{self._ctx.today().isoformat()}.csv")
        chosen = self._ask_path(self, suggested)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        services = self._ctx.services
        self.export_button.setEnabled(False)
        self._ctx.jobs.submit(
            lambda: export_worklist(services, criteria, today, path),
            lambda count: self._on_exported(path, count),
            self._on_export_error,
            owner=self,
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self._update_buttons()
        self._set_message(
            self.tr("Exported {count} people to {path}.").format(
                count=formatting.number(count), path=path
            )
        )
        self.exported.emit(str(path))

    def _on_export_error(self, error: Exception) -> None:
        self._update_buttons()
        show_message(
            self,
            self.tr("Export the worklist"),
            self.tr("The worklist was not exported: {error}").format(
                error=formatting.error_message(error)
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)
