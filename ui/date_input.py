"""One way to type a date everywhere: the way people write it, a calendar, a clear message.

:class:`DateInput` is a line edit that reads ``12/11/2026``, ``12/11/26``, ``12 Nov 2026``,
ISO dates and dates from today (``+3m``, ``in 6 weeks``) through the core's
:func:`careplan.dates.read_date`, shows the date back in the UK long form
(``Thursday 12 November 2026``) when the person leaves the field, has a calendar pop-up
(the button at its end, or Alt+Down), and explains a date it cannot read with examples of
what works. :func:`make_date_input` gives an existing line edit (one that stores as it is
typed) the same behaviour: the text is turned into the long form *before* the line edit
reports that editing finished, so what is stored is the date the person saw.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from careplan.dates import examples, long_form, read_date
from careplan.errors import ValidationError

Today = Callable[[], dt.date]

_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


def iso_if_uk_date(text: str) -> str:
    """``21/06/2026`` as ``2026-06-21``; anything else as typed (for the core to explain)."""
    match = _UK_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return text
    return text


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the text colour (no image files needed)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = painter.pen()
    pen.setWidth(3)
    painter.setPen(pen)
    painter.drawRect(4, 7, 24, 21)
    painter.drawLine(4, 13, 28, 13)
    painter.drawLine(10, 3, 10, 9)
    painter.drawLine(22, 3, 22, 9)
    for x in (9, 15, 21):
        for y in (17, 22):
            painter.fillRect(x, y, 3, 3, pen.color())
    painter.end()
    return QIcon(pixmap)


class DateBehaviour(QObject):
    """What makes a line edit a date input (see the module's description)."""

    problem_changed = Signal(str)  # "" when the text is a date (or empty)
    date_changed = Signal(object)  # dt.date | None

    def __init__(
        self,
        edit: QLineEdit,
        *,
        label: str,
        today: Today = dt.date.today,
        prefer_past: bool = False,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._label = label
        self._today = today
        self._prefer_past = prefer_past
        self.problem = ""
        edit.setPlaceholderText(self.tr("e.g. 12/11/2026, 12 Nov 2026 or +3m"))
        if not edit.accessibleName():
            edit.setAccessibleName(label)
        edit.setAccessibleDescription(
            self.tr("A date; {examples}. Alt+Down opens a calendar.").format(examples=examples())
        )
        edit.setToolTip(edit.accessibleDescription())
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("Wednesday 30 September 2026 "))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose from a calendar"), edit)
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        edit.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        edit.installEventFilter(self)

    # ----- reading ------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date typed, or ``None`` when empty or not a date (see :attr:`problem`)."""
        try:
            return read_date(
                self._edit.text(),
                self._today(),
                prefer_past=self._prefer_past,
                label=self._label.lower(),
            )
        except ValidationError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        self._edit.setText(long_form(value) if value is not None else "")
        self._set_problem("")

    def normalise(self) -> bool:
        """Show what was typed in the long form; ``False`` (with a message) if it is no date."""
        try:
            value = read_date(
                self._edit.text(),
                self._today(),
                prefer_past=self._prefer_past,
                label=self._label.lower(),
            )
        except ValidationError as error:
            self._set_problem(error.message)
            return False
        shown = long_form(value) if value is not None else ""
        if shown != self._edit.text():
            self._edit.setText(shown)
        self._set_problem("")
        self.date_changed.emit(value)
        return True

    def _set_problem(self, text: str) -> None:
        if text != self.problem:
            self.problem = text
            self.problem_changed.emit(text)

    # ----- the calendar -------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self._edit.isReadOnly() or not self._edit.isEnabled():
            return
        popup = QMenu(self._edit)
        calendar = QCalendarWidget(popup)
        calendar.setAccessibleName(self.tr("Calendar: {label}").format(label=self._label))
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        start = self.date() or self._today()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        holder = QWidgetAction(popup)
        holder.setDefaultWidget(calendar)
        popup.addAction(holder)

        def chosen(day: QDate) -> None:
            self._edit.setText(long_form(dt.date(day.year(), day.month(), day.day())))
            popup.close()
            self._edit.setFocus(Qt.FocusReason.PopupFocusReason)
            self.normalise()
            self._edit.editingFinished.emit()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self.popup, self.calendar = popup, calendar
        popup.aboutToHide.connect(self._forget_popup)
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        popup.popup(self._edit.mapToGlobal(self._edit.rect().bottomLeft()))

    def _forget_popup(self) -> None:
        self.popup, self.calendar = None, None

    # ----- before the line edit sees the key or the focus leaving ----------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Down and (
                    event.modifiers() & Qt.KeyboardModifier.AltModifier
                ):
                    self.show_calendar()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.normalise()
            elif event.type() == QEvent.Type.FocusOut and self._edit.isModified():
                self.normalise()
        return super().eventFilter(watched, event)


def make_date_input(
    edit: QLineEdit, *, label: str, today: Today = dt.date.today, prefer_past: bool = False
) -> DateBehaviour:
    """Give an existing line edit the date input's behaviour."""
    behaviour = DateBehaviour(edit, label=label, today=today, prefer_past=prefer_past)
    edit.setProperty("dateInput", True)
    return behaviour


class DateInput(QLineEdit):
    """A date field: typed as people write dates, with a calendar and a message when wrong."""

    def __init__(
        self,
        label: str,
        parent: QWidget | None = None,
        *,
        today: Today = dt.date.today,
        prefer_past: bool = False,
    ) -> None:
        super().__init__(parent)
        self.behaviour = make_date_input(self, label=label, today=today, prefer_past=prefer_past)
        self.problem_changed = self.behaviour.problem_changed
        self.date_changed = self.behaviour.date_changed

    @property
    def problem(self) -> str:
        return self.behaviour.problem

    def date(self) -> dt.date | None:
        return self.behaviour.date()

    def set_date(self, value: dt.date | None) -> None:
        self.behaviour.set_date(value)

    def iso_text(self) -> str:
        """ISO text of the date when it is one, else what was typed (for the core to refuse)."""
        value = self.date()
        return value.isoformat() if value is not None else self.text()
