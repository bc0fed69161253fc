"""Stage 4, Action plan: actions per goal with the confidence check (the chosen action in
ui/consultation/action_detail.py), barriers and plan B; support and what to do if things get
worse, for the whole plan, in ui/consultation/plan_wide.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.records import ActionRecord, ConsultationRecord, GoalRecord
from ui.consultation import models as m
from ui.consultation import words
from ui.consultation.action_detail import ActionDetail
from ui.consultation.editing import PlanEditor
from ui.consultation.new_record import NewRecord
from ui.consultation.plan_wide import PlanWideStage
from ui.consultation.stage import button_row, chosen, select_row, selected_row, table
from ui.consultation.widgets import TextScale, choice_box


class ActionPlanStage(PlanWideStage):
    def __init__(self, editor: PlanEditor, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("Action plan"))
        self._goal_id: int | None = None
        self._action_id: int | None = None
        self.actions_model = m.ActionsModel(self)
        self.barrier_form = NewRecord(self, parts.BARRIER, "barrier", self._shown_goal_id)
        self.barriers = m.barriers_model(self._action_text, self.barrier_form.store_edit, self)

        self.goal_choice = QComboBox(self)
        self.goal_choice.setAccessibleName(self.tr("The goal these actions are for"))
        self.goal_choice.currentIndexChanged.connect(lambda _i: self._on_goal_chosen())
        goal_label = QLabel(self.tr("For the &goal:"), self)
        goal_label.setBuddy(self.goal_choice)
        self.scale.register(goal_label, 1.1, bold=True)
        self.goal_row = QWidget(self)
        goal_row = QHBoxLayout(self.goal_row)
        goal_row.setContentsMargins(0, 0, 0, 0)
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self.goal_choice, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the action plan"))
        self.tabs.addTab(self._build_actions(), self.tr("&Actions and how sure"))
        self.tabs.addTab(self._build_barriers(), self.tr("&Barriers and plan B"))
        self.tabs.addTab(self._build_support(), self.tr("S&upport"))
        self.tabs.addTab(self._build_worse(), self.tr("If things get &worse"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.goal_row)
        layout.addWidget(self.tabs, 1)
        # Support and if-things-get-worse are for the whole plan, not one goal.
        self.tabs.currentChanged.connect(lambda index: self.goal_row.setVisible(index <= 1))

    # ----- building: actions and confidence -------------------------------------------------------

    def _build_actions(self) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout(page)
        columns.setSpacing(14)

        left = QVBoxLayout()
        self.new_action = QLineEdit(page)
        self.new_action.setAccessibleName(self.tr("New action: what will be done"))
        self.new_action.setPlaceholderText(
            self.tr("What will be done, for example: walk to the corner")
        )
        self.new_action.returnPressed.connect(self.add_action)
        self.new_action_who = choice_box(self.tr("Who does it"), words.action_owner.choices(), page)
        self.add_action_button = self.edit_button(self.tr("Add a&ction"), self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        row = (self.new_action, self.new_action_who, self.add_action_button)
        self.new_action_error = self.entry_line(left, row, self.tr("New action"))
        self.actions_view = table(self.actions_model, self.tr("Actions for this goal"), page)
        # The list says what, who and how sure; the chosen action's details are beside it.
        for column in (1, 2, 3):
            self.actions_view.setColumnHidden(column, True)
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.actions_view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_action_selected()
        )
        left.addWidget(self.actions_view, 1)
        self.remove_action_button = self.edit_button(
            self.tr("Remove the action"), self.tr("Remove the chosen action")
        )
        self.remove_action_button.clicked.connect(self.remove_action)
        left.addLayout(button_row(self.remove_action_button))
        columns.addLayout(left, 1)
        self.action_detail = ActionDetail(self.scale, page)
        self.action_detail.store.connect(self._store_action)
        self.action_detail.rated.connect(self.rate)
        detail = self.action_detail
        self.action_fields, self.action_errors, self.action_who = (
            detail.fields,
            detail.errors,
            detail.who,
        )
        self.confidence, self.confidence_question = detail.confidence, detail.confidence_question
        self.ratings, self.prompt, self.prompt_text = (
            detail.ratings,
            detail.prompt,
            detail.prompt_text,
        )
        columns.addWidget(detail, 1)
        return page

    # ----- building: barriers, support, if things get worse ---------------------------------------

    def _build_barriers(self) -> QWidget:
        page, layout = self._tab_page(
            self.tr("What might get in the way of this goal, and what will you do then?")
        )
        self.barriers_view = self._tab_table(
            self.barriers, self.tr("Barriers and plan B"), page, layout
        )
        self.barrier_text = QLineEdit(page)
        self.plan_b = QLineEdit(page)
        self.barrier_action = QComboBox(page)
        self.barrier_action.setAccessibleName(self.tr("For the action (optional)"))
        fields = [
            ("barrier", self.tr("What might get in the way"), self.barrier_text),
            ("plan_b", self.tr("Plan B"), self.plan_b),
            ("action_id", self.tr("For the action (optional)"), self.barrier_action),
        ]
        self.add_barrier_button, self.remove_barrier_button = self.barrier_form.lay_out(
            layout, (self.barriers_view, self.barriers), [fields], (2, 2, 1)
        )
        return page

    # ----- showing --------------------------------------------------------------------------------

    def show_plan(self, plan: ConsultationRecord) -> None:
        self.goal_choice.blockSignals(True)
        try:
            self.goal_choice.clear()
            for position, goal in enumerate(plan.goals):
                self.goal_choice.addItem(m.goal_title(goal, position), goal.id)
            ids = [g.id for g in plan.goals]
            if self._goal_id not in ids:
                self._goal_id = ids[0] if ids else None
            if self._goal_id is not None:
                self.goal_choice.setCurrentIndex(ids.index(self._goal_id))
        finally:
            self.goal_choice.blockSignals(False)
        self._show_plan_wide(plan.supports, plan.escalation_steps)
        self._show_goal(keep_typing=True)

    def _goal(self) -> GoalRecord | None:
        return next((g for g in self.plan.goals if g.id == self._goal_id), None)

    def _shown_goal_id(self) -> int | None:
        goal = self._goal()
        return goal.id if goal is not None else None

    def _action(self) -> ActionRecord | None:
        goal = self._goal()
        if goal is None or self._action_id is None:
            return None
        return next((a for a in goal.actions if a.id == self._action_id), None)

    def _action_text(self, action_id: int | None) -> str:
        goal = self._goal()
        if action_id is None or goal is None:
            return ""
        return next((a.what for a in goal.actions if a.id == action_id), "")

    def choose_goal(self, goal_id: int) -> None:
        index = self.goal_choice.findData(goal_id)
        if index >= 0:
            self.goal_choice.setCurrentIndex(index)

    def _on_goal_chosen(self) -> None:
        goal_id = self.goal_choice.currentData()
        if goal_id == self._goal_id:
            return
        self.commit_fields()
        self._goal_id = goal_id
        self._action_id = None
        self._show_goal(keep_typing=False)

    def _show_goal(self, *, keep_typing: bool) -> None:
        goal = self._goal()
        actions = goal.actions if goal is not None else ()
        self.actions_model.set_records(actions)
        self.barriers.set_records(goal.barriers if goal is not None else ())
        self.barrier_action.clear()
        self.barrier_action.addItem(self.tr("(the whole goal)"), None)
        for action in actions:
            self.barrier_action.addItem(action.what, action.id)
        has_goal = goal is not None and not self.read_only
        for widget in (self.new_action, self.add_action_button, self.add_barrier_button):
            widget.setEnabled(has_goal)
        if goal is None:
            self.new_action.setPlaceholderText(self.tr("Add a goal first (stage 3)"))
        else:
            self.new_action.setPlaceholderText(
                self.tr("What will be done, for example: walk to the corner")
            )
        if self._action_id is not None and self.actions_model.row_of(self._action_id) is None:
            self._action_id = None
        if self._action_id is None and actions and selected_row(self.actions_view) is None:
            select_row(self.actions_view, 0)
        self._fill_action(keep_typing=keep_typing)

    def _on_action_selected(self) -> None:
        action = chosen(self.actions_view, self.actions_model)
        new_id = action.id if action is not None else None
        if new_id == self._action_id:
            return
        self.action_detail.commit()
        self._action_id = new_id
        self._fill_action(keep_typing=False)

    def _fill_action(self, *, keep_typing: bool) -> None:
        action = self._action()
        self.remove_action_button.setEnabled(action is not None and not self.read_only)
        self.action_detail.show_action(action, keep_typing=keep_typing)

    def _models(self) -> list[m.RecordTableModel[Any]]:
        return [self.barriers, self.supports, self.steps]

    def _after_read_only(self) -> None:
        self.action_detail.set_editable(not self.read_only)
        for widget in (self.barrier_action, self.support_kind, self.step_level):
            widget.setEnabled(not self.read_only)
        self._show_goal(keep_typing=True)

    def commit_fields(self) -> None:
        self.action_detail.commit()

    # ----- editing: actions and confidence --------------------------------------------------------

    def add_action(self) -> None:
        goal = self._goal()
        if goal is None:
            return
        values = {"what": self.new_action.text(), "who": str(self.new_action_who.currentData())}
        # Each new action starts again from "the person" (never the last choice).
        self.add_typed(
            parts.ACTION,
            goal.id,
            values,
            (self.new_action, self.new_action_error),
            [self.new_action_who],
            lambda action: self.select_when_shown(self.actions_view, self.actions_model, action.id),
        )

    def _store_action(self, changes: dict[str, Any]) -> None:
        action = self._action()
        if action is None or self.read_only:
            return
        key = next(iter(changes))
        if (changes[key] or None) == (getattr(action, key) or None):
            return
        label = self.action_errors[key]
        label.clear_message()
        self.editor.update(parts.ACTION, action, changes, self.reporter(self.action_errors, label))

    def rate(self, value: int) -> None:
        action = self._action()
        if action is None or self.read_only:
            return
        self.editor.rate_confidence(action, value)

    def remove_action(self) -> None:
        action = self._action()
        if action is not None and not self.read_only:
            self.editor.remove(parts.ACTION, action)
