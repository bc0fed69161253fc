"""Discarding a draft (a stray Ctrl+K, a consultation that did not happen), with undo.

The core keeps a discarded draft (audited, never current); the earlier plan stays the
person's plan. While the window is open, the discard can be undone.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from careplan.records import ConsultationRecord
from ui import formatting
from ui.consultation.session import ConsultationSession
from ui.i18n import translator


class _Workspace(Protocol):
    """What the banner needs of the consultation window (kept apart to avoid a cycle)."""

    session: ConsultationSession

    def commit_fields(self) -> None: ...


_tr = translator("discard")


class DiscardBanner(QFrame):
    """Says the draft was discarded, with the way back."""

    def __init__(self, window: _Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Draft discarded"))
        row = QHBoxLayout(self)
        self.text = QLabel(
            _tr("This draft was discarded; the earlier plan stays the person's current plan."),
            self,
        )
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(_tr("Undo the discard"), self)
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        self.hide()

    def discard(self, *, confirmed: bool = False) -> None:
        w = self.window_
        plan = w.session.plan
        if not plan.is_draft:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self.window(),
                _tr("Discard this draft?"),
                _tr(
                    "The draft is set aside and the earlier plan stays current. It is kept in "
                    "the record, and you can undo this while this window is open."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        w.commit_fields()
        discard = w.session.consultations.discard
        w.session.run(lambda: discard(plan.id), self._discarded, self._failed)

    def _discarded(self, plan: ConsultationRecord) -> None:
        self.window_.session.undo_stack.clear()
        self.window_.session.switch_to(plan)
        self.show()

    def undo(self) -> None:
        w = self.window_
        plan_id = w.session.plan.id
        undo = w.session.consultations.undo_discard
        w.session.run(lambda: undo(plan_id), self._back, self._failed)

    def _back(self, plan: ConsultationRecord) -> None:
        self.hide()
        self.window_.session.switch_to(plan)

    def _failed(self, error: Exception) -> None:
        self.window_.session.problem.emit(formatting.error_message(error))
