"""Agreeing a plan, and setting a draft aside.

A plan agrees what happened: topics kept for today count as discussed (deferring
stays explicit), and a plan with no goal, a goal with no action, no named contact
or no review date becomes current only with an explicit confirmation whose
reason is kept. A draft can be discarded (kept in the database, never current)
and brought back while the window is open; unfinished drafts are listed for the
person who started them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ConflictError, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..plan_parts import LIVE_GOAL
from ..records import ConsultationRecord, DraftSummary, GoalRecord
from ..text import clean_optional
from ..vocabulary import AgendaStatus, ConsultationStatus, GoalStatus
from . import convert
from .base import get_or_404
from .plan_base import PlanService
from .plan_lock import lock_plan

CARRY_OUTCOMES = {
    "keep": GoalStatus.ACTIVE.value,
    "achieved": GoalStatus.ACHIEVED.value,
    "stopped": GoalStatus.STOPPED.value,
}


class PlanLifecycle(PlanService):
    # ----- agreeing ----------------------------------------------------------------

    def agree(
        self,
        consultation_id: int,
        expected_version: int,
        *,
        incomplete_reason: str | None = None,
    ) -> ConsultationRecord:
        """Both sides confirm the plan: it becomes the person's current plan.

        Topics still open count as discussed; proposed goals become active; goals
        carried from the plan this one revises end there as revised (or as achieved
        or stopped, when the pair marked them so). An incomplete plan (see
        :func:`plan_gaps`) is refused with :class:`IncompletePlanError` unless
        ``incomplete_reason`` says why it is agreed as it is; the reason is kept.
        """
        self._require(Permission.EDIT_PLANS)
        reason = clean_optional(incomplete_reason, "incomplete_reason", label=_("reason"))
        with self._write() as session:
            row = self._draft(session, consultation_id, expected=expected_version)
            if row.version != expected_version:
                raise ConflictError(
                    _(
                        "The plan was changed on another computer after you "
                        "read it. Nothing was agreed; please read it again."
                    )
                )
            gaps = plan_gaps(convert.consultation(row))
            if gaps and reason is None:
                raise IncompletePlanError(gaps)
            now = self._now()
            row.status = ConsultationStatus.AGREED.value
            row.agreed_at = now
            row.updated_at = now
            row.incomplete_reason = reason if gaps else None
            make_current(session, row, row.review_date)
            for item in row.agenda_items:
                if item.status == AgendaStatus.OPEN.value:
                    item.status = AgendaStatus.DISCUSSED.value
            for goal in row.goals:
                if goal.status == GoalStatus.PROPOSED.value:
                    goal.status = GoalStatus.ACTIVE.value
                    goal.updated_at = now
            if row.revision_of_id is not None:
                earlier = session.get(m.Consultation, row.revision_of_id)
                carried = {g.carried_from_id: g.status for g in row.goals if g.carried_from_id}
                for goal in earlier.goals if earlier else ():
                    if goal.id in carried and goal.status == GoalStatus.ACTIVE.value:
                        after = carried[goal.id]
                        ended = after in (GoalStatus.ACHIEVED.value, GoalStatus.STOPPED.value)
                        goal.status = after if ended else GoalStatus.REVISED.value
                        goal.updated_at = now
            self._changed(row)
        return self.get(consultation_id)

    # ----- carrying a goal forward ----------------------------------------------------

    def carry_goal(self, goal_id: int, outcome: str) -> GoalRecord:
        """What the pair decided for a goal carried from the last plan, in the new draft.

        ``keep`` (it goes on: active), ``achieved`` or ``stopped`` (it ends with this
        plan, its history kept). Any of the three can follow any other while the plan
        is a draft (so undo works); agreeing the plan ends the earlier goal the same way.
        """
        self._require(Permission.EDIT_PLANS)
        status = CARRY_OUTCOMES.get(outcome)
        if status is None:
            raise ValidationError(
                "outcome", _("Choose keep, achieved or stop for the goal from last time.")
            )
        with self._write() as session:
            goal = get_or_404(session, m.Goal, goal_id, _("goal"))
            if goal.carried_from_id is None:
                raise ValidationError(
                    "outcome", _("Only a goal carried from the last plan is kept or ended here.")
                )
            self._draft(session, goal.consultation_id, part=goal, values={"status": status})
            goal.status = status
            goal.updated_at = self._now()
            session.flush()
            record = convert.goal(goal)
            self._changed(goal.consultation)
        return record

    # ----- setting a draft aside ------------------------------------------------------

    def discard(self, consultation_id: int) -> ConsultationRecord:
        """Set a draft aside: kept (and audited), never current; the earlier plan stays current."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = self._draft(session, consultation_id)
            row.status = ConsultationStatus.DISCARDED.value
            row.review_due = None
            self._changed(row)
        return self.get(consultation_id)

    def undo_discard(self, consultation_id: int) -> ConsultationRecord:
        """Bring a discarded draft back as the person's draft (undo of :meth:`discard`)."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = lock_plan(session, consultation_id)
            if row is None or row.status != ConsultationStatus.DISCARDED.value:
                raise ValidationError("status", _("Only a discarded draft can be brought back."))
            if self._draft_id(session, row.patient_id) is not None:
                raise ValidationError(
                    "status",
                    _("This person has another draft now; finish or discard that one first."),
                )
            self.versions.check_and_bump(session, row, self._now(), check=False)
            row.status = ConsultationStatus.DRAFT.value
            self._changed(row)
        return self.get(consultation_id)

    def unfinished_drafts(self, clinician_id: int) -> tuple[DraftSummary, ...]:
        """Drafts this person started and has not agreed or discarded, oldest first."""
        self._require(Permission.VIEW_PLANS)
        with self._read() as session:
            rows = session.execute(
                select(
                    m.Consultation.id,
                    m.Consultation.patient_id,
                    m.Patient.given_name,
                    m.Patient.family_name,
                    m.Consultation.consultation_date,
                    m.Consultation.updated_at,
                )
                .join(m.Patient, m.Consultation.patient_id == m.Patient.id)
                .where(
                    m.Consultation.clinician_id == clinician_id,
                    m.Consultation.status == ConsultationStatus.DRAFT.value,
                )
                .order_by(m.Consultation.started_at, m.Consultation.id)
            ).all()
        return tuple(DraftSummary(*r) for r in rows)


def make_current(session: Session, row: m.Consultation, due: dt.date | None) -> None:
    """``row`` is now the person's current plan: only it is due for review, on ``due``."""
    for earlier in session.scalars(
        select(m.Consultation).where(
            m.Consultation.patient_id == row.patient_id,
            m.Consultation.id != row.id,
            m.Consultation.review_due.is_not(None),
        )
    ):
        earlier.review_due = None
    row.review_due = due


class IncompletePlanError(ValidationError):
    """The plan lacks a goal, an action, a named contact or a review date (``problems``)."""

    def __init__(self, gaps: tuple[tuple[str, str], ...]) -> None:
        super().__init__(
            gaps[0][0],
            _(
                "This plan is not complete: {gaps} Add what is missing, or confirm that "
                "you agree it as it is and say why."
            ).format(gaps=" ".join(message for _field, message in gaps)),
            gaps,
        )


def plan_gaps(plan: ConsultationRecord) -> tuple[tuple[str, str], ...]:
    """What a plan needs before it can quietly become current: ``(field, message)`` each."""
    gaps: list[tuple[str, str]] = []
    live = [g for g in plan.goals if g.status in LIVE_GOAL]
    if not live:
        gaps.append(("goals", _("There is no goal yet.")))
    for number, goal in enumerate(plan.goals, start=1):
        if goal.status in LIVE_GOAL and not goal.actions:
            gaps.append(
                (f"goals.{number - 1}.actions", _("Goal {n} has no action.").format(n=number))
            )
    if not plan.named_contact_name:
        gaps.append(("named_contact_name", _("There is no named contact.")))
    if plan.review_date is None:
        gaps.append(("review_date", _("There is no review date.")))
    return tuple(gaps)
