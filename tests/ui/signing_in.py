"""The app's ``main()`` in a process of its own, signed in as a person would (test_app.py).

    python tests/ui/signing_in.py DATABASE USERNAME PASSWORD

The app runs once per process, as it does for a person: the process ends with it. Types
into the real sign-in window once it shows; with ``CAREPLAN_SCREENSHOT`` set, the app
saves its picture and quits. Then the windows are closed and the process waits past the
picture's deadline, which must no longer run. Exits with the app's code, or 1 when the
deadline fired; Qt's own warnings go to standard error as ``qt-warning: ...``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ui import app as app_module
from ui import screenshot
from ui.sign_in import SignInWindow

DEADLINE_MS = 3_000


def _sign_in_when_shown(username: str, password: str) -> None:
    """Type into the real sign-in window once it is there, and press Enter."""

    def attempt() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SignInWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(50, attempt)
            return
        window = windows[0]
        window.username.setText(username)
        window.password.setText(password)
        window.password.returnPressed.emit()

    QTimer.singleShot(50, attempt)


def _report_qt_warnings(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
        print(f"qt-warning: {message}", file=sys.stderr)


def main(argv: list[str]) -> int:
    database, username, password = argv
    qInstallMessageHandler(_report_qt_warnings)
    # Made here and kept past main(), which uses the running one, for the wait after it.
    app = app_module.application()
    screenshot.GIVE_UP_MS = DEADLINE_MS
    _sign_in_when_shown(username, password)
    code = app_module.main(["--database", f"sqlite:///{database}"])
    for widget in QApplication.topLevelWidgets():
        widget.close()
    # Past the deadline: had it kept running, it would end this wait with code 1.
    QTimer.singleShot(DEADLINE_MS + 500, lambda: QApplication.exit(0))
    return code or app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
