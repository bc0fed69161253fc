"""The coming-up list, what is missing for each person, and letters printed in one go."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from careplan.clinical_codes import REGISTER_BY_KEY
from careplan.errors import ValidationError
from careplan.printing.letters import preparation_letters, record_sent
from careplan.records import PatientInput
from careplan.register_records import ResultInput
from careplan.services import Services
from careplan.settings import PracticeDetails
from tests.conftest import FixedClock


def _person(services: Services, name: str, *conditions: str) -> int:
    pid = services.patients.create(PatientInput(name, "Test", "1950-01-01")).id
    for condition in conditions:
        services.registers.add_condition(pid, condition, "2015-01-01")
    return pid


def _agreed_plan(services: Services, pid: int, review: str) -> None:
    staff = services.staff.create("Dr Amara Okafor", "clinician").id
    c = services.consultations.start_or_resume(pid, staff)
    goal = services.consultations.add_goal(c.id, "Walk to the shop", "patient")
    services.consultations.add_action(goal.id, "Walk", confidence_rating=8)
    services.consultations.set_named_contact(c.id, "Priya Shah")
    c = services.consultations.set_review_date(c.id, review)
    services.consultations.agree(c.id, c.version)


def test_who_is_coming_up_and_what_is_missing(services: Services, clock: FixedClock) -> None:
    # today is 2026-03-02
    ann = _person(services, "Ann", "44054006")
    _agreed_plan(services, ann, "2026-03-20")  # due in 18 days
    bob = _person(services, "Bob", "59621000")  # on a register, no plan: due now
    _person(services, "Cat")  # no register: never on the list
    dan = _person(services, "Dan", "195967001")
    _agreed_plan(services, dan, "2026-09-01")  # not due for months
    services.results.add_result(ann, ResultInput("HbA1c", 55, "2025-06-01"))
    services.results.add_result(ann, ResultInput("Systolic BP", 128, "2024-12-01"))  # too old
    services.results.add_result(bob, ResultInput("Systolic BP", 150, "2026-01-10"))

    entries = services.previsit.coming_up(28)
    assert [e.patient_id for e in entries] == [bob, ann]
    bob_entry, ann_entry = entries
    assert bob_entry.due is None and bob_entry.registers == ("hypertension",)
    assert bob_entry.missing_results == () and bob_entry.missing == ("letter",)
    assert ann_entry.due == dt.date(2026, 3, 20)
    # Diabetes key results: HbA1c is recent; everything else missing or older than a year.
    assert "hba1c" not in ann_entry.missing_results
    assert ann_entry.missing_results[:2] == ("bp_systolic", "cholesterol")
    assert ann_entry.goals_not_reviewed == 1
    assert ann_entry.missing == ("results", "letter", "review")

    assert [e.patient_id for e in services.previsit.coming_up(28, REGISTER_BY_KEY["asthma"])] == []
    assert len(services.previsit.coming_up(200)) == 3
    with pytest.raises(ValidationError):
        services.previsit.coming_up(400)

    batch = preparation_letters(
        services,
        [e.patient_id for e in entries],
        PracticeDetails("Ashby Health Centre", "01632 960 000"),
        printed_at=clock(),
    )
    pdf, pages = batch.combined()
    assert pdf.startswith(b"%PDF")
    assert pages == sum(letter.pages for letter in batch.letters) >= 2
    assert record_sent(services, batch) == 2
    after = services.previsit.coming_up(28)
    assert all(e.letter_sent_on == dt.date(2026, 3, 2) for e in after)
    assert after[0].missing == ()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_results_letter_says_each_result_in_plain_words(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    ann = _person(services, "Ann", "44054006")
    services.results.add_result(ann, ResultInput("HbA1c", 70, "2025-06-01"))
    services.results.add_result(ann, ResultInput("HbA1c", 61, "2026-01-10"))
    services.results.add_result(ann, ResultInput("Systolic BP", 134, "2026-01-10"))
    services.results.add_result(ann, ResultInput("Diastolic BP", 78, "2026-01-10"))
    services.results.set_target(ann, "HbA1c", None, 64)
    (letter,) = preparation_letters(
        services, [ann], PracticeDetails("Ashby", "01632"), printed_at=clock()
    ).letters
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter.pdf)
    words = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(words.split())
    assert "Your results" in flat
    assert "61 mmol/mol on 10 January 2026" in flat
    assert "Down from 70 mmol/mol last time." in flat
    assert "Your own target: ≤ 64 mmol/mol" in flat
    assert "HbA1c shows your average blood sugar" in flat and "the target you agreed" in flat
    assert "134/78 mmHg" in flat
    assert "What matters to you" in flat  # the prompts follow the results
