"""What the screenshot scripts share: an X server of their own, the app started over a demo
practice as ``careplan`` starts it, waiting, saving pictures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.x_server import INSTALL_XVFB, xvfb  # noqa: E402
from benchmarks.x_server import stop as stop  # noqa: E402 (for the scripts beside this one)

SCREEN = "1366x768x24"


def rerun_under_xvfb() -> int:
    """Run this same script again inside a new Xvfb at 1366x768; its exit code."""
    if shutil.which("Xvfb") is None:
        sys.exit(INSTALL_XVFB)
    with xvfb(SCREEN) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        return subprocess.call([sys.executable, *sys.argv], env=env)


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


@dataclass
class Shots:
    """The running app of a screenshot script, with its main window shown at 1366x740."""

    app: Any
    services: Any
    jobs: Any
    changes: Any
    ctx: Any  # ui.context.UiContext: what the windows are given
    window: Any
    outdir: Path
    settle_ms: int
    screen: tuple[int, int] = (1366, 768)

    def wait_until(self, ready: Callable[[], bool], what: str, timeout_ms: int = 60_000) -> None:
        wait_until(self.app, ready, what, timeout_ms, settle_ms=self.settle_ms)

    def save(self, widget: Any, name: str) -> None:
        save(widget, self.outdir, name)

    def open_consultation(self, patient: Any, as_clinician: bool = True) -> Any:
        """The consultation window for ``patient``, opened from the main window (as the
        practice's first clinician, as the app passes who is signed in, unless told not to)
        and sized to the screen."""
        opened: list[Any] = []
        self.window.consultations.opened.connect(opened.append)
        if as_clinician:
            staff = self.services.staff.list()
            clinician = next(s for s in staff if s.role == "clinician")
            self.window.consultations.open(patient, clinician.id)
        else:
            self.window.consultations.open(patient)
        self.wait_until(lambda: bool(opened), "the consultation window")
        w = opened[0]
        w.resize(1366, 740)
        return w


def run_shots(
    doc: str,
    default_patients: int,
    settle_ms: int,
    take: Callable[[Shots], None],
    screens: tuple[str, ...] = ("1366x768",),
) -> int:
    """A screenshot script's whole run: its arguments, an X server (one run for each of
    ``screens``), a demo practice, the app started as ``careplan`` starts it
    (ui.app.application, ui.workstation), then ``take(shots)`` once the patient list shows.

    Arguments: ``[OUTDIR] [--patients N] [--database URL]``.
    """
    import argparse
    import tempfile

    global SCREEN
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "artifacts" / "screenshots")
    parser.add_argument("--patients", type=int, default=default_patients)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        for screen in screens:
            SCREEN = f"{screen}x24"
            os.environ["CAREPLAN_SHOT_SCREEN"] = screen
            code = rerun_under_xvfb()
            if code:
                return code
        return 0
    width, height = (int(n) for n in os.environ.get("CAREPLAN_SHOT_SCREEN", screens[0]).split("x"))

    from careplan.demo import load_demo
    from careplan.storage import Database
    from ui.app import application
    from ui.workstation import Workstation

    workdir = Path(tempfile.mkdtemp(prefix="careplan-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    url = args.database or f"sqlite:///{workdir / 'demo.sqlite3'}"
    db = Database.open(url)
    try:
        if args.database is None:
            load_demo(db, args.patients)
        args.outdir.mkdir(parents=True, exist_ok=True)
        app = application()
        parts = Workstation.open(db)
        try:
            services = parts.services()
            window = parts.main_window(services, database_label="Ashby Health Centre")
            window.resize(1366, 740)
            window.show()
            shots = Shots(
                app,
                services,
                parts.jobs,
                parts.changes,
                parts.context(services),
                window,
                args.outdir,
                settle_ms,
                (width, height),
            )
            shots.wait_until(lambda: window.model.rowCount() > 0, "the patient list")
            take(shots)
            window.close()
        finally:
            parts.close()
    finally:
        db.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0
