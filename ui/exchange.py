"""Export plan as FHIR…, Import FHIR bundle…, Save review date to calendar… for the patient page.

:class:`ExchangeActions` asks for a file with a :class:`QFileDialog`, then does the work
through the job runner (off the UI thread), showing a progress dialog when the work takes
more than a moment (large files), and a message with the outcome. Everything it does goes
through :class:`careplan.fhir.FhirExchange`: an import is all or nothing, and files are
written atomically.

An import first reads and checks the file and shows what it would do — whose plan it is,
what it holds, what it leaves out — and stores it only when the person confirms. A file
whose person disagrees with a registered one is refused with both versions shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from careplan.records import PatientRecord
from careplan.settings import PracticeDetails, practice_details
from ui import formatting
from ui.context import UiContext
from ui.widgets import show_message

if TYPE_CHECKING:  # the FHIR modules are loaded by the first exchange, on the worker thread
    from careplan.fhir import (
        CalendarResult,
        ExportResult,
        FhirExchange,
        ImportPreview,
        ImportResult,
    )

JOB_KEY = "exchange"
PROGRESS_SCALE = 1000
# The progress dialog appears only if the work is still going after this long.
PROGRESS_DELAY_MS = 400


def _documents_folder() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


class ExchangeActions(QObject):
    """The patient menu's exchange actions; one job at a time.

    Signals carry plain results for whoever wants them (the main window can open the
    patient an import created; tests wait on them).
    """

    exported = Signal(object)  # ExportResult
    previewed = Signal(object)  # ImportPreview, shown for confirmation
    imported = Signal(object)  # ImportResult
    calendar_saved = Signal(object)  # CalendarResult
    failed = Signal(str)  # the message shown to the person
    # The core's progress (0..1000), re-emitted on the UI thread.
    progressed = Signal(int, int)

    def __init__(
        self,
        parent: QWidget,
        ctx: UiContext,
        practice: Callable[[], PracticeDetails] = practice_details,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = ctx.services.context
        self._made: FhirExchange | None = None
        self._jobs = ctx.jobs
        self._practice = practice
        self._today = ctx.today
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.confirm: QMessageBox | None = None
        self._pending: ImportPreview | None = None
        self.progressed.connect(self._on_progress)

    def _exchange(self) -> FhirExchange:
        """The core's exchange, made (and the FHIR modules loaded) by the first job needing it."""
        if self._made is None:
            from careplan.fhir import FhirExchange

            self._made = FhirExchange(self._context)
        return self._made

    @property
    def busy(self) -> bool:
        return self.progress is not None

    # ----- what the menu calls ---------------------------------------------------------

    def export_plan(self, patient: PatientRecord) -> None:
        """Export plan as FHIR…: ask where, then write the latest agreed plan there."""
        path = self._save_as(
            self.tr("Export plan as FHIR"),
            self._file_name(patient, "json"),
            self.tr("FHIR JSON files (*.json)"),
            ".json",
        )
        if path:
            self.export_plan_to(patient.id, path)

    def import_bundle(self, patient: PatientRecord | None = None) -> None:
        """Import FHIR bundle…: ask for a file; with ``patient``, only a file for them."""
        path, _selected = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import FHIR bundle"),
            str(_documents_folder()),
            self.tr("FHIR JSON files (*.json);;All files (*)"),
        )
        if path:
            self.import_from(path, patient.id if patient is not None else None)

    def save_review_calendar(self, patient: PatientRecord) -> None:
        """Save review date to calendar…: an .ics file the person can add to their calendar."""
        path = self._save_as(
            self.tr("Save review date to calendar"),
            self.tr("care-plan-review.ics"),
            self.tr("Calendar files (*.ics)"),
            ".ics",
        )
        if path:
            self.save_calendar_to(patient.id, path)

    def _save_as(self, title: str, suggested: str, files: str, suffix: str) -> str | None:
        """Where to save, asked (``suggested`` in the documents folder to start with), ending
        in ``suffix``; ``None`` if the person cancelled."""
        path, _selected = QFileDialog.getSaveFileName(
            self._parent, title, str(_documents_folder() / suggested), files
        )
        return _with_suffix(path, suffix) if path else None

    # ----- the work, without dialogs (tests call these) ------------------------------------

    def export_plan_to(self, patient_id: int, path: str | Path) -> None:
        exchange, report = self._exchange, self.progressed.emit
        self._start(
            self.tr("Exporting the plan…"),
            lambda: exchange().export_file(patient_id, path, progress=report),
            self._on_exported,
        )

    def import_from(self, path: str | Path, expected_patient_id: int | None = None) -> None:
        """Read and check the file, then ask before storing anything (:meth:`confirm_import`)."""
        exchange, report = self._exchange, self.progressed.emit
        self._start(
            self.tr("Checking the file…"),
            lambda: exchange().preview_file(
                path, expected_patient_id=expected_patient_id, progress=report
            ),
            self._on_previewed,
        )

    def confirm_import(self) -> None:
        """Store the file that was checked and shown (the confirmation's Import button)."""
        preview, self._pending = self._pending, None
        self._close_confirm()
        if preview is None:
            return
        exchange, report = self._exchange, self.progressed.emit
        self._start(
            self.tr("Importing the plan…"),
            lambda: exchange().import_preview(preview, progress=report),
            self._on_imported,
        )

    def cancel_import(self) -> None:
        """Nothing is stored (the confirmation's Cancel button)."""
        self._pending = None
        self._close_confirm()

    def _close_confirm(self) -> None:
        if self.confirm is not None:
            box, self.confirm = self.confirm, None
            box.done(0)

    def save_calendar_to(self, patient_id: int, path: str | Path) -> None:
        exchange, practice = self._exchange, self._practice

        def job() -> CalendarResult:
            details = practice()
            return exchange().review_calendar_file(patient_id, path, details.name, details.phone)

        self._start(self.tr("Saving the calendar file…"), job, self._on_calendar)

    # ----- running a job -----------------------------------------------------------------

    def _start(self, label: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self.tr("Care planning"))
        dialog.setLabelText(label)
        dialog.setCancelButton(None)
        dialog.setRange(0, PROGRESS_SCALE)
        dialog.setValue(0)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog
        self._jobs.submit(job, done, self._on_failed, key=JOB_KEY, owner=self)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setValue(min(done, total) * PROGRESS_SCALE // total)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon) -> None:
        self.message = show_message(self._parent, title, text, icon)

    def _on_exported(self, result: ExportResult) -> None:
        self._finish()
        self._tell(
            self.tr("Export plan as FHIR"),
            self.tr("The plan was saved as {path} ({count} FHIR resources).").format(
                path=result.path, count=result.resources
            ),
            QMessageBox.Icon.Information,
        )
        self.exported.emit(result)

    def _on_previewed(self, preview: ImportPreview) -> None:
        self._finish()
        self._pending = preview
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import FHIR bundle"),
            "\n".join(preview.summary()),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        nothing_to_do = preview.plan is not None and preview.already_imported is not None
        if not nothing_to_do:
            ok = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
            ok.clicked.connect(self.confirm_import)
        cancel = box.addButton(
            self.tr("Close") if nothing_to_do else self.tr("Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        cancel.clicked.connect(self.cancel_import)
        box.rejected.connect(self.cancel_import)
        self.confirm = box
        box.open()
        self.previewed.emit(preview)

    def _on_imported(self, result: ImportResult) -> None:
        self._finish()
        records = ""
        if result.conditions or result.results:
            records = " " + self.tr(
                "{conditions} of their conditions and {results} of their results were added "
                "or corrected."
            ).format(conditions=result.conditions, results=result.results)
        if result.already_imported:
            self._tell(
                self.tr("Import FHIR bundle"),
                self.tr("This plan was imported before; it was not added again.") + records
                if records
                else self.tr("This plan was imported before; nothing was added."),
                QMessageBox.Icon.Information,
            )
            self.imported.emit(result)
            return
        if result.consultation_id is None:
            text = self.tr("The person's details were imported; the file held no plan.")
            text += records
            if result.patient_created:
                text += " " + self.tr("They were not registered here, so they were added.")
            self._tell(self.tr("Import FHIR bundle"), text, QMessageBox.Icon.Information)
            self.imported.emit(result)
            return
        text = self.tr(
            "The plan was imported as {status}: {goals} goal(s), {actions} action(s) and "
            "{reviews} review(s)."
        ).format(
            status=self.tr("agreed") if result.status == "agreed" else self.tr("a draft"),
            goals=result.goals,
            actions=result.actions,
            reviews=result.reviews,
        )
        text += records
        if result.revision_of is not None:
            text += " " + self.tr("It is the next revision of the plan imported before.")
        if result.patient_created:
            text += " " + self.tr("The person was not registered here, so they were added.")
        if result.left_out:
            text += "\n\n" + self.tr("Left out, as this app has no place for it:") + "\n"
            text += "\n".join(f"• {item}" for item in result.left_out)
        self._tell(self.tr("Import FHIR bundle"), text, QMessageBox.Icon.Information)
        self.imported.emit(result)

    def _on_calendar(self, result: CalendarResult) -> None:
        self._finish()
        self._tell(
            self.tr("Save review date to calendar"),
            self.tr("The review on {date} was saved as {path}.").format(
                date=formatting.date(result.review_date),
                path=result.path,
            ),
            QMessageBox.Icon.Information,
        )
        self.calendar_saved.emit(result)

    def _on_failed(self, error: Exception) -> None:
        from careplan.fhir import PersonMismatch  # loaded already: the failed job used it

        self._finish()
        message = (
            error.explained()
            if isinstance(error, PersonMismatch)
            else formatting.error_message(error)
        )
        self._tell(self.tr("Care planning"), message, QMessageBox.Icon.Warning)
        self.failed.emit(message)

    def _file_name(self, patient: PatientRecord, suffix: str) -> str:
        who = patient.nhs_number or str(patient.id)
        return f"care-plan-{who}-{self._today().isoformat()}.{suffix}"


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix
