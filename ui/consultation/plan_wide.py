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
from ui.consultation.new_record import Cell, NewRecord
from ui.consultation.stage import Stage, table
from ui.consultation.widgets import choice_box, hint_label, select_value


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a fixed list of choices (kind of support, green/amber/red): those
    of ``like``, the list for a new record's value, under the same name."""

    def __init__(self, like: QComboBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = [(like.itemData(i), like.itemText(i)) for i in range(like.count())]
        self._name = like.accessibleName()

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
        self.support_form = NewRecord(self, parts.SUPPORT, "name", lambda: self.plan.id)
        self.supports = m.supports_model(self.support_form.store_edit, self)
        self.supports_view = self._tab_table(self.supports, self.tr("Support"), page, layout)
        self.support_kind = choice_box(
            self.tr("Kind of support"), words.support_kind.choices(), page
        )
        self.supports_view.setItemDelegateForColumn(0, ChoiceDelegate(self.support_kind, page))
        self.support_name = QLineEdit(page)
        self.support_contact = QLineEdit(page)
        self.support_help = QLineEdit(page)
        fields = [
            ("kind", self.tr("Kind"), self.support_kind),
            ("name", self.tr("Who or what"), self.support_name),
            ("contact", self.tr("How to reach them"), self.support_contact),
            ("how_they_help", self.tr("How they help"), self.support_help),
        ]
        self.add_support_button, self.remove_support_button = self.support_form.lay_out(
            layout, (self.supports_view, self.supports), [fields], (0, 2, 2, 3)
        )
        return page

    def _build_worse(self) -> QWidget:
        page, layout = self._tab_page(
            self.tr(
                "What to watch for and whom to call: green when things are going well, "
                "amber when they get worse, red when it is urgent."
            )
        )
        self.step_form = NewRecord(self, parts.ESCALATION_STEP, "signs", lambda: self.plan.id)
        self.steps = m.EscalationModel(self.step_form.store_edit, self)
        self.steps_view = self._tab_table(self.steps, self.tr("If things get worse"), page, layout)
        self.step_level = choice_box(self.tr("Level"), words.level.choices(), page)
        self.steps_view.setItemDelegateForColumn(0, ChoiceDelegate(self.step_level, page))
        # The level is an ordinary drop-down in every row, not a cell to double-click.
        always_show_editor(self.steps_view, 0)
        self.steps_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.step_signs = QLineEdit(page)
        self.step_todo = QLineEdit(page)
        self.step_contact = QLineEdit(page)
        self.step_phone = QLineEdit(page)
        # Whom to call and their phone go under what to watch for and what to do.
        rows: list[list[Cell]] = [
            [
                ("level", self.tr("Level"), self.step_level),
                ("signs", self.tr("What to watch for"), self.step_signs),
                ("what_to_do", self.tr("What to do"), self.step_todo),
            ],
            [
                None,
                ("contact", self.tr("Whom to call"), self.step_contact),
                ("phone", self.tr("Phone"), self.step_phone),
            ],
        ]
        self.add_step_button, self.remove_step_button = self.step_form.lay_out(
            layout, (self.steps_view, self.steps), rows, (0, 1, 1)
        )
        return page
