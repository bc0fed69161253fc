"""The one place where the core's change reports become a Qt signal.

The core calls ``notify(change)`` after every operation that changed data,
possibly from the job runner's worker thread. :class:`ChangeBridge` re-emits
it as :attr:`ChangeBridge.changed`; because the bridge lives in the UI
thread, receivers are always called there. Views subscribe and ask the
change whether it concerns them (``change.touches_patient(id)``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from careplan.changes import Change


class ChangeBridge(QObject):
    changed = Signal(object)  # careplan.changes.Change

    def notify(self, change: Change) -> None:
        """Pass as ``Services(..., notify=bridge.notify)``; safe to call from any thread."""
        self.changed.emit(change)
