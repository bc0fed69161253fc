"""The sign-in window: also the first administrator's set-up and the lock screen.

It is the first thing the app shows, before the heavy modules are loaded.
Password checks (argon2id, about a third of a second) run on the job runner,
never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.feedback import message_label
from ui.jobs import JobRunner
from ui.widgets import buddy_label, fix_minimum_size


class Mode(Enum):
    OPENING = "opening"
    SIGN_IN = "sign_in"
    FIRST_ADMIN = "first_admin"
    UNLOCK = "unlock"


class SignInWindow(QWidget):
    """Emits ``signed_in(actor)`` once the password is right."""

    signed_in = Signal(object)  # careplan.audit.Actor
    switch_user_requested = Signal()

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._accounts: Any = None  # careplan.services.AccountService, once the database is open
        self._locked_actor: Any = None
        self._submit_waiting = False
        self.mode = Mode.OPENING
        self.setObjectName("sign-in-window")
        self.setWindowTitle(self.tr("Care planning — sign in"))
        self._build()
        self.set_mode(Mode.OPENING)
        fix_minimum_size(self)
        # Roomy enough for the longest explanation without the window changing size.
        self.resize(max(640, self.minimumWidth()), max(420, self.minimumHeight()))

    # ----- building -----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.setSpacing(14)
        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.explanation)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.full_name = self._field(self.tr("Your full name"))
        self.username = self._field(self.tr("Username"))
        self.password = self._field(self.tr("Password"), secret=True)
        self.repeat = self._field(self.tr("Password again"), secret=True)
        self._rows: dict[QLineEdit, QLabel] = {}
        for label_text, field in (
            (self.tr("Full name"), self.full_name),
            (self.tr("&Username"), self.username),
            (self.tr("&Password"), self.password),
            (self.tr("Password again"), self.repeat),
        ):
            self._rows[field] = buddy_label(label_text, field, self)
            form.addRow(self._rows[field], field)
        outer.addLayout(form)

        self.message = message_label(self)
        self.message.setObjectName("sign-in-message")
        self.message.setAccessibleName(self.tr("Sign-in message"))
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.other_user = QPushButton(self.tr("Sign in as someone else"), self)
        self.other_user.clicked.connect(self.switch_user_requested)
        self.submit = QPushButton(self)
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        self.submit.clicked.connect(self._submit)
        buttons.addWidget(self.other_user)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        outer.addLayout(buttons)
        outer.addStretch(1)
        for field in (self.full_name, self.username, self.password, self.repeat):
            field.returnPressed.connect(self._submit)
        for field in (self.full_name, self.username, self.password, self.repeat):
            field.setMinimumWidth(320)

    def _field(self, name: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    # ----- modes --------------------------------------------------------------------

    def set_mode(self, mode: Mode, *, keep_input: bool = False) -> None:
        """Switch what the window asks for; ``keep_input`` keeps what was typed meanwhile."""
        self.mode = mode
        self.message.clear()
        shown = {
            Mode.OPENING: (self.username, self.password),
            Mode.SIGN_IN: (self.username, self.password),
            Mode.FIRST_ADMIN: (self.full_name, self.username, self.password, self.repeat),
            Mode.UNLOCK: (self.username, self.password),
        }[mode]
        for field, label in self._rows.items():
            field.setVisible(field in shown)
            label.setVisible(field in shown)
        self.username.setReadOnly(mode is Mode.UNLOCK)
        self.other_user.setVisible(mode is Mode.UNLOCK)
        self.submit.setEnabled(mode is not Mode.OPENING)
        texts = {
            Mode.OPENING: (
                self.tr("Care planning"),
                self.tr("Opening the database…"),
                self.tr("Sign in"),
            ),
            Mode.SIGN_IN: (
                self.tr("Care planning"),
                self.tr("Sign in as yourself."),
                self.tr("Sign in"),
            ),
            Mode.FIRST_ADMIN: (
                self.tr("Welcome"),
                self.tr(
                    "This is the first start. Set up the practice administrator's "
                    "account; the administrator then adds everyone else."
                ),
                self.tr("Create and sign in"),
            ),
            Mode.UNLOCK: (
                self.tr("Locked"),
                self.tr(
                    "The screen locked after a while without use; patient details are "
                    "hidden and nothing was lost. Enter your password to go on."
                ),
                self.tr("Unlock"),
            ),
        }
        heading, explanation, action = texts[mode]
        self.heading.setText(heading)
        self.explanation.setText(explanation)
        self.submit.setText(action)
        if keep_input:
            return
        self.password.clear()
        self.repeat.clear()
        first = (
            self.full_name
            if mode is Mode.FIRST_ADMIN
            else (self.password if mode is Mode.UNLOCK or self.username.text() else self.username)
        )
        first.setFocus()

    def database_ready(self, accounts: Any) -> None:
        """The database is open: sign in, or set up the first administrator."""
        self._accounts = accounts
        self._jobs.submit(
            accounts.needs_first_admin, self._on_first_run, self._show_error, owner=self
        )

    def _on_first_run(self, first_run: bool) -> None:
        if first_run:
            self.set_mode(Mode.FIRST_ADMIN)
            return
        # Whatever was typed while the database opened is kept, and an early Enter counts.
        self.set_mode(Mode.SIGN_IN, keep_input=True)
        if self._submit_waiting:
            self._submit_waiting = False
            self._submit()

    def lock(self, accounts: Any, actor: Any) -> None:
        self._accounts = accounts
        self._locked_actor = actor
        self.username.setText(actor.username or "")
        self.set_mode(Mode.UNLOCK)

    # ----- acting ---------------------------------------------------------------------

    def _submit(self) -> None:
        if self.mode is Mode.OPENING or self._accounts is None:
            self._submit_waiting = self.mode is Mode.OPENING
            return
        if not self.submit.isEnabled():
            return
        accounts = self._accounts
        username, password = self.username.text(), self.password.text()
        work: Callable[[], Any]
        if self.mode is Mode.FIRST_ADMIN:
            if password != self.repeat.text():
                self._show_message(
                    self.tr("The two passwords are not the same; please type them again.")
                )
                self.repeat.clear()
                self.password.setFocus()
                return
            name = self.full_name.text()

            def work() -> Any:
                accounts.create_first_admin(name, username, password)
                return accounts.sign_in(username, password)
        else:

            def work() -> Any:
                return accounts.sign_in(username, password)

        self.submit.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self._jobs.submit(work, self._on_signed_in, self._on_refused, key="sign-in", owner=self)

    def _on_signed_in(self, actor: Any) -> None:
        self.submit.setEnabled(True)
        self.message.clear()
        self.password.clear()
        self.repeat.clear()
        self.signed_in.emit(actor)

    def _on_refused(self, error: Exception) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self._show_message(getattr(error, "message", None) or self.tr("Signing in failed."))

    def _show_error(self, error: Exception) -> None:
        self._show_message(getattr(error, "message", None) or str(error))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
