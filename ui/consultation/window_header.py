"""The consultation window's header and footer.

The header names the person and the consultation and holds the window's tools (undo,
redo, text size, the patient view); the footer says whether the last edit is stored and
moves between stages. Both wrap onto more rows when the window is narrow (large text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from careplan.records import PatientRecord
from ui import formatting
from ui.consultation.widgets import TextScale, text_size_buttons
from ui.flow_layout import FlowLayout


class WorkspaceHeader(QWidget):
    """The person's name, what this consultation is, and the window's tools."""

    def __init__(self, patient: PatientRecord, text_scale: TextScale, parent: QWidget) -> None:
        super().__init__(parent)
        # The buttons wrap under the name when the window is narrow (large text).
        row = FlowLayout(self, spacing=8)
        names_box = QWidget(self)
        names_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        names = QVBoxLayout(names_box)
        names.setContentsMargins(0, 0, 0, 0)
        names.setSpacing(0)
        self.name_label = QLabel(formatting.banner_name(patient), self)
        self.name_label.setAccessibleName(self.tr("Patient"))
        text_scale.register(self.name_label, 1.45, bold=True)
        self.name_label.setWordWrap(True)  # a long name on a narrow window (large text)
        self.details_label = QLabel(self)
        self.details_label.setAccessibleName(self.tr("About this consultation"))
        self.details_label.setWordWrap(True)
        names.addWidget(self.name_label)
        names.addWidget(self.details_label)
        row.addWidget(names_box)

        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.setAccessibleName(self.tr("Redo the change"))
        self.patient_view_button = QPushButton(self.tr("&Patient view"), self)
        self.patient_view_button.setAccessibleName(self.tr("Show or hide the patient view"))
        self.patient_view_button.setToolTip(
            self.tr(
                "The plan in large print for the person, beside the form (full screen on a "
                "second screen when there is one). Ctrl+Shift+P"
            )
        )
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        for button in text_size_buttons(text_scale, self, self.tr("the consultation")):
            row.addWidget(button)
        row.addWidget(self.patient_view_button)

    def follow_undo(self, stack: QUndoStack, window: QWidget) -> tuple[QAction, QAction]:
        """Undo and redo buttons, and the window's undo and redo keys, for ``stack``."""
        undo_action = stack.createUndoAction(window, self.tr("Undo"))
        undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo_action = stack.createRedoAction(window, self.tr("Redo"))
        redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action in (undo_action, redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                self.tr("Undo {what} (Ctrl+Z)").format(what=text)
            )
        )
        stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(
                self.tr("Redo {what} (Ctrl+Shift+Z)").format(what=text)
            )
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        return undo_action, redo_action


class WorkspaceFooter(QWidget):
    """Whether every edit is stored; discard the draft; back and on between stages."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Saving"))
        self.saved_label.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.back_button.setAccessibleName(self.tr("Back to the stage before"))
        self.next_button = QPushButton(self)
        self.next_button.setAccessibleName(self.tr("On to the next stage"))
        self.discard_button = QPushButton(self.tr("Discard this draft…"), self)
        self.discard_button.setAccessibleName(self.tr("Discard this draft"))
        # The buttons wrap under the saving note when the window is narrow (large text).
        row = FlowLayout(self, spacing=8)
        row.setContentsMargins(0, 0, 0, 0)
        self.saved_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.saved_label)
        row.addWidget(self.discard_button)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        self.show_saving(False)

    def show_saving(self, saving: bool) -> None:
        self.saved_label.setText(
            self.tr("Saving…") if saving else self.tr("Every change is saved as you make it.")
        )

    def show_stage(self, stage: int, titles: list[str]) -> None:
        """Back and next name the stages either side of ``stage`` (of ``titles``)."""
        self.back_button.setVisible(stage > 0)
        self.next_button.setVisible(stage < len(titles) - 1)
        if stage > 0:
            self.back_button.setText(self.tr("← Back: {stage}").format(stage=titles[stage - 1]))
            self.back_button.setAccessibleName(self.back_button.text())
        if stage < len(titles) - 1:
            self.next_button.setText(self.tr("Next: {stage} →").format(stage=titles[stage + 1]))
            self.next_button.setAccessibleName(self.next_button.text())
