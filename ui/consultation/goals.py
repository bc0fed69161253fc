"""Stage 3, What matters and goals: what matters in the person's words, then goals linked to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.dates import long_form
from careplan.records import ConsultationRecord, GoalRecord, WhatMattersRecord
from careplan.vocabulary import RaisedBy
from ui.consultation import models as m
from ui.consultation import stacking, words
from ui.consultation.editing import PlanEditor
from ui.consultation.stage import (
    Stage,
    TextFields,
    button_row,
    chosen,
    select_row,
    selected_row,
    table,
    table_height,
)
from ui.consultation.widgets import (
    ErrorLabel,
    SavingLineEdit,
    SavingTextEdit,
    ScaleControl,
    TextScale,
    choice_box,
    hint_label,
    labelled,
    section,
    select_value,
)
from ui.date_input import make_date_input

SUGGESTED_GOALS = 3


class GoalsStage(Stage):
    def __init__(self, editor: PlanEditor, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("What matters and goals"))
        self.matters = m.what_matters_model(self._on_matters_edit, self)
        self.goals = m.goals_model(self)
        self._goal_id: int | None = None

        # What matters and the goals on the left; the chosen goal on the right.
        columns = stacking.columns(self)  # one under the other when narrow
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._build_matters())
        left.addWidget(self._build_goals(), 1)
        columns.addLayout(left, 5)
        detail_frame, detail_layout = section(self.tr("The chosen goal"), self.scale, self)
        detail_layout.addWidget(self._build_detail(detail_frame), 1)
        columns.addWidget(detail_frame, 4)
        self.fit_heights()

    def fit_heights(self) -> None:
        self.matters_view.setMinimumHeight(table_height(self.matters_view, 2))
        self.matters_view.setMaximumHeight(table_height(self.matters_view, 4))
        self.goals_view.setMinimumHeight(table_height(self.goals_view, 3))

    # ----- building -------------------------------------------------------------------------------

    def _build_matters(self) -> QWidget:
        frame, layout = section(self.tr("What matters to the person"), self.scale, self)
        self.matters_view = table(self.matters, self.tr("What matters"), frame)
        self.matters_view.horizontalHeader().hide()
        layout.addWidget(self.matters_view)
        self.new_matters = QLineEdit(frame)
        self.new_matters.setAccessibleName(self.tr("What matters, in their words"))
        self.new_matters.setPlaceholderText(
            self.tr("In their words, for example: “Playing with my grandchildren”")
        )
        self.new_matters.returnPressed.connect(self.add_matters)
        self.add_matters_button = self.edit_button(self.tr("Add"), self.tr("Add what matters"))
        self.add_matters_button.clicked.connect(self.add_matters)
        self.remove_matters_button = self.edit_button(
            self.tr("Remove"), self.tr("Remove what matters")
        )
        self.remove_matters_button.clicked.connect(self.remove_matters)
        row = (self.new_matters, self.add_matters_button, self.remove_matters_button)
        self.matters_error = self.entry_line(layout, row, self.tr("What matters"))
        return frame

    def _build_goals(self) -> QWidget:
        frame, layout = section(self.tr("Goals"), self.scale, self)
        self.goal_hint = hint_label(
            self.tr(
                "Goals are what the person wants, in their own words. One to three is usually "
                "best; more are allowed."
            ),
            frame,
        )
        layout.addWidget(self.goal_hint)

        self.new_goal = QLineEdit(frame)
        self.new_goal.setAccessibleName(self.tr("New goal, in the person's words"))
        self.new_goal.setPlaceholderText(self.tr("A new goal, in the person's words"))
        self.new_goal.returnPressed.connect(self.add_goal)
        self.new_goal_whose = choice_box(self.tr("Whose goal"), words.raised_by.choices(), frame)
        # What the new goal is linked to is chosen here (or left unlinked), never guessed.
        self.new_goal_linked = QComboBox(frame)
        self.new_goal_linked.setAccessibleName(self.tr("New goal linked to what matters"))
        self.new_goal_linked.setToolTip(self.tr("Which of the things that matter this goal serves"))
        self.new_goal_linked.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_goal_linked.setMinimumContentsLength(14)
        self.add_goal_button = self.edit_button(self.tr("Add &goal"), self.tr("Add goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        # The goal's words on a line of their own; whose, linked to and Add below them.
        layout.addWidget(self.new_goal)
        row = QHBoxLayout()
        row.addWidget(self.new_goal_whose)
        row.addWidget(self.new_goal_linked, 1)
        row.addWidget(self.add_goal_button)
        layout.addLayout(row)
        self.new_goal_error = ErrorLabel(self.new_goal, self.tr("New goal"), frame)
        layout.addWidget(self.new_goal_error)

        self.goals_view = table(self.goals, self.tr("Goals"), frame)
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals_view.selectionModel().selectionChanged.connect(lambda *_: self._on_select())
        layout.addWidget(self.goals_view, 1)
        self.remove_goal_button = self.edit_button(
            self.tr("Remove the goal"), self.tr("Remove the chosen goal")
        )
        self.remove_goal_button.clicked.connect(self.remove_goal)
        layout.addLayout(button_row(self.remove_goal_button))
        return frame

    def _build_detail(self, parent: QWidget) -> QWidget:
        self.detail = QWidget(parent)
        self.detail.setAccessibleName(self.tr("The chosen goal"))
        form = QVBoxLayout(self.detail)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        self.detail_title = QLabel(self.tr("Choose a goal to change it."), self.detail)
        self.detail_title.setWordWrap(True)
        self.detail_title.setAccessibleName(self.tr("Which goal"))
        form.addWidget(self.detail_title)

        # The goal's text fields, by the field each stores.
        self._fields = TextFields(lambda key, text: self._store({key: text}))
        self.detail_errors = self._fields.errors
        self.goal_text = self._fields.add(
            form,
            "text",
            SavingTextEdit(self.tr("The goal, in the person's words"), 2, self.detail),
            self.detail,
        )
        text_error = self.detail_errors["text"]

        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.whose = choice_box(self.tr("Whose goal"), words.raised_by.choices(), self.detail)
        self.whose.activated.connect(
            lambda _i: self._store({"expressed_by": self.whose.currentData()})
        )
        self.linked = QComboBox(self.detail)
        self.linked.setAccessibleName(self.tr("Linked to what matters"))
        self.linked.activated.connect(
            lambda _i: self._store({"what_matters_id": self.linked.currentData()})
        )
        whose_label = QLabel(self.tr("Whose goal"), self.detail)
        whose_label.setBuddy(self.whose)
        linked_label = QLabel(self.tr("Linked to"), self.detail)
        linked_label.setBuddy(self.linked)
        grid.addRow(whose_label, self.whose)
        grid.addRow(linked_label, self.linked)
        form.addLayout(grid)

        self.importance = ScaleControl(
            self.tr("How important is this goal, 0 to 10"),
            self.tr("0 not important"),
            self.tr("10 very important"),
            self.detail,
        )
        self.importance.chosen.connect(lambda value: self._store({"importance": value}))
        self.scale.follow(self.importance)
        box, importance_error = labelled(
            self.tr("How important is it to you?"), self.importance, self.detail
        )
        form.addWidget(box)

        self.target = self._fields.add(
            form,
            "target",
            SavingLineEdit(self.tr("Measurable target (optional)"), self.detail),
            self.detail,
        )
        self.target.setPlaceholderText(self.tr("For example: walk 20 minutes without stopping"))
        self.target_date = SavingLineEdit(self.tr("By when (optional)"), self.detail)
        make_date_input(self.target_date, label=self.tr("Target date"))
        self.target_date.committed.connect(lambda text: self._store({"target_date": text or None}))
        box, date_error = labelled(self.tr("By when (optional)"), self.target_date, self.detail)
        form.addWidget(box)
        form.addStretch(1)
        self.detail_errors.update(
            {
                "importance": importance_error,
                "expressed_by": text_error,
                "what_matters_id": text_error,
                "target_date": date_error,
            }
        )
        return self.detail

    # ----- showing --------------------------------------------------------------------------------

    def show_plan(self, plan: ConsultationRecord) -> None:
        self.matters.set_records(plan.what_matters)
        self.goals.set_records(plan.goals)
        self.linked.blockSignals(True)
        try:
            self.linked.clear()
            self.linked.addItem(self.tr("(not linked)"), None)
            for wm in plan.what_matters:
                self.linked.addItem(wm.text, wm.id)
        finally:
            self.linked.blockSignals(False)
        linked_now = self.new_goal_linked.currentData()
        self.new_goal_linked.clear()
        self.new_goal_linked.addItem(self.tr("Linked to… (not linked)"), None)
        for wm in plan.what_matters:
            self.new_goal_linked.addItem(wm.text, wm.id)
        select_value(self.new_goal_linked, linked_now)
        count = len(plan.goals)
        if count > SUGGESTED_GOALS:
            self.goal_hint.setText(
                self.tr(
                    "{count} goals. One to three is usually best — more are fine if the person "
                    "wants them."
                ).format(count=count)
            )
        else:
            self.goal_hint.setText(
                self.tr(
                    "Goals are what the person wants, in their own words. One to three is "
                    "usually best; more are allowed."
                )
            )
        if self._goal_id is not None and self.goals.row_of(self._goal_id) is None:
            self._goal_id = None
        if self._goal_id is None and plan.goals and selected_row(self.goals_view) is None:
            select_row(self.goals_view, 0)
        self._fill_detail(keep_typing=True)

    def _goal(self) -> GoalRecord | None:
        if self._goal_id is None:
            return None
        row = self.goals.row_of(self._goal_id)
        return self.goals.record(row) if row is not None else None

    def _on_select(self) -> None:
        goal = chosen(self.goals_view, self.goals)
        new_id = goal.id if goal is not None else None
        if new_id == self._goal_id:
            return
        self.commit_fields()
        self._goal_id = new_id
        self._fill_detail(keep_typing=False)

    def _fill_detail(self, *, keep_typing: bool) -> None:
        goal = self._goal()
        self.detail.setEnabled(goal is not None)
        self.remove_goal_button.setEnabled(goal is not None and not self.read_only)
        if goal is None:
            self.detail_title.setText(self.tr("Choose a goal to change it."))
            self._fields.show(None, keep_typing=False)
            self.target_date.load("")
            self.importance.set_value(None)
            return
        row = self.goals.row_of(goal.id) or 0
        self.detail_title.setText(
            self.tr("Goal {n} of {count}").format(n=row + 1, count=self.goals.rowCount())
        )
        self._fields.show(goal, keep_typing=keep_typing)
        target_date = long_form(goal.target_date) if goal.target_date else ""
        if keep_typing:
            self.target_date.set_saved(target_date)
        else:
            self.target_date.load(target_date)
        select_value(self.whose, goal.expressed_by)
        select_value(self.linked, goal.what_matters_id)
        self.importance.set_value(goal.importance)
        for label in self.detail_errors.values():
            if not keep_typing:
                label.clear_message()

    def _models(self) -> list[m.RecordTableModel[Any]]:
        return [self.matters]

    def _after_read_only(self) -> None:
        self.importance.setEnabled(not self.read_only)
        self.whose.setEnabled(not self.read_only)
        self.linked.setEnabled(not self.read_only)
        self.new_goal_linked.setEnabled(not self.read_only)
        self._fill_detail(keep_typing=True)

    def commit_fields(self) -> None:
        self._fields.commit()
        self.target_date.commit()

    # ----- editing --------------------------------------------------------------------------------

    def _store(self, changes: dict[str, Any]) -> None:
        goal = self._goal()
        if goal is None or self.read_only:
            return
        key = next(iter(changes))
        current = getattr(goal, key)
        value = changes[key]
        shown_now = current.isoformat() if hasattr(current, "isoformat") else current
        if value == shown_now or (value in ("", None) and current in ("", None)):
            return
        label = self.detail_errors[key]
        label.clear_message()
        self.editor.update(parts.GOAL, goal, changes, self.reporter(self.detail_errors, label))

    def add_matters(self) -> None:
        values = {"text": self.new_matters.text()}
        line = (self.new_matters, self.matters_error)
        self.add_typed(parts.WHAT_MATTERS, self.plan.id, values, line)

    def remove_matters(self) -> None:
        self.remove_chosen(parts.WHAT_MATTERS, self.matters_view, self.matters)

    def _on_matters_edit(self, record: WhatMattersRecord, field: str, value: object) -> None:
        self.matters_error.clear_message()
        self.editor.update(
            parts.WHAT_MATTERS, record, {"text": str(value)}, self.reporter({}, self.matters_error)
        )

    def add_goal(self) -> None:
        values = {
            "text": self.new_goal.text(),
            "expressed_by": str(self.new_goal_whose.currentData() or RaisedBy.PATIENT.value),
            # Linked to what the person chose in the drop-down beside it, or to nothing.
            "what_matters_id": self.new_goal_linked.currentData(),
        }
        # The next goal starts again from "the person" and no link.
        self.add_typed(
            parts.GOAL,
            self.plan.id,
            values,
            (self.new_goal, self.new_goal_error),
            [self.new_goal_whose, self.new_goal_linked],
            lambda goal: self.select_when_shown(self.goals_view, self.goals, goal.id),
        )

    def remove_goal(self) -> None:
        goal = self._goal()
        if goal is not None and not self.read_only:
            self.editor.remove(parts.GOAL, goal)

    def focus_new_goal(self) -> None:
        self.new_goal.setFocus(Qt.FocusReason.OtherFocusReason)
