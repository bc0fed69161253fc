"""Screenshots of the real app under an X server, for the README and for looking at.

    python packaging/screenshots.py [OUTDIR] [--patients N] [--database URL]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary
database with the demo practice (unless --database is given), and saves one
PNG per view into OUTDIR (default artifacts/screenshots).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = "1366x768x24"


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def _under_xvfb() -> int:
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is not installed (apt-get install xvfb)")
    display = f":{_free_display()}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        return subprocess.call([sys.executable, *sys.argv], env=env)
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "artifacts" / "screenshots")
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return _under_xvfb()

    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from careplan.demo import load_demo
    from careplan.services import Services
    from careplan.storage import Database
    from ui.app import configure_application
    from ui.changes import ChangeBridge
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    workdir = Path(tempfile.mkdtemp(prefix="careplan-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    url = args.database or f"sqlite:///{workdir / 'demo.sqlite3'}"
    db = Database.open(url)
    if args.database is None:
        load_demo(db, args.patients)
    args.outdir.mkdir(parents=True, exist_ok=True)

    app = QApplication([sys.argv[0]])
    configure_application(app)
    changes, jobs = ChangeBridge(), JobRunner()
    services = Services(db.session_factory, notify=changes.notify)
    window = MainWindow(services, jobs, changes, QSettings(), database_label="Ashby Health Centre")
    window.resize(1366, 740)
    window.show()

    def wait_until(ready: Callable[[], bool], what: str, timeout_ms: int = 20_000) -> None:
        timer = QElapsedTimer()
        timer.start()
        while not ready():
            app.processEvents()
            if timer.elapsed() > timeout_ms:
                raise SystemExit(f"timed out waiting for {what}")
            time.sleep(0.01)
        settle = QElapsedTimer()
        settle.start()
        while settle.elapsed() < 300:
            app.processEvents()

    def save(widget: object, name: str) -> None:
        path = args.outdir / name
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    wait_until(lambda: window.model.rowCount() > 0, "the patient list")
    save(window, "patient-list.png")

    # A person with several plans and reviews: the most reviewed one in the practice.
    people = services.patients.search("", limit=None).patients
    best = max(people[:200], key=lambda p: len(services.history.patient_history(p.id).reviews))
    window.search_box.setText(f"{best.given_name} {best.family_name}")
    wait_until(lambda: (result := window.model.result) is not None
               and result.query == window.search_box.text(), "the search")
    window.list_view.selectRow(window.model.row_of(best.id) or 0)
    wait_until(lambda: (history := window.page.history) is not None
               and history.patient.id == best.id, "the patient page")
    save(window, "main-window.png")

    window.new_patient()
    wait_until(lambda: window.patient_dialog is not None, "the patient dialog")
    dialog = window.patient_dialog
    assert dialog is not None
    dialog.given_name.setText("Zoë")
    dialog.family_name.setText("Wiśniewska")
    dialog.date_of_birth.setText("2023-02-30")
    dialog.nhs_number.setText("943 476 5918")
    dialog.save()
    wait_until(lambda: not window.isActiveWindow() or True, "the messages")
    save(dialog, "patient-dialog-errors.png")
    dialog.reject()

    jobs.shutdown()
    db.close()
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
