"""Stage 4, Action plan: actions per goal with the confidence check, barriers and plan B,
support, and what to do if things get worse (green, amber, red)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careplan.records import (
    ActionRecord,
    BarrierRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    SupportRecord,
)
from careplan.vocabulary import CONFIDENCE_PROMPT_BELOW
from ui.always_editing import always_show_editor
from ui.consultation import models as m
from ui.consultation import words
from ui.consultation.editing import PlanEditor
from ui.consultation.stage import Stage, button_row, select_row, selected_row, table
from ui.consultation.widgets import (
    ErrorLabel,
    SavingLineEdit,
    ScaleControl,
    TextScale,
    choice_box,
    hint_label,
    labelled,
    select_value,
)

# The prompt panel: a warm background that is not a warning colour, with dark text.
PROMPT_STYLE = (
    "QFrame#confidence-prompt { background: #fff4d6; border: 2px solid #8a5300; "
    "border-radius: 6px; } QFrame#confidence-prompt QLabel { color: #1a1a1a; }"
)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a fixed list of choices (kind of support, green/amber/red)."""

    def __init__(self, choices: list[tuple[str, str]], name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices
        self._name = name

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = choice_box(self._name, self._choices, parent)
        # Stored as soon as it is chosen (the editor may stay open in its row).
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            select_value(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionPlanStage(Stage):
    def __init__(self, editor: PlanEditor, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("Action plan"))
        self._goal_id: int | None = None
        self._action_id: int | None = None
        self.actions_model = m.ActionsModel(self)
        self.barriers = m.barriers_model(self._action_text, self._on_barrier_edit, self)
        self.supports = m.supports_model(self._on_support_edit, self)
        self.steps = m.EscalationModel(self._on_step_edit, self)

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
        self.new_action_who = choice_box(self.tr("Who does it"), words.action_owner_choices(), page)
        self.add_action_button = self.edit_button(self.tr("Add a&ction"), self.tr("Add action"))
        self.add_action_button.clicked.connect(self.add_action)
        row = QHBoxLayout()
        row.addWidget(self.new_action, 1)
        row.addWidget(self.new_action_who)
        row.addWidget(self.add_action_button)
        left.addLayout(row)
        self.new_action_error = ErrorLabel(self.new_action, self.tr("New action"), page)
        left.addWidget(self.new_action_error)
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
        columns.addWidget(self._build_action_detail(page), 1)
        return page

    def _build_action_detail(self, parent: QWidget) -> QWidget:
        self.action_detail = QWidget(parent)
        self.action_detail.setAccessibleName(self.tr("The chosen action"))
        layout = QVBoxLayout(self.action_detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.action_fields: dict[str, SavingLineEdit] = {}
        self.action_errors: dict[str, ErrorLabel] = {}
        specs = [
            ("what", self.tr("What"), "", 0, 0, 2),
            ("how_much", self.tr("How much"), self.tr("e.g. 10 minutes"), 1, 0, 1),
            ("when", self.tr("When"), self.tr("e.g. after lunch"), 1, 1, 1),
            ("how_often", self.tr("How often"), self.tr("e.g. 5 days a week"), 2, 0, 1),
            ("who_name", self.tr("Name of who does it"), self.tr("optional"), 2, 1, 1),
        ]
        for key, title, placeholder, row, column, span in specs:
            edit = SavingLineEdit(title, self.action_detail)
            edit.setPlaceholderText(placeholder)
            edit.committed.connect(lambda text, key=key: self._store_action({key: text}))
            box, error = labelled(title, edit, self.action_detail)
            grid.addWidget(box, row, column, 1, span)
            self.action_fields[key] = edit
            self.action_errors[key] = error
        self.action_who = choice_box(
            self.tr("Who does it"), words.action_owner_choices(), self.action_detail
        )
        self.action_who.activated.connect(
            lambda _i: self._store_action({"who": self.action_who.currentData()})
        )
        box, self.action_errors["who"] = labelled(
            self.tr("Who does it"), self.action_who, self.action_detail
        )
        grid.addWidget(box, 3, 0, 1, 2)
        layout.addLayout(grid)

        self.confidence_question = QLabel(
            self.tr("How sure are you that you can do this, from 0 to 10?"), self.action_detail
        )
        self.confidence_question.setWordWrap(True)
        self.scale.register(self.confidence_question, 1.1, bold=True)
        layout.addWidget(self.confidence_question)
        self.confidence = ScaleControl(
            self.tr("How sure, 0 to 10"),
            self.tr("0 not at all sure"),
            self.tr("10 completely sure"),
            self.action_detail,
        )
        self.confidence.chosen.connect(self.rate)
        self.scale.follow(self.confidence)
        self.confidence_question.setBuddy(self.confidence.buttons[0])
        layout.addWidget(self.confidence)
        self.ratings = QLabel(self.action_detail)
        self.ratings.setWordWrap(True)
        self.ratings.setAccessibleName(self.tr("Ratings so far"))
        layout.addWidget(self.ratings)

        self.prompt = QFrame(self.action_detail)
        self.prompt.setObjectName("confidence-prompt")
        self.prompt.setStyleSheet(PROMPT_STYLE)
        self.prompt.setAccessibleName(self.tr("Make it easier"))
        prompt_layout = QVBoxLayout(self.prompt)
        prompt_layout.setContentsMargins(12, 10, 12, 10)
        self.prompt_title = QLabel(self.tr("Below 7: let's make this easier together"), self.prompt)
        self.prompt_title.setWordWrap(True)
        self.scale.register(self.prompt_title, 1.1, bold=True)
        self.prompt_text = QLabel(
            self.tr(
                "What would make this easier? What might get in the way? Make the step smaller "
                "or easier — less, less often, or with help — change it above, then ask again: "
                "how sure are you now?"
            ),
            self.prompt,
        )
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setAccessibleName(self.tr("What would make this easier?"))
        prompt_layout.addWidget(self.prompt_title)
        prompt_layout.addWidget(self.prompt_text)
        self.scale.follow(self.prompt)
        self.prompt.hide()
        layout.addWidget(self.prompt)
        layout.addStretch(1)
        return self.action_detail

    # ----- building: barriers, support, if things get worse ---------------------------------------

    def _build_barriers(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label(
                self.tr("What might get in the way of this goal, and what will you do then?"),
                page,
            )
        )
        self.barriers_view = table(self.barriers, self.tr("Barriers and plan B"), page)
        self.barriers_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.barriers_view, 1)
        self.barrier_text = QLineEdit(page)
        self.plan_b = QLineEdit(page)
        self.barrier_action = QComboBox(page)
        self.barrier_action.setAccessibleName(self.tr("For the action (optional)"))
        self.barrier_errors: dict[str, ErrorLabel] = {}
        grid = QGridLayout()
        for column, (key, title, edit) in enumerate(
            [
                ("barrier", self.tr("What might get in the way"), self.barrier_text),
                ("plan_b", self.tr("Plan B"), self.plan_b),
                ("action_id", self.tr("For the action (optional)"), self.barrier_action),
            ]
        ):
            box, error = labelled(title, edit, page)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.add_barrier)
            self.barrier_errors[key] = error
            grid.addWidget(box, 0, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.add_barrier_button = self.edit_button(self.tr("Add the barrier and plan B"))
        self.add_barrier_button.clicked.connect(self.add_barrier)
        self.remove_barrier_button = self.edit_button(
            self.tr("Remove"), self.tr("Remove the chosen barrier")
        )
        self.remove_barrier_button.clicked.connect(self.remove_barrier)
        layout.addLayout(button_row(self.add_barrier_button, self.remove_barrier_button))
        return page

    def _build_support(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label(
                self.tr(
                    "People and services that help — family, friends, community groups "
                    "(“more than medicine”). For the whole plan."
                ),
                page,
            )
        )
        self.supports_view = table(self.supports, self.tr("Support"), page)
        self.supports_view.setItemDelegateForColumn(
            0, ChoiceDelegate(words.support_kind_choices(), self.tr("Kind of support"), page)
        )
        self.supports_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.supports_view, 1)
        self.support_kind = choice_box(
            self.tr("Kind of support"), words.support_kind_choices(), page
        )
        self.support_name = QLineEdit(page)
        self.support_contact = QLineEdit(page)
        self.support_help = QLineEdit(page)
        self.support_errors: dict[str, ErrorLabel] = {}
        grid = QGridLayout()
        for column, (key, title, edit) in enumerate(
            [
                ("kind", self.tr("Kind"), self.support_kind),
                ("name", self.tr("Who or what"), self.support_name),
                ("contact", self.tr("How to reach them"), self.support_contact),
                ("how_they_help", self.tr("How they help"), self.support_help),
            ]
        ):
            box, error = labelled(title, edit, page)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.add_support)
            self.support_errors[key] = error
            grid.addWidget(box, 0, column)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        layout.addLayout(grid)
        self.add_support_button = self.edit_button(self.tr("Add the support"))
        self.add_support_button.clicked.connect(self.add_support)
        self.remove_support_button = self.edit_button(
            self.tr("Remove"), self.tr("Remove the chosen support")
        )
        self.remove_support_button.clicked.connect(self.remove_support)
        layout.addLayout(button_row(self.add_support_button, self.remove_support_button))
        return page

    def _build_worse(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint_label(
                self.tr(
                    "What to watch for and whom to call: green when things are going well, "
                    "amber when they get worse, red when it is urgent."
                ),
                page,
            )
        )
        self.steps_view = table(self.steps, self.tr("If things get worse"), page)
        self.steps_view.setItemDelegateForColumn(
            0, ChoiceDelegate(words.level_choices(), self.tr("Level"), page)
        )
        # The level is an ordinary drop-down in every row, not a cell to double-click.
        always_show_editor(self.steps_view, 0)
        self.steps_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.steps_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.steps_view, 1)
        self.step_level = choice_box(self.tr("Level"), words.level_choices(), page)
        self.step_signs = QLineEdit(page)
        self.step_todo = QLineEdit(page)
        self.step_contact = QLineEdit(page)
        self.step_phone = QLineEdit(page)
        self.step_errors: dict[str, ErrorLabel] = {}
        grid = QGridLayout()
        specs = [
            ("level", self.tr("Level"), self.step_level, 0, 0),
            ("signs", self.tr("What to watch for"), self.step_signs, 0, 1),
            ("what_to_do", self.tr("What to do"), self.step_todo, 0, 2),
            ("contact", self.tr("Whom to call"), self.step_contact, 1, 1),
            ("phone", self.tr("Phone"), self.step_phone, 1, 2),
        ]
        for key, title, edit, row, column in specs:
            box, error = labelled(title, edit, page)
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self.add_step)
            self.step_errors[key] = error
            grid.addWidget(box, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.add_step_button = self.edit_button(self.tr("Add the step"))
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button = self.edit_button(
            self.tr("Remove"), self.tr("Remove the chosen step")
        )
        self.remove_step_button.clicked.connect(self.remove_step)
        layout.addLayout(button_row(self.add_step_button, self.remove_step_button))
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
        self.supports.set_records(plan.supports)
        self.steps.set_records(plan.escalation_steps)
        self._show_goal(keep_typing=True)

    def _goal(self) -> GoalRecord | None:
        return next((g for g in self.plan.goals if g.id == self._goal_id), None)

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
        row = selected_row(self.actions_view)
        action = self.actions_model.record(row) if row is not None else None
        new_id = action.id if action is not None else None
        if new_id == self._action_id:
            return
        for field in self.action_fields.values():
            field.commit()
        self._action_id = new_id
        self._fill_action(keep_typing=False)

    def _fill_action(self, *, keep_typing: bool) -> None:
        action = self._action()
        self.action_detail.setEnabled(action is not None)
        self.remove_action_button.setEnabled(action is not None and not self.read_only)
        if action is None:
            for field in self.action_fields.values():
                field.load("")
            self.confidence.set_value(None)
            self.ratings.setText(self.tr("Add or choose an action to ask how sure."))
            self.prompt.hide()
            return
        for key, field in self.action_fields.items():
            value = getattr(action, key) or ""
            if keep_typing:
                field.set_saved(value)
            else:
                field.load(value)
        select_value(self.action_who, action.who)
        if not keep_typing:
            for label in self.action_errors.values():
                label.clear_message()
        self._show_confidence(action)

    def _show_confidence(self, action: ActionRecord) -> None:
        # Confidence is asked about the person's (or carer's) own actions only.
        own = action.who in ("person", "carer")
        self.confidence.setVisible(own)
        self.confidence_question.setVisible(own)
        self.ratings.setVisible(own)
        if not own:
            self.prompt.hide()
            return
        first, final = action.confidence_first, action.confidence_final
        standing = action.confidence
        self.confidence.set_value(standing)
        low = standing is not None and standing < CONFIDENCE_PROMPT_BELOW
        if first is None:
            self.confidence_question.setText(
                self.tr("How sure are you that you can do this, from 0 to 10?")
            )
            self.ratings.setText(self.tr("Not asked yet."))
        elif final is None:
            self.ratings.setText(self.tr("First answer: {n} out of 10.").format(n=first))
        else:
            self.ratings.setText(
                self.tr("First answer: {first} out of 10 · Now: {final} out of 10.").format(
                    first=first, final=final
                )
            )
        if first is not None:
            self.confidence_question.setText(
                self.tr("Ask again after making it easier: how sure are you now?")
                if low
                else self.tr("How sure are you that you can do this, from 0 to 10?")
            )
        self.prompt.setVisible(low)

    def _models(self) -> list[m.RecordTableModel[Any]]:
        return [self.barriers, self.supports, self.steps]

    def _after_read_only(self) -> None:
        for widget in (
            self.confidence,
            self.action_who,
            self.barrier_action,
            self.support_kind,
            self.step_level,
        ):
            widget.setEnabled(not self.read_only)
        self._show_goal(keep_typing=True)

    def commit_fields(self) -> None:
        for field in self.action_fields.values():
            field.commit()

    # ----- editing: actions and confidence --------------------------------------------------------

    def add_action(self) -> None:
        goal = self._goal()
        if goal is None or self.read_only:
            return
        self.new_action_error.clear_message()
        text = self.new_action.text()

        def done(action: ActionRecord) -> None:
            if self.new_action.text() == text:
                self.new_action.setText("")  # also forgets its typing history
                # Each new action starts again from "the person" (never the last choice).
                self.new_action_who.setCurrentIndex(0)
            self._select_action_later(action.id)

        self.editor.add_action(
            goal.id,
            text,
            str(self.new_action_who.currentData()),
            on_done=done,
            on_error=self.reporter({}, self.new_action_error),
        )

    def _select_action_later(self, action_id: int) -> None:
        session = self.editor.session

        def once(_plan: ConsultationRecord) -> None:
            session.plan_changed.disconnect(once)
            select_row(self.actions_view, self.actions_model.row_of(action_id))

        if self.actions_model.row_of(action_id) is not None:
            select_row(self.actions_view, self.actions_model.row_of(action_id))
        else:
            session.plan_changed.connect(once)

    def _store_action(self, changes: dict[str, Any]) -> None:
        action = self._action()
        if action is None or self.read_only:
            return
        key = next(iter(changes))
        if (changes[key] or None) == (getattr(action, key) or None):
            return
        label = self.action_errors[key]
        label.clear_message()
        self.editor.update_action(
            action, changes, on_error=self.reporter(self.action_errors, label)
        )

    def rate(self, value: int) -> None:
        action = self._action()
        if action is None or self.read_only:
            return
        self.editor.rate_confidence(action, value)

    def remove_action(self) -> None:
        action = self._action()
        if action is not None and not self.read_only:
            self.editor.remove_action(action)

    # ----- editing: barriers, support, steps ------------------------------------------------------

    def add_barrier(self) -> None:
        goal = self._goal()
        if goal is None or self.read_only:
            return
        for label in self.barrier_errors.values():
            label.clear_message()
        barrier, plan_b = self.barrier_text.text(), self.plan_b.text()

        def done(_record: BarrierRecord) -> None:
            for edit, value in ((self.barrier_text, barrier), (self.plan_b, plan_b)):
                if edit.text() == value:
                    edit.setText("")  # also forgets its typing history

        self.editor.add_barrier(
            goal.id,
            barrier,
            plan_b,
            self.barrier_action.currentData(),
            on_done=done,
            on_error=self.reporter(self.barrier_errors, self.barrier_errors["barrier"]),
        )

    def _on_barrier_edit(self, record: BarrierRecord, field: str, value: object) -> None:
        self.editor.update_barrier(
            record,
            field,
            value,
            on_error=self.reporter(self.barrier_errors, self.barrier_errors["barrier"]),
        )

    def remove_barrier(self) -> None:
        row = selected_row(self.barriers_view)
        record = self.barriers.record(row) if row is not None else None
        if record is not None and not self.read_only:
            self.editor.remove_barrier(record)

    def add_support(self) -> None:
        if self.read_only:
            return
        for label in self.support_errors.values():
            label.clear_message()
        fields = (self.support_name, self.support_contact, self.support_help)
        values = [edit.text() for edit in fields]

        def done(_record: SupportRecord) -> None:
            for edit, value in zip(fields, values, strict=True):
                if edit.text() == value:
                    edit.setText("")  # also forgets its typing history

        self.editor.add_support(
            str(self.support_kind.currentData()),
            *values,
            on_done=done,
            on_error=self.reporter(self.support_errors, self.support_errors["name"]),
        )

    def _on_support_edit(self, record: SupportRecord, field: str, value: object) -> None:
        self.editor.update_support(
            record,
            field,
            value,
            on_error=self.reporter(self.support_errors, self.support_errors["name"]),
        )

    def remove_support(self) -> None:
        row = selected_row(self.supports_view)
        record = self.supports.record(row) if row is not None else None
        if record is not None and not self.read_only:
            self.editor.remove_support(record)

    def add_step(self) -> None:
        if self.read_only:
            return
        for label in self.step_errors.values():
            label.clear_message()
        fields = (self.step_signs, self.step_todo, self.step_contact, self.step_phone)
        values = [edit.text() for edit in fields]

        def done(_record: EscalationStepRecord) -> None:
            for edit, value in zip(fields, values, strict=True):
                if edit.text() == value:
                    edit.setText("")  # also forgets its typing history

        self.editor.add_escalation_step(
            str(self.step_level.currentData()),
            *values,
            on_done=done,
            on_error=self.reporter(self.step_errors, self.step_errors["signs"]),
        )

    def _on_step_edit(self, record: EscalationStepRecord, field: str, value: object) -> None:
        self.editor.update_escalation_step(
            record,
            field,
            value,
            on_error=self.reporter(self.step_errors, self.step_errors["signs"]),
        )

    def remove_step(self) -> None:
        row = selected_row(self.steps_view)
        record = self.steps.record(row) if row is not None else None
        if record is not None and not self.read_only:
            self.editor.remove_escalation_step(record)
