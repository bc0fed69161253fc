"""The Patient menu's plan actions: print (preview, print, PDF), preparation sheet, FHIR."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from careplan.records import PatientRecord
from careplan.services import Services
from tests.ui.conftest import agreed_plan, message_box_offscreen
from ui.main_window import MainWindow
from ui.printing import PrintDialog


def _open(qtbot: QtBot, window: MainWindow, patient: PatientRecord) -> None:
    qtbot.waitUntil(lambda: window.model.row_of(patient.id) is not None)
    row = window.model.row_of(patient.id)
    assert row is not None
    window.list_view.selectRow(row)
    qtbot.waitUntil(lambda: (h := window.page.history) is not None and h.patient.id == patient.id)


def _print_windows() -> list[PrintDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog)]


def _pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "preview.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_print_and_preparation_open_the_print_window_for_the_plan(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    patients: list[PatientRecord],
    tmp_path: Path,
) -> None:
    assert not window.print_action.isEnabled()
    gp = services.staff.create("Dr Amara Okafor", "clinician")
    plan = agreed_plan(services, patients[0], gp, "2026-06-01")
    _open(qtbot, window, patients[0])
    assert window.print_action.isEnabled() and window.export_action.isEnabled()
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(_print_windows()))
    dialog = _print_windows()[0]
    with qtbot.waitSignal(dialog.rendered, timeout=30_000) as shown:
        pass
    rendered = shown.args[0]
    assert rendered.document.consultation_id == plan.id
    assert rendered.pages, "the preview shows the pages"
    text = _pdf_text(rendered.document.pdf, tmp_path)
    assert "Walk to the shops without stopping" in text  # this person's agreed plan
    assert plan.review_date is not None and "1 June 2026" in text
    dialog.close()
    window.prepare_action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in _print_windows()))
    for w in _print_windows():
        w.close()


@message_box_offscreen  # the export ends with a message saying where the file went
def test_export_writes_a_fhir_bundle_for_the_patient(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    patients: list[PatientRecord],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gp = services.staff.create("Dr Amara Okafor", "clinician")
    agreed_plan(services, patients[1], gp, "2026-06-01")
    _open(qtbot, window, patients[1])
    target = tmp_path / "plan.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), ""))
    )
    with qtbot.waitSignal(window.exchange.exported, timeout=30_000):
        window.export_action.trigger()
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    kinds = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    assert {"Patient", "CarePlan", "Goal"} <= kinds
