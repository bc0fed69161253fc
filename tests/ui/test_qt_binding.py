"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 under Python 3.11 dropped a reference to ``None`` on every call
of a method returning void (and to ``True``/``False`` on signal emits); with
about 5,000 references at start, the app aborted after a few thousand UI
calls. pyproject.toml excludes that release; this test keeps it excluded.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QElapsedTimer, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


class _Emitter(QObject):
    fired = Signal(object)


def _drift(target: object, call: object) -> int:
    before = sys.getrefcount(target)
    for _ in range(CALLS):
        call()  # type: ignore[operator]
    return sys.getrefcount(target) - before


def test_void_calls_and_signals_keep_none_and_bools_alive(qapp: QApplication) -> None:
    label = QLabel()
    emitter = _Emitter()
    timer = QElapsedTimer()
    assert abs(_drift(None, qapp.processEvents)) < CALLS // 10
    assert abs(_drift(None, lambda: label.setText("x"))) < CALLS // 10
    assert abs(_drift(None, timer.start)) < CALLS // 10
    assert abs(_drift(True, lambda: emitter.fired.emit(1))) < CALLS // 10
    assert abs(_drift(False, lambda: emitter.fired.emit(1))) < CALLS // 10
