"""Reading a window's data again after a change: soon if the window is shown, else when it
is next shown (a hidden window reads nothing)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from careplan.changes import Change, Subject
from ui.changes import ChangeBridge


class RefreshWhenShown(QObject):
    """Calls ``refresh`` after changes of ``subjects``: once ``delay_ms`` after the last of a
    burst while ``window`` is visible, else when it is next shown. ``timer`` also gathers
    the window's own filter edits into one read (``timer.start()``); the window's
    ``refresh`` calls :meth:`done` first."""

    def __init__(
        self,
        window: QWidget,
        refresh: Callable[[], None],
        changes: ChangeBridge,
        subjects: Collection[Subject],
        delay_ms: int,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._refresh = refresh
        self._subjects = frozenset(subjects)
        self.stale = True  # nothing read yet
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(refresh)
        changes.changed.connect(self._on_change)
        window.installEventFilter(self)

    def done(self) -> None:
        """The window is reading its data now."""
        self.timer.stop()
        self.stale = False

    def _on_change(self, change: Change) -> None:
        if change.subject not in self._subjects:
            return
        if self._window.isVisible():
            self.timer.start()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False
