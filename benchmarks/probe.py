"""Measurements that need Qt, each in a process of its own started by the benchmark.

    python -m benchmarks.probe bare-window OUT       # the floor: a bare window paints, quits
    python -m benchmarks.probe open-patient URL ID N  # core call + the patient page's models

``bare-window`` writes to OUT when its window was first painted (on the
system-wide monotonic clock the benchmark also reads, so the time from exec
counts) and its peak memory, exactly as :mod:`benchmarks.app_probe` does for
the app. ``open-patient`` prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def peak_bytes() -> int:
    """This process's peak resident memory (VmHWM), the same way for the app and the floor."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def resident_bytes() -> int:
    """This process's resident memory now (VmRSS): what it holds, not what it once touched."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return peak_bytes()


def write_result(path: str, **values: Any) -> None:
    Path(path).write_text(json.dumps(values), encoding="utf-8")


def bare_window(out: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.resize(640, 420)
    painted: dict[str, float] = {}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "at" not in painted:
                painted["at"] = time.monotonic()
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    write_result(
        out, first_paint=painted["at"], peak_bytes=peak_bytes(), resident_bytes=resident_bytes()
    )


def open_patient(url: str, patient_id: int, runs: int) -> dict[str, Any]:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from careplan.audit import Actor
    from careplan.encryption import open_practice_database
    from careplan.services import Services
    from ui.models.history import PlanHistoryModel, ReviewHistoryModel, overdue_items

    app = QApplication([sys.argv[0]])
    db = open_practice_database(url)
    services = Services(db.session_factory, actor=Actor.system("system"))
    plans, reviews = PlanHistoryModel(), ReviewHistoryModel()

    def once() -> int:
        history = services.history.patient_history(patient_id)
        plan_id, review_id = overdue_items(history.plans, history.reviews, dt.date.today())
        plans.set_plans(history.plans, plan_id)
        reviews.set_reviews(history.reviews, review_id)
        for model in (plans, reviews):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        return len(history.plans) + len(history.reviews)

    once()
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = once()
        times.append(time.perf_counter() - start)
    db.close()
    del app
    return {"median_s": statistics.median(times), "records": size}


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "bare-window":
        bare_window(rest[0])
        return 0
    if command == "open-patient":
        print(json.dumps(open_patient(rest[0], int(rest[1]), int(rest[2]))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
