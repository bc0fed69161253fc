"""Recording a review of an agreed plan, in person, by phone or by video.

For each active goal: progress on the Goal Attainment Scale (−2..+2) with the
person's own comment, and what happens to the goal next; for each of its
actions: kept, changed or dropped, with confidence rated again. New goals may
be added if agreed. The core stores the review as an addition to the plan's
history; the agreed plan itself is never rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careplan.errors import ConflictError, ValidationError
from careplan.records import (
    ActionOutcomeInput,
    ActionRecord,
    ConsultationRecord,
    GoalHistory,
    GoalProgressInput,
    GoalRecord,
    NewActionInput,
    NewGoalInput,
    PatientRecord,
    ReviewInput,
    ReviewResult,
    StaffRecord,
)
from careplan.review_dates import next_review_after
from careplan.services import Services
from careplan.vocabulary import CONFIDENCE_PROMPT_BELOW, GAS_LABELS, GoalStatus
from ui import formatting
from ui.followup import wording
from ui.jobs import JobRunner
from ui.widgets import fix_minimum_size, scaled_font, show_message

# Dark red that stays readable on a light background; problems are always words too.
ERROR_STYLE = "color: #a40000;"
HINT_STYLE = "color: #505050;"
OPEN_JOB = "review-dialog/open"
NOT_ASKED = -1  # the confidence spin box's "not asked" value

DECISIONS = ("continue", "achieved", "revise", "stop")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class ReviewContext:
    """What the dialog shows, read in one job: the plan, the person, staff, goal history."""

    patient: PatientRecord
    plan: ConsultationRecord
    staff: tuple[StaffRecord, ...]
    goals: tuple[GoalHistory, ...]
    due: dt.date | None

    def last_review(self, goal_id: int) -> Any:
        for history in self.goals:
            if history.goal_id == goal_id and history.reviews:
                return history.reviews[-1]
        return None

    @property
    def active_goals(self) -> tuple[GoalRecord, ...]:
        return tuple(g for g in self.plan.goals if g.status == GoalStatus.ACTIVE.value)


def load_context(services: Services, consultation_id: int) -> ReviewContext:
    """Runs in the job runner: plain records only."""
    plan = services.consultations.get(consultation_id)
    patient = services.patients.get(plan.patient_id)
    history = services.history.patient_history(plan.patient_id)
    due = next((p.review_due for p in history.plans if p.id == plan.id), None)
    return ReviewContext(
        patient,
        plan,
        tuple(services.staff.list()),
        services.history.goal_history(plan.patient_id),
        due,
    )


def load_current_context(services: Services, patient_id: int) -> ReviewContext | None:
    """The person's plan now due for review (after someone else changed it), if any."""
    history = services.history.patient_history(patient_id)
    current = next((p for p in history.plans if p.review_due is not None), None)
    return None if current is None else load_context(services, current.id)


def _error_label(parent: QWidget, field_title: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(
        QCoreApplication.translate("review", "Problem with {field}").format(field=field_title)
    )
    label.hide()
    return label


def focus_target(widget: QWidget) -> QWidget:
    """The widget itself, or for a row of buttons its first button: where a label points."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget


class ActionEditor(QWidget):
    """One action of a goal: kept, changed or dropped; confidence rated again."""

    def __init__(
        self,
        action: ActionRecord,
        number: str,
        parent: QWidget | None = None,
        clinician: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        details = [d for d in (action.how_much, action.when, action.how_often) if d]
        who = {
            "person": self.tr("the person"),
            "carer": self.tr("their carer"),
            "clinician": clinician or self.tr("the clinician"),
            "practice": self.tr("the practice"),
            "community": self.tr("a community service"),
        }.get(action.who, action.who)
        if action.who_name:
            who = (
                action.who_name
                if action.who in ("clinician", "practice")
                else f"{who} ({action.who_name})"
            )
        text = action.what + (" — " + ", ".join(details) if details else "")
        self.label = QLabel(
            self.tr("{number} {action} · done by {who}").format(
                number=number, action=text, who=who
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)

        # Nothing is assumed: an action starts "not asked" until the person says.
        self.outcome = QComboBox(self)
        for value, title in (
            (None, self.tr("Not asked")),
            ("done", self.tr("Done")),
            ("partly_done", self.tr("Partly done")),
            ("not_done", self.tr("Not done")),
            ("changed", self.tr("Changed")),
            ("dropped", self.tr("Dropped")),
        ):
            self.outcome.addItem(title, value)
        self.outcome.setAccessibleName(self.tr("What happened to: {action}").format(action=text))

        self.confidence = QSpinBox(self)
        self.confidence.setRange(NOT_ASKED, 10)
        self.confidence.setSpecialValueText(self.tr("not asked"))
        self.confidence.setValue(NOT_ASKED)
        self.confidence.setAccessibleName(
            self.tr("Confidence now, 0 to 10, for: {action}").format(action=text)
        )
        self.confidence.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        confidence_label = QLabel(self.tr("Confidence now"), self)
        confidence_label.setBuddy(self.confidence)
        before = action.confidence
        self.before = QLabel(
            self.tr("(was {value})").format(value=before) if before is not None else "", self
        )
        self.before.setStyleSheet(HINT_STYLE)
        self.hint = QLabel(
            self.tr(
                "Below {limit}: what would make it easier? Consider making the action smaller."
            ).format(limit=CONFIDENCE_PROMPT_BELOW),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("What changed, for: {action}").format(action=text))
        self.comment_label = QLabel(self)
        self.comment_label.setBuddy(self.comment)
        self.comment_row = QWidget(self)
        comment_layout = QHBoxLayout(self.comment_row)
        comment_layout.setContentsMargins(0, 0, 0, 0)
        comment_layout.addWidget(self.comment_label)
        comment_layout.addWidget(self.comment, 1)
        self.comment_row.hide()

        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.confidence.valueChanged.connect(self._on_confidence)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.outcome)
        controls.addSpacing(12)
        controls.addWidget(confidence_label)
        controls.addWidget(self.confidence)
        controls.addWidget(self.before)
        controls.addStretch(1)
        # Confidence is the person's (or carer's) about their own actions only.
        if action.who not in ("person", "carer"):
            for widget in (confidence_label, self.confidence, self.before):
                widget.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        layout.addWidget(self.comment_row)

    def _on_outcome(self) -> None:
        value = self.outcome.currentData()
        self.comment_row.setVisible(value in ("changed", "dropped", "not_done", "partly_done"))
        self.comment_label.setText(
            {
                "changed": self.tr("What changed"),
                "dropped": self.tr("Why it was dropped"),
            }.get(value, self.tr("What got in the way"))
        )
        self.comment.setPlaceholderText(self.tr("in their words (optional)"))

    def _on_confidence(self, value: int) -> None:
        self.hint.setVisible(0 <= value < CONFIDENCE_PROMPT_BELOW)

    def set_outcome(self, value: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(value))

    def value(self) -> ActionOutcomeInput | None:
        """None when the action was not asked about (nothing is recorded for it)."""
        if self.outcome.currentData() is None:
            return None
        rating = self.confidence.value()
        comment = self.comment.text() if not self.comment_row.isHidden() else ""
        return ActionOutcomeInput(
            self.action.id,
            str(self.outcome.currentData()),
            None if rating == NOT_ASKED else rating,
            comment or None,
        )


class GoalEditor(QFrame):
    """Progress on one active goal, in the person's words, and what happens next."""

    def __init__(
        self,
        goal: GoalRecord,
        index: int,
        count: int,
        last: Any,
        parent: QWidget | None = None,
        clinician: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        prefix = f"goals.{index}"

        self.title = QLabel(
            self.tr("Goal {number} of {count}: “{goal}”").format(
                number=index + 1, count=count, goal=goal.text
            ),
            self,
        )
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(scaled_font(self.title, 1.1, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last = QLabel(self)
        self.last.setWordWrap(True)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.last.setStyleSheet(HINT_STYLE)
        if last is not None:
            text = self.tr("Last time, {date}: {score}").format(
                date=formatting.date(last.reviewed_on),
                score=wording.score_with_meaning(last.attainment),
            )
            if last.comment:
                text += f" — “{last.comment}”"
            self.last.setText(text)
        else:
            self.last.setText(self.tr("Not reviewed before."))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)

        # Progress: no level is chosen until the person says how it went.
        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        self.score_buttons: dict[int, QRadioButton] = {}
        score_row = QWidget(self)
        score_row.setAccessibleName(self.tr("Progress on goal {number}").format(number=index + 1))
        scores_layout = QHBoxLayout(score_row)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.setSpacing(6)
        for value in (-2, -1, 0, 1, 2):
            button = QRadioButton(f"{wording.score(value)} {GAS_LABELS[value]}", score_row)
            button.setAccessibleName(
                self.tr("{score}: {meaning}").format(
                    score=wording.score(value), meaning=GAS_LABELS[value]
                )
            )
            self.scores.addButton(button, value + 2)
            self.score_buttons[value] = button
            scores_layout.addWidget(button)
        scores_layout.addStretch(1)
        self.scores.idToggled.connect(lambda _id, _on: self.clear_error(f"{prefix}.attainment"))
        self._row(grid, 0, self.tr("How has it gone?"), score_row, f"{prefix}.attainment")

        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("what they said, in their own words"))
        self.comment.textEdited.connect(lambda _t: self.clear_error(f"{prefix}.comment"))
        self._row(grid, 2, self.tr("Their comment"), self.comment, f"{prefix}.comment")

        self.decision = QComboBox(self)
        for decision, title in (
            ("continue", self.tr("Continue — keep working on it")),
            ("achieved", self.tr("Achieved")),
            ("revise", self.tr("Revise — reword the goal")),
            ("stop", self.tr("Stop working on it")),
            ("not_discussed", self.tr("Not discussed on this call")),
        ):
            self.decision.addItem(title, decision)
        self.revised_text = QLineEdit(self)
        self.revised_text.setPlaceholderText(self.tr("the new goal, in their words"))
        self.revised_text.setAccessibleName(self.tr("Revised goal, in their words"))
        self.revised_text.textEdited.connect(lambda _t: self.clear_error(f"{prefix}.revised_text"))
        self.revised_text.hide()
        self.decision.currentIndexChanged.connect(self._on_decision)
        decision_row = QWidget(self)
        decision_layout = QHBoxLayout(decision_row)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(self.decision)
        decision_layout.addWidget(self.revised_text, 1)
        self.decision.setAccessibleName(self.tr("What next for goal {n}").format(n=index + 1))
        self._row(grid, 4, self.tr("What next"), decision_row, f"{prefix}.decision")
        self.errors[f"{prefix}.revised_text"] = self.errors[f"{prefix}.decision"]
        self.inputs[f"{prefix}.revised_text"] = self.revised_text

        self.action_editors: list[ActionEditor] = []
        actions_box = QWidget(self)
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.setSpacing(6)
        for k, action in enumerate(goal.actions):
            editor = ActionEditor(action, f"{k + 1}.", actions_box, clinician)
            actions_layout.addWidget(editor)
            self.action_editors.append(editor)
        if not goal.actions:
            none = QLabel(self.tr("No actions were agreed for this goal."), actions_box)
            none.setStyleSheet(HINT_STYLE)
            actions_layout.addWidget(none)
        actions_title = QLabel(self.tr("Actions"), self)
        actions_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(actions_title, 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(actions_box, 6, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.last)
        layout.addLayout(grid)

    def _row(self, grid: QGridLayout, row: int, title: str, widget: QWidget, field: str) -> None:
        label = QLabel(title, self)
        label.setBuddy(focus_target(widget))
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        error = _error_label(self, title)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(widget, row, 1)
        grid.addWidget(error, row + 1, 1)
        self.errors[field] = error
        self.inputs[field] = widget

    def _on_decision(self) -> None:
        decision = self.decision.currentData()
        self.revised_text.setVisible(decision == "revise")
        # Not talked about: no progress is recorded for it today.
        for button in self.score_buttons.values():
            button.setEnabled(decision != "not_discussed")
        self.clear_error(f"goals.{self.index}.decision")
        self.clear_error(f"goals.{self.index}.attainment")

    def clear_error(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()

    # ----- values -----------------------------------------------------------------------

    def attainment(self) -> int | None:
        checked = self.scores.checkedId()
        return None if checked < 0 else checked - 2

    def set_attainment(self, value: int) -> None:
        self.score_buttons[value].setChecked(True)

    def set_decision(self, value: str) -> None:
        self.decision.setCurrentIndex(self.decision.findData(value))

    def value(self) -> GoalProgressInput:
        decision = str(self.decision.currentData())
        return GoalProgressInput(
            self.goal.id,
            self.attainment() if decision != "not_discussed" else None,
            self.comment.text() or None,
            decision,
            self.revised_text.text() if decision == "revise" else None,
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "attainment": self.attainment(),
            "comment": self.comment.text(),
            "decision": self.decision.currentData(),
            "revised": self.revised_text.text(),
            "actions": {
                a.action.what: (a.outcome.currentData(), a.confidence.value(), a.comment.text())
                for a in self.action_editors
            },
        }

    def restore(self, state: dict[str, Any]) -> None:
        if state["attainment"] is not None:
            self.set_attainment(state["attainment"])
        self.comment.setText(state["comment"])
        self.set_decision(state["decision"])
        self.revised_text.setText(state["revised"])
        for a in self.action_editors:
            if a.action.what in state["actions"]:
                outcome, confidence, comment = state["actions"][a.action.what]
                a.set_outcome(outcome)
                a.confidence.setValue(confidence)
                a.comment.setText(comment)


class NewActionEditor(QWidget):
    def __init__(self, goal_index: int, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f"new_goals.{goal_index}.actions.{index}.what"
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("what, how much, when, how often"))
        self.what.setAccessibleName(self.tr("New action {number}").format(number=index + 1))
        self.who = QComboBox(self)
        for value, title in (
            ("person", self.tr("They do it")),
            ("carer", self.tr("A carer")),
            ("clinician", self.tr("The clinician")),
            ("practice", self.tr("The practice")),
            ("community", self.tr("Someone in the community")),
        ):
            self.who.addItem(title, value)
        self.who.setAccessibleName(self.tr("Who does it"))
        self.confidence = QSpinBox(self)
        self.confidence.setRange(NOT_ASKED, 10)
        self.confidence.setSpecialValueText(self.tr("not asked"))
        self.confidence.setValue(NOT_ASKED)
        self.confidence.setAccessibleName(self.tr("Confidence, 0 to 10"))
        confidence_label = QLabel(self.tr("Confidence"), self)
        confidence_label.setBuddy(self.confidence)
        self.error = _error_label(self, self.tr("new action"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.what, 1)
        row.addWidget(self.who)
        row.addWidget(confidence_label)
        row.addWidget(self.confidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.what.textEdited.connect(lambda _t: self.error.hide())

    def value(self) -> NewActionInput | None:
        rating = self.confidence.value()
        if not self.what.text().strip() and rating == NOT_ASKED:
            return None
        return NewActionInput(
            self.what.text(),
            who=str(self.who.currentData()),
            confidence=None if rating == NOT_ASKED else rating,
        )


class NewGoalEditor(QFrame):
    """A goal agreed at the review, with its first actions."""

    removed = Signal(object)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        title = QLabel(self.tr("New goal {number}").format(number=index + 1), self)
        title.setFont(scaled_font(title, 1.05, bold=True))
        self.remove_button = QPushButton(self.tr("Remove this new goal"), self)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("the goal, in their own words"))
        self.text.setAccessibleName(self.tr("New goal, in their words"))
        self.expressed_by = QComboBox(self)
        for value, label in (
            ("patient", self.tr("Their goal")),
            ("carer", self.tr("Their carer's goal")),
            ("clinician", self.tr("The clinician's goal")),
        ):
            self.expressed_by.addItem(label, value)
        self.expressed_by.setAccessibleName(self.tr("Whose goal"))
        self.text_error = _error_label(self, self.tr("new goal"))
        self.errors[f"new_goals.{index}.text"] = self.text_error
        self.inputs[f"new_goals.{index}.text"] = self.text
        self.errors[f"new_goals.{index}.expressed_by"] = self.text_error
        self.text.textEdited.connect(lambda _t: self.text_error.hide())

        self.action_editors: list[NewActionEditor] = []
        self._actions_layout = QVBoxLayout()
        self._actions_layout.setSpacing(4)
        self.add_action_button = QPushButton(self.tr("Add an action"), self)
        self.add_action_button.clicked.connect(self.add_action)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.text, 1)
        goal_row.addWidget(self.expressed_by)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(goal_row)
        layout.addWidget(self.text_error)
        layout.addLayout(self._actions_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_action()

    def add_action(self) -> NewActionEditor:
        editor = NewActionEditor(self.index, len(self.action_editors), self)
        self._actions_layout.addWidget(editor)
        self.action_editors.append(editor)
        self.errors[editor.field] = editor.error
        self.inputs[editor.field] = editor.what
        return editor

    def value(self) -> NewGoalInput:
        actions = tuple(a for a in (e.value() for e in self.action_editors) if a is not None)
        return NewGoalInput(self.text.text(), str(self.expressed_by.currentData()), None, actions)


class ReviewDialog(QDialog):
    """Record one review; saving goes through the job runner."""

    saved = Signal(object)  # ReviewResult
    reloaded = Signal(object)  # ReviewContext

    def __init__(
        self,
        services: Services,
        jobs: JobRunner,
        context: ReviewContext,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._jobs = jobs
        self._today = today
        self._saving = False
        self._closing_confirmed = False
        self._next_touched = False
        self.discard_box: QMessageBox | None = None
        self.context = context
        self.setModal(True)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.goal_editors: list[GoalEditor] = []
        self.new_goals: list[NewGoalEditor] = []
        self._build()
        self._show_context(context)
        fix_minimum_size(self)
        self._fit_to_screen()

    # ----- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAccessibleName(self.tr("Problem"))
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setStyleSheet(ERROR_STYLE)
        self.reload_button = QPushButton(self.tr("Reload the plan"), self.banner)
        self.reload_button.clicked.connect(self.reload)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        # Who, and how to reach them: what the nurse needs while the phone rings.
        self.who_label = QLabel(self)
        self.who_label.setFont(scaled_font(self.who_label, 1.45, bold=True))
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_label = QLabel(self)
        self.phone_label.setFont(scaled_font(self.phone_label, 1.3, bold=True))
        self.phone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_label.setAccessibleName(self.tr("Phone"))
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_label = QLabel(self)
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        header = QFrame(self)
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header.setAccessibleName(self.tr("Who is being reviewed"))
        name_row = QHBoxLayout()
        name_row.addWidget(self.who_label, 1)
        name_row.addWidget(self.phone_label, 0, Qt.AlignmentFlag.AlignRight)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 8, 12, 8)
        header_layout.setSpacing(2)
        header_layout.addLayout(name_row)
        header_layout.addWidget(self.details_label)
        header_layout.addWidget(self.plan_label)

        # How the review was done, by whom, when.
        how = QGridLayout()
        how.setHorizontalSpacing(10)
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
        mode_layout.addStretch(1)
        self.modes.buttonToggled.connect(lambda _b, _on: self._clear_error("mode"))
        self.reviewer = QComboBox(self)
        self.reviewer.setAccessibleName(self.tr("Reviewed by"))
        self.reviewer.setMinimumContentsLength(18)
        self.reviewer.currentIndexChanged.connect(lambda _i: self._clear_error("reviewer"))
        self.reviewed_on = QDateEdit(self)
        self.reviewed_on.setCalendarPopup(True)
        self.reviewed_on.setDisplayFormat("d MMM yyyy")
        self.reviewed_on.setAccessibleName(self.tr("Date of this review"))
        self.reviewed_on.dateChanged.connect(self._on_reviewed_on)
        self._grid_field(how, 0, 0, self.tr("How"), mode_row, "mode")
        self._grid_field(how, 0, 2, self.tr("Reviewed by"), self.reviewer, "reviewer")
        self._grid_field(how, 0, 4, self.tr("On"), self.reviewed_on, "reviewed_on")
        how.setColumnStretch(1, 1)

        # The goals, then new goals, next review and notes, in a scrolling column.
        body = QWidget(self)
        self._goals_layout = QVBoxLayout()
        self._goals_layout.setSpacing(10)
        self._new_goals_layout = QVBoxLayout()
        self._new_goals_layout.setSpacing(8)
        self.add_goal_button = QPushButton(self.tr("Add a new goal they agreed…"), body)
        self.add_goal_button.clicked.connect(self.add_new_goal)

        self.plan_next = QCheckBox(self.tr("Plan the next review for"), body)
        self.plan_next.setChecked(True)
        self.plan_next.toggled.connect(self._on_plan_next)
        self.next_review = QDateEdit(body)
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("d MMM yyyy")
        self.next_review.setAccessibleName(self.tr("Next review date"))
        self.next_review.dateChanged.connect(self._on_next_changed)
        self.next_hint = QLabel(body)
        self.next_hint.setStyleSheet(HINT_STYLE)
        next_row = QHBoxLayout()
        next_row.addWidget(self.plan_next)
        next_row.addWidget(self.next_review)
        next_row.addWidget(self.next_hint)
        next_row.addStretch(1)
        next_error = _error_label(body, self.tr("next review"))
        self.errors["next_review_date"] = next_error
        self.inputs["next_review_date"] = self.next_review

        self.notes = QPlainTextEdit(body)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("anything else from this review (optional)"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        self.notes.textChanged.connect(lambda: self._clear_error("notes"))
        notes_error = _error_label(body, self.tr("notes"))
        self.errors["notes"] = notes_error
        self.inputs["notes"] = self.notes
        notes_label = QLabel(self.tr("Notes"), body)
        notes_label.setBuddy(self.notes)

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(self._goals_layout)
        body_layout.addLayout(self._new_goals_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_goal_button)
        add_row.addStretch(1)
        body_layout.addLayout(add_row)
        body_layout.addSpacing(6)
        body_layout.addLayout(next_row)
        body_layout.addWidget(next_error)
        body_layout.addWidget(notes_label)
        body_layout.addWidget(self.notes)
        body_layout.addWidget(notes_error)
        body_layout.addStretch(1)
        self._body = body
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("Save review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # Who, how and the goals scroll together on a small screen (or large text); the
        # Save and Cancel buttons stay in view below them.
        body_layout.insertWidget(0, header)
        body_layout.insertLayout(1, how)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

    def _grid_field(
        self, grid: QGridLayout, row: int, column: int, title: str, widget: QWidget, field: str
    ) -> None:
        label = QLabel(title, self)
        label.setBuddy(focus_target(widget))
        error = _error_label(self, title)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1)
        grid.addWidget(error, row + 1, column + 1)
        self.errors[field] = error
        self.inputs[field] = widget

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        # Wide enough for the five levels of the scale on one line, when the screen is.
        margins = self._layout.contentsMargins()
        needed = (
            self._body.minimumSizeHint().width()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        width, height = max(1180, needed), 900
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())  # the fitter allows for the frame
            height = min(height, int(available.height() * 0.94))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    # ----- what is shown ----------------------------------------------------------------

    def _show_context(self, context: ReviewContext) -> None:
        self.context = context
        patient, plan = context.patient, context.plan
        name = formatting.banner_name(patient)
        self.setWindowTitle(self.tr("Review — {name}").format(name=name))
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
            days = (self._today() - context.due).days
            plan_text += " · " + self.tr("review {when} ({date})").format(
                when=wording.when_due(days), date=formatting.date(context.due)
            )
        last = max(
            (r for h in context.goals for r in h.reviews),
            key=lambda r: (r.reviewed_on, r.review_id),
            default=None,
        )
        if last is not None:
            how = wording.mode(last.mode)
            if last.reviewer_name:
                how = self.tr("{how}, {name}").format(how=how, name=last.reviewer_name)
            plan_text += " · " + self.tr("last reviewed {date} ({how})").format(
                date=formatting.date(last.reviewed_on), how=how
            )
        self.plan_label.setText(plan_text)

        # Reviewer: the signed-in staff member when there is one, else a choice to make.
        current = self.reviewer.currentData()
        self.reviewer.clear()
        self.reviewer.addItem(self.tr("Choose who reviewed…"), None)
        for staff in context.staff:
            title = f"{staff.full_name} ({staff.job_title})" if staff.job_title else staff.full_name
            self.reviewer.addItem(title, staff.id)
        actor = self._services.context.actor
        preferred = current if current is not None else (actor.staff_id if actor else None)
        if preferred is not None and self.reviewer.findData(preferred) >= 0:
            self.reviewer.setCurrentIndex(self.reviewer.findData(preferred))

        today = self._today()
        if not self.reviewed_on.property("filled"):
            self.reviewed_on.setMaximumDate(to_qdate(today))
            self.reviewed_on.setMinimumDate(to_qdate(plan.consultation_date))
            self.reviewed_on.setDate(to_qdate(today))
            self.reviewed_on.setProperty("filled", True)
            self._set_default_next(today)

        self._build_goals(context)

    def _build_goals(self, context: ReviewContext) -> None:
        states = {e.goal.text: e.snapshot() for e in self.goal_editors}
        for editor in self.goal_editors:
            self._goals_layout.removeWidget(editor)
            for field in editor.errors:
                self.errors.pop(field, None)
                self.inputs.pop(field, None)
            editor.deleteLater()
        self.goal_editors = []
        active = context.active_goals
        if not active:
            none = QLabel(self.tr("This plan has no goals being worked on."), self._body)
            self._goals_layout.addWidget(none)
        for i, goal in enumerate(active):
            editor = GoalEditor(
                goal,
                i,
                len(active),
                context.last_review(goal.id),
                self._body,
                context.plan.clinician_name,
            )
            self._goals_layout.addWidget(editor)
            self.goal_editors.append(editor)
            self.errors.update(editor.errors)
            self.inputs.update(editor.inputs)
            if goal.text in states:
                editor.restore(states[goal.text])

    def _set_default_next(self, reviewed_on: dt.date) -> None:
        self.next_review.setMinimumDate(to_qdate(reviewed_on + dt.timedelta(days=1)))
        self.next_review.blockSignals(True)
        # The core's one rule (the consultation proposes its review date the same way).
        proposed = next_review_after(reviewed_on, self.context.active_goals)
        self.next_review.setDate(to_qdate(proposed))
        self.next_review.blockSignals(False)
        self._update_next_hint()

    def _on_reviewed_on(self, value: QDate) -> None:
        self._clear_error("reviewed_on")
        if not self._next_touched:
            self._set_default_next(from_qdate(value))

    def _on_next_changed(self, _value: QDate) -> None:
        self._next_touched = True
        self._clear_error("next_review_date")
        self._update_next_hint()

    def _update_next_hint(self) -> None:
        if not self.plan_next.isChecked():
            self.next_hint.setText(self.tr("no further review planned"))
            return
        days = (from_qdate(self.next_review.date()) - from_qdate(self.reviewed_on.date())).days
        weeks = round(days / 7)
        self.next_hint.setText(self.tr("in about {weeks} weeks").format(weeks=weeks))

    def _on_plan_next(self, checked: bool) -> None:
        self.next_review.setEnabled(checked)
        self._clear_error("next_review_date")
        self._update_next_hint()

    # ----- new goals --------------------------------------------------------------------

    def add_new_goal(self) -> NewGoalEditor:
        editor = NewGoalEditor(len(self.new_goals), self._body)
        editor.removed.connect(self._remove_new_goal)
        self._new_goals_layout.addWidget(editor)
        self.new_goals.append(editor)
        self._register_new_goal_fields()
        editor.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _remove_new_goal(self, editor: NewGoalEditor) -> None:
        self.new_goals.remove(editor)
        self._new_goals_layout.removeWidget(editor)
        editor.deleteLater()
        # Renumber so the core's field names (new_goals.N...) still point at the right place.
        kept = [
            (e.text.text(), e.expressed_by.currentIndex(), e.action_editors) for e in self.new_goals
        ]
        for e in self.new_goals:
            self._new_goals_layout.removeWidget(e)
            e.deleteLater()
        self.new_goals = []
        for text, whose, actions in kept:
            fresh = NewGoalEditor(len(self.new_goals), self._body)
            fresh.removed.connect(self._remove_new_goal)
            fresh.text.setText(text)
            fresh.expressed_by.setCurrentIndex(whose)
            for k, old in enumerate(actions):
                target = (
                    fresh.action_editors[k] if k < len(fresh.action_editors) else fresh.add_action()
                )
                target.what.setText(old.what.text())
                target.who.setCurrentIndex(old.who.currentIndex())
                target.confidence.setValue(old.confidence.value())
            self._new_goals_layout.addWidget(fresh)
            self.new_goals.append(fresh)
        self._register_new_goal_fields()

    def _register_new_goal_fields(self) -> None:
        for field in [f for f in self.errors if f.startswith("new_goals.")]:
            self.errors.pop(field)
            self.inputs.pop(field, None)
        for editor in self.new_goals:
            self.errors.update(editor.errors)
            self.inputs.update(editor.inputs)
            for action in editor.action_editors:
                self.errors[action.field] = action.error
                self.inputs[action.field] = action.what

    # ----- the values -------------------------------------------------------------------

    def mode(self) -> str | None:
        for value, button in self.mode_buttons.items():
            if button.isChecked():
                return value
        return None

    def set_mode(self, value: str) -> None:
        self.mode_buttons[value].setChecked(True)

    def value(self) -> ReviewInput:
        """What is entered now, as the core's input record (the core checks it)."""
        plan = self.context.plan
        goals = tuple(e.value() for e in self.goal_editors)
        outcomes = (a.value() for e in self.goal_editors for a in e.action_editors)
        actions = tuple(o for o in outcomes if o is not None)
        next_date = from_qdate(self.next_review.date()) if self.plan_next.isChecked() else None
        return ReviewInput(
            consultation_id=plan.id,
            expected_version=plan.version,
            reviewer_id=self.reviewer.currentData(),
            mode=self.mode() or "",
            reviewed_on=from_qdate(self.reviewed_on.date()),
            next_review_date=next_date,
            goals=goals,
            actions=actions,
            new_goals=tuple(e.value() for e in self.new_goals),
            notes=self.notes.toPlainText() or None,
        )

    # ----- saving -----------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        if self._saving:
            return
        self._clear_errors()
        # Asked here, not by the core: a review always says who did it.
        if self.reviewer.currentData() is None:
            self._show_field_error("reviewer", self.tr("Choose who did the review."))
            return
        data = self.value()
        self._set_saving(True)
        record = self._services.reviews.record
        self._jobs.submit(lambda: record(data), self._on_saved, self._on_error, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _on_saved(self, result: ReviewResult) -> None:
        self._set_saving(False)
        self._closing_confirmed = True
        self.saved.emit(result)
        self.accept()

    def _on_error(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, ConflictError):
            self._show_banner(error.message, offer_reload=True)
        elif isinstance(error, ValidationError):
            self._show_field_error(error.field, error.message)
        else:
            self._show_banner(formatting.error_message(error))

    def _show_field_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        widget = self.inputs.get(field)
        if label is None or widget is None:
            self._show_banner(message)
            return
        label.setText(message)
        label.show()
        widget.setAccessibleDescription(message)
        focus_target(widget).setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(label)
        self.scroll_area.ensureWidgetVisible(widget)

    def field_error(self, field: str) -> str:
        """The message shown by the field ``field`` ("" when there is none)."""
        label = self.errors.get(field)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def banner_message(self) -> str:
        return self.banner_text.text() if self.banner.isVisibleTo(self) else ""

    def _show_banner(self, message: str, *, offer_reload: bool = False) -> None:
        self.banner_text.setText(message)
        self.reload_button.setVisible(offer_reload)
        self.banner.show()

    def _clear_error(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()
            widget = self.inputs.get(field)
            if widget is not None:
                widget.setAccessibleDescription("")

    def _clear_errors(self) -> None:
        for field in list(self.errors):
            self._clear_error(field)
        self.banner.hide()

    # ----- someone else reviewed meanwhile ---------------------------------------------

    def reload(self) -> None:
        """Read the person's current plan again, keeping what was entered here."""
        self.reload_button.setEnabled(False)
        patient_id = self.context.patient.id
        services = self._services
        self._jobs.submit(
            lambda: load_current_context(services, patient_id),
            self._on_reloaded,
            self._on_reload_error,
            owner=self,
        )

    def _on_reloaded(self, context: ReviewContext | None) -> None:
        self.reload_button.setEnabled(True)
        if context is None:
            self._show_banner(
                self.tr(
                    "This person no longer has a plan due for review (it was closed or "
                    "replaced on another computer). Nothing was saved here."
                )
            )
            self.save_button.setEnabled(False)
            return
        self._show_context(context)
        self._show_banner(
            self.tr(
                "The plan has been read again, with the review made on the other computer "
                "(see “last reviewed” above). What you entered is kept where the goals are "
                "the same; check it, then save again if this review is still needed."
            )
        )
        self.reloaded.emit(context)

    def _on_reload_error(self, error: Exception) -> None:
        self.reload_button.setEnabled(True)
        self._show_banner(formatting.error_message(error))

    # ----- leaving without saving -------------------------------------------------------

    def _has_entries(self) -> bool:
        return any(
            e.attainment() is not None or e.comment.text() for e in self.goal_editors
        ) or bool(self.new_goals or self.notes.toPlainText())

    def reject(self) -> None:
        if self._closing_confirmed or not self._has_entries():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this review?"),
            self.tr("Nothing of this review has been saved yet. Discard what you entered?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is discard:
                self._closing_confirmed = True
                self.reject()

        box.finished.connect(done)
        box.open()
        self.discard_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_confirmed or not self._has_entries():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not save a half-finished review; only the button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            self.save_button.hasFocus()
        ):
            return
        super().keyPressEvent(event)


class ReviewLauncher(QObject):
    """Opens the review dialog for a plan after reading what it needs off the UI thread."""

    dialog_opened = Signal(object)  # ReviewDialog
    saved = Signal(object)  # ReviewResult

    def __init__(
        self,
        services: Services,
        jobs: JobRunner,
        today: Callable[[], dt.date],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._jobs = jobs
        self._today = today
        self._parent = parent
        self.dialog: ReviewDialog | None = None

    def open(self, consultation_id: int) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.activateWindow()
            return
        services = self._services
        self._jobs.submit(
            lambda: load_context(services, consultation_id),
            self._on_loaded,
            self._on_error,
            key=OPEN_JOB,
            owner=self,
        )

    def _on_loaded(self, context: ReviewContext) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = ReviewDialog(self._services, self._jobs, context, self._today, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.saved)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _forget(self) -> None:
        self.dialog = None

    def _on_error(self, error: Exception) -> None:
        show_message(
            self._parent,
            self.tr("Record a review"),
            self.tr("The plan could not be opened for review: {error}").format(
                error=formatting.error_message(error)
            ),
        )
