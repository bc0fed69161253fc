"""Recording one attendee's own plan during the group, then the next person.

Every edit is a :class:`~careplan.services.consultations.ConsultationService`
operation on that person's own consultation, the same as in an individual
consultation; nothing of another attendee is ever written into it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careplan.group_records import GroupAttendeeRecord
from careplan.records import ConsultationRecord
from ui import formatting
from ui.context import UiContext
from ui.i18n import translator
from ui.widgets import column, heading
from ui.window_fit import scroll_layout

_tr = translator("GroupPlanPanel")


def plan_lines(plan: ConsultationRecord) -> list[str]:
    out = [_tr("Matters: {text}").format(text=w.text) for w in plan.what_matters]
    for goal in plan.goals:
        out.append(_tr("Goal: {text}").format(text=goal.text))
        for action in goal.actions:
            sure = (
                ""
                if action.confidence is None
                else _tr(" (sure: {n}/10)").format(n=action.confidence)
            )
            out.append("    " + _tr("Action: {text}").format(text=action.what) + sure)
    if plan.named_contact_name:
        out.append(_tr("Named contact: {name}").format(name=plan.named_contact_name))
    return out


class PlanPanel(QWidget):
    """The current attendee's plan: what matters, goal, action with confidence, contact."""

    plan_shown = Signal(object)  # ConsultationRecord
    problem = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.attendee: GroupAttendeeRecord | None = None
        self.plan: ConsultationRecord | None = None
        self.refusal = ""  # why this person's role may not record own plans, if it may not

        self.person = heading(_tr("Choose an attendee who has arrived"), 1.2, self)
        self.person.setWordWrap(True)
        self.what_matters = QLineEdit(self)
        self.what_matters.setAccessibleName(_tr("What matters to this person"))
        self.goal = QLineEdit(self)
        self.goal.setAccessibleName(_tr("Goal, in the person's words"))
        self.action = QLineEdit(self)
        self.action.setAccessibleName(_tr("Action toward the last goal"))
        self.confidence = QSpinBox(self)
        self.confidence.setRange(0, 10)
        self.confidence.setValue(8)
        self.confidence.setAccessibleName(_tr("How sure, 0 to 10"))
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(_tr("Named contact"))
        self.one_to_one = QCheckBox(_tr("Wants a one-to-one after the group"), self)
        self.one_to_one.setAccessibleName(_tr("Wants a one-to-one after the group"))
        self.summary_model = QStringListModel(self)
        self.summary = QListView(self)
        self.summary.setModel(self.summary_model)
        self.summary.setAccessibleName(_tr("This person's plan so far"))
        self.summary.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.next_button = QPushButton(_tr("&Next person (F8)"), self)

        form = QFormLayout()
        form.addRow(_tr("What &matters"), self.what_matters)
        form.addRow(_tr("&Goal"), self.goal)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action, 1)
        sure = QLabel(_tr("&Sure (0–10)"), self)
        sure.setBuddy(self.confidence)
        action_row.addWidget(sure)
        action_row.addWidget(self.confidence)
        action_label = QLabel(_tr("&Action"), self)
        action_label.setBuddy(self.action)
        form.addRow(action_label, action_row)
        form.addRow(_tr("Named &contact"), self.contact)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.person)
        hint = QLabel(_tr("Type and press Enter: each line is stored at once."), self)
        hint.setWordWrap(True)
        body.addWidget(hint)
        body.addLayout(form)
        body.addWidget(self.one_to_one)
        body.addWidget(self.summary, 1)
        # On a short screen (large text) the form scrolls; Next person stays in view.
        column(self, (scroll_layout(body, self, _tr("This person's plan")), 1), self.next_button)

        self.what_matters.returnPressed.connect(self.add_what_matters)
        self.goal.returnPressed.connect(self.add_goal)
        self.action.returnPressed.connect(self.add_action)
        self.contact.returnPressed.connect(self.set_contact)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.what_matters, self.goal, self.action, self.confidence, self.contact):
            widget.setEnabled(on)
        self.one_to_one.setEnabled(on)

    # ----- whose plan ----------------------------------------------------------------

    def show_attendee(self, attendee: GroupAttendeeRecord) -> None:
        self.attendee = attendee
        self.plan = None
        self.summary_model.setStringList([])
        self.one_to_one.blockSignals(True)
        self.one_to_one.setChecked(attendee.wants_one_to_one)
        self.one_to_one.blockSignals(False)
        if attendee.attendance != "arrived":
            self.person.setText(
                _tr("{name} has not been marked as arrived.").format(name=attendee.full_name)
            )
            self._set_enabled(False)
            return
        self.person.setText(_tr("Plan for {name}").format(name=attendee.full_name))
        if self.refusal:
            self.problem.emit(self.refusal)
            return
        start = self._ctx.services.group_plans.start_plan
        attendee_id = attendee.id
        self._run(lambda: start(attendee_id), self._show_plan)

    def _show_plan(self, plan: ConsultationRecord) -> None:
        if self.attendee is None or plan.patient_id != self.attendee.patient_id:
            return  # a late answer about someone the panel has moved on from
        self.plan = plan
        self.summary_model.setStringList(plan_lines(plan))
        self._set_enabled(plan.is_draft)
        if plan.named_contact_name and not self.contact.text():
            self.contact.setText(plan.named_contact_name)
        self.what_matters.setFocus() if not plan.goals else self.goal.setFocus()
        self.plan_shown.emit(plan)

    def _reload(self, _result: Any = None) -> None:
        if self.plan is None:
            return
        self._run(partial(self._ctx.services.consultations.get, self.plan.id), self._show_plan)

    # ----- edits: each one a core consultation operation -----------------------------

    def _add(
        self, field: QLineEdit, add: Callable[[int, str], object], done: Callable[[Any], None]
    ) -> None:
        """``add(plan id, text)``: the field's text into the plan (the field is cleared for
        the next one), when it says something."""
        text = field.text()
        if self.plan is None or not text.strip():
            return
        plan_id = self.plan.id
        field.clear()
        self._run(partial(add, plan_id, text), done)

    def _added(self, next_field: QWidget, _result: Any) -> None:
        self._reload()
        next_field.setFocus()

    def add_what_matters(self) -> None:
        add = self._ctx.services.consultations.add_what_matters
        self._add(self.what_matters, add, partial(self._added, self.goal))

    def add_goal(self) -> None:
        add = partial(self._ctx.services.consultations.add_goal, expressed_by="patient")
        self._add(self.goal, add, partial(self._added, self.action))

    def add_action(self) -> None:
        consultations = self._ctx.services.consultations
        rating = self.confidence.value()

        def add(plan_id: int, text: str) -> object:
            # The latest goal as stored now (an earlier Enter may still be on its way).
            goals = consultations.get(plan_id).goals
            if not goals:
                return None
            return consultations.add_action(goals[-1].id, text, confidence_rating=rating)

        self._add(self.action, add, self._after_action)

    def _after_action(self, result: Any) -> None:
        if result is None:
            self.problem.emit(_tr("Add a goal first; the action is a step toward it."))
        self._reload()

    def set_contact(self) -> None:
        name = self.contact.text()
        if self.plan is None or not name.strip():
            return
        set_contact = self._ctx.services.consultations.set_named_contact
        self._run(partial(set_contact, self.plan.id, name), self._reload)

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._ctx.jobs.submit(fn, done, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self.problem.emit(formatting.error_message(error))
