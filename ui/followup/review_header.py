"""The top of the review form: who is being reviewed and how to reach them, then how,
by whom and when the review was done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from careplan.services.review_context import ReviewContext
from ui import formatting
from ui.date_input import DateInput, Today
from ui.feedback import FieldError, FieldErrors, focus_target
from ui.flow_layout import FlowLayout
from ui.followup import wording
from ui.widgets import scaled_font


def _plain(label: QLabel, *, selectable: bool = False, wrap: bool = True) -> QLabel:
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewHeader(QFrame):
    """Who, and how to reach them: what the nurse needs while the phone rings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Who is being reviewed"))
        self.who_label = _plain(QLabel(self), selectable=True)
        self.who_label.setFont(scaled_font(self.who_label, 1.45, bold=True))
        self.phone_label = _plain(QLabel(self), selectable=True, wrap=False)
        self.phone_label.setFont(scaled_font(self.phone_label, 1.3, bold=True))
        self.phone_label.setAccessibleName(self.tr("Phone"))
        self.details_label = _plain(QLabel(self), selectable=True)
        self.plan_label = _plain(QLabel(self))
        name_row = QHBoxLayout()
        name_row.addWidget(self.who_label, 1)
        name_row.addWidget(self.phone_label, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addLayout(name_row)
        layout.addWidget(self.details_label)
        layout.addWidget(self.plan_label)

    def show_context(self, context: ReviewContext, today: dt.date) -> str:
        """Show the person and their plan; the window title for them."""
        patient, plan = context.patient, context.plan
        name = formatting.banner_name(patient)
        self.who_label.setText(self.tr("Review of {name}’s plan").format(name=name))
        self.phone_label.setText(
            self.tr("☎ {phone}").format(phone=patient.phone)
            if patient.phone
            else self.tr("No phone recorded")
        )
        self.details_label.setText(
            self.tr("NHS number {nhs} · born {born}").format(
                nhs=formatting.nhs_number(patient.nhs_number) or self.tr("not recorded"),
                born=formatting.date(patient.date_of_birth),
            )
        )
        plan_text = self.tr("Plan agreed {date} by {who}").format(
            date=formatting.date(plan.consultation_date),
            who=plan.clinician_name or self.tr("(not recorded)"),
        )
        if context.due is not None:
            plan_text += " · " + self.tr("review {when} ({date})").format(
                when=wording.when_due((today - context.due).days),
                date=formatting.date(context.due),
            )
        last = context.latest_review
        if last is not None:
            how = wording.mode(last.mode)
            if last.reviewer_name:
                how = self.tr("{how}, {name}").format(how=how, name=last.reviewer_name)
            plan_text += " · " + self.tr("last reviewed {date} ({how})").format(
                date=formatting.date(last.reviewed_on), how=how
            )
        self.plan_label.setText(plan_text)
        return self.tr("Review — {name}").format(name=name)


class HowFields(QWidget):
    """How the review was done, by whom, when: one line when there is room, more at
    large text."""

    def __init__(self, errors: FieldErrors, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self.modes = QButtonGroup(self)
        mode_row = QWidget(self)
        mode_row.setAccessibleName(self.tr("How the review was done"))
        mode_layout = QHBoxLayout(mode_row)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for value, title in (
            ("phone", self.tr("By &phone")),
            ("in_person", self.tr("&In person")),
            ("video", self.tr("By &video")),
        ):
            button = QRadioButton(title, mode_row)
            self.modes.addButton(button)
            self.mode_buttons[value] = button
            mode_layout.addWidget(button)
        self.modes.buttonToggled.connect(lambda _b, _on: errors.clear("mode"))
        self.reviewer = QComboBox(self)
        self.reviewer.setAccessibleName(self.tr("Reviewed by"))
        self.reviewer.setMinimumContentsLength(18)
        self.reviewer.currentIndexChanged.connect(lambda _i: errors.clear("reviewer"))
        self.reviewed_on = DateInput(
            self.tr("Date of this review"), self, today=today, prefer_past=True
        )
        self.reviewed_on.problem_changed.connect(self._on_date_problem)
        layout = FlowLayout(self, spacing=16)
        for title, widget, field in (
            (self.tr("How"), mode_row, "mode"),
            (self.tr("Reviewed by"), self.reviewer, "reviewer"),
            (self.tr("On"), self.reviewed_on, "reviewed_on"),
        ):
            layout.addWidget(self._field(title, widget, field))

    def _field(self, title: str, widget: QWidget, field: str) -> QWidget:
        holder = QWidget(self)
        label = QLabel(title, holder)
        label.setBuddy(focus_target(widget))
        widget.setParent(holder)
        error = FieldError(widget, title, holder)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(label, 0, 0)
        grid.addWidget(widget, 0, 1)
        grid.addWidget(error, 1, 1)
        self._errors.add(field, error)
        return holder

    def _on_date_problem(self, problem: str) -> None:
        if problem:
            self._errors["reviewed_on"].show_message(problem)
        else:
            self._errors.clear("reviewed_on")

    def fill_reviewers(self, context: ReviewContext, preferred: int | None) -> None:
        """The staff who may review; ``preferred`` (the signed-in person) chosen when listed."""
        current = self.reviewer.currentData()
        self.reviewer.clear()
        self.reviewer.addItem(self.tr("Choose who reviewed…"), None)
        for staff in context.staff:
            title = f"{staff.full_name} ({staff.job_title})" if staff.job_title else staff.full_name
            self.reviewer.addItem(title, staff.id)
        choice = current if current is not None else preferred
        if choice is not None and self.reviewer.findData(choice) >= 0:
            self.reviewer.setCurrentIndex(self.reviewer.findData(choice))

    def mode(self) -> str | None:
        for value, button in self.mode_buttons.items():
            if button.isChecked():
                return value
        return None
