"""The preparing-for-your-appointment sheet."""

from __future__ import annotations

from pathlib import Path

from careplan.printing import preparation_document, render_preparation_sheet
from careplan.printing.samples import (
    add_sample_results,
    build_typical_plan,
    sample_patient,
    typical_plan,
)
from careplan.records import PatientRecord, StaffRecord
from careplan.services import Services

from .conftest import PRACTICE, PRINTED, contains, flat, pdf_text, word_heights


def test_results_goals_and_space_to_write(
    services: Services, patient: PatientRecord, gp: StaffRecord, tmp_path: Path
) -> None:
    last = build_typical_plan(services, patient.id, gp.id)
    draft = services.consultations.revise(last.id, gp.id)
    services.consultations.set_preparation(draft.id, talk_about_prompt="My knees & <sleep>")
    draft = add_sample_results(services, draft.id)
    document = preparation_document(services, patient.id, PRACTICE, printed_at=PRINTED)
    assert document.consultation_id is None and document.patient_id == patient.id
    text = pdf_text(document.pdf, tmp_path)
    for result in draft.preparation.results:
        assert contains(text, result.test_name)
        assert contains(text, result.value or "")
        assert contains(text, result.meaning or "")
    for goal in last.goals:
        assert contains(text, goal.text)
    for heading in (
        "Preparing for your appointment",
        "Your recent results",
        "Your goals from your last plan",
        "What matters to you",
        "What you want to talk about",
    ):
        assert heading in flat(text)
    assert "My knees & <sleep>" in text
    assert "Margaret Smith" in pdf_text(document.pdf, tmp_path, page=document.pages)
    assert f"Page {document.pages} of {document.pages}" in text


def test_without_results_the_section_is_left_out(tmp_path: Path) -> None:
    document = render_preparation_sheet(
        sample_patient(), PRACTICE, printed_at=PRINTED, last_plan=typical_plan()
    )
    text = flat(pdf_text(document.pdf, tmp_path))
    assert "Your recent results" not in text
    assert "Your goals from your last plan" in text


def test_large_print_sheet(tmp_path: Path) -> None:
    document = render_preparation_sheet(
        sample_patient(large_print=True), PRACTICE, printed_at=PRINTED, last_plan=typical_plan()
    )
    assert document.large_print
    heights = word_heights(document.pdf, tmp_path, "aiming")
    assert heights and min(heights) >= 16
