"""What the main window's menus of other windows share (follow-up, registers, groups): the
services they open windows over, each window made once and brought forward, and the
windows closing with the main window.

The windows are top-level of their own, so the main window stays usable beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from careplan.permissions import Permission
from ui.context import UiContext
from ui.one_window import remember
from ui.roles import forbid_unless, role_of

W = TypeVar("W", bound=QWidget)


def raise_window(window: QWidget) -> None:
    """Show ``window``, in front when it was open already."""
    if window.isMinimized():
        window.showNormal()
    was_visible = window.isVisible()
    window.show()
    # Bring an open window to the front (a platform without window stacking, such as the
    # offscreen one used in tests, only warns that it cannot).
    if was_visible and QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


class WindowMenu(QObject):
    """A menu of the main window ``window`` whose windows are ``self.<name>`` attributes."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._names: list[str] = []
        window.installEventFilter(self)

    def action(
        self,
        text: str,
        tip: str | None,
        slot: Callable[[], object],
        permission: Permission,
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        """A menu action; disabled, saying why, when this person's role lacks ``permission``
        (before any click)."""
        action = QAction(text, self._window)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        forbid_unless(role_of(self._ctx.services), permission, action)
        return action

    def show_window(self, name: str, make: Callable[[], W]) -> W:
        """The window ``self.<name>``, made the first time (again once it is destroyed),
        brought forward."""
        window: W | None = getattr(self, name, None)
        if window is None:
            window = remember(self, name, make())
            if name not in self._names:
                self._names.append(name)
        raise_window(window)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.close_windows()
        return super().eventFilter(watched, event)

    def close_windows(self) -> None:
        for name in self._names:
            window: QWidget | None = getattr(self, name, None)
            if window is not None:
                window.close()
                window.deleteLater()
                setattr(self, name, None)
