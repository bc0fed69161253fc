"""Opening the consultation workspace for a patient: start a new one, or resume the draft.

One window per patient: asking again brings the open one to the front.
Starting (or finding the draft) and reading the last agreed plan run on the
job runner; the window opens when they come back.
"""

from __future__ import annotations

import gc
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from careplan.records import ConsultationRecord, PatientRecord
from ui import formatting
from ui.consultation.widgets import bring_to_front
from ui.consultation.window import ConsultationWindow
from ui.context import UiContext

# At quit, how long to wait for the last edits to be stored.
DRAIN_SECONDS = 5.0


class ConsultationLauncher(QObject):
    opened = Signal(object)  # ConsultationWindow
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._windows: dict[int, ConsultationWindow] = {}
        self._opening: set[int] = set()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.close_all)

    def window_for(self, patient_id: int) -> ConsultationWindow | None:
        window = self._windows.get(patient_id)
        if window is not None and shiboken6.isValid(window):
            return window
        return None

    def open(self, patient: PatientRecord, clinician_id: int | None = None) -> None:
        """Open the workspace for ``patient``: their draft if there is one, else a new one.

        A new consultation is with ``clinician_id``, or else the signed-in staff member.
        """
        window = self.window_for(patient.id)
        if window is not None:
            bring_to_front(window)
            return
        if patient.id in self._opening:
            return
        self._opening.add(patient.id)
        actor = self._ctx.services.context.actor
        if clinician_id is None and actor is not None:
            clinician_id = actor.staff_id
        consultations = self._ctx.services.consultations
        patient_id = patient.id

        def start() -> tuple[ConsultationRecord, ConsultationRecord | None]:
            plan = consultations.start_or_resume(patient_id, clinician_id)
            return plan, consultations.latest_agreed(patient_id)

        self._ctx.jobs.submit(
            start,
            lambda result: self._show(patient, *result),
            lambda error: self._on_error(patient_id, error),
            owner=self,
        )

    def _show(
        self, patient: PatientRecord, plan: ConsultationRecord, last: ConsultationRecord | None
    ) -> None:
        self._opening.discard(patient.id)
        window = ConsultationWindow(self._ctx, patient, plan, last, self._parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._windows[patient.id] = window
        window.destroyed.connect(lambda _obj=None, pid=patient.id: self._windows.pop(pid, None))
        # Shown in the next turn of the event loop: building the window and laying it out
        # for the screen are each a good part of 100 ms, too long for one turn together.
        QTimer.singleShot(0, window, lambda: self._present(window))

    def _present(self, window: ConsultationWindow) -> None:
        window.show()
        # A full garbage collection scans every Python object: with a large practice's
        # patient list loaded that takes ~100 ms, at any moment. What is alive now lives
        # on; moving it out of the collector's sight keeps those pauses short while the
        # pair works (reference counting still frees it as usual).
        gc.freeze()
        self.opened.emit(window)

    def _on_error(self, patient_id: int, error: Exception) -> None:
        self._opening.discard(patient_id)
        self.failed.emit(formatting.error_message(error))

    def close_all(self) -> None:
        """Store what is typed in every open workspace, and wait for it to be stored."""
        for window in list(self._windows.values()):
            if shiboken6.isValid(window):
                window.commit_fields()
        deadline = time.monotonic() + DRAIN_SECONDS
        while self._ctx.jobs.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
