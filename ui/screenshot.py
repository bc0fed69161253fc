"""``CAREPLAN_SCREENSHOT=path.png``: save a picture of the window once it shows data, then quit.

Used for the README screenshot and the Xvfb smoke test. This is the only
place that knows about it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

log = logging.getLogger(__name__)

ENV_SCREENSHOT = "CAREPLAN_SCREENSHOT"
# Time for the new rows to be laid out and painted before the picture is taken.
SETTLE_MS = 300
# Give up (exit code 1) if no data has come back by then.
GIVE_UP_MS = 60_000


def requested_path() -> Path | None:
    value = os.environ.get(ENV_SCREENSHOT, "").strip()
    return Path(value) if value else None


def take_when_ready(window: MainWindow, path: Path) -> None:
    """Once ``window`` has loaded its first data, save ``window.grab()`` to ``path`` and quit."""

    # Owned by the window and stopped once the picture is taken: a deadline left running
    # would end whatever the application does a minute later.
    deadline = QTimer(window)
    deadline.setSingleShot(True)
    deadline.setInterval(GIVE_UP_MS)

    def shoot() -> None:
        deadline.stop()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        if not ok:
            log.error("could not save the screenshot to %s", path)
        QApplication.exit(0 if ok else 1)

    def give_up() -> None:
        log.error("no data was shown within %d ms; no screenshot taken", GIVE_UP_MS)
        QApplication.exit(1)

    window.first_data_loaded.connect(lambda _result: QTimer.singleShot(SETTLE_MS, window, shoot))
    deadline.timeout.connect(give_up)
    deadline.start()
