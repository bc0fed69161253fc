"""The print window: preview, large print, Save as PDF and Print, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import shiboken6
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from careplan.printing.samples import add_sample_results, build_typical_plan
from careplan.records import ConsultationRecord, PatientRecord, StaffRecord
from careplan.services import Services
from careplan.settings import PracticeDetails
from ui.context import UiContext
from ui.printing import Document, PrintDialog, show_preparation_dialog, show_print_dialog

PRACTICE = PracticeDetails("Ashby Health Centre", "01632 960 000")
WAIT = 30_000


def _dialog(qtbot: QtBot, ctx: UiContext, record_id: int, kind: Document) -> PrintDialog:
    dialog = PrintDialog(ctx, document=kind, record_id=record_id, practice=PRACTICE)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT):
        dialog.show()
    return dialog


def _page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def test_the_preview_shows_every_page(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord
) -> None:
    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    current = dialog.current
    assert current is not None and current.document.pages == len(current.pages) >= 2
    labels = dialog.pages.findChildren(QLabel)
    assert len(labels) == current.document.pages
    assert labels[0].accessibleName() == f"Page 1 of {current.document.pages}"
    assert current.pages[0].width() < current.pages[0].height()  # A4 portrait
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.large_print.isChecked()  # Margaret does not need large print


def test_large_print_can_be_chosen_at_print_time(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord
) -> None:
    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    assert dialog.current is not None
    standard = dialog.current.document.pages
    with qtbot.waitSignal(dialog.rendered, timeout=WAIT) as blocker:
        dialog.large_print.setChecked(True)
    large = blocker.args[0]
    assert large.document.large_print and large.document.pages > standard
    assert len(dialog.pages.findChildren(QLabel)) == large.document.pages


def test_large_print_is_chosen_from_the_person_s_needs(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    patients: list[PatientRecord],
    clinician: StaffRecord,
) -> None:
    zoe = patients[2]  # needs large print
    plan = build_typical_plan(services, zoe.id, clinician.id)
    dialog = _dialog(qtbot, ctx, plan.id, Document.PLAN)
    assert dialog.large_print.isChecked()


def test_save_as_pdf_writes_the_file_and_audits_it(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    typical_plan: ConsultationRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    target = tmp_path / "margaret"
    asked: list[str] = []

    def choose(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        dialog.save_button.click()
    # In the documents folder; initials and the NHS number's end, never the full name.
    assert asked[0].endswith(".pdf") and "/care-plan-ms-5919-" in asked[0]
    assert "margaret" not in asked[0].lower() and "smith" not in asked[0].lower()
    written = Path(blocker.args[0])
    assert written == tmp_path / "margaret.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Saved as" in dialog.status.text()
    actions = [e.action for e in services.audit.entries(typical_plan.patient_id)]
    assert "print" in actions


def test_a_failed_save_says_so_and_writes_nothing(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        dialog.save_to(str(out / "missing" / "plan.pdf"))
    assert "does not exist" in blocker.args[0]
    assert dialog.status.text() == blocker.args[0]
    assert list(out.iterdir()) == []
    assert dialog.save_button.isEnabled()


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    assert dialog.current is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as blocker:
        dialog.print_to(printer)
    assert blocker.args[0] == dialog.current.document.pages
    assert _page_count(out.read_bytes()) == dialog.current.document.pages


def test_show_print_dialog_opens_the_window(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord
) -> None:
    page = QWidget()  # the patient page, in the app
    qtbot.addWidget(page)
    dialog = show_print_dialog(page, ctx, typical_plan.id, PRACTICE)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=WAIT)
    dialog.close()  # the window deletes itself when closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT)


def test_an_unknown_plan_is_a_clear_message(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = PrintDialog(ctx, document=Document.PLAN, record_id=999, practice=PRACTICE)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as blocker:
        dialog.show()
    assert "no longer exists" in blocker.args[0]
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_the_preparation_sheet_previews_from_the_patient(
    qtbot: QtBot,
    ctx: UiContext,
    services: Services,
    typical_plan: ConsultationRecord,
    clinician: StaffRecord,
) -> None:
    draft = services.consultations.revise(typical_plan.id, clinician.id)
    add_sample_results(services, draft.id)
    page = QWidget()
    qtbot.addWidget(page)
    dialog = show_preparation_dialog(page, ctx, typical_plan.patient_id, PRACTICE)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=WAIT)
    assert dialog.current is not None
    assert dialog.current.document.consultation_id is None
    assert dialog.current.document.filename.startswith("preparing-for-your-appointment")
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT)


def test_print_to_file_is_private_and_written_in_one_step(
    qtbot: QtBot, ctx: UiContext, typical_plan: ConsultationRecord, tmp_path: Path
) -> None:
    import os
    import stat

    dialog = _dialog(qtbot, ctx, typical_plan.id, Document.PLAN)
    assert dialog.current is not None
    folder = tmp_path / "printed"
    folder.mkdir()
    out = folder / "printed.pdf"
    out.write_bytes(b"an older file of that name")
    os.chmod(out, 0o644)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    previous = os.umask(0o022)
    try:
        with qtbot.waitSignal(dialog.printed, timeout=WAIT):
            dialog.print_to(printer)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() == dialog.current.document.pdf
    assert [p.name for p in folder.iterdir()] == ["printed.pdf"]  # no temporary file left
