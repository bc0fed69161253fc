"""One rule for when a plan is next looked at, used by the consultation and the review.

Twelve weeks after the conversation (the consultation, or the review); sooner
when a goal is due to be reached before then (though not within two weeks); and
within four weeks when the person is not yet confident (below 7) about one of
their own actions. The pair can always choose another date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .records import ConsultationRecord, GoalRecord
from .vocabulary import CONFIDENCE_PROMPT_BELOW, GoalStatus

REVIEW_AFTER = dt.timedelta(weeks=12)
REVIEW_SOONEST = dt.timedelta(weeks=2)
REVIEW_AFTER_LOW_CONFIDENCE = dt.timedelta(weeks=4)


def next_review_after(start: dt.date, goals: Iterable[GoalRecord]) -> dt.date:
    """The proposed next look at the plan, counted from ``start``."""
    live = [g for g in goals if g.status in (GoalStatus.PROPOSED.value, GoalStatus.ACTIVE.value)]
    when = start + REVIEW_AFTER
    targets = [g.target_date for g in live if g.target_date is not None and g.target_date > start]
    if targets:
        when = min(when, max(min(targets), start + REVIEW_SOONEST))
    unsure = any(
        a.confidence is not None and a.confidence < CONFIDENCE_PROMPT_BELOW
        for g in live
        for a in g.actions
    )
    if unsure:
        when = min(when, start + REVIEW_AFTER_LOW_CONFIDENCE)
    return when


def proposed_review_date(plan: ConsultationRecord) -> dt.date:
    """The review date proposed for a plan being agreed."""
    return next_review_after(plan.consultation_date, plan.goals)
