"""The review form's goals: progress on each goal being worked on, and on each of its actions.

For each active goal: progress on the Goal Attainment Scale (−2..+2) with the person's
own comment, and what happens to the goal next; for each of its actions: what happened
(nothing is assumed: "not asked" until the person says) and confidence rated again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careplan.records import (
    ActionOutcomeInput,
    ActionRecord,
    GoalProgressInput,
    GoalRecord,
    GoalReviewPoint,
)
from careplan.vocabulary import CONFIDENCE_PROMPT_BELOW, GAS_LABELS
from ui import formatting
from ui.feedback import FieldError, FieldErrors, focus_target
from ui.flow_layout import FlowLayout
from ui.followup import wording
from ui.widgets import buddy_label, scaled_font, side_by_side

HINT_STYLE = "color: #505050;"
NOT_ASKED = -1  # a confidence spin box's "not asked" value


def confidence_box(parent: QWidget, name: str) -> QSpinBox:
    """0 to 10, starting "not asked" (nothing is assumed)."""
    box = QSpinBox(parent)
    box.setRange(NOT_ASKED, 10)
    box.setSpecialValueText(QCoreApplication.translate("ReviewForm", "not asked"))
    box.setValue(NOT_ASKED)
    box.setAccessibleName(name)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return box


def rating(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_ASKED else box.value()


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(HINT_STYLE)
    return label


class ActionEditor(QWidget):
    """One action of a goal: what happened to it; confidence rated again."""

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

        self.confidence = confidence_box(
            self, self.tr("Confidence now, 0 to 10, for: {action}").format(action=text)
        )
        confidence_label = buddy_label(self.tr("Confidence now"), self.confidence, self)
        before = action.confidence
        self.before = QLabel(
            self.tr("(was {value})").format(value=before) if before is not None else "", self
        )
        self.before.setStyleSheet(HINT_STYLE)
        self.hint = hint_label(
            self.tr(
                "Below {limit}: what would make it easier? Consider making the action smaller."
            ).format(limit=CONFIDENCE_PROMPT_BELOW),
            self,
        )
        self.hint.hide()
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("What changed, for: {action}").format(action=text))
        self.comment_label = QLabel(self)
        self.comment_label.setBuddy(self.comment)
        self.comment_row = QWidget(self)
        side_by_side(self.comment_row, self.comment_label, (self.comment, 1), margins=(0, 0, 0, 0))
        self.comment_row.hide()

        self.outcome.currentIndexChanged.connect(self._on_outcome)
        self.confidence.valueChanged.connect(self._on_confidence)

        # One line when there is room, more at large text (never a sideways scroll).
        controls = FlowLayout(spacing=8)
        controls.addWidget(self.outcome)
        controls.addWidget(confidence_label)
        controls.addWidget(self.confidence)
        controls.addWidget(self.before)
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
        comment = self.comment.text() if not self.comment_row.isHidden() else ""
        return ActionOutcomeInput(
            self.action.id,
            str(self.outcome.currentData()),
            rating(self.confidence),
            comment or None,
        )


class GoalEditor(QFrame):
    """Progress on one active goal, in the person's words, and what happens next."""

    def __init__(
        self,
        goal: GoalRecord,
        index: int,
        count: int,
        last: GoalReviewPoint | None,
        parent: QWidget | None = None,
        clinician: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors = FieldErrors()
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
        self.last = hint_label(self.tr("Not reviewed before."), self)
        if last is not None:
            text = self.tr("Last time, {date}: {score}").format(
                date=formatting.date(last.reviewed_on),
                score=wording.score_with_meaning(last.attainment),
            )
            if last.comment:
                text += f" — “{last.comment}”"
            self.last.setText(text)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)

        # Progress: no level is chosen until the person says how it went. The five levels
        # take one line when there is room, more at large text.
        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        self.score_buttons: dict[int, QRadioButton] = {}
        score_row = QWidget(self)
        score_row.setAccessibleName(self.tr("Progress on goal {number}").format(number=index + 1))
        scores_layout = FlowLayout(score_row, spacing=6)
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
        side_by_side(decision_row, self.decision, (self.revised_text, 1), margins=(0, 0, 0, 0))
        self.decision.setAccessibleName(self.tr("What next for goal {n}").format(n=index + 1))
        decision_error = self._row(
            grid, 4, self.tr("What next"), decision_row, f"{prefix}.decision"
        )
        self.errors.add(f"{prefix}.revised_text", decision_error, self.revised_text)

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
            actions_layout.addWidget(
                hint_label(self.tr("No actions were agreed for this goal."), actions_box)
            )
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

    def _row(
        self, grid: QGridLayout, row: int, title: str, widget: QWidget, field: str
    ) -> FieldError:
        label = buddy_label(title, focus_target(widget), self)
        if not widget.accessibleName():
            widget.setAccessibleName(title)
        error = FieldError(widget, title, self)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(widget, row, 1)
        grid.addWidget(error, row + 1, 1)
        return self.errors.add(field, error)

    def _on_decision(self) -> None:
        decision = self.decision.currentData()
        self.revised_text.setVisible(decision == "revise")
        # Not talked about: no progress is recorded for it today.
        for button in self.score_buttons.values():
            button.setEnabled(decision != "not_discussed")
        self.clear_error(f"goals.{self.index}.decision")
        self.clear_error(f"goals.{self.index}.attainment")

    def clear_error(self, field: str) -> None:
        self.errors.clear(field)

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
