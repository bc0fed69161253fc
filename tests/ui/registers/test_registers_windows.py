"""The coming-up list, the population window, the import dialog and results in Prepare,
driven through their real widgets over a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord, StaffRecord
from careplan.register_records import ResultInput
from careplan.services import Services
from tests.ui.conftest import agreed_plan, message_box_offscreen, nhs_number
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.registers.coming_up import ComingUpWindow
from ui.registers.import_dialog import ImportPatientsDialog
from ui.registers.population import PopulationWindow

# These windows are larger than the offscreen platform's default 800x600 screen; the
# window fitter shrinks them to it, and offscreen Qt (unlike X11) warns it cannot pass the
# new size limits on.
pytestmark = message_box_offscreen


@pytest.fixture
def margaret(
    services: Services, patients: list[PatientRecord], clinician: StaffRecord
) -> PatientRecord:
    """Margaret on the diabetes register, with two HbA1c results and an agreed plan whose
    review is ten days away."""
    margaret = patients[0]
    services.registers.add_condition(margaret.id, "44054006", "2015-01-01")
    services.results.add_result(margaret.id, ResultInput("HbA1c", 70, "2025-06-01"))
    services.results.add_result(margaret.id, ResultInput("HbA1c", 61, "2026-01-10"))
    review = dt.date.today() + dt.timedelta(days=10)
    agreed_plan(services, margaret, clinician, review.isoformat())
    return margaret


def test_coming_up_lists_people_and_prints_their_letters(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    patients: list[PatientRecord],
    margaret: PatientRecord,
    tmp_path: Path,
) -> None:
    john = patients[1]
    services.registers.add_condition(john.id, "Asthma")
    opened: list[int] = []
    window = ComingUpWindow(ctx, opened.append)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000) as loaded:
        window.show()
    assert [e.patient_id for e in loaded.args[0]] == [john.id, margaret.id]
    assert window.model.texts(1)[5].startswith("results: Systolic BP")
    assert window.clinician.count() == 2  # every clinician, and Dr Okafor
    out = tmp_path / "letters.pdf"
    with qtbot.waitSignal(window.printed, timeout=20_000) as printed:
        window.print_letters(out, one_file_each=False)
    assert printed.args[0] == [out] and out.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "no letter sent" not in window.model.texts(0)[5])
    window.table.selectRow(1)
    window.open_button.click()
    assert opened == [margaret.id]
    window.close()


@pytest.mark.usefixtures("margaret")
def test_population_window_shows_measures_a_run_chart_and_saves_csv_and_pdf(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    window = PopulationWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.show()
    assert window.model.data(window.model.index(0, 0)) == "Whole practice (any register)"
    assert window.chart.data is not None and len(window.chart.data.values) == 24
    with qtbot.waitSignal(window.loaded, timeout=30_000) as loaded:
        window.register.setCurrentIndex(window.register.findData("diabetes"))
    report = loaded.args[0]
    assert report.rows[0].counts.on_register == 1
    assert window.measure.findData("in_target:hba1c") >= 0
    assert window.signals.text()
    window.export_csv(tmp_path / "p.csv")
    assert (tmp_path / "p.csv").read_text().startswith("snomed_code,register,clinician")
    window.save_pdf(tmp_path / "p.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "p.pdf").exists(), timeout=20_000)
    window.close()


def test_import_dialog_previews_maps_and_imports_with_progress(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Surname,Forename,DOB,NHS No,Sugar\n"
        f"Okafor,Ann,1950-01-01,{nhs_number(40)},61\n"
        f"Lee,Bo,02/03/1960,{nhs_number(41)},\n",
        encoding="utf-8",
    )
    dialog = ImportPatientsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.preview.rowCount() == 2 and dialog.preview.columnCount() == 5
    assert dialog.mapping() == {
        "family_name": 0,
        "given_name": 1,
        "date_of_birth": 2,
        "nhs_number": 3,
    }
    dialog.mapping_boxes[4].setCurrentIndex(dialog.mapping_boxes[4].findData("hba1c"))
    with qtbot.waitSignal(dialog.finished_import, timeout=20_000) as finished:
        dialog.import_button.click()
    summary = finished.args[0]
    assert (summary.created, summary.results_added, summary.refused) == (2, 1, ())
    assert dialog.bar.value() == 100 and "2 people added" in dialog.report.toPlainText()
    dialog.close()


@pytest.mark.usefixtures("patients")
def test_the_registers_menu_opens_its_windows(qtbot: QtBot, window: MainWindow) -> None:
    coming = window.registers.show_coming_up()
    population = window.registers.show_population()
    assert coming.isVisible() and population.isVisible()
    window.close()
    assert not coming.isVisible() and not population.isVisible()
