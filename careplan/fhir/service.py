"""Exchanging a person's plan with other systems: FHIR R4 export and import, review calendar.

Export reads the person's latest agreed plan (with its reviews, agenda, the people present
and the preparation; with ``all_revisions`` every earlier revision too) into a
:class:`~careplan.fhir.document.PlanDocument` and writes it as a FHIR Bundle. Import (see
:mod:`careplan.fhir.importing`) reads any R4 file, shows what it would do, and stores it all
or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..atomic import write_atomically
from ..audit import AuditAction
from ..errors import NotFoundError, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..progress import Progress
from ..services.base import get_or_404
from ..vocabulary import ConsultationStatus
from . import calendar
from .document import PlanDoc, PlanDocument
from .export import to_bundle
from .from_db import person_doc, person_records, plan_doc, plan_query
from .importing import ImportService


@dataclass(frozen=True)
class ExportResult:
    path: Path
    patient_id: int
    consultation_id: int
    resources: int
    size: int


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    patient_id: int
    consultation_id: int
    review_date: dt.date


class _Stages:
    """Maps the stages of a job onto one 0..1000 progress scale."""

    def __init__(self, progress: Progress | None, *weights: int) -> None:
        self.progress = progress
        self.weights = weights
        self.stage = 0

    def next(self) -> Progress:
        stage = self.stage
        self.stage += 1
        start = sum(self.weights[:stage])
        width = self.weights[stage]

        def report(done: int, total: int) -> None:
            if self.progress is not None and total > 0:
                self.progress(start + width * min(done, total) // total, 1000)

        return report

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1000, 1000)


class FhirExchange(ImportService):
    """FHIR export and import, and the review calendar, over the core's session factory."""

    # ----- export -------------------------------------------------------------------------

    def plan_document(
        self,
        patient_id: int,
        consultation_id: int | None = None,
        *,
        all_revisions: bool = False,
    ) -> PlanDocument:
        """The person's plan as a document: ``consultation_id``, else the latest agreed plan;
        with ``all_revisions``, the person's earlier agreed plans as well."""
        self._require(Permission.VIEW_PLANS, patient_id)
        with self._read() as session:
            return self._document(session, patient_id, consultation_id, all_revisions)

    def _document(
        self, session: Session, patient_id: int, consultation_id: int | None, all_revisions: bool
    ) -> PlanDocument:
        patient = get_or_404(session, m.Patient, patient_id, _("patient"))
        plan = self._plan_row(session, patient_id, consultation_id)
        earlier: tuple[PlanDoc, ...] = ()
        if all_revisions:
            rows = session.scalars(
                plan_query()
                .where(
                    m.Consultation.patient_id == patient_id,
                    m.Consultation.status == ConsultationStatus.AGREED.value,
                    m.Consultation.id != plan.id,
                    m.Consultation.agreed_at <= (plan.agreed_at or plan.started_at),
                )
                .order_by(m.Consultation.agreed_at, m.Consultation.id)
            )
            earlier = tuple(plan_doc(row) for row in rows)
        conditions, results = person_records(session, patient_id)
        return PlanDocument(
            person_doc(patient),
            plan_doc(plan),
            earlier=earlier,
            conditions=conditions,
            measurements=results,
        )

    def _plan_row(
        self, session: Session, patient_id: int, consultation_id: int | None
    ) -> m.Consultation:
        query = plan_query()
        if consultation_id is not None:
            row = session.scalar(query.where(m.Consultation.id == consultation_id))
            if row is None or row.patient_id != patient_id:
                raise NotFoundError(_("This plan no longer exists; it may have been removed."))
            return row
        row = session.scalar(
            query.where(
                m.Consultation.patient_id == patient_id,
                m.Consultation.status == ConsultationStatus.AGREED.value,
            )
            .order_by(m.Consultation.agreed_at.desc(), m.Consultation.id.desc())
            .limit(1)
        )
        if row is None:
            raise ValidationError(
                "plan", _("This person has no agreed plan yet, so there is nothing to export.")
            )
        return row

    def export_bundle(
        self,
        patient_id: int,
        consultation_id: int | None = None,
        progress: Progress | None = None,
        *,
        all_revisions: bool = False,
    ) -> dict[str, Any]:
        """The FHIR R4 Bundle (as JSON-ready data) for the person's plan."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        document = self.plan_document(patient_id, consultation_id, all_revisions=all_revisions)
        return to_bundle(document, self._now(), progress)

    def export_file(
        self,
        patient_id: int,
        path: Path | str,
        consultation_id: int | None = None,
        progress: Progress | None = None,
        *,
        all_revisions: bool = False,
    ) -> ExportResult:
        """Write the person's plan as a FHIR R4 JSON file, atomically."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        stages = _Stages(progress, 200, 600, 200)
        read = stages.next()
        read(0, 1)
        with self._read() as session:
            document = self._document(session, patient_id, consultation_id, all_revisions)
            plan_id = self._plan_row(session, patient_id, consultation_id).id
        read(1, 1)
        bundle = to_bundle(document, self._now(), stages.next())
        data = dumps(bundle)
        stages.next()(0, 1)
        written = write_atomically(path, data)
        self._audit_now(
            AuditAction.EXPORT, patient_id=patient_id, record_type="fhir", record_id=plan_id
        )
        stages.finish()
        return ExportResult(written, patient_id, plan_id, len(bundle["entry"]), len(data))

    # ----- calendar -------------------------------------------------------------------------

    def review_calendar_file(
        self, patient_id: int, path: Path | str, practice_name: str = "", practice_phone: str = ""
    ) -> CalendarResult:
        """Write an .ics file for the person's next review, atomically."""
        self._require(Permission.PRINT_EXPORT, patient_id)
        with self._read() as session:
            get_or_404(session, m.Patient, patient_id, _("patient"))
            row = session.scalar(
                select(m.Consultation)
                .where(
                    m.Consultation.patient_id == patient_id,
                    m.Consultation.review_due.is_not(None),
                )
                .order_by(m.Consultation.agreed_at.desc(), m.Consultation.id.desc())
                .limit(1)
            )
            if row is None or row.review_due is None:
                raise ValidationError(
                    "review_date",
                    _(
                        "This person has no review date set, so there is nothing to add to a "
                        "calendar."
                    ),
                )
            due, plan_id = row.review_due, row.id
        data = calendar.review_event(
            uid=calendar.review_uid(plan_id, due),
            review_date=due,
            practice_name=practice_name,
            practice_phone=practice_phone,
            stamp=self._now(),
        )
        written = write_atomically(path, data)
        self._audit_now(
            AuditAction.EXPORT, patient_id=patient_id, record_type="calendar", record_id=plan_id
        )
        return CalendarResult(written, patient_id, plan_id, due)


def dumps(bundle: dict[str, Any]) -> bytes:
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


__all__ = ["CalendarResult", "ExportResult", "FhirExchange"]
