"""Printed documents for a patient or a consultation, read through the services."""

from __future__ import annotations

import datetime as dt
from typing import Required, TypedDict, Unpack

from ..audit import AuditAction
from ..errors import NotFoundError
from ..i18n import _
from ..records import ConsultationRecord, PatientRecord
from ..services import Services
from ..services.plan_read import PRINTED_PARTS
from ..settings import PracticeDetails
from .common import PrintedDocument
from .plan import render_plan
from .preparation import render_preparation_sheet


class NoPlanError(NotFoundError):
    """The patient has no plan to print."""


class PrintOptions(TypedDict, total=False):
    """How a document is printed: ``printed_at`` (shown in local time, or in ``tz``), and
    in large print or not (``large_print``; left out, as the person's needs say)."""

    printed_at: Required[dt.datetime]
    large_print: bool | None
    tz: dt.tzinfo | None


def plan_document(
    services: Services,
    consultation_id: int,
    practice: PracticeDetails,
    **printing: Unpack[PrintOptions],
) -> PrintedDocument:
    """The take-home plan of one consultation (a draft prints marked DRAFT)."""
    plan = services.consultations.get(consultation_id)
    patient = services.patients.get(plan.patient_id)
    return _render_plan(services, plan, patient, practice, printing)


def latest_plan_document(
    services: Services,
    patient_id: int,
    practice: PracticeDetails,
    **printing: Unpack[PrintOptions],
) -> PrintedDocument:
    """The take-home plan of the patient's latest agreed plan."""
    patient = services.patients.get(patient_id)
    plan = services.consultations.latest_agreed(patient_id, parts=PRINTED_PARTS)
    if plan is None:
        raise NoPlanError(_("This person has no agreed plan to print yet."))
    return _render_plan(services, plan, patient, practice, printing)


def _render_plan(
    services: Services,
    plan: ConsultationRecord,
    patient: PatientRecord,
    practice: PracticeDetails,
    printing: PrintOptions,
) -> PrintedDocument:
    """The take-home plan of ``plan``, with the person's results."""
    results = services.results.results(patient.id)
    return render_plan(plan, patient, practice, results=results, **printing)


def preparation_document(
    services: Services,
    patient_id: int,
    practice: PracticeDetails,
    *,
    letter: bool = False,
    **printing: Unpack[PrintOptions],
) -> PrintedDocument:
    """The preparation sheet, which is the Year of Care results letter: the person's
    results over time with what they mean, results gathered in the open draft, and the
    goals of the last plan."""
    patient = services.patients.get(patient_id)
    draft = services.consultations.current_draft(patient_id)
    last = services.consultations.latest_agreed(patient_id)
    results = services.results.results(patient_id)
    # A letter before a first conversation has the prompts even with no plan or results.
    if draft is None and last is None and not results and not letter:
        raise NoPlanError(_("This person has no plan yet, so there is nothing to prepare from."))
    return render_preparation_sheet(
        patient,
        practice,
        preparation=draft.preparation if draft is not None else None,
        last_plan=last,
        results=results,
        **printing,
    )


def record_printed(services: Services, document: PrintedDocument) -> None:
    """Add to the audit trail that ``document`` left the app (printed or saved as PDF)."""
    if document.consultation_id is None:
        services.audit.record(AuditAction.PRINT, document.patient_id, "preparation_sheet")
    else:
        services.audit.record(
            AuditAction.PRINT, document.patient_id, "consultation", document.consultation_id
        )
