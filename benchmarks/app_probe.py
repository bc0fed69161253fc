"""Timing the real app as a person sees it; installed only when the benchmark asks.

With ``CAREPLAN_STARTUP_PROBE=FILE`` (set by ``careplan-admin bench``), the app
records on the system-wide monotonic clock when the sign-in window is first
painted; with ``CAREPLAN_PROBE_SIGN_IN`` ("username:password") it then types
the name and password and presses Enter at once (as a quick typist would,
while the database opens), records when the patient list has been painted
with its first rows, and quits. FILE gets both times and the peak memory.

With ``CAREPLAN_PROBE_SEARCH`` ("ROUNDS:TEXT") it then, ROUNDS times, empties the
search box, waits for the whole list, and types TEXT into it one key press at a
time, as a quick typist does (``KEY_GAP_MS`` apart, real key events), recording
from the last key press to the list painted with that search's people
(``search_redrawn``, one time a round).
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
ENV_SEARCH = "CAREPLAN_PROBE_SEARCH"
KEY_GAP_MS = 100  # ten key presses a second: a quick typist


class _OnPaint(QObject):
    """Calls ``then`` with the time of the widget's first paint for which ``ready()``."""

    def __init__(self, widget: QWidget, then: Any, ready: Any = lambda: True) -> None:
        super().__init__(widget)
        self._then, self._ready = then, ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._ready():
            watched.removeEventFilter(self)
            self._then(time.monotonic())
        return False


class _Typing:
    """Rounds of typing a search into the main window, each timed from the last key
    press to the list painted with that search's result."""

    def __init__(self, window: Any, text: str, rounds: int, done: Any) -> None:
        self.window, self.text, self.rounds, self.done = window, text, rounds, done
        self.times: list[float] = []

    def _shown(self, query: str) -> bool:
        result = self.window.model.result
        return result is not None and result.query == query

    def start_round(self) -> None:
        if len(self.times) == self.rounds:
            self.done(self.times)
            return
        box = self.window.search_box
        box.setFocus()
        if box.text():
            box.clear()
        self._wait_for("", lambda: self._key(0))

    def _wait_for(self, query: str, then: Any) -> None:
        if self._shown(query):
            QTimer.singleShot(KEY_GAP_MS, then)
        else:
            QTimer.singleShot(2, lambda: self._wait_for(query, then))

    def _key(self, index: int) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.window.search_box, self.text[index])  # (ASCII text only)
        if index + 1 < len(self.text):
            QTimer.singleShot(KEY_GAP_MS, lambda: self._key(index + 1))
            return
        pressed = time.monotonic()
        viewport = self.window.list_view.viewport()

        def painted(at: float) -> None:
            self.times.append(at - pressed)
            QTimer.singleShot(0, self.start_round)

        _OnPaint(viewport, painted, lambda: self._shown(self.text))


def install(app: QApplication, sign_in: Any) -> None:
    out = os.environ[ENV_OUT]
    credentials = os.environ.get(ENV_SIGN_IN)
    search = os.environ.get(ENV_SEARCH)
    times: dict[str, Any] = {}

    def finish() -> None:
        write_result(out, **times, peak_bytes=peak_bytes(), resident_bytes=resident_bytes())
        app.quit()

    def list_painted(at: float, window: Any) -> None:
        times["list_painted"] = at
        if search is None:
            QTimer.singleShot(0, finish)
            return
        rounds, _sep, text = search.partition(":")

        def typed(redrawn: list[float]) -> None:
            times["search_redrawn"] = redrawn
            finish()

        QTimer.singleShot(0, _Typing(window, text, int(rounds), typed).start_round)

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
                _OnPaint(view.viewport(), lambda at, w=widget: list_painted(at, w))
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
