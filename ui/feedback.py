"""How the app says something went wrong: next to the field, or in a banner over the form.

Always in words (never by colour alone), in dark red set through the palette (a style
sheet would stop the text following the app's text size), as plain text (a message may
quote what a person typed), and read out by screen readers with the field it is about.
"""

from __future__ import annotations

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
