"""The practice's details (name, phone, address): asked for at first start, after the
administrator's account, and changed later by an administrator (Session menu).

The name and phone are printed on every plan, so a practice that skips this prints
plans without them; the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from careplan import settings
from careplan.errors import CarePlanError
from ui.widgets import buddy_label, column, fix_minimum_size


class PracticeDetailsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practice details"))
        current = settings.practice_details()
        intro = QLabel(
            self.tr(
                "Your practice's name and phone number are printed on every plan. You can "
                "change them later under Session → Practice details."
            )
            if first_start
            else self.tr("The practice's name and phone number are printed on every plan."),
            self,
        )
        intro.setWordWrap(True)
        self.name = self._field(self.tr("Practice name"), current.name, "Ashby Health Centre")
        self.phone = self._field(self.tr("Phone"), current.phone, "01632 960 000")
        self.address = self._field(
            self.tr("Address"), current.address, "1 High Street, Ashby, AB1 2CD"
        )
        form = QFormLayout()
        for label, field in (
            (self.tr("Practice &name"), self.name),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Address"), self.address),
        ):
            form.addRow(buddy_label(label, field, self), field)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        if first_start:
            later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            later.setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column(self, intro, form, self.message, self.buttons, margins=(24, 20, 24, 20))
        fix_minimum_size(self)
        self.resize(max(560, self.minimumWidth()), self.minimumHeight())

    def _field(self, name: str, value: str, example: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setAccessibleName(name)
        field.setPlaceholderText(self.tr("for example {example}").format(example=example))
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M" * 22))
        return field

    def save(self) -> None:
        try:
            settings.save(
                {
                    settings.PRACTICE_NAME: self.name.text(),
                    settings.PRACTICE_PHONE: self.phone.text(),
                    settings.PRACTICE_ADDRESS: self.address.text(),
                }
            )
        except CarePlanError as error:
            self.message.setText(error.message)
            return
        self.accept()


def ask_at_first_start(
    parent: QWidget, role: str | None, then: Callable[[], None]
) -> PracticeDetailsDialog | None:
    """After the administrator's first sign-in with no practice name yet: ask for the
    practice's details, then go on (``then``, e.g. the demo offer). Anyone else: go on."""
    try:
        named = bool(settings.practice_details().name)
    except CarePlanError:
        named = True  # a settings file that cannot be read is reported where it is used
    if role != "admin" or named:
        then()
        return None
    dialog = PracticeDetailsDialog(parent, first_start=True)
    dialog.finished.connect(lambda _result: then())
    dialog.open()
    return dialog
