"""On first start with an empty database: offer to load the made-up demo practice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from careplan.changes import Change, Subject
from careplan.demo_sign_ins import DemoSignIn
from ui import formatting
from ui.changes import ChangeBridge
from ui.jobs import JobRunner
from ui.widgets import show_message

Progress = Callable[[int, int], None]
# Fills the database with the demo practice; calls progress(done, total) from the worker thread.
DemoLoader = Callable[[Progress], object]

DEMO_PATIENTS = 200


@dataclass(frozen=True)
class DemoLoaded:
    """What loading the demo made: the practice, and sign-ins to try it with."""

    summary: object
    sign_ins: tuple[DemoSignIn, ...]


class DemoOffer(QObject):
    """Asks once; if the answer is yes, loads the demo with a progress dialog."""

    # Emitted when it is all over: True if the demo was loaded.
    finished = Signal(bool)
    # Re-emits the loader's progress on the UI thread (the loader runs on the worker).
    progressed = Signal(int, int)

    def __init__(
        self,
        window: QWidget,
        jobs: JobRunner,
        changes: ChangeBridge,
        loader: DemoLoader,
        patients: int = DEMO_PATIENTS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._changes = changes
        self._loader = loader
        self._patients = patients
        self.question: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.sign_ins_box: QMessageBox | None = None

    def ask(self) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Load the demo practice?"))
        box.setText(self.tr("There are no patients in this database yet. Load the demo practice?"))
        box.setInformativeText(
            self.tr(
                "The demo practice adds {count} made-up patients with plans and reviews, "
                "so you can try everything out. Do not add real patients to a demo database."
            ).format(count=self._patients)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_answer)
        self.question = box
        box.open()

    def _on_answer(self, answer: int) -> None:
        self.question = None
        if answer == QMessageBox.StandardButton.Yes.value:
            self.start()
        else:
            self.finished.emit(False)

    def start(self) -> None:
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Demo practice"))
        dialog.setLabelText(
            self.tr("Creating {count} made-up patients…").format(count=self._patients)
        )
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog
        self.progressed.connect(self._on_progress)
        dialog.show()
        loader, report = self._loader, self.progressed.emit
        self._jobs.submit(lambda: loader(report), self._on_loaded, self._on_failed, owner=self)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_loaded(self, result: object) -> None:
        self._close_progress()
        self._changes.notify(Change(Subject.DATABASE))
        sign_ins = result.sign_ins if isinstance(result, DemoLoaded) else ()
        if sign_ins:
            self.sign_ins_box = self._offer_sign_ins(sign_ins)
        self.finished.emit(True)

    def _offer_sign_ins(self, sign_ins: tuple[DemoSignIn, ...]) -> QMessageBox:
        """The demo's sign-ins, to try it as a clinician and as a nurse (demo only)."""
        lines = [
            self.tr("{role}: username {username}, password {password} ({name})").format(
                role=self.tr("As a clinician") if s.role == "clinician" else self.tr("As a nurse"),
                username=s.username,
                password=s.password,
                name=s.full_name,
            )
            for s in sign_ins
        ]
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("DEMO practice ready"))
        box.setText(
            self.tr(
                "The DEMO practice is loaded: made-up people only. To try it as the staff "
                "who use it, sign out (Session → Sign out) and sign in with:"
            )
        )
        box.setInformativeText(
            "\n".join(lines)
            + "\n\n"
            + self.tr(
                "These sign-ins exist only in this demo database. Never use it for real patients."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _on_failed(self, error: Exception) -> None:
        self._close_progress()
        show_message(
            self._window,
            self.tr("Demo practice"),
            self.tr("The demo practice could not be loaded: {error}").format(
                error=formatting.error_message(error)
            ),
        )
        self.finished.emit(False)
