"""Driving the consultation window as a person would: clicks, keys, typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.consultation.widgets import SavingLineEdit, SavingTextEdit
from ui.jobs import JobRunner


def settle(qtbot: QtBot, jobs: JobRunner, timeout: int = 10_000) -> None:
    """Wait until every edit so far is stored and the plan read back is shown."""
    qtbot.waitUntil(lambda: not jobs.busy, timeout=timeout)
    qtbot.wait(1)  # let queued signals reach their receivers
    qtbot.waitUntil(lambda: not jobs.busy, timeout=timeout)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    assert button.isVisible(), f"{button.text()!r} is hidden"
    # Near the left edge: a check box is pressed on its box and words, not the space after.
    spot = QPoint(min(12, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=spot)


def type_into(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ASCII with the keyboard over what the field holds; anything else is pasted
    (keyClicks aborts on it)."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    elif isinstance(edit, QLineEdit):
        edit.insert(text)
        edit.textEdited.emit(edit.text())
    else:
        edit.insertPlainText(text)


def enter(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type into a field that stores itself, then press Enter."""
    type_into(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def write(qtbot: QtBot, edit: SavingTextEdit, text: str, then: QWidget) -> None:
    """Type several lines, then move on (the text is stored on leaving the field)."""
    type_into(qtbot, edit, text)
    then.setFocus(Qt.FocusReason.TabFocusReason)
    if not then.hasFocus():  # no window focus on this platform: leave the field by hand
        edit.commit()


def choose(qtbot: QtBot, box: QComboBox, value: object) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setFocus(Qt.FocusReason.TabFocusReason)
    box.setCurrentIndex(index)
    box.activated.emit(index)


def click_row(qtbot: QtBot, view: QTableView, row: int, column: int = 0) -> None:
    model = view.model()
    index = model.index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex().row() == row


def stored_text(edit: SavingLineEdit | SavingTextEdit) -> str:
    return edit.toPlainText() if isinstance(edit, SavingTextEdit) else edit.text()
