"""Timing the real app as a person sees it; installed only when the benchmark asks.

With ``CAREPLAN_STARTUP_PROBE=FILE`` (set by ``careplan-admin bench``), the app
records on the system-wide monotonic clock when the sign-in window is first
painted; with ``CAREPLAN_PROBE_SIGN_IN`` ("username:password") it then types
the name and password and presses Enter at once (as a quick typist would,
while the database opens), records when the patient list has been painted
with its first rows, and quits. FILE gets both times and the peak memory.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .probe import peak_bytes, resident_bytes, write_result

ENV_OUT = "CAREPLAN_STARTUP_PROBE"
ENV_SIGN_IN = "CAREPLAN_PROBE_SIGN_IN"


class _OnPaint(QObject):
    def __init__(self, widget: QWidget, then: Any) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then(time.monotonic())
        return False


def install(app: QApplication, sign_in: Any) -> None:
    out = os.environ[ENV_OUT]
    credentials = os.environ.get(ENV_SIGN_IN)
    times: dict[str, float] = {}

    def finish() -> None:
        write_result(out, **times, peak_bytes=peak_bytes(), resident_bytes=resident_bytes())
        app.quit()

    def list_painted(at: float) -> None:
        times["list_painted"] = at
        QTimer.singleShot(0, finish)

    # Signing in that never reaches the list (refused, or a dialog in the way) ends the
    # probe with an error instead of leaving the benchmark waiting.
    deadline = time.monotonic() + 120

    def watch_for_the_list() -> None:
        if time.monotonic() > deadline:
            sys.stderr.write("the patient list did not appear within 120 s of signing in\n")
            app.exit(3)
            return
        for widget in QApplication.topLevelWidgets():
            model = getattr(widget, "model", None)
            view = getattr(widget, "list_view", None)
            if view is not None and model is not None and model.rowCount() > 0:
                _OnPaint(view.viewport(), list_painted)
                view.viewport().update()
                return
        QTimer.singleShot(2, watch_for_the_list)

    def painted(at: float) -> None:
        times["first_paint"] = at
        if credentials is None:
            QTimer.singleShot(0, finish)
            return
        username, _sep, password = credentials.partition(":")
        sign_in.username.setText(username)
        sign_in.password.setText(password)
        sign_in.password.returnPressed.emit()
        watch_for_the_list()

    _OnPaint(sign_in, painted)
