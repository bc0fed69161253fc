"""A stored plan as a :class:`PlanDocument`: what export writes and re-import compares."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from .. import models as m
from ..clinical_codes import TESTS
from ..models.registers import Condition, Result
from ..services.plan_base import FULL_PLAN
from ..vocabulary import ConsultationStatus
from .document import (
    ActionDoc,
    ActionOutcomeDoc,
    AgendaDoc,
    BarrierDoc,
    ConditionDoc,
    EscalationDoc,
    GoalDoc,
    GoalProgressDoc,
    MeasurementDoc,
    ParticipantDoc,
    PersonDoc,
    PlanDoc,
    PreparationDoc,
    ResultDoc,
    ReviewDoc,
    SupportDoc,
    TargetDoc,
    copied,
)


def plan_query() -> Select[tuple[m.Consultation]]:
    """Consultations with every part a document needs, loaded in a few queries."""
    return select(m.Consultation).options(
        *FULL_PLAN,
        selectinload(m.Consultation.reviews).selectinload(m.Review.goal_reviews),
        selectinload(m.Consultation.reviews).selectinload(m.Review.action_reviews),
        selectinload(m.Consultation.reviews).selectinload(m.Review.reviewer),
    )


def person_doc(patient: m.Patient) -> PersonDoc:
    return copied(PersonDoc, patient)


def plan_doc(plan: m.Consultation) -> PlanDoc:
    matters_at = {w.id: i for i, w in enumerate(plan.what_matters)}
    goal_at = {g.id: i for i, g in enumerate(plan.goals)}
    action_at = {
        a.id: (g, i) for g, goal in enumerate(plan.goals) for i, a in enumerate(goal.actions)
    }
    goals = []
    for goal in plan.goals:
        local = {a.id: i for i, a in enumerate(goal.actions)}
        goals.append(
            copied(
                GoalDoc,
                goal,
                what_matters=matters_at.get(goal.what_matters_id)
                if goal.what_matters_id is not None
                else None,
                actions=tuple(copied(ActionDoc, a) for a in goal.actions),
                barriers=tuple(
                    BarrierDoc(b.barrier, b.plan_b, local.get(b.action_id) if b.action_id else None)
                    for b in goal.barriers
                ),
                targets=tuple(
                    TargetDoc(t.measure, t.detail, t.due_date)
                    for t in sorted(goal.targets, key=lambda t: (t.position, t.id))
                ),
            )
        )
    reviews = []
    for review in sorted(plan.reviews, key=lambda r: (r.reviewed_on, r.id)):
        reviews.append(
            copied(
                ReviewDoc,
                review,
                reviewer_name=review.reviewer.full_name if review.reviewer else None,
                progress=tuple(
                    GoalProgressDoc(goal_at[gr.goal_id], gr.attainment, gr.comment, gr.status_after)
                    for gr in sorted(review.goal_reviews, key=lambda x: goal_at.get(x.goal_id, 0))
                    if gr.goal_id in goal_at
                ),
                outcomes=tuple(
                    ActionOutcomeDoc(
                        *action_at[ar.action_id], ar.outcome, ar.confidence, ar.comment
                    )
                    for ar in sorted(
                        review.action_reviews, key=lambda x: action_at.get(x.action_id, (0, 0))
                    )
                    if ar.action_id in action_at
                ),
            )
        )
    created = plan.agreed_at if plan.status == ConsultationStatus.AGREED.value else plan.started_at
    prep = plan.preparation
    preparation = None
    if prep is not None:
        preparation = copied(
            PreparationDoc,
            prep,
            results=tuple(copied(ResultDoc, r) for r in prep.results),
        )
        if preparation == PreparationDoc():
            preparation = None
    return copied(
        PlanDoc,
        plan,
        created=created.replace(microsecond=0) if created else None,
        clinician_name=plan.clinician.full_name if plan.clinician else None,
        what_matters=tuple(w.text for w in plan.what_matters),
        goals=tuple(goals),
        supports=tuple(copied(SupportDoc, s) for s in plan.supports),
        escalation_steps=tuple(copied(EscalationDoc, e) for e in plan.escalation_steps),
        reviews=tuple(reviews),
        agenda=tuple(copied(AgendaDoc, a) for a in plan.agenda_items),
        participants=tuple(copied(ParticipantDoc, p) for p in plan.participants),
        preparation=preparation,
    )


_TEST_ORDER = {t.key: i for i, t in enumerate(TESTS)}


def person_records(
    session: Session, patient_id: int
) -> tuple[tuple[ConditionDoc, ...], tuple[MeasurementDoc, ...]]:
    """The person's conditions (by code) and results (in the usual order, oldest first)."""
    conditions = tuple(
        ConditionDoc(row.code, row.diagnosed_on)
        for row in session.scalars(
            select(Condition).where(Condition.patient_id == patient_id).order_by(Condition.code)
        )
    )
    rows = session.scalars(select(Result).where(Result.patient_id == patient_id)).all()
    results = tuple(
        MeasurementDoc(row.test, row.taken_on, row.value, row.value_text)
        for row in sorted(rows, key=lambda r: (_TEST_ORDER.get(r.test, 99), r.taken_on))
        if row.test in _TEST_ORDER
    )
    return conditions, results


def content_hash(plan: PlanDoc) -> str:
    """A SHA-256 of what the plan says (not when it was made): equal plans, equal hashes."""
    data = asdict(plan)
    data.pop("created", None)
    text = json.dumps(data, sort_keys=True, default=_plain, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> str:
    return str(value)
