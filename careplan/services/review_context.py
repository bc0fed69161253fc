"""What a review is recorded against: the plan, the person, who may review, each goal's history.

Read in one call (the review dialog runs it off the UI thread) as plain records, with the
few answers the review form needs from them: the goals being worked on, each goal's last
review, the last review of the plan, and the proposed next review date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..records import (
    ConsultationRecord,
    GoalHistory,
    GoalRecord,
    GoalReviewPoint,
    PatientRecord,
    StaffRecord,
)
from ..review_dates import next_review_after
from ..vocabulary import GoalStatus
from .base import Service
from .consultations import ConsultationService
from .history import HistoryService
from .patients import PatientService
from .staff import StaffService


@dataclass(frozen=True)
class ReviewContext:
    """The plan to review with the person, the staff who may review, and goal history."""

    patient: PatientRecord
    plan: ConsultationRecord
    staff: tuple[StaffRecord, ...]
    goals: tuple[GoalHistory, ...]
    due: dt.date | None

    def last_review(self, goal_id: int) -> GoalReviewPoint | None:
        """The goal's latest review, if it has been reviewed."""
        for history in self.goals:
            if history.goal_id == goal_id and history.reviews:
                return history.reviews[-1]
        return None

    @property
    def latest_review(self) -> GoalReviewPoint | None:
        """The most recent review of any of the person's goals."""
        return max(
            (r for h in self.goals for r in h.reviews),
            key=lambda r: (r.reviewed_on, r.review_id),
            default=None,
        )

    @property
    def active_goals(self) -> tuple[GoalRecord, ...]:
        return tuple(g for g in self.plan.goals if g.status == GoalStatus.ACTIVE.value)

    def proposed_next_review(self, reviewed_on: dt.date) -> dt.date:
        """The core's one rule for the next look at the plan (as the consultation uses)."""
        return next_review_after(reviewed_on, self.active_goals)


class ReviewReading(Service):
    """Reading what a review needs; :class:`~careplan.services.reviews.ReviewService` has it."""

    def review_context(self, consultation_id: int) -> ReviewContext:
        """The plan ``consultation_id`` with all the review form shows."""
        plan = ConsultationService(self.context).get(consultation_id)
        patient = PatientService(self.context).get(plan.patient_id)
        history = HistoryService(self.context)
        plans = history.patient_history(plan.patient_id).plans
        due = next((p.review_due for p in plans if p.id == plan.id), None)
        return ReviewContext(
            patient,
            plan,
            tuple(StaffService(self.context).list()),
            history.goal_history(plan.patient_id),
            due,
        )

    def current_review_context(self, patient_id: int) -> ReviewContext | None:
        """The person's plan now due for review (after a change elsewhere), if any."""
        plans = HistoryService(self.context).patient_history(patient_id).plans
        current = next((p for p in plans if p.review_due is not None), None)
        return None if current is None else self.review_context(current.id)
