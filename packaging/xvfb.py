"""What the screenshot scripts share: an X server of their own, waiting, saving pictures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCREEN = "1366x768x24"


def free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def rerun_under_xvfb() -> int:
    """Run this same script again inside a new Xvfb at 1366x768; its exit code."""
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is not installed (apt-get install xvfb)")
    display = f":{free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        return subprocess.call([sys.executable, *sys.argv], env=env)
    finally:
        server.terminate()
        server.wait()


def wait_until(
    app: Any, ready: Callable[[], bool], what: str, timeout_ms: int = 30_000, settle_ms: int = 300
) -> None:
    """Let the app run until ``ready()``, then a moment more for painting."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not ready():
        app.processEvents()
        if timer.elapsed() > timeout_ms:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.01)
    settle = QElapsedTimer()
    settle.start()
    while settle.elapsed() < settle_ms:
        app.processEvents()


def save(widget: Any, outdir: Path, name: str) -> None:
    path = outdir / name
    widget.grab().save(str(path))
    print(path)
