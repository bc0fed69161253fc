"""Storing a checked :class:`PlanDocument`: the person's values and a consultation's rows.

Everything here runs inside the import's one write transaction; any error rolls all of it
back, so a refused import leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..plan_parts import PLAN_FIELDS
from ..records import PatientInput
from ..services.agreeing import make_current
from ..services.patients import PatientService
from ..services.revision import Carry, copy_parts, document_source, new_revision
from ..text import name_key
from ..vocabulary import ConsultationStatus
from .document import PersonDoc, PlanDoc, PreparationDoc, ReviewDoc, values

# Details of a person the import can do without: a value the patient form would refuse
# (a phone number with letters, an address too long) is left out and said so.
_OPTIONAL = {
    "preferred_name": "preferred name",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "interpreter_language": "interpreter language",
    "communication_notes": "communication notes",
}


def person_values(context: Any, person: PersonDoc) -> tuple[dict[str, object], list[str]]:
    """The person checked and cleaned exactly as the patient form checks them, and what of
    their details was left out because the form would refuse it."""
    data: PatientInput = person
    service = PatientService(context)
    left: list[str] = []
    try:
        return service._validated(data), left
    except ValidationError as exc:
        fields = {f for f, _m in exc.problems}
        if not fields <= set(_OPTIONAL):
            raise
        changes = {f: None for f in fields}
        left = [_("the Patient: its {what}").format(what=_OPTIONAL[f]) for f in sorted(fields)]
    from dataclasses import replace

    return service._validated(replace(data, **changes)), left  # type: ignore[arg-type]


def check_dates(plan: PlanDoc, consultation_date: dt.date, today: dt.date) -> None:
    for goal in plan.goals:
        if goal.importance is not None and not 0 <= goal.importance <= 10:
            raise ValidationError("importance", _("Importance is 0 to 10."))
    previous: dt.date | None = None
    for review in plan.reviews:
        if review.next_review_date is not None and review.next_review_date <= review.reviewed_on:
            raise ValidationError(
                "next_review_date",
                _("A review in the file sets its next review on or before its own date."),
            )
        if previous is not None and review.reviewed_on < previous:
            raise ValidationError("reviewed_on", _("The reviews in the file are out of order."))
        previous = review.reviewed_on


class StaffFinder:
    """Staff named in the file: matched by name, else recorded as inactive staff members.

    An imported name is kept so the plan says who agreed or reviewed it; it never becomes a
    sign-in (inactive, no account) until an administrator makes it one.
    """

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.session = session
        self.now = now
        self.by_key = {name_key(s.full_name): s.id for s in session.scalars(select(m.StaffMember))}

    def find(self, name: str | None, role: str) -> int | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self.by_key:
            row = m.StaffMember(full_name=name, role=role, active=False, created_at=self.now)
            self.session.add(row)
            self.session.flush()
            self.by_key[key] = row.id
        return self.by_key[key]


def store_plan(
    session: Session,
    patient_id: int,
    plan: PlanDoc,
    now: dt.datetime,
    today: dt.date,
    step: Callable[[], None],
    revision_of: m.Consultation | None = None,
) -> m.Consultation:
    """A new consultation holding every part of ``plan``; with ``revision_of`` (a changed
    version of a plan imported before), its next revision.

    The parts of the plan go through the project's one revision routine (``copy_parts``
    and ``new_revision`` of :mod:`careplan.services.revision`), so an imported plan is
    stored exactly as every other path stores a plan. In a next revision, goals and
    actions the file words as before continue their earlier selves (lineage), and reviews
    already recorded on the earlier revision are not recorded twice.
    """
    consultation_date = plan.consultation_date or today
    check_dates(plan, consultation_date, today)
    agreed = plan.status == "agreed"
    staff = StaffFinder(session, now)
    started = plan.created or now
    source = document_source(plan)
    clinician_id = staff.find(plan.clinician_name, "clinician")
    status = ConsultationStatus.AGREED if agreed else ConsultationStatus.DRAFT
    reviews = plan.reviews
    if revision_of is None:
        row = m.Consultation(
            patient_id=patient_id,
            clinician_id=clinician_id,
            status=status.value,
            consultation_date=consultation_date,
            revision=1,
            started_at=started,
            updated_at=now,
            agreed_at=started if agreed else None,
            **{f: getattr(source, f) for f in PLAN_FIELDS},
        )
        session.add(row)
        session.flush()
        carry = Carry(everything=True, lineage=False)
        copied = copy_parts(session, source, row, now=now, carry=carry)
    else:
        carry = Carry(everything=True, continues=_continues(revision_of, plan))
        row, copied = new_revision(
            session,
            revision_of,
            now=now,
            status=status,
            clinician_id=clinician_id,
            consultation_date=consultation_date,
            carry=carry,
            source=source,
            started_at=started,
        )
        known = {
            _review_key(r.reviewed_on, r.mode, r.reviewer, r.notes) for r in revision_of.reviews
        }
        reviews = tuple(
            r
            for r in plan.reviews
            if _review_key(r.reviewed_on, r.mode, r.reviewer_name, r.notes) not in known
        )
    goal_rows: list[m.Goal] = [copied.new("goal", g) for g in range(len(plan.goals))]
    action_rows: list[list[m.Action]] = []
    number = 0
    for goal in plan.goals:
        action_rows.append([copied.new("action", number + a) for a in range(len(goal.actions))])
        number += len(goal.actions)
        step()
    for rank, item in enumerate(plan.agenda):
        session.add(m.AgendaItem(consultation_id=row.id, **values(item), rank=rank, created_at=now))
    if plan.preparation is not None:
        session.add(_preparation_row(row.id, plan.preparation))
    for review in reviews:
        session.add(_review_row(row.id, review, goal_rows, action_rows, staff, now))
        step()
    session.flush()
    if agreed:
        make_current_if_newest(session, row, plan.reviews)
    return row


def _continues(old: m.Consultation, plan: PlanDoc) -> dict[tuple[str, Any], int]:
    """Which goals and actions of ``old`` the goals and actions of ``plan`` continue: those
    worded exactly as before (an action only within a goal that continues)."""
    out: dict[tuple[str, Any], int] = {}
    goals: dict[str, m.Goal] = {}
    for goal_row in old.goals:
        goals.setdefault(goal_row.text, goal_row)
    number = 0
    for g, goal in enumerate(plan.goals):
        before = goals.pop(goal.text, None)
        actions: dict[str, m.Action] = {}
        if before is not None:
            out[("goal", g)] = before.id
            for action_row in before.actions:
                actions.setdefault(action_row.what, action_row)
        for action in goal.actions:
            earlier = actions.pop(action.what, None)
            if earlier is not None:
                out[("action", number)] = earlier.id
            number += 1
    return out


def _review_key(
    day: dt.date, mode: str, reviewer: m.StaffMember | str | None, notes: str | None
) -> tuple[object, ...]:
    name = reviewer.full_name if isinstance(reviewer, m.StaffMember) else reviewer
    return (day, mode, name_key(name) if name else None, notes)


def _preparation_row(consultation_id: int, prep: PreparationDoc) -> m.Preparation:
    row = m.Preparation(consultation_id=consultation_id, **values(prep, "results"))
    row.results.extend(
        m.PreparationResult(**values(r), position=i) for i, r in enumerate(prep.results)
    )
    return row


def _review_row(
    consultation_id: int,
    review: ReviewDoc,
    goals: list[m.Goal],
    actions: list[list[m.Action]],
    staff: StaffFinder,
    now: dt.datetime,
) -> m.Review:
    row = m.Review(
        consultation_id=consultation_id,
        reviewer_id=staff.find(review.reviewer_name, "nurse"),
        **values(review, "reviewer_name", "progress", "outcomes"),
        created_at=now,
        updated_at=now,
    )
    for p in review.progress:
        row.goal_reviews.append(m.GoalReview(goal_id=goals[p.goal].id, **values(p, "goal")))
    for o in review.outcomes:
        row.action_reviews.append(
            m.ActionReview(action_id=actions[o.goal][o.action].id, **values(o, "goal", "action"))
        )
    return row


def draft_id(session: Session, patient_id: int) -> int | None:
    return session.scalar(
        select(m.Consultation.id)
        .where(
            m.Consultation.patient_id == patient_id,
            m.Consultation.status == ConsultationStatus.DRAFT.value,
        )
        .limit(1)
    )


def make_current_if_newest(
    session: Session, row: m.Consultation, reviews: tuple[ReviewDoc, ...]
) -> None:
    """The imported plan is due for review if it is the person's newest agreed plan."""
    newer = session.scalar(
        select(m.Consultation.id).where(
            m.Consultation.patient_id == row.patient_id,
            m.Consultation.id != row.id,
            m.Consultation.status == ConsultationStatus.AGREED.value,
            m.Consultation.agreed_at > row.agreed_at,
        )
    )
    if newer is not None:
        row.review_due = None
        return
    make_current(session, row, reviews[-1].next_review_date if reviews else row.review_date)
