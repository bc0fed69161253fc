"""The parts of the action-plan stage for the whole plan, not one goal: support ("more
than medicine") and what to do if things get worse (green, amber, red)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.records import EscalationStepRecord, SupportRecord
from ui.always_editing import always_show_editor
from ui.consultation import models as m
from ui.consultation import words
from ui.consultation.stage import Entry, Stage, table
from ui.consultation.widgets import ErrorLabel, choice_box, hint_label, select_value


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


class PlanWideStage(Stage):
    """Support and if-things-get-worse: built, shown and edited for the action-plan stage."""

    def _show_plan_wide(
        self, supports: Sequence[SupportRecord], steps: Sequence[EscalationStepRecord]
    ) -> None:
        self.supports.set_records(supports)
        self.steps.set_records(steps)

    def _tab_page(self, hint: str) -> tuple[QWidget, QVBoxLayout]:
        """A tab's page, beginning with a hint to the pair."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(hint_label(hint, page))
        return page, layout

    def _tab_table(
        self, model: m.RecordTableModel[Any], name: str, page: QWidget, layout: QVBoxLayout
    ) -> QTableView:
        """The table of a tab's page: it takes the room, and shows at least a few rows."""
        view = table(model, name, page)
        view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(view, 1)
        return view

    def _build_support(self) -> QWidget:
        page, layout = self._tab_page(
            self.tr(
                "People and services that help — family, friends, community groups "
                "(“more than medicine”). For the whole plan."
            )
        )
        self.support_errors: dict[str, ErrorLabel] = {}
        self.supports = m.supports_model(
            self.table_edits(parts.SUPPORT, self.support_errors, "name"), self
        )
        self.supports_view = self._tab_table(self.supports, self.tr("Support"), page, layout)
        self.supports_view.setItemDelegateForColumn(
            0, ChoiceDelegate(words.support_kind.choices(), self.tr("Kind of support"), page)
        )
        self.support_kind = choice_box(
            self.tr("Kind of support"), words.support_kind.choices(), page
        )
        self.support_name = QLineEdit(page)
        self.support_contact = QLineEdit(page)
        self.support_help = QLineEdit(page)
        self.support_entries: list[Entry] = [
            ("kind", self.tr("Kind"), self.support_kind, 0, 0),
            ("name", self.tr("Who or what"), self.support_name, 0, 1),
            ("contact", self.tr("How to reach them"), self.support_contact, 0, 2),
            ("how_they_help", self.tr("How they help"), self.support_help, 0, 3),
        ]
        self.add_support_button, self.remove_support_button = self.entry_rows(
            layout,
            (parts.SUPPORT, self.supports_view, self.supports),
            self.support_entries,
            self.support_errors,
            self.add_support,
            (self.tr("Add the support"), self.tr("Remove the chosen support")),
            (0, 2, 2, 3),
        )
        return page

    def _build_worse(self) -> QWidget:
        page, layout = self._tab_page(
            self.tr(
                "What to watch for and whom to call: green when things are going well, "
                "amber when they get worse, red when it is urgent."
            )
        )
        self.step_errors: dict[str, ErrorLabel] = {}
        self.steps = m.EscalationModel(
            self.table_edits(parts.ESCALATION_STEP, self.step_errors, "signs"), self
        )
        self.steps_view = self._tab_table(self.steps, self.tr("If things get worse"), page, layout)
        self.steps_view.setItemDelegateForColumn(
            0, ChoiceDelegate(words.level.choices(), self.tr("Level"), page)
        )
        # The level is an ordinary drop-down in every row, not a cell to double-click.
        always_show_editor(self.steps_view, 0)
        self.steps_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.step_level = choice_box(self.tr("Level"), words.level.choices(), page)
        self.step_signs = QLineEdit(page)
        self.step_todo = QLineEdit(page)
        self.step_contact = QLineEdit(page)
        self.step_phone = QLineEdit(page)
        self.step_entries: list[Entry] = [
            ("level", self.tr("Level"), self.step_level, 0, 0),
            ("signs", self.tr("What to watch for"), self.step_signs, 0, 1),
            ("what_to_do", self.tr("What to do"), self.step_todo, 0, 2),
            ("contact", self.tr("Whom to call"), self.step_contact, 1, 1),
            ("phone", self.tr("Phone"), self.step_phone, 1, 2),
        ]
        self.add_step_button, self.remove_step_button = self.entry_rows(
            layout,
            (parts.ESCALATION_STEP, self.steps_view, self.steps),
            self.step_entries,
            self.step_errors,
            self.add_step,
            (self.tr("Add the step"), self.tr("Remove the chosen step")),
            (0, 1, 1),
        )
        return page

    def add_support(self) -> None:
        entries, errors = self.support_entries, self.support_errors
        self.add_entered(parts.SUPPORT, self.plan.id, entries, errors, "name")

    def add_step(self) -> None:
        entries, errors = self.step_entries, self.step_errors
        self.add_entered(parts.ESCALATION_STEP, self.plan.id, entries, errors, "signs")
