"""A patient's plans and reviews over time."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import models as m
from ..audit import AuditAction
from ..i18n import _
from ..permissions import Permission
from ..records import GoalProgressRecord, PatientHistory, PlanSummary, ReviewSummary
from . import convert
from .base import Service, get_or_404


class HistoryService(Service):
    def patient_history(self, patient_id: int) -> PatientHistory:
        self._require(Permission.VIEW_PATIENTS, patient_id)
        self._audit_now(
            AuditAction.OPEN, patient_id=patient_id, record_type="patient", record_id=patient_id
        )
        with self._read() as session:
            patient = convert.patient(get_or_404(session, m.Patient, patient_id, _("patient")))
            goal_counts = (
                select(m.Goal.consultation_id, func.count(m.Goal.id).label("goals"))
                .group_by(m.Goal.consultation_id)
                .subquery()
            )
            action_counts = (
                select(m.Goal.consultation_id, func.count(m.Action.id).label("actions"))
                .join(m.Action, m.Action.goal_id == m.Goal.id)
                .group_by(m.Goal.consultation_id)
                .subquery()
            )
            rows = session.execute(
                select(
                    m.Consultation,
                    m.StaffMember.full_name,
                    func.coalesce(goal_counts.c.goals, 0),
                    func.coalesce(action_counts.c.actions, 0),
                )
                .outerjoin(m.StaffMember, m.Consultation.clinician_id == m.StaffMember.id)
                .outerjoin(goal_counts, goal_counts.c.consultation_id == m.Consultation.id)
                .outerjoin(action_counts, action_counts.c.consultation_id == m.Consultation.id)
                .where(m.Consultation.patient_id == patient_id)
                .order_by(m.Consultation.consultation_date.desc(), m.Consultation.id.desc())
            ).all()
            plans = tuple(
                PlanSummary(
                    c.id,
                    c.consultation_date,
                    c.status,
                    c.revision,
                    name,
                    goals,
                    actions,
                    c.review_date,
                    c.agreed_at,
                    c.review_due,
                )
                for c, name, goals, actions in rows
            )
            reviews = session.scalars(
                select(m.Review)
                .join(m.Consultation, m.Review.consultation_id == m.Consultation.id)
                .where(m.Consultation.patient_id == patient_id)
                .options(selectinload(m.Review.reviewer), selectinload(m.Review.goal_reviews))
                .order_by(m.Review.reviewed_on.desc(), m.Review.id.desc())
            ).all()
            goal_ids = {gr.goal_id for r in reviews for gr in r.goal_reviews}
            texts = (
                dict(
                    session.execute(select(m.Goal.id, m.Goal.text).where(m.Goal.id.in_(goal_ids)))
                    .tuples()
                    .all()
                )
                if goal_ids
                else {}
            )
            summaries = tuple(
                ReviewSummary(
                    r.id,
                    r.consultation_id,
                    r.reviewed_on,
                    r.reviewer.full_name if r.reviewer else None,
                    r.mode,
                    r.next_review_date,
                    tuple(
                        GoalProgressRecord(
                            gr.goal_id,
                            texts.get(gr.goal_id, ""),
                            gr.attainment,
                            gr.comment,
                            gr.status_after,
                        )
                        for gr in r.goal_reviews
                    ),
                )
                for r in reviews
            )
            return PatientHistory(patient, plans, summaries)
