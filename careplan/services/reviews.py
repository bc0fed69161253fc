"""Follow-up: recording reviews of agreed plans.

A review adds to the plan's history and never rewrites what was agreed. When
the review changes the goals (a goal revised, a new goal), the changed plan
becomes a new agreed revision, so both versions stay in the history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import models as m
from ..changes import Change, Subject
from ..dates import check_review_date, parse_date
from ..errors import ConflictError, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import (
    GoalProgressRecord,
    NewGoalInput,
    ReviewInput,
    ReviewResult,
    ReviewSummary,
)
from ..text import NAME_MAX, SHORT_MAX, clean, clean_optional
from ..vocabulary import (
    ActionOutcome,
    ActionOwner,
    ConsultationStatus,
    GoalStatus,
    RaisedBy,
    ReviewMode,
    one_of,
)
from .base import get_or_404
from .consultations import confidence
from .review_context import ReviewReading
from .revision import Carry, new_revision

NOT_DISCUSSED = "not_discussed"

DECISIONS = {
    "continue": GoalStatus.ACTIVE,
    "achieved": GoalStatus.ACHIEVED,
    "revise": GoalStatus.REVISED,
    "stop": GoalStatus.STOPPED,
}


class ReviewService(ReviewReading):
    def record(self, data: ReviewInput) -> ReviewResult:
        self._require(Permission.RECORD_REVIEWS)
        today = self._today()
        mode = data.mode
        if not one_of(mode, ReviewMode):
            raise ValidationError(
                "mode", _("Choose how the review was done: in person, by phone or by video.")
            )
        reviewed_on = parse_date(data.reviewed_on, "reviewed_on", label=_("review date")) or today
        if reviewed_on > today:
            raise ValidationError("reviewed_on", _("The review cannot be dated in the future."))
        next_date = parse_date(
            data.next_review_date, "next_review_date", label=_("next review date")
        )
        if next_date is not None and next_date <= reviewed_on:
            raise ValidationError("next_review_date", _("The next review must be after this one."))
        check_review_date(next_date, reviewed_on, "next_review_date")
        notes = clean_optional(data.notes, "notes", label=_("notes"))

        with self._write() as session:
            plan = session.scalar(
                select(m.Consultation)
                .where(m.Consultation.id == data.consultation_id)
                .options(selectinload(m.Consultation.goals).selectinload(m.Goal.actions))
            )
            if plan is None:
                get_or_404(session, m.Consultation, data.consultation_id, _("plan"))
            assert plan is not None
            self._check_reviewable(plan, data.expected_version, reviewed_on)
            if data.reviewer_id is not None:
                get_or_404(session, m.StaffMember, data.reviewer_id, _("staff member"))

            active = [g for g in plan.goals if g.status == GoalStatus.ACTIVE.value]
            progress = {p.goal_id: p for p in data.goals}
            unknown = set(progress) - {g.id for g in active}
            if unknown:
                raise ValidationError(
                    "goals", _("A goal in this review is not an active goal of the plan.")
                )
            missing = [i for i, g in enumerate(active) if g.id not in progress]
            if missing:
                raise ValidationError(
                    f"goals.{missing[0]}.attainment",
                    _(
                        "Choose how goal {numbers} has gone, or mark it not discussed on this call."
                    ).format(numbers=", ".join(str(i + 1) for i in missing)),
                )
            actions = {a.id: a for g in active for a in g.actions}
            outcomes = {o.action_id: o for o in data.actions}
            if set(outcomes) - set(actions):
                raise ValidationError(
                    "actions", _("An action in this review is not part of the plan's active goals.")
                )

            review = m.Review(
                consultation_id=plan.id,
                reviewer_id=data.reviewer_id,
                reviewed_on=reviewed_on,
                mode=mode,
                next_review_date=next_date,
                notes=notes,
                created_at=self._now(),
                updated_at=self._now(),
            )
            session.add(review)
            revised: dict[int, str] = {}
            for index, goal in enumerate(active):
                p = progress[goal.id]
                field = f"goals.{index}"
                if p.decision == NOT_DISCUSSED:
                    continue  # nothing recorded: its chart simply has no point for today
                if p.attainment is None:
                    raise ValidationError(
                        f"{field}.attainment",
                        _("Choose how this goal has gone, or mark it not discussed."),
                    )
                if isinstance(p.attainment, bool) or p.attainment not in (-2, -1, 0, 1, 2):
                    raise ValidationError(
                        f"{field}.attainment",
                        _(
                            "Progress is on the scale from -2 (much less than expected) to +2 "
                            "(much more than expected)."
                        ),
                    )
                if p.decision not in DECISIONS:
                    raise ValidationError(
                        f"{field}.decision",
                        _(
                            "Choose what happens to the goal: continue, achieved, revise or "
                            "stop — or mark it not discussed."
                        ),
                    )
                if p.decision == "revise":
                    revised[goal.id] = clean(
                        p.revised_text,
                        f"{field}.revised_text",
                        required=True,
                        label=_("revised goal"),
                    )
                status_after = DECISIONS[p.decision].value
                review.goal_reviews.append(
                    m.GoalReview(
                        goal_id=goal.id,
                        attainment=p.attainment,
                        status_after=status_after,
                        comment=clean_optional(p.comment, f"{field}.comment", label=_("comment")),
                    )
                )
                if status_after != goal.status:
                    goal.status = status_after
                    goal.updated_at = self._now()
            for action_id, o in outcomes.items():
                if not one_of(o.outcome, ActionOutcome):
                    raise ValidationError(
                        "actions.outcome",
                        _(
                            "Choose what the person said about the action: done, partly done, "
                            "not done, changed or dropped; leave it “not asked” if it did not "
                            "come up."
                        ),
                    )
                review.action_reviews.append(
                    m.ActionReview(
                        action_id=action_id,
                        outcome=o.outcome,
                        confidence=confidence(o.confidence, "actions.confidence"),
                        comment=clean_optional(o.comment, "actions.comment", label=_("comment")),
                    )
                )

            still_active = [g for g in active if g.status == GoalStatus.ACTIVE.value]
            if (still_active or revised or data.new_goals) and next_date is None:
                raise ValidationError(
                    "next_review_date",
                    _("Set the next review date: the plan still has goals to work on."),
                )
            current = plan
            if revised or data.new_goals:
                dropped = {a for a, o in outcomes.items() if o.outcome == ActionOutcome.DROPPED}
                current = self._new_revision(
                    session, plan, still_active, revised, dropped, data.new_goals, next_date
                )
            current.review_due = next_date
            plan.updated_at = self._now()  # bumps the plan's version: one review at a time
            session.flush()
            texts = {g.id: g.text for g in plan.goals}
            summary = ReviewSummary(
                review.id,
                plan.id,
                reviewed_on,
                None,
                mode,
                next_date,
                tuple(
                    GoalProgressRecord(
                        gr.goal_id, texts[gr.goal_id], gr.attainment, gr.comment, gr.status_after
                    )
                    for gr in review.goal_reviews
                ),
            )
            if review.reviewer_id is not None:
                reviewer = session.get(m.StaffMember, review.reviewer_id)
                summary = ReviewSummary(
                    summary.id,
                    summary.consultation_id,
                    summary.reviewed_on,
                    reviewer.full_name if reviewer else None,
                    summary.mode,
                    summary.next_review_date,
                    summary.progress,
                )
            patient_id, current_id = plan.patient_id, current.id
            self._report(session, Change(Subject.REVIEW, summary.id, patient_id))
        return ReviewResult(summary, current_id)

    @staticmethod
    def _check_reviewable(
        plan: m.Consultation, expected_version: int, reviewed_on: dt.date
    ) -> None:
        if plan.status != ConsultationStatus.AGREED.value:
            raise ValidationError("plan", _("Only an agreed plan can be reviewed."))
        if plan.version != expected_version:
            raise ConflictError(
                _(
                    "This plan was reviewed or changed on another computer after "
                    "you opened it. Nothing was saved; open it again to see the "
                    "latest review."
                )
            )
        if plan.review_due is None:
            raise ValidationError(
                "plan",
                _("This plan has been replaced by a newer one; review the current plan instead."),
            )
        if reviewed_on < plan.consultation_date:
            raise ValidationError(
                "reviewed_on", _("The review cannot be before the plan was made.")
            )

    def _new_revision(
        self,
        session: Session,
        plan: m.Consultation,
        still_active: list[m.Goal],
        revised: dict[int, str],
        dropped: set[int],
        new_goals: tuple[NewGoalInput, ...],
        next_date: dt.date | None,
    ) -> m.Consultation:
        now = self._now()
        # Every part of the plan is carried (what matters, links, barriers, support,
        # steps, contact); the review changed only what it names.
        new, copied = new_revision(
            session,
            plan,
            now=now,
            status=ConsultationStatus.AGREED,
            carry=Carry(
                keep=frozenset(("goal", goal_id) for goal_id in revised),
                leave=frozenset(("action", action_id) for action_id in dropped),
                changes={
                    ("goal", goal_id): {"text": text, "status": GoalStatus.ACTIVE.value}
                    for goal_id, text in revised.items()
                },
                plan={"review_date": next_date},
            ),
        )
        position = len(copied.rows.get("goal", {}))
        for index, ng in enumerate(new_goals):
            field = f"new_goals.{index}"
            importance = ng.importance
            if importance is not None and (
                isinstance(importance, bool) or importance not in range(11)
            ):
                raise ValidationError(f"{field}.importance", _("Importance is 0 to 10."))
            if not one_of(ng.expressed_by, RaisedBy):
                raise ValidationError(f"{field}.expressed_by", _("Choose whose goal it is."))
            goal = m.Goal(
                text=clean(ng.text, f"{field}.text", required=True, label=_("new goal")),
                expressed_by=ng.expressed_by,
                importance=importance,
                status=GoalStatus.ACTIVE.value,
                position=position,
                created_at=now,
                updated_at=now,
            )
            position += 1
            for k, na in enumerate(ng.actions):
                if not one_of(na.who, ActionOwner):
                    raise ValidationError(f"{field}.actions.{k}.who", _("Choose who does it."))
                goal.actions.append(
                    m.Action(
                        what=clean(
                            na.what, f"{field}.actions.{k}.what", required=True, label=_("action")
                        ),
                        how_much=clean_optional(
                            na.how_much, "how_much", max_length=SHORT_MAX, multiline=False
                        ),
                        when=clean_optional(na.when, "when", max_length=SHORT_MAX, multiline=False),
                        how_often=clean_optional(
                            na.how_often, "how_often", max_length=SHORT_MAX, multiline=False
                        ),
                        who=na.who,
                        who_name=clean_optional(None, "who_name", max_length=NAME_MAX),
                        confidence_first=confidence(na.confidence),
                        position=k,
                        created_at=now,
                    )
                )
            goal.consultation_id = new.id
            session.add(goal)
        plan.review_due = None
        session.flush()
        return new
