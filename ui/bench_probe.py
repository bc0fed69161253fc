"""Measurements that need Qt, run in a child process by ``careplan-admin bench``.

    python -m ui.bench_probe bare-window            # the floor: a bare window shows and quits
    python -m ui.bench_probe open-patient URL ID N   # core call + the patient page's models
    python -m ui.bench_probe memory URL [ID]         # peak memory with the practice open

Each prints one JSON object on standard output. (Start-up is timed on the real
``careplan`` process with ``CAREPLAN_QUIT_WHEN_SHOWN=1``.)
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from typing import Any


def _peak_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def bare_window() -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    window.resize(640, 420)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return {"peak_kib": _peak_kib()}


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
        cells = 0
        for model in (plans, reviews):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    cells += 1
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


def memory(url: str, patient_id: int | None) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from careplan.audit import Actor
    from careplan.encryption import open_practice_database
    from careplan.services import Services
    from ui.app import configure_application
    from ui.changes import ChangeBridge
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    configure_application(app)
    db = open_practice_database(url)
    changes, jobs = ChangeBridge(), JobRunner()
    services = Services(db.session_factory, notify=changes.notify, actor=Actor.system("system"))
    window = MainWindow(services, jobs, changes, QSettings(), database_label="bench")
    window.show()

    def wait(ready: Any) -> None:
        timer = QElapsedTimer()
        timer.start()
        while not ready() and timer.elapsed() < 60_000:
            app.processEvents()
            time.sleep(0.005)

    wait(lambda: window.model.rowCount() > 0)
    if patient_id is not None:
        window.open_patient(patient_id)
        wait(lambda: (h := window.page.history) is not None and h.patient.id == patient_id)
    result = {"peak_kib": _peak_kib(), "rows": window.model.rowCount()}
    jobs.shutdown()
    window.close()
    db.close()
    return result


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "bare-window":
        result = bare_window()
    elif command == "open-patient":
        result = open_patient(rest[0], int(rest[1]), int(rest[2]))
    elif command == "memory":
        result = memory(rest[0], int(rest[1]) if len(rest) > 1 else None)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
