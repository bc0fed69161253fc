"""Screenshots of registers, results and population measures in the real app, under an X server.

    python packaging/registers_screenshots.py [OUTDIR] [--patients N]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary database with
the demo practice and saves: Prepare with results and their trend, the coming-up list,
the population window with a run chart, and a printed results letter (rendered with
pdftoppm) into OUTDIR (default artifacts/screenshots).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xvfb  # packaging/xvfb.py, beside this script
from xvfb import rerun_under_xvfb

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "artifacts" / "screenshots")
    parser.add_argument("--patients", type=int, default=1500)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()

    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from careplan.clinical_codes import REGISTER_BY_KEY
    from careplan.dates import utcnow
    from careplan.demo import load_demo
    from careplan.printing.letters import preparation_letters
    from careplan.services import Services
    from careplan.settings import PracticeDetails
    from careplan.storage import Database
    from ui.app import configure_application
    from ui.changes import ChangeBridge
    from ui.consultation.window import StageId
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    workdir = Path(tempfile.mkdtemp(prefix="careplan-register-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    db = Database.open(f"sqlite:///{workdir / 'demo.sqlite3'}")
    load_demo(db, args.patients)
    args.outdir.mkdir(parents=True, exist_ok=True)

    app = QApplication([sys.argv[0]])
    configure_application(app)
    changes, jobs = ChangeBridge(), JobRunner()
    services = Services(db.session_factory, notify=changes.notify)
    window = MainWindow(services, jobs, changes, QSettings(), database_label="Ashby Health Centre")
    window.resize(1366, 740)
    window.show()

    def wait_until(ready: Callable[[], bool], what: str, timeout_ms: int = 60_000) -> None:
        xvfb.wait_until(app, ready, what, timeout_ms, settle_ms=400)

    def save(widget: Any, name: str) -> None:
        xvfb.save(widget, args.outdir, name)

    wait_until(lambda: window.model.rowCount() > 0, "the patient list")

    # Someone with diabetes, an agreed plan, no draft, and several results with history.
    entries = services.previsit.coming_up(366, REGISTER_BY_KEY["diabetes"])
    c = services.consultations
    person = next(
        e
        for e in entries
        if e.due is not None
        and c.current_draft(e.patient_id) is None
        and sum(len(s.points) for s in services.results.results(e.patient_id)) >= 8
    )
    patient = services.patients.get(person.patient_id)
    opened: list[Any] = []
    window.consultations.opened.connect(opened.append)
    clinician = next(s for s in services.staff.list() if s.role == "clinician")
    window.consultations.open(patient, clinician.id)
    wait_until(lambda: bool(opened), "the consultation workspace")
    w = opened[0]
    w.resize(1366, 740)
    w.go_to(StageId.PREPARE)
    panel = w.prepare_stage.results_over_time
    wait_until(lambda: panel.model.rowCount() > 0, "the results")
    panel.view.selectRow(0)
    wait_until(lambda: panel.chart.data is not None, "the chart")
    save(w, "registers-prepare-results.png")
    panel.offer_for_agenda()
    wait_until(lambda: bool(w.plan.agenda), "the topic")
    view = w.show_patient_view()
    view.resize(1000, 740)
    wait_until(lambda: "Your results" in view.text, "the patient view")
    view.follow("results")
    wait_until(lambda: True, "the results in view")
    save(view, "registers-patient-view-results.png")
    view.close()
    w.close()

    coming = window.registers.show_coming_up()
    coming.resize(1366, 740)
    coming.weeks.setValue(6)
    coming.register.setCurrentIndex(coming.register.findData("diabetes"))
    wait_until(lambda: coming.model.rowCount() > 0 and not coming._timer.isActive(), "the list")
    wait_until(lambda: "Looking" not in coming.summary.text(), "the list")
    save(coming, "registers-coming-up.png")

    population = window.registers.show_population()
    population.resize(1366, 740)
    population.register.setCurrentIndex(population.register.findData("diabetes"))
    wait_until(
        lambda: population.report is not None and population.report.chart_scope == "Diabetes",
        "the diabetes measures",
        180_000,
    )
    population.measure.setCurrentIndex(population.measure.findData("in_target:hba1c"))
    wait_until(lambda: True, "the run chart")
    save(population, "registers-population-run-chart.png")

    ids = [e.patient_id for e in coming.model.records][:3]
    batch = preparation_letters(
        services,
        [patient.id, *ids],
        PracticeDetails("Ashby Health Centre", "01632 960 000"),
        printed_at=utcnow(),
    )
    letter = args.outdir / "registers-results-letter.pdf"
    letter.write_bytes(batch.letters[0].pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            str(letter),
            str(args.outdir / "registers-results-letter"),
        ],
        check=True,
    )
    for png in sorted(args.outdir.glob("registers-results-letter*.png")):
        print(png)

    coming.close()
    population.close()
    window.close()
    jobs.shutdown()
    db.close()
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
