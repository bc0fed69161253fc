"""New goals agreed at a review, each with its first actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan.records import NewActionInput, NewGoalInput
from ui.feedback import FieldError, FieldErrors
from ui.followup.review_goals import NOT_ASKED, confidence_box, rating
from ui.widgets import buddy_label, left_row, push_button, scaled_font, side_by_side


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
        self.confidence = confidence_box(self, self.tr("Confidence, 0 to 10"))
        confidence_label = buddy_label(self.tr("Confidence"), self.confidence, self)
        self.error = FieldError(self.what, self.tr("new action"), self)
        row = side_by_side(
            None, (self.what, 1), self.who, confidence_label, self.confidence, margins=(0, 0, 0, 0)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.what.textEdited.connect(lambda _t: self.error.clear_message())

    def value(self) -> NewActionInput | None:
        if not self.what.text().strip() and self.confidence.value() == NOT_ASKED:
            return None
        return NewActionInput(
            self.what.text(), who=str(self.who.currentData()), confidence=rating(self.confidence)
        )

    def copy_from(self, other: NewActionEditor) -> None:
        self.what.setText(other.what.text())
        self.who.setCurrentIndex(other.who.currentIndex())
        self.confidence.setValue(other.confidence.value())


class NewGoalEditor(QFrame):
    """A goal agreed at the review, with its first actions."""

    removed = Signal(object)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors = FieldErrors()
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
        self.text_error = FieldError(self.text, self.tr("new goal"), self)
        self.errors.add(f"new_goals.{index}.text", self.text_error)
        self.errors.add(f"new_goals.{index}.expressed_by", self.text_error)
        self.text.textEdited.connect(lambda _t: self.text_error.clear_message())

        self.action_editors: list[NewActionEditor] = []
        self._actions_layout = QVBoxLayout()
        self._actions_layout.setSpacing(4)
        self.add_action_button = push_button(self.tr("Add an action"), self, self.add_action)

        top = side_by_side(None, (title, 1), self.remove_button)
        goal_row = side_by_side(None, (self.text, 1), self.expressed_by)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(goal_row)
        layout.addWidget(self.text_error)
        layout.addLayout(self._actions_layout)
        layout.addLayout(left_row(self.add_action_button))
        self.add_action()

    def add_action(self) -> NewActionEditor:
        editor = NewActionEditor(self.index, len(self.action_editors), self)
        self._actions_layout.addWidget(editor)
        self.action_editors.append(editor)
        self.errors.add(editor.field, editor.error)
        return editor

    def copy_from(self, other: NewGoalEditor) -> None:
        """What ``other`` holds, here (after a goal before it was removed)."""
        self.text.setText(other.text.text())
        self.expressed_by.setCurrentIndex(other.expressed_by.currentIndex())
        for k, old in enumerate(other.action_editors):
            target = self.action_editors[k] if k < len(self.action_editors) else self.add_action()
            target.copy_from(old)

    def value(self) -> NewGoalInput:
        actions = tuple(a for a in (e.value() for e in self.action_editors) if a is not None)
        return NewGoalInput(self.text.text(), str(self.expressed_by.currentData()), None, actions)
