"""The review worklist: people whose current plan is due or overdue for review."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import WorklistEntry, WorklistFilter
from .base import Service

MAX_WINDOW_DAYS = 3660


def worklist_query(criteria: WorklistFilter, today: dt.date) -> Select[tuple[object, ...]]:
    """One query: the current plans due by the window's end, most overdue first."""
    clinician = aliased(m.StaffMember)
    reviewer = aliased(m.StaffMember)
    last_review = (
        select(m.Review.id)
        .where(m.Review.consultation_id == m.Consultation.id)
        .order_by(m.Review.reviewed_on.desc(), m.Review.id.desc())
        .limit(1)
        .correlate(m.Consultation)
        .scalar_subquery()
    )
    query = (
        select(
            m.Patient.id,
            m.Patient.nhs_number,
            m.Patient.given_name,
            m.Patient.family_name,
            m.Patient.date_of_birth,
            m.Patient.phone,
            m.Consultation.id,
            m.Consultation.revision,
            m.Consultation.review_due,
            m.Consultation.clinician_id,
            clinician.full_name,
            m.Review.reviewed_on,
            reviewer.full_name,
        )
        .select_from(m.Consultation)
        .join(m.Patient, m.Patient.id == m.Consultation.patient_id)
        .outerjoin(clinician, clinician.id == m.Consultation.clinician_id)
        .outerjoin(m.Review, m.Review.id == last_review)
        .outerjoin(reviewer, reviewer.id == m.Review.reviewer_id)
        .where(m.Consultation.review_due.is_not(None))
        .order_by(m.Consultation.review_due, m.Patient.family_key, m.Patient.id)
    )
    if criteria.status == "overdue":
        query = query.where(m.Consultation.review_due < today)
    elif criteria.status == "due":
        query = query.where(m.Consultation.review_due >= today)
    if criteria.due_within_days is not None:
        until = today + dt.timedelta(days=criteria.due_within_days)
        query = query.where(m.Consultation.review_due <= until)
    if criteria.staff_id is not None:
        query = query.where(
            or_(
                m.Consultation.clinician_id == criteria.staff_id,
                and_(m.Review.id.is_not(None), m.Review.reviewer_id == criteria.staff_id),
            )
        )
    return query


class WorklistService(Service):
    def worklist(
        self, criteria: WorklistFilter | None = None, today: dt.date | None = None
    ) -> list[WorklistEntry]:
        self._require(Permission.VIEW_PATIENTS)
        criteria = criteria or WorklistFilter()
        if criteria.status not in ("all", "overdue", "due"):
            raise ValidationError("status", _("Show all, overdue or due reviews."))
        days = criteria.due_within_days
        if days is not None and (isinstance(days, bool) or not 0 <= days <= MAX_WINDOW_DAYS):
            raise ValidationError(
                "due_within_days",
                _("The window is a number of days from 0 to {limit}.").format(
                    limit=MAX_WINDOW_DAYS
                ),
            )
        today = today or self._today()
        with self._read() as session:
            rows = session.execute(worklist_query(criteria, today)).all()
        return [
            WorklistEntry(
                patient_id=r[0],
                nhs_number=r[1],
                full_name=f"{r[2]} {r[3]}",
                date_of_birth=r[4],
                phone=r[5],
                consultation_id=r[6],
                plan_version=r[7],
                due=r[8],
                days_overdue=(today - r[8]).days,
                clinician_id=r[9],
                clinician_name=r[10],
                last_reviewed_on=r[11],
                last_reviewer_name=r[12],
            )
            for r in rows
        ]

    def count_current_plans(self) -> int:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(m.Consultation)
                    .where(m.Consultation.review_due.is_not(None))
                )
                or 0
            )
