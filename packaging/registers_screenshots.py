"""Screenshots of registers, results and population measures in the real app, under an X server.

    python packaging/registers_screenshots.py [OUTDIR] [--patients N] [--database URL]

Starts its own Xvfb at 1366x768 when no DISPLAY is set, fills a temporary database with
the demo practice and saves: Prepare with results and their trend, the coming-up list,
the population window with a run chart, and a printed results letter (rendered with
pdftoppm) into OUTDIR (default artifacts/screenshots).
"""

from __future__ import annotations

import subprocess
import sys

import xvfb  # packaging/xvfb.py, beside this script


def main() -> int:
    return xvfb.run_shots(__doc__ or "", 1500, 400, take)


def take(shots: xvfb.Shots) -> None:
    from careplan.clinical_codes import REGISTER_BY_KEY
    from careplan.dates import utcnow
    from careplan.printing.letters import preparation_letters
    from careplan.settings import PracticeDetails
    from ui.consultation.window import StageId

    services, window = shots.services, shots.window
    wait_until, save = shots.wait_until, shots.save

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
    w = shots.open_consultation(patient)
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
    letter = shots.outdir / "registers-results-letter.pdf"
    letter.write_bytes(batch.letters[0].pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            str(letter),
            str(shots.outdir / "registers-results-letter"),
        ],
        check=True,
    )
    for png in sorted(shots.outdir.glob("registers-results-letter*.png")):
        print(png)

    coming.close()
    population.close()


if __name__ == "__main__":
    sys.exit(main())
