"""Carrying the last plan forward: each goal with its latest progress and the person's words,
one choice each (keep, reword, achieved, stop); its actions kept unless changed or dropped;
support, steps and the named contact shown to confirm.

The new draft already holds a copy of every part of the last plan (the core's one
revision routine); this panel is where the pair sees each of them and decides.
Every choice is an undoable edit of the draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.records import ActionRecord, ConsultationRecord, GoalHistory, GoalRecord
from ui import formatting
from ui.consultation.editing import PlanEditor
from ui.consultation.widgets import SavingLineEdit, TextScale, hint_label
from ui.followup import wording
from ui.i18n import translator

_tr = translator("carry_forward")


def choices() -> tuple[tuple[str, str], ...]:
    return (
        ("keep", _tr("Keep")),
        ("reword", _tr("Reword")),
        ("achieved", _tr("Achieved")),
        ("stopped", _tr("Stop")),
    )


def who_does(action: ActionRecord, person: str, clinician: str | None) -> str:
    """Who does the action, by name where the plan knows it ("Dr Lina Haddad", "You")."""
    if action.who_name:
        return action.who_name
    return {
        "person": person,
        "carer": _tr("Their carer"),
        "clinician": clinician or _tr("The clinician"),
        "practice": _tr("The practice"),
        "community": _tr("A community service"),
    }.get(action.who, action.who)


def latest_progress(history: GoalHistory | None) -> str:
    if history is None or not history.reviews:
        return _tr("Not reviewed since it was agreed.")
    last = history.reviews[-1]
    text = _tr("Last progress, {date}: {score}").format(
        date=formatting.date(last.reviewed_on), score=wording.score_with_meaning(last.attainment)
    )
    if last.comment:
        text += f" — “{last.comment}”"
    return text


class CarriedGoal(QFrame):
    """One goal from last time: its progress and words, and the pair's choice."""

    def __init__(
        self,
        editor: PlanEditor,
        scale: TextScale,
        goal: GoalRecord,
        history: GoalHistory | None,
        person: str,
        clinician: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.goal = goal
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Goal from last time: {goal}").format(goal=goal.text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.title = QLabel(goal.text, self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        scale.register(self.title, 1.1, bold=True)
        self.progress = hint_label(latest_progress(history), self)
        self.progress.setAccessibleName(_tr("Latest progress"))
        layout.addWidget(self.title)
        layout.addWidget(self.progress)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for key, title in choices():
            button = QPushButton(title, self)
            button.setCheckable(True)
            button.setAccessibleName(_tr("{choice}: {goal}").format(choice=title, goal=goal.text))
            # Room for the words when the chosen one is drawn with its own padding.
            button.setMinimumWidth(button.sizeHint().width() + 16)
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        current = {"achieved": "achieved", "stopped": "stopped"}.get(goal.status, "keep")
        self.buttons[current].setChecked(True)
        self.buttons["keep"].clicked.connect(lambda: self._choose("keep"))
        self.buttons["achieved"].clicked.connect(lambda: self._choose("achieved"))
        self.buttons["stopped"].clicked.connect(lambda: self._choose("stopped"))
        self.buttons["reword"].clicked.connect(self._reword)

        self.wording = SavingLineEdit(_tr("The goal in new words"), self)
        self.wording.setText(goal.text)
        self.wording.committed.connect(self._store_wording)
        self.wording.hide()
        layout.addWidget(self.wording)

        self.action_rows: list[QPushButton] = []
        for action in goal.actions:
            line = QHBoxLayout()
            words = hint_label(
                _tr("{who}: {what}").format(
                    who=who_does(action, person, clinician), what=action.what
                ),
                self,
            )
            drop = QPushButton(_tr("Drop"), self)
            drop.setAccessibleName(_tr("Drop the action: {action}").format(action=action.what))
            drop.clicked.connect(lambda _on=False, a=action: self.editor.remove(parts.ACTION, a))
            self.action_rows.append(drop)
            line.addSpacing(16)
            line.addWidget(words, 1)
            line.addWidget(drop)
            layout.addLayout(line)
        if goal.status in ("achieved", "stopped"):
            for button in self.action_rows:
                button.setEnabled(False)

    def update_goal(self, goal: GoalRecord, history: GoalHistory | None) -> None:
        self.goal = goal
        self.title.setText(goal.text)
        self.progress.setText(latest_progress(history))
        current = {"achieved": "achieved", "stopped": "stopped"}.get(goal.status, "keep")
        if not self.buttons["reword"].isChecked() or current != "keep":
            self.buttons[current].setChecked(True)
        for button in self.action_rows:
            button.setEnabled(goal.status not in ("achieved", "stopped"))

    def _choose(self, outcome: str) -> None:
        self.wording.hide()
        current = {"achieved": "achieved", "stopped": "stopped"}.get(self.goal.status, "keep")
        if outcome != current:
            self.editor.carry_goal(self.goal, outcome)

    def _reword(self) -> None:
        if self.goal.status != "active":
            self.editor.carry_goal(self.goal, "keep")
        self.wording.show()
        self.wording.setFocus(Qt.FocusReason.OtherFocusReason)
        self.wording.selectAll()

    def _store_wording(self, text: str) -> None:
        if text.strip() and text != self.goal.text:
            self.editor.update(parts.GOAL, self.goal, {"text": text})


def _shape(goal: GoalRecord) -> tuple[int, tuple[int, ...]]:
    return goal.id, tuple(a.id for a in goal.actions)


class CarryForwardPanel(QWidget):
    """Everything carried from the last plan into this draft, for the pair to decide on."""

    # The pair wants to change carried support, steps or the contact: go to that stage.
    go_to_action_plan = Signal()
    go_to_agree = Signal()

    def __init__(
        self, editor: PlanEditor, scale: TextScale, person: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.scale = scale
        self.person = person
        self.setAccessibleName(_tr("Carried from last time"))
        self.history: dict[int, GoalHistory] = {}
        self.goal_rows: list[CarriedGoal] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.intro = hint_label(
            _tr(
                "The last plan is carried forward. For each goal: keep it, reword it, mark it "
                "achieved or stop it. Actions stay unless you drop or change them."
            ),
            self,
        )
        self._layout.addWidget(self.intro)
        self._goals = QVBoxLayout()
        self._goals.setSpacing(6)
        self._layout.addLayout(self._goals)
        self.others = hint_label("", self)
        self.others.setAccessibleName(_tr("Also carried over"))
        self._layout.addWidget(self.others)
        links = QHBoxLayout()
        self.change_support = QPushButton(_tr("Change support or steps…"), self)
        self.change_support.clicked.connect(self.go_to_action_plan)
        self.change_contact = QPushButton(_tr("Change the named contact…"), self)
        self.change_contact.clicked.connect(self.go_to_agree)
        links.addWidget(self.change_support)
        links.addWidget(self.change_contact)
        links.addStretch(1)
        self._layout.addLayout(links)
        # The pair's choice shows plainly (as the stage bar shows the stage).
        self.setStyleSheet(
            "QPushButton:checked { background: #1d4f91; color: #ffffff; border: 1px solid "
            "#1d4f91; border-radius: 4px; padding: 4px 8px; }"
        )

    def set_history(self, history: tuple[GoalHistory, ...]) -> None:
        self.history = {goal_id: h for h in history for goal_id in h.goal_ids}

    def show_plan(self, plan: ConsultationRecord) -> None:
        carried = [g for g in plan.goals if g.carried_from_id is not None]
        if [_shape(g) for g in carried] == [_shape(r.goal) for r in self.goal_rows]:
            # The same goals and actions: brought up to date in place, so a wording being
            # typed or a choice just made stays where it is.
            for row, goal in zip(self.goal_rows, carried, strict=True):
                assert goal.carried_from_id is not None
                row.update_goal(goal, self.history.get(goal.carried_from_id))
                row.setEnabled(plan.is_draft)
        else:
            self._rebuild(plan, carried)
        self._show_others(plan)

    def _rebuild(self, plan: ConsultationRecord, carried: list[GoalRecord]) -> None:
        for row in self.goal_rows:
            self._goals.removeWidget(row)
            row.deleteLater()
        self.goal_rows = []
        for goal in carried:
            assert goal.carried_from_id is not None
            row = CarriedGoal(
                self.editor,
                self.scale,
                goal,
                self.history.get(goal.carried_from_id),
                self.person,
                plan.clinician_name,
                self,
            )
            row.setEnabled(plan.is_draft)
            self._goals.addWidget(row)
            self.goal_rows.append(row)

    def _show_others(self, plan: ConsultationRecord) -> None:
        lines = []
        if plan.supports:
            lines.append(
                _tr("Support: {names}").format(names=", ".join(s.name for s in plan.supports))
            )
        if plan.escalation_steps:
            lines.append(
                _tr("If things get worse: {count} steps").format(count=len(plan.escalation_steps))
            )
        if plan.named_contact_name:
            lines.append(_tr("Named contact: {name}").format(name=plan.named_contact_name))
        self.others.setText(
            "\n".join([_tr("Also carried over, to confirm:"), *lines])
            if lines
            else _tr("No support, steps or named contact were carried over.")
        )
        self.change_support.setEnabled(plan.is_draft)
        self.change_contact.setEnabled(plan.is_draft)
