"""The patient view: the plan as it grows, in large print and plain words, for the person.

A window of its own, for a second screen or for turning the laptop round. It
follows the consultation session (which listens to the core's changes), so it
updates as the pair edits, keeping the reader's place.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from careplan.records import ConsultationRecord
from careplan.register_records import ResultSeries
from ui.consultation.plain_plan import plan_html
from ui.consultation.session import ConsultationSession
from ui.consultation.settings import PATIENT_VIEW_GEOMETRY, PATIENT_VIEW_TEXT_SCALE
from ui.consultation.widgets import TextScale, text_size_buttons
from ui.registers.plain_results import results_html
from ui.widgets import fix_minimum_size

# Body text in the patient view is never below this: large print.
MIN_POINT_SIZE = 16.0


class PatientView(QWidget):
    def __init__(
        self,
        session: ConsultationSession,
        settings: QSettings,
        person: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("patient-view")
        self._settings = settings
        self._person = person
        self.setWindowTitle(self.tr("Your plan — {name}").format(name=person))
        self.setAccessibleName(self.tr("Your plan"))

        self.text_scale = TextScale(
            self, settings, PATIENT_VIEW_TEXT_SCALE, minimum_points=MIN_POINT_SIZE
        )
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Your plan, in large print"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.document().setDocumentMargin(24)

        title = QLabel(self.tr("Your plan"), self)
        self.text_scale.register(title, 0.8, bold=True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        for button in text_size_buttons(self.text_scale, self, self.tr("your plan")):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.text_scale.bigger)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.text_scale.smaller)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._plan = session.plan
        self._results: list[ResultSeries] = []
        self.text_scale.changed.connect(lambda _s: self._rerender())
        self.text_scale.apply()
        session.plan_changed.connect(self.show_plan)
        results = session.services.results.results
        patient_id = session.plan.patient_id
        session.jobs.submit(
            lambda: results(patient_id), self._show_results, lambda _error: None, owner=self
        )
        fix_minimum_size(self)
        geometry = PATIENT_VIEW_GEOMETRY.read(settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(QSize(820, 700))

    @property
    def text(self) -> str:
        """What the view says, as plain text."""
        return self.browser.toPlainText()

    def show_plan(self, plan: ConsultationRecord) -> None:
        self._plan = plan
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(plan_html(plan, self._person) + results_html(self._results))
        bar.setValue(position)

    def _show_results(self, series: list[ResultSeries]) -> None:
        self._results = series
        self.show_plan(self._plan)

    def follow(self, anchor: str) -> None:
        """Bring the part of the plan being worked on into view ("" for the top)."""
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _rerender(self) -> None:
        self.browser.document().setDefaultFont(self.font())
        self.show_plan(self._plan)

    def closeEvent(self, event: QCloseEvent) -> None:
        PATIENT_VIEW_GEOMETRY.write(self._settings, self.saveGeometry())
        super().closeEvent(event)
