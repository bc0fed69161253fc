"""Widgets the consultation stages share: fields that store as you go, the 0–10 scale,
messages by the fields, and text size."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# ERROR_COLOUR and error_colours are re-exported: the stages name them here.
from ui.feedback import ERROR_COLOUR as ERROR_COLOUR
from ui.feedback import FieldError
from ui.feedback import error_colours as error_colours
from ui.settings import Setting

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

ErrorLabel = FieldError

# Typing stops for this long: what was typed is stored (a crash loses at most this).
IDLE_SAVE_MS = 800


def field_key(name: str) -> int:
    """A stable id for merging the undo steps of one field (QUndoCommand.id)."""
    return zlib.crc32(name.encode("utf-8")) & 0x3FFFFFFF


# ----- text size ----------------------------------------------------------------------------------


class TextScale(QObject):
    """The text size of one window: A− / A+, remembered, never below the system size."""

    changed = Signal(float)

    STEP = 0.15
    MAXIMUM = 2.6

    def __init__(
        self,
        window: QWidget,
        settings: QSettings,
        setting: Setting[float],
        *,
        minimum: float = 1.0,
        minimum_points: float = 0.0,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._setting = setting
        self._base = QFont(window.font())
        self._minimum = max(minimum, minimum_points / max(self._base.pointSizeF(), 1.0))
        self._scaled: list[tuple[QWidget, float, bool]] = []
        self._scale = self._clamp(setting.read(settings))

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def point_size(self) -> float:
        return self._base.pointSizeF() * self._scale

    def _clamp(self, value: float) -> float:
        return round(min(self.MAXIMUM, max(self._minimum, value)), 2)

    def register(self, widget: QWidget, factor: float, *, bold: bool = False) -> None:
        """``widget`` keeps ``factor`` times the window's text size (headings)."""
        self._scaled.append((widget, factor, bold))
        self._apply_to(widget, factor, bold)

    def follow(self, widget: QWidget) -> None:
        """Keep ``widget`` and everything in it at the window's text size.

        Widgets with a style sheet of their own (the 0–10 buttons, the prompt)
        stop taking the size from their parent, so they are sized here instead.
        """
        for child in [widget, *widget.findChildren(QWidget)]:
            if not any(child is known for known, _f, _b in self._scaled):
                self.register(child, 1.0, bold=child.font().bold())

    def set_scale(self, value: float) -> None:
        value = self._clamp(value)
        if value == self._scale:
            return
        self._scale = value
        self._setting.write(self._settings, value)
        self.apply()

    def bigger(self) -> None:
        self.set_scale(self._scale + self.STEP)

    def smaller(self) -> None:
        self.set_scale(self._scale - self.STEP)

    def apply(self) -> None:
        # On top of the app's own text size (ui.text_size), which may have changed since.
        self._base = QFont(QGuiApplication.font())
        font = QFont(self._base)
        font.setPointSizeF(self.point_size)
        self._window.setFont(font)
        for widget, factor, bold in self._scaled:
            self._apply_to(widget, factor, bold)
        self.changed.emit(self._scale)

    def _apply_to(self, widget: QWidget, factor: float, bold: bool) -> None:
        font = QFont(self._base)
        font.setPointSizeF(self.point_size * factor)
        font.setBold(bold)
        widget.setFont(font)


def text_size_buttons(scale: TextScale, parent: QWidget, what: str) -> list[QPushButton]:
    def _tr(text: str) -> str:
        return QCoreApplication.translate("text_size", text)

    smaller = QPushButton(_tr("A−"), parent)
    smaller.setAccessibleName(_tr("Smaller text in {what}").format(what=what))
    smaller.setToolTip(_tr("Smaller text in {what}").format(what=what))
    smaller.clicked.connect(scale.smaller)
    bigger = QPushButton(_tr("A+"), parent)
    bigger.setAccessibleName(_tr("Larger text in {what}").format(what=what))
    bigger.setToolTip(_tr("Larger text in {what}").format(what=what))
    bigger.clicked.connect(scale.bigger)
    return [smaller, bigger]


# ----- fields that store what is typed ------------------------------------------------------------


class _StoresTyping:
    """What the fields that store what is typed share: the text last stored, and a new
    value from the plan that replaces the text only when the person has not changed it
    since (what they are typing is never overwritten)."""

    _saved: str
    _idle: QTimer
    if TYPE_CHECKING:  # what the field itself has
        committed: SignalInstance

        def isReadOnly(self) -> bool: ...
        def _typed(self) -> str: ...  # the text in the field now
        def _show(self, text: str) -> None: ...  # puts the text in, with no typing to store

    def _store_after_pause(self, owner: QObject) -> None:
        self._saved = ""
        self._idle = QTimer(owner)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SAVE_MS)
        self._idle.timeout.connect(self.commit)

    @property
    def dirty(self) -> bool:
        return self._typed() != self._saved

    def set_saved(self, value: str | None) -> None:
        value = value or ""
        if not self.dirty:
            self._saved = value
            if self._typed() != value:
                self._show(value)
        else:
            self._saved = value

    def load(self, value: str | None) -> None:
        """Show another record's value (what was typed before is committed first)."""
        self._idle.stop()
        self._saved = value or ""
        self._show(self._saved)

    def commit(self) -> None:
        self._idle.stop()
        if self.dirty and not self.isReadOnly():
            self._saved = self._typed()
            self.committed.emit(self._saved)


class SavingLineEdit(_StoresTyping, QLineEdit):
    """A line whose text is stored when the person moves on, presses Enter or stops typing.

    ``committed`` carries the text to store.
    """

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._store_after_pause(self)
        self.textEdited.connect(lambda _text: self._idle.start())
        self.editingFinished.connect(self.commit)

    def _typed(self) -> str:
        return self.text()

    def _show(self, text: str) -> None:
        self.setText(text)


class SavingTextEdit(_StoresTyping, QPlainTextEdit):
    """Several lines, stored like :class:`SavingLineEdit` (on leaving, or after a pause)."""

    committed = Signal(str)

    def __init__(self, name: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self._lines = lines
        self._setting = False
        self._fit_height()
        self._store_after_pause(self)
        self.textChanged.connect(self._on_text_changed)

    def _fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * self._lines + 2 * self.frameWidth() + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def _on_text_changed(self) -> None:
        if not self._setting:
            self._idle.start()

    def _typed(self) -> str:
        return self.toPlainText()

    def _show(self, text: str) -> None:
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


def choice_box(name: str, choices: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    for value, label in choices:
        box.addItem(label, value)
    return box


def select_value(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0 and index != box.currentIndex():
        box.blockSignals(True)
        try:
            box.setCurrentIndex(index)
        finally:
            box.blockSignals(False)


# ----- messages by the fields ---------------------------------------------------------------------


def labelled(
    title: str,
    field: QWidget,
    parent: QWidget,
    *,
    hint: str = "",
) -> tuple[QWidget, ErrorLabel]:
    """``title`` above ``field``, an optional hint and the field's message under it."""
    box = QWidget(parent)
    column, label = _titled_column(box, title, (0, 0, 0, 0), 3)
    label.setBuddy(field)
    if hint:
        note = QLabel(hint, box)
        note.setWordWrap(True)
        column.addWidget(note)
    column.addWidget(field)
    if not field.accessibleName():
        field.setAccessibleName(title.replace("&", ""))
    error = ErrorLabel(field, title.replace("&", ""), box)
    column.addWidget(error)
    return box, error


# ----- the 0 to 10 scale --------------------------------------------------------------------------


def checkable_buttons(
    owner: QWidget, texts: list[str], group: QButtonGroup, row: QLayout
) -> list[QPushButton]:
    """A button to check for each of ``texts``, numbered from 0 in ``group``, side by side
    on ``row`` and taking its width (the stage bar, the 0–10 scale)."""
    buttons = []
    for number, text in enumerate(texts):
        button = QPushButton(text, owner)
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        group.addButton(button, number)
        row.addWidget(button)
        buttons.append(button)
    return buttons


class ScaleControl(QWidget):
    """Eleven large buttons, 0 to 10, with words at both ends; arrow keys move along them."""

    chosen = Signal(int)

    def __init__(
        self, name: str, low_words: str, high_words: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons = checkable_buttons(self, [str(v) for v in range(11)], self._group, row)
        for value, button in enumerate(self.buttons):
            button.setAccessibleName(self.tr("{n} out of 10").format(n=value))
            button.setToolTip(self.tr("{n} out of 10").format(n=value))
            button.setMinimumHeight(int(button.sizeHint().height() * 1.5))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 24)
            button.installEventFilter(self)
        self._group.idClicked.connect(self._on_clicked)
        # The chosen number must stand out for someone reading from the side.
        # (No font in the style sheet: it would stop the text size following A+ / A−.)
        self.setStyleSheet(
            "QPushButton:checked { background: #1d4f91; color: #ffffff;"
            " border: 2px solid #0b2a55; border-radius: 4px; }"
        )
        ends = QHBoxLayout()
        low = QLabel(low_words, self)
        high = QLabel(high_words, self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._value: int | None = None

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)

    def _on_clicked(self, value: int) -> None:
        self.set_value(value)
        self.chosen.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed_key(event)
        if key is not None and isinstance(watched, QAbstractButton) and watched in self.buttons:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key.key()))
            if step is not None:
                at = self.buttons.index(watched) + step
                if 0 <= at < len(self.buttons):
                    self.buttons[at].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


# ----- sections -----------------------------------------------------------------------------------


def section(title: str, scale: TextScale, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A framed block with a heading."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAccessibleName(title)
    layout, heading = _titled_column(frame, title, (14, 10, 14, 12), 8)
    heading.setAccessibleName(title)
    scale.register(heading, 1.2, bold=True)
    return frame, layout


def _titled_column(
    box: QWidget, title: str, margins: tuple[int, int, int, int], spacing: int
) -> tuple[QVBoxLayout, QLabel]:
    """A column on ``box`` (``margins``: left, top, right, bottom) that begins with
    ``title``, wrapped: a field's title, a section's heading."""
    column = QVBoxLayout(box)
    column.setContentsMargins(*margins)
    column.setSpacing(spacing)
    label = QLabel(title, box)
    label.setWordWrap(True)
    column.addWidget(label)
    return column, label


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def pressed_key(event: QEvent) -> QKeyEvent | None:
    """``event`` if it is a key pressed (what an event filter of keys looks at), else None."""
    return event if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None


def wants_window_undo(widget: QWidget, event: QKeyEvent) -> bool:
    """Whether Ctrl+Z / Ctrl+Shift+Z in ``widget`` should undo plan edits, not typing.

    A text field keeps its own undo while it has typing to undo; once that is
    used up (or after the text was stored), the keys undo the last stored edit.
    """
    undo = event.matches(QKeySequence.StandardKey.Undo)
    redo = event.matches(QKeySequence.StandardKey.Redo)
    if not (undo or redo):
        return False
    if isinstance(widget, QLineEdit):
        return not (widget.isUndoAvailable() if undo else widget.isRedoAvailable())
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return not (document.isUndoAvailable() if undo else document.isRedoAvailable())
    return True


Callback = Callable[[], None]


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others (the offscreen test platform cannot, and says so)."""
    window.showNormal() if window.isMinimized() else window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
        window.activateWindow()
