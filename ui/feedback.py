"""How the app says something went wrong: next to the field, or in a banner over the form.

Always in words (never by colour alone), in dark red set through the palette (a style
sheet would stop the text following the app's text size), as plain text (a message may
quote what a person typed), and read out by screen readers with the field it is about.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# Dark red that stays readable on a light background (7:1 on white).
ERROR_COLOUR = "#a40000"


def error_colours(label: QLabel) -> None:
    """Dark red text, set in the palette."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    label.setPalette(palette)


def message_label(parent: QWidget | None = None) -> QLabel:
    """A line for a form's messages (problems in dark red, wrapped, plain text)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    error_colours(label)
    return label


class FieldError(QLabel):
    """The message under a field; shown in words, in dark red, and read out with the field."""

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        error_colours(self)
        self.setAccessibleName(self.tr("Problem with {field}").format(field=name))
        self.hide()

    @property
    def field(self) -> QWidget:
        return self._field

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()
        self._field.setAccessibleDescription(message)

    def clear_message(self) -> None:
        if not self.isHidden():
            self.hide()
            self.clear()
            self._field.setAccessibleDescription("")

    @property
    def message(self) -> str:
        return self.text() if not self.isHidden() else ""


class ErrorBanner(QFrame):
    """A problem with the whole form, over it; ``body`` takes what a form shows with it
    (what changed, a button to act on it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Problem"))
        self.text = message_label(self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.text)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.hide()
        self.text.clear()

    @property
    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""


def focus_target(widget: QWidget) -> QWidget:
    """The widget itself, or for a row of buttons its first button: where focus goes."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget


class FieldErrors:
    """A form's field messages by the core's field names (``reviewer``, ``goals.0.comment``):
    the message shown under the field, and where the focus goes with it (several names
    may share one message line)."""

    def __init__(self) -> None:
        self._labels: dict[str, FieldError] = {}
        self._focus: dict[str, QWidget] = {}

    def add(self, name: str, label: FieldError, focus: QWidget | None = None) -> FieldError:
        self._labels[name] = label
        self._focus[name] = focus if focus is not None else label.field
        return label

    def update(self, other: FieldErrors) -> None:
        self._labels.update(other._labels)
        self._focus.update(other._focus)

    def remove(self, names: Iterable[str]) -> None:
        for name in list(names):
            self._labels.pop(name, None)
            self._focus.pop(name, None)

    def names(self) -> list[str]:
        return list(self._labels)

    def __getitem__(self, name: str) -> FieldError:
        return self._labels[name]

    def __contains__(self, name: object) -> bool:
        return name in self._labels

    def show(self, name: str, message: str) -> FieldError | None:
        """Show ``message`` by the field and move the focus there; ``None`` if no such field."""
        label = self._labels.get(name)
        if label is None:
            return None
        label.show_message(message)
        focus_target(self._focus[name]).setFocus(Qt.FocusReason.OtherFocusReason)
        return label

    def focus(self, name: str) -> QWidget | None:
        return self._focus.get(name)

    def clear(self, name: str) -> None:
        label = self._labels.get(name)
        if label is not None:
            label.clear_message()

    def clear_all(self) -> None:
        for label in set(self._labels.values()):
            label.clear_message()

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.message if label is not None else ""
