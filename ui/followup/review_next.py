"""The end of the review form: when the plan is next looked at, and notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from ui.date_input import DateInput, Today
from ui.feedback import FieldError, FieldErrors
from ui.flow_layout import FlowLayout
from ui.followup.review_goals import HINT_STYLE
from ui.widgets import buddy_label, column


class NextReviewFields(QWidget):
    """The next review date (proposed by the core's rule until the person changes it),
    and notes."""

    def __init__(self, errors: FieldErrors, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._reviewed_on: dt.date | None = None
        self.touched = False
        self.plan_next = QCheckBox(self.tr("Plan the next review for"), self)
        self.plan_next.setChecked(True)
        self.plan_next.toggled.connect(self._on_plan_next)
        self.next_review = DateInput(self.tr("Next review date"), self, today=today)
        self.next_review.date_changed.connect(self._on_changed)
        self.next_review.problem_changed.connect(self._on_problem)
        self.next_hint = QLabel(self)
        self.next_hint.setStyleSheet(HINT_STYLE)
        next_row = FlowLayout(spacing=8)
        next_row.addWidget(self.plan_next)
        next_row.addWidget(self.next_review)
        next_row.addWidget(self.next_hint)
        next_error = FieldError(self.next_review, self.tr("next review"), self)
        errors.add("next_review_date", next_error)

        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("anything else from this review (optional)"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        self.notes.textChanged.connect(lambda: errors.clear("notes"))
        notes_error = FieldError(self.notes, self.tr("notes"), self)
        errors.add("notes", notes_error)
        notes_label = buddy_label(self.tr("Notes"), self.notes, self)

        column(
            self, next_row, next_error, notes_label, self.notes, notes_error, margins=(0, 0, 0, 0)
        )

    def propose(self, reviewed_on: dt.date | None, proposed: dt.date | None) -> None:
        """After the review's date changed: the proposed date, unless one was chosen."""
        self._reviewed_on = reviewed_on
        if not self.touched and proposed is not None:
            self.next_review.set_date(proposed)
        self._update_hint()

    def date_text(self) -> str | None:
        """What the core is given: the date (ISO) or what was typed; None for no review."""
        return self.next_review.iso_text() if self.plan_next.isChecked() else None

    def _on_changed(self, _value: object) -> None:
        self.touched = True
        self._errors.clear("next_review_date")
        self._update_hint()

    def _on_problem(self, problem: str) -> None:
        if problem:
            self._errors["next_review_date"].show_message(problem)

    def _update_hint(self) -> None:
        if not self.plan_next.isChecked():
            self.next_hint.setText(self.tr("no further review planned"))
            return
        chosen = self.next_review.date()
        if chosen is None or self._reviewed_on is None:
            self.next_hint.setText("")
            return
        weeks = round((chosen - self._reviewed_on).days / 7)
        self.next_hint.setText(self.tr("in about {weeks} weeks").format(weeks=weeks))

    def _on_plan_next(self, checked: bool) -> None:
        self.next_review.setEnabled(checked)
        self._errors.clear("next_review_date")
        self._update_hint()
