"""A patient's plans and reviews over time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import models as m
from ..audit import AuditAction
from ..i18n import _
from ..permissions import Permission
from ..records import (
    GoalHistory,
    GoalProgressRecord,
    GoalReviewPoint,
    PatientHistory,
    PlanSummary,
    ReviewSummary,
)
from ..vocabulary import ConsultationStatus, GoalStatus
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
            # Counted per plan of this person (indexed), not over the whole practice.
            goal_count = (
                select(func.count(m.Goal.id))
                .where(m.Goal.consultation_id == m.Consultation.id)
                .correlate(m.Consultation)
                .scalar_subquery()
            )
            action_count = (
                select(func.count(m.Action.id))
                .join(m.Goal, m.Action.goal_id == m.Goal.id)
                .where(m.Goal.consultation_id == m.Consultation.id)
                .correlate(m.Consultation)
                .scalar_subquery()
            )
            rows = session.execute(
                select(m.Consultation, m.StaffMember.full_name, goal_count, action_count)
                .outerjoin(m.StaffMember, m.Consultation.clinician_id == m.StaffMember.id)
                .where(
                    m.Consultation.patient_id == patient_id,
                    # A discarded draft was never a plan; it is kept, not listed.
                    m.Consultation.status != ConsultationStatus.DISCARDED.value,
                )
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

    def goal_history(self, patient_id: int) -> tuple[GoalHistory, ...]:
        """Each of the person's goals over time: its versions across revisions and reviews.

        Follows ``Goal.carried_from_id`` from each goal of an agreed plan back to
        the goal it started as. Goals still being worked on come first, in the
        order of their plan; finished ones follow, most recent first.
        """
        self._require(Permission.VIEW_PLANS, patient_id)
        self._audit_now(
            AuditAction.OPEN,
            patient_id=patient_id,
            record_type="goal_history",
            record_id=patient_id,
        )
        with self._read() as session:
            get_or_404(session, m.Patient, patient_id, _("patient"))
            agreed = (
                m.Consultation.patient_id == patient_id,
                m.Consultation.status == ConsultationStatus.AGREED.value,
            )
            goals = session.execute(
                select(
                    m.Goal.id,
                    m.Goal.carried_from_id,
                    m.Goal.text,
                    m.Goal.status,
                    m.Goal.expressed_by,
                    m.Goal.position,
                    m.Consultation.consultation_date,
                    m.Consultation.id.label("plan_id"),
                    m.Consultation.review_due,
                )
                .join(m.Consultation, m.Goal.consultation_id == m.Consultation.id)
                .where(*agreed)
                .order_by(m.Consultation.consultation_date, m.Consultation.id, m.Goal.position)
            ).all()
            points = (
                session.execute(
                    select(  # GoalReviewPoint's fields, in their order
                        m.Review.id,
                        m.GoalReview.goal_id,
                        m.Review.reviewed_on,
                        m.GoalReview.attainment,
                        m.GoalReview.comment,
                        m.GoalReview.status_after,
                        m.StaffMember.full_name,
                        m.Review.mode,
                    )
                    .join(m.Review, m.GoalReview.review_id == m.Review.id)
                    .join(m.Consultation, m.Review.consultation_id == m.Consultation.id)
                    .outerjoin(m.StaffMember, m.Review.reviewer_id == m.StaffMember.id)
                    .where(*agreed)
                    .order_by(m.Review.reviewed_on, m.Review.id)
                )
                .tuples()
                .all()
            )

        parent = {g.id: g.carried_from_id for g in goals}

        def root(goal_id: int) -> int:
            seen = {goal_id}
            while (up := parent.get(goal_id)) is not None and up in parent and up not in seen:
                seen.add(up)
                goal_id = up
            return goal_id

        chains: dict[int, list[Any]] = {}
        for g in goals:  # oldest plan first
            chains.setdefault(root(g.id), []).append(g)
        texts = {g.id: g.text for g in goals}
        reviewed: dict[int, list[GoalReviewPoint]] = {}
        chain_of = {g.id: r for r, chain in chains.items() for g in chain}
        for p in points:
            goal_id = p[1]
            if goal_id in chain_of:
                reviewed.setdefault(chain_of[goal_id], []).append(
                    GoalReviewPoint(*p, goal_text=texts[goal_id])
                )
        result = []
        for key, chain in chains.items():
            latest = chain[-1]
            wordings: list[str] = []
            for g in chain:
                if not wordings or wordings[-1] != g.text:
                    wordings.append(g.text)
            result.append(
                GoalHistory(
                    goal_id=latest.id,
                    text=latest.text,
                    status=latest.status,
                    expressed_by=latest.expressed_by,
                    first_agreed_on=chain[0].consultation_date,
                    goal_ids=tuple(g.id for g in chain),
                    wordings=tuple(wordings),
                    in_current_plan=latest.review_due is not None,
                    reviews=tuple(reviewed.get(key, ())),
                )
            )
        latest_rows = {h.goal_id: chains[root(h.goal_id)][-1] for h in result}

        def order(h: GoalHistory) -> tuple[Any, ...]:
            row = latest_rows[h.goal_id]
            if h.in_current_plan and h.status == GoalStatus.ACTIVE.value:
                return (0, 0, row.position, 0)
            last = h.reviews[-1].reviewed_on if h.reviews else row.consultation_date
            return (1, -last.toordinal(), -row.plan_id, row.position)

        return tuple(sorted(result, key=order))
