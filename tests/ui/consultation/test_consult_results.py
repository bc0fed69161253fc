"""Prepare shows each result with its trend, and offers it for the agenda."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord
from careplan.register_records import ResultInput
from careplan.services import Services
from tests.ui.consultation.helpers import settle
from ui.consultation.window import ConsultationWindow, StageId
from ui.jobs import JobRunner


def _two_hba1c_results(services: Services, person: PatientRecord) -> None:
    """70 last June, 61 in January: coming down."""
    for value, day in ((70, "2025-06-01"), (61, "2026-01-10")):
        services.results.add_result(person.id, ResultInput("HbA1c", value, day))


def test_prepare_shows_results_with_their_trend_and_offers_them_for_the_agenda(
    qtbot: QtBot,
    services: Services,
    jobs: JobRunner,
    person: PatientRecord,
    workspace: ConsultationWindow,
) -> None:
    _two_hba1c_results(services, person)
    panel = workspace.prepare_stage.results_over_time
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.data(panel.model.index(0, 3)) == "↓ was 70, Jun 25"
    assert panel.chart.data is not None and panel.chart.data.values == (70, 61)
    assert "average blood sugar" in panel.meaning.text()
    panel.offer_button.click()
    settle(qtbot, jobs)
    qtbot.waitUntil(lambda: len(workspace.plan.agenda) == 1, timeout=10_000)
    assert workspace.plan.agenda[0].text.startswith("HbA1c: 61 mmol/mol")
    assert workspace.plan.agenda[0].raised_by == "clinician"
    # Recording a result through the panel.
    panel.test.setCurrentIndex(panel.test.findData("weight"))
    panel.value.setText("82.5")
    panel.taken_on.setText("01/03/2026")
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    workspace.go_to(StageId.AGENDA)


def test_the_patient_view_shows_your_results_in_plain_words(
    qtbot: QtBot, services: Services, person: PatientRecord, workspace: ConsultationWindow
) -> None:
    _two_hba1c_results(services, person)
    view = workspace.show_patient_view()
    qtbot.waitUntil(lambda: "Your results" in view.text, timeout=10_000)
    assert "HbA1c: 61 mmol/mol" in view.text
    assert "Down from 70 mmol/mol last time." in view.text
    assert "average blood sugar" in view.text
    view.close()
