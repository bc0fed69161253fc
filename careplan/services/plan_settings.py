"""Edits of a draft that follow rules of their own, beyond a part's fields.

The preparation's prompts, the order of the agenda, a goal's lifecycle, the
confidence ratings ("how sure are you, 0 to 10?": the first is kept, later ones
are final), the named contact and the review date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .. import models as m
from ..changes import ChangeKind
from ..dates import check_review_date, parse_date
from ..errors import ConflictError, ValidationError
from ..i18n import N_, _, marked
from ..permissions import Permission
from ..plan_fields import Field, Kind, rating
from ..plan_parts import ACTION, GOAL
from ..records import ActionRecord, ConsultationRecord, GoalRecord
from ..text import NAME_MAX, clean_optional
from ..vocabulary import GOAL_TRANSITIONS, GoalStatus
from . import convert
from .base import get_or_404
from .part_edits import Outcome, PartEditing, check_version
from .plan_lock import lock_plan

PREPARATION_PROMPTS = frozenset(
    {
        "what_matters_prompt",
        "talk_about_prompt",
        "conditions_effect_prompt",
        "who_involved",
        "information_preference",
    }
)


# The plan's own fields for whom the person calls.
NAMED_CONTACT = (
    Field("named_contact_name", Kind.LINE, N_("named contact"), required=True, max_length=NAME_MAX),
    Field("named_contact_role", Kind.LINE, max_length=NAME_MAX),
    Field("named_contact_phone", Kind.LINE, max_length=40),
)


def confidence(value: Any, field: str = "confidence") -> int | None:
    return rating(value, field, 0, 10, _("confidence"))


class PlanSettings(PartEditing):
    def set_preparation(
        self, consultation_id: int, *, initiator: object = None, **prompts: str | None
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(prompts) - PREPARATION_PROMPTS
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of the preparation."))
        cleaned = {k: clean_optional(v, k) for k, v in prompts.items()}
        with self._write() as session:
            row = self._draft(session, consultation_id)
            prep = row.preparation or m.Preparation(consultation_id=row.id)
            session.add(prep)
            for key, value in cleaned.items():
                setattr(prep, key, value)
            self._changed(row, initiator)
        return self.get(consultation_id)

    def rank_agenda(
        self, consultation_id: int, ordered_ids: Sequence[int], *, initiator: object = None
    ) -> ConsultationRecord:
        """The person's order of topics: ``ordered_ids`` lists every item, first first."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = self._draft(session, consultation_id)
            items = {i.id: i for i in row.agenda_items}
            if sorted(ordered_ids) != sorted(items):
                raise ConflictError(
                    _(
                        "The list of topics changed while it was being ordered; "
                        "please order it again."
                    )
                )
            # Out of the way first: two topics never share a rank, even for a moment.
            for rank, item_id in enumerate(ordered_ids):
                items[item_id].rank = -1 - rank
            session.flush()
            for rank, item_id in enumerate(ordered_ids):
                items[item_id].rank = rank
            self._changed(row, initiator)
        return self.get(consultation_id)

    # ----- a goal's lifecycle ---------------------------------------------------------

    def set_goal_status(self, goal_id: int, status: str, expected_version: int) -> GoalRecord:
        self._require(Permission.EDIT_PLANS)
        new = GoalStatus(GOAL.field("status").convert(status, today=self._today()))
        message = marked(GOAL.conflict or "")
        with self._write(conflict_message=message) as session:
            goal = get_or_404(session, m.Goal, goal_id, _("goal"))
            # Also on an agreed plan (a goal reached between visits); still one plan version.
            plan = lock_plan(session, goal.consultation_id)
            assert plan is not None
            self.versions.check_and_bump(
                session, plan, self._now(), row=goal, values={"status": new.value}
            )
            check_version(goal, expected_version, {"status": new.value}, message)
            current = GoalStatus(goal.status)
            if new is not current and new not in GOAL_TRANSITIONS[current]:
                raise ValidationError(
                    "status",
                    _("A goal that is {old} cannot become {new}.").format(
                        old=current.value, new=new.value
                    ),
                )
            goal.status = new.value
            goal.updated_at = self._now()
            session.flush()
            record = convert.goal(goal)
            self._changed(goal.consultation)
        return record

    # ----- confidence -----------------------------------------------------------------

    def rate(
        self, action_id: int, rating: int, *, initiator: object = None
    ) -> Outcome[ActionRecord]:
        """Record "how sure are you, 0 to 10?". The first rating is kept; later ones are final."""
        self._require(Permission.EDIT_PLANS)
        value = confidence(rating)
        if value is None:
            raise ValidationError("confidence", _("Choose how sure the person is, 0 to 10."))
        return self._ratings(action_id, None, value, initiator)

    def put_back_ratings(
        self,
        action_id: int,
        confidence_first: int | None,
        confidence_final: int | None,
        *,
        initiator: object = None,
    ) -> Outcome[ActionRecord]:
        """Set both ratings as they were before (undo of :meth:`rate`)."""
        self._require(Permission.EDIT_PLANS)
        first = confidence(confidence_first, "confidence_first")
        final = confidence(confidence_final, "confidence_final")
        if first is None and final is not None:
            raise ValidationError(
                "confidence_final", _("A second rating needs a first one before it.")
            )
        return self._ratings(action_id, (first, final), None, initiator)

    def _ratings(
        self,
        action_id: int,
        both: tuple[int | None, int | None] | None,
        new: int | None,
        initiator: object,
    ) -> Outcome[ActionRecord]:
        with self._write() as session:
            action = get_or_404(session, m.Action, action_id, _("action"))
            goal = get_or_404(session, m.Goal, action.goal_id, _("goal"))
            # Putting ratings back overwrites nothing newer; a new rating is an edit.
            plan = self._draft(session, goal.consultation_id, part=goal, adding=both is not None)
            if both is not None:
                action.confidence_first, action.confidence_final = both
            elif action.confidence_first is None:
                action.confidence_first = new
            else:
                action.confidence_final = new
            session.flush()
            record = convert.action(action)
            outcome = self._outcome(session, plan, ACTION, record, ChangeKind.CHANGED, initiator)
        return outcome

    def rate_confidence(self, action_id: int, rating: int) -> ActionRecord:
        return self.rate(action_id, rating).record

    def restore_confidence(
        self, action_id: int, confidence_first: int | None, confidence_final: int | None
    ) -> ActionRecord:
        return self.put_back_ratings(action_id, confidence_first, confidence_final).record

    # ----- named contact, review date ---------------------------------------------------

    def set_named_contact(
        self,
        consultation_id: int,
        name: str,
        role: str | None = None,
        phone: str | None = None,
        *,
        initiator: object = None,
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        given = (name, role, phone)
        who, what, number = (f.convert(v) for f, v in zip(NAMED_CONTACT, given, strict=True))
        return self._set_contact(consultation_id, (who, what, number), initiator)

    def clear_named_contact(
        self, consultation_id: int, *, initiator: object = None
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        return self._set_contact(consultation_id, (None, None, None), initiator)

    def _set_contact(
        self,
        consultation_id: int,
        contact: tuple[str | None, str | None, str | None],
        initiator: object,
    ) -> ConsultationRecord:
        with self._write() as session:
            row = self._draft(session, consultation_id)
            row.named_contact_name, row.named_contact_role, row.named_contact_phone = contact
            row.updated_at = self._now()
            self._changed(row, initiator)
        return self.get(consultation_id)

    def set_review_date(
        self,
        consultation_id: int,
        review_date: str | dt.date | None,
        *,
        initiator: object = None,
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        when = parse_date(review_date, "review_date", label=_("review date"))
        with self._write() as session:
            row = self._draft(session, consultation_id)
            if when is not None and when < row.consultation_date:
                raise ValidationError(
                    "review_date", _("The review date cannot be before the consultation.")
                )
            row.review_date = check_review_date(when, row.consultation_date)
            row.updated_at = self._now()
            self._changed(row, initiator)
        return self.get(consultation_id)
