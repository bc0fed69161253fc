"""After a restart: the signed-in person's unfinished drafts, each to resume or discard.

A draft is never lost, and never forgotten either: on opening, the app says which
consultations this person left unfinished. Discarding keeps the draft in the record
(never current) and can be undone while this window is open.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan.records import DraftSummary, PatientRecord
from careplan.services import Services
from ui import formatting
from ui.consultation.launcher import ConsultationLauncher
from ui.jobs import JobRunner
from ui.widgets import fix_minimum_size
from ui.window_fit import scroll_layout, size_from_screen


class _MainWindow(Protocol):
    consultations: ConsultationLauncher


def offer_unfinished_drafts(parent: QWidget, services: Services, jobs: JobRunner) -> None:
    """Look for this person's unfinished drafts (off the UI thread); offer them if any.

    ``parent`` is the main window; its consultation launcher opens a resumed draft.
    """
    launcher = cast(_MainWindow, parent).consultations
    actor = services.context.actor
    if actor is None or actor.staff_id is None:
        return
    staff_id = actor.staff_id
    consultations, patients = services.consultations, services.patients

    def find() -> list[tuple[DraftSummary, PatientRecord]]:
        return [(d, patients.get(d.patient_id)) for d in consultations.unfinished_drafts(staff_id)]

    def show(found: list[tuple[DraftSummary, PatientRecord]]) -> None:
        if found:
            dialog = UnfinishedDrafts(found, services, jobs, launcher, parent)
            dialog.show()

    jobs.submit(find, show, lambda _error: None, owner=parent)


class UnfinishedDrafts(QDialog):
    def __init__(
        self,
        drafts: list[tuple[DraftSummary, PatientRecord]],
        services: Services,
        jobs: JobRunner,
        launcher: ConsultationLauncher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished consultations"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services, self._jobs, self._launcher = services, jobs, launcher
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "You left these consultations unfinished. Each draft is kept as it was: "
                "resume it, or discard it if it was started by mistake."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.rows: dict[int, tuple[QLabel, QPushButton, QPushButton]] = {}
        for row, (draft, patient) in enumerate(drafts):
            label = QLabel(
                self.tr("{name} — started {date}").format(
                    name=formatting.banner_name(patient),
                    date=formatting.date(draft.consultation_date),
                ),
                self,
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            resume = QPushButton(self.tr("Resume"), self)
            resume.setAccessibleName(
                self.tr("Resume the consultation with {name}").format(name=patient.full_name)
            )
            resume.clicked.connect(lambda _on=False, p=patient: self._resume(p))
            discard = QPushButton(self.tr("Discard"), self)
            discard.setAccessibleName(
                self.tr("Discard the draft for {name}").format(name=patient.full_name)
            )
            discard.clicked.connect(lambda _on=False, d=draft: self._discard(d))
            grid.addWidget(label, row, 0)
            grid.addWidget(resume, row, 1)
            grid.addWidget(discard, row, 2)
            self.rows[draft.consultation_id] = (label, resume, discard)
        grid.setRowStretch(len(drafts), 1)  # the rows at the top, however tall the window
        # Many drafts (or large text) scroll; Close stays in view.
        rows = scroll_layout(grid, self, self.tr("Unfinished consultations"))
        rows.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(rows, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fix_minimum_size(self)
        size_from_screen(self, QSize(640, self.sizeHint().height()))

    def _resume(self, patient: PatientRecord) -> None:
        self._launcher.open(patient)

    def _discard(self, draft: DraftSummary) -> None:
        label, _resume, discard = self.rows[draft.consultation_id]
        consultations = self._services.consultations
        if discard.text() == self.tr("Undo"):
            self._jobs.submit(
                lambda: consultations.undo_discard(draft.consultation_id),
                lambda _plan: self._mark(draft, discarded=False),
                lambda error: label.setText(formatting.error_message(error)),
                owner=self,
            )
            return
        self._jobs.submit(
            lambda: consultations.discard(draft.consultation_id),
            lambda _plan: self._mark(draft, discarded=True),
            lambda error: label.setText(formatting.error_message(error)),
            owner=self,
        )

    def _mark(self, draft: DraftSummary, *, discarded: bool) -> None:
        label, resume, discard = self.rows[draft.consultation_id]
        resume.setEnabled(not discarded)
        discard.setText(self.tr("Undo") if discarded else self.tr("Discard"))
        label.setEnabled(not discarded)
