"""The practice's name, address and phone are printed on the plan (read back with
pdftotext), as typed, and a detail the practice has not given leaves no empty line."""

from __future__ import annotations

from pathlib import Path

from careplan.printing import plan_document
from careplan.printing.samples import build_typical_plan
from careplan.records import PatientRecord, StaffRecord
from careplan.services import Services
from careplan.settings import PracticeDetails

from .conftest import PRINTED, flat, pdf_text

ADDRESS = "Riverside Surgery, 1 High Street, Ashby-de-la-Zouch, LE65 1AB"


def test_the_practice_address_is_printed_with_its_name_and_phone(
    services: Services, patient: PatientRecord, gp: StaffRecord, tmp_path: Path
) -> None:
    plan = build_typical_plan(services, patient.id, gp.id)
    practice = PracticeDetails("Riverside Surgery", "01632 960 000", ADDRESS)
    text = flat(
        pdf_text(plan_document(services, plan.id, practice, printed_at=PRINTED).pdf, tmp_path)
    )
    end = text[text.index("Your practice") :]
    assert end.startswith(f"Your practice Riverside Surgery {ADDRESS} Phone: 01632 960 000")

    # Whatever is typed prints as typed, markup and all.
    odd = PracticeDetails("Ashby <b>Health</b> Centre", "", "Flat 2 & 3, Tŷ Newydd, <i>Bangor</i>")
    text = flat(pdf_text(plan_document(services, plan.id, odd, printed_at=PRINTED).pdf, tmp_path))
    end = text[text.index("Your practice") :]
    assert end.startswith(
        "Your practice Ashby <b>Health</b> Centre Flat 2 & 3, Tŷ Newydd, <i>Bangor</i>"
    )
    assert "Phone:" not in end

    nothing = flat(
        pdf_text(
            plan_document(services, plan.id, PracticeDetails(), printed_at=PRINTED).pdf, tmp_path
        )
    )
    assert "Your practice" not in nothing
