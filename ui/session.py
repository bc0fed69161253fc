"""Who is signed in, and the screen lock after a while without use.

After sign-in every core service acts as that person (roles are enforced in
the core). After ``idle`` time with no keyboard or mouse input, every window
is hidden and the lock screen shown; the same person's password unlocks it
and the windows come back as they were. Another person signing in closes the
first person's windows; every edit is already stored, so their drafts wait.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ui.sign_in import Mode, SignInWindow

Clock = Callable[[], float]
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits ``idle`` once no input has come for ``timeout``; ``clock`` can be injected."""

    idle = Signal()

    def __init__(
        self,
        app: QApplication,
        timeout: dt.timedelta,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = timeout.total_seconds()
        self._last = clock()
        self._armed = False
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self._armed and self._clock() - self._last >= self._timeout:
            self._armed = False
            self._timer.stop()
            self.idle.emit()


class Session(QObject):
    """Signing in, locking, switching person and signing out, around the main window.

    ``services_for(actor)`` gives the core services acting as a signed-in
    person; ``make_window(services)`` builds their main window; ``accounts``
    is the core's account service (its audit entries say who).
    """

    window_opened = Signal(object)  # the main window

    def __init__(
        self,
        app: QApplication,
        sign_in: SignInWindow,
        jobs: Any,
        services_for: Callable[[Any], Any],
        make_window: Callable[[Any], QMainWindow],
        accounts: Any,
        idle: IdleWatch,
    ) -> None:
        super().__init__(sign_in)
        self._app = app
        self.sign_in = sign_in
        self._jobs = jobs
        self._services_for = services_for
        self._make_window = make_window
        self._accounts = accounts
        self._idle = idle
        self.actor: Any = None
        self.services: Any = None
        self.window: QMainWindow | None = None
        self.password_dialog: QWidget | None = None  # a temporary password to change first
        self._hidden: list[QWidget] = []
        sign_in.signed_in.connect(self._on_signed_in)
        sign_in.switch_user_requested.connect(self._switch_user)
        idle.idle.connect(self.lock)

    @property
    def locked(self) -> bool:
        return self.sign_in.mode is Mode.UNLOCK and self.sign_in.isVisible()

    def _on_signed_in(self, actor: Any) -> None:
        if (
            self.sign_in.mode is Mode.UNLOCK
            and self.actor is not None
            and actor.staff_id == self.actor.staff_id
        ):
            self.sign_in.hide()
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            self._idle.start()
            return
        if self.actor is not None:
            self._close_windows()
            self._accounts.sign_out(self.actor)
        self.actor = actor
        self.services = self._services_for(actor)
        if self._accounts.must_change_password(actor):
            # The core refuses everything else until then, so this comes first.
            self._ask_for_own_password(actor)
            return
        self._open_window(actor)

    def _ask_for_own_password(self, actor: Any) -> None:
        from ui.admin import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._jobs, self.services, actor, required=True)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._open_window(actor))
        dialog.rejected.connect(self.sign_out)
        dialog.show()

    def _open_window(self, actor: Any) -> None:
        self.sign_in.hide()
        window = self._make_window(self.services)
        self.window = window
        self._add_actions(window)
        window.show()
        self._idle.start()
        self.window_opened.emit(window)

    def _add_actions(self, window: QMainWindow) -> None:
        from careplan.permissions import Permission
        from ui.roles import forbid_unless

        menu = window.menuBar().addMenu(self.tr("&Session"))
        lock = menu.addAction(self.tr("&Lock the screen"), self.lock)
        lock.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        menu.addAction(self.tr("&Change my password…"), self.change_password)
        menu.addAction(self.tr("Sign &out"), self.sign_out)
        # Everyone sees the administrator's tools; other roles see them disabled, saying why.
        menu.addSeparator()
        accounts = menu.addAction(self.tr("Staff &accounts…"), self.show_accounts)
        trail = menu.addAction(self.tr("Audit &trail…"), self.show_audit)
        practice = menu.addAction(self.tr("&Practice details…"), self.show_practice_details)
        menu.setToolTipsVisible(True)
        role = self.actor.role if self.actor is not None else None
        forbid_unless(role, Permission.MANAGE_STAFF, accounts)
        forbid_unless(role, Permission.VIEW_AUDIT, trail)
        forbid_unless(
            role,
            Permission.MANAGE_STAFF,
            practice,
            who=self.tr("administrators keep the practice's details"),
        )

    def change_password(self) -> None:
        from ui.admin import ChangePasswordDialog

        ChangePasswordDialog(self._jobs, self.services, self.actor, parent=self.window).open()

    def show_accounts(self) -> None:
        from ui.admin import StaffAccountsWindow

        StaffAccountsWindow(self._jobs, self.services, self.window).open()

    def show_practice_details(self) -> None:
        from ui.practice_dialog import PracticeDetailsDialog

        PracticeDetailsDialog(self.window).open()

    def show_audit(self) -> None:
        from ui.admin import AuditWindow

        AuditWindow(self._jobs, self.services, self.window).open()

    def lock(self) -> None:
        if self.actor is None or self.locked:
            return
        self._idle.stop()
        self._hidden = [
            w for w in self._app.topLevelWidgets() if w.isVisible() and w is not self.sign_in
        ]
        for widget in self._hidden:
            widget.hide()
        self._accounts.lock(self.actor)
        self.sign_in.lock(self._accounts, self.actor)
        # Every other window of the app is hidden, so the lock screen is the one left.
        self.sign_in.show()
        self.sign_in.activateWindow()

    def _switch_user(self) -> None:
        self.sign_in.username.clear()
        self.sign_in.set_mode(Mode.SIGN_IN)

    def sign_out(self) -> None:
        if self.actor is None:
            return
        self._idle.stop()
        self._close_windows()
        self._accounts.sign_out(self.actor)
        self.actor = None
        self.services = None
        self.sign_in.username.clear()
        self.sign_in.set_mode(Mode.SIGN_IN)
        self.sign_in.show()

    def _close_windows(self) -> None:
        windows = [
            w
            for w in self._app.topLevelWidgets()
            if w is not self.sign_in and (w.isVisible() or w in self._hidden)
        ]
        self._hidden = []
        for widget in windows:
            widget.close()
        self.window = None
