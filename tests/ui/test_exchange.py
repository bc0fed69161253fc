"""Export plan as FHIR…, Import FHIR bundle…, Save review date to calendar…, driven as the
patient page drives them: through the job runner, with progress, and a message at the end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord, StaffRecord
from careplan.services import Services
from careplan.settings import PracticeDetails
from tests.ui.conftest import agreed_plan, message_box_offscreen
from ui.changes import ChangeBridge
from ui.context import UiContext
from ui.exchange import ExchangeActions


@pytest.fixture
def actions(qtbot: QtBot, ctx: UiContext) -> ExchangeActions:
    page = QWidget()
    qtbot.addWidget(page)
    return ExchangeActions(
        page, ctx, practice=lambda: PracticeDetails("Leeds Road Surgery", "0113 496 0000")
    )


@pytest.fixture
def planned(
    services: Services, patients: list[PatientRecord], clinician: StaffRecord
) -> PatientRecord:
    agreed_plan(services, patients[0], clinician, "2026-06-02")
    return patients[0]


def _plans(services: Services, patient: PatientRecord) -> int:
    return len(services.history.patient_history(patient.id).plans)


def accept(actions: ExchangeActions) -> None:
    """Clicks the import question's button that goes ahead."""
    assert actions.confirm is not None
    confirm = actions.confirm
    next(
        b for b in confirm.buttons() if confirm.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ).click()


def exported(qtbot: QtBot, actions: ExchangeActions, patient: PatientRecord, folder: Path) -> Path:
    """The person's plan exported to ``folder/plan.json`` (written before this returns)."""
    path = folder / "plan.json"
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_plan_to(patient.id, path)
    return path


@pytest.fixture
def plan_file(
    qtbot: QtBot, actions: ExchangeActions, planned: PatientRecord, tmp_path: Path
) -> Path:
    """The planned person's plan, exported to a file."""
    return exported(qtbot, actions, planned, tmp_path)


@message_box_offscreen
def test_export_writes_the_plan_with_progress_and_says_where(
    qtbot: QtBot, actions: ExchangeActions, planned: PatientRecord, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    actions.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(actions.exported, timeout=10_000) as blocker:
        actions.export_plan_to(planned.id, tmp_path / "plan.json")
        assert actions.busy and actions.progress is not None
    result = blocker.args[0]
    bundle = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) == result.resources
    assert steps and steps[-1] == (1000, 1000)
    assert not actions.busy
    assert actions.message is not None and "plan.json" in actions.message.text()


@message_box_offscreen
def test_export_plan_asks_for_the_file_and_adds_the_suffix(
    qtbot: QtBot,
    actions: ExchangeActions,
    planned: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def save_name(parent: QWidget, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(tmp_path / "for-the-hospital"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_plan(planned)
    assert (tmp_path / "for-the-hospital.json").exists()
    assert planned.nhs_number is not None
    assert asked[0].endswith(".json") and planned.nhs_number in asked[0]


def test_cancelling_the_file_dialog_does_nothing(
    actions: ExchangeActions, planned: PatientRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    actions.export_plan(planned)
    actions.import_bundle(planned)
    actions.save_review_calendar(planned)
    assert not actions.busy


@message_box_offscreen
def test_a_file_for_someone_else_is_refused_on_their_page(
    qtbot: QtBot,
    actions: ExchangeActions,
    services: Services,
    planned: PatientRecord,
    patients: list[PatientRecord],
    plan_file: Path,
) -> None:
    other = patients[1]
    with qtbot.waitSignal(actions.failed, timeout=10_000) as blocker:
        actions.import_from(plan_file, expected_patient_id=other.id)
    assert "different person" in blocker.args[0]
    # Both versions are shown: the file's person and the one whose page is open.
    assert f"In the file: {planned.given_name} {planned.family_name}" in blocker.args[0]
    assert f"Registered here: {other.given_name} {other.family_name}" in blocker.args[0]
    assert _plans(services, other) == 0 and _plans(services, planned) == 1
    assert actions.message is not None and actions.message.text() == blocker.args[0]


@message_box_offscreen
def test_an_import_reports_what_came_in_and_the_views_hear_of_it(
    qtbot: QtBot,
    actions: ExchangeActions,
    services: Services,
    bridge: ChangeBridge,
    planned: PatientRecord,
    plan_file: Path,
) -> None:
    # Another system's changed version of the plan: a goal reworded, an Encounter beside it.
    bundle = json.loads(plan_file.read_text(encoding="utf-8"))
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Goal":
            entry["resource"]["description"]["text"] += " (changed)"
    bundle["entry"].append(
        {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"}}}
    )
    plan_file.write_text(json.dumps(bundle), encoding="utf-8")
    heard: list[object] = []
    bridge.changed.connect(heard.append)
    steps: list[int] = []
    actions.progressed.connect(lambda done, total: steps.append(done * 1000 // total))
    with qtbot.waitSignal(actions.previewed, timeout=10_000) as shown:
        actions.import_from(plan_file, expected_patient_id=planned.id)
    assert _plans(services, planned) == 1  # nothing is stored before the person confirms
    assert actions.confirm is not None
    question = actions.confirm.text()
    assert "an agreed plan: 1 goal(s), 2 action(s)" in question
    assert "Left out, as this app has no place for it:\n• 1 Encounter" in question
    assert shown.args[0].patient_id == planned.id
    steps.clear()  # reading the file had its own progress; now the import's
    with qtbot.waitSignal(actions.imported, timeout=10_000) as blocker:
        accept(actions)
    result = blocker.args[0]
    assert (result.patient_id, result.goals, result.actions) == (planned.id, 1, 2)
    assert _plans(services, planned) == 2
    assert any(getattr(c, "patient_id", None) == planned.id for c in heard)
    assert steps == sorted(steps) and steps[-1] == 1000
    assert actions.message is not None and "1 goal(s), 2 action(s)" in actions.message.text()
    assert "1 Encounter" in actions.message.text()


@message_box_offscreen
def test_cancelling_the_confirmation_stores_nothing(
    qtbot: QtBot,
    actions: ExchangeActions,
    services: Services,
    planned: PatientRecord,
    plan_file: Path,
) -> None:
    with qtbot.waitSignal(actions.previewed, timeout=10_000) as shown:
        actions.import_from(plan_file)
    # The same plan is here already: the question says so and offers only to close.
    assert shown.args[0].already_imported is not None
    assert actions.confirm is not None
    assert "importing it again adds nothing" in actions.confirm.text()
    assert len(actions.confirm.buttons()) == 1
    actions.cancel_import()
    assert actions.confirm is None and _plans(services, planned) == 1


@message_box_offscreen
def test_a_broken_file_is_explained_and_nothing_changes(
    qtbot: QtBot,
    actions: ExchangeActions,
    services: Services,
    planned: PatientRecord,
    tmp_path: Path,
) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"resourceType": "Bundle", "entry": [', encoding="utf-8")
    with qtbot.waitSignal(actions.failed, timeout=10_000) as blocker:
        actions.import_from(path, expected_patient_id=planned.id)
    assert "ends too early" in blocker.args[0]
    assert _plans(services, planned) == 1


@message_box_offscreen
def test_the_review_date_is_saved_as_a_calendar_file(
    qtbot: QtBot, actions: ExchangeActions, planned: PatientRecord, tmp_path: Path
) -> None:
    with qtbot.waitSignal(actions.calendar_saved, timeout=10_000) as blocker:
        actions.save_calendar_to(planned.id, tmp_path / "review.ics")
    data = (tmp_path / "review.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:20260602\r\n" in data
    assert b"SUMMARY:Care plan review at Leeds Road Surgery\r\n" in data
    assert blocker.args[0].review_date.isoformat() == "2026-06-02"


@message_box_offscreen
def test_one_exchange_at_a_time(
    qtbot: QtBot, actions: ExchangeActions, planned: PatientRecord, tmp_path: Path
) -> None:
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.export_plan_to(planned.id, tmp_path / "one.json")
        actions.export_plan_to(planned.id, tmp_path / "two.json")  # ignored while busy
    qtbot.wait(50)
    assert (tmp_path / "one.json").exists() and not (tmp_path / "two.json").exists()


@message_box_offscreen
def test_an_import_of_conditions_and_results_says_how_many_came_in(
    qtbot: QtBot, actions: ExchangeActions, tmp_path: Path
) -> None:
    from tests.careplan.fhir.test_records_import import _bundle

    path = tmp_path / "record.json"
    path.write_text(json.dumps(_bundle()), encoding="utf-8")
    with qtbot.waitSignal(actions.previewed, timeout=10_000):
        actions.import_from(path)
    assert actions.confirm is not None
    assert "2 condition(s), 3 result(s)" in actions.confirm.text()
    with qtbot.waitSignal(actions.imported, timeout=10_000):
        accept(actions)
    assert actions.message is not None
    assert "2 of their conditions and 3 of their results were added" in actions.message.text()
