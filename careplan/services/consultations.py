"""Building a plan in the consultation: agenda, what matters, goals, actions, agreement.

Every call is one short write transaction. Agreed plans are never edited: a
change means a new revision, so the history keeps what was agreed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import models as m
from ..dates import check_review_date, parse_date
from ..errors import ConflictError, FieldChange, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..plan_parts import ACTION, GOAL, PlanPart
from ..records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    ParticipantRecord,
    PreparationResultRecord,
    SupportRecord,
    WhatMattersRecord,
)
from ..review_dates import proposed_review_date
from ..text import NAME_MAX, SHORT_MAX, clean, clean_optional
from ..vocabulary import (
    GOAL_TRANSITIONS,
    ActionOwner,
    AgendaStatus,
    EscalationLevel,
    GoalStatus,
    ParticipantRole,
    RaisedBy,
    SupportKind,
)
from . import convert
from .agreeing import PlanLifecycle
from .base import get_or_404
from .plan_lock import lock_plan, make_room
from .revision import Carry, copy_one

R = TypeVar("R")


@dataclass(frozen=True)
class Removed(Generic[R]):
    """What a ``remove_*`` call took out of a draft: enough to put it back as it was.

    ``parent_id`` is the consultation (the goal, for actions and barriers; the
    preparation, for results). ``links`` are the records that pointed at the
    removed one and were unlinked: goals of a what-matters statement, barriers
    of an action. Undo in the consultation window is built on this.
    """

    parent_id: int
    position: int
    record: R
    links: tuple[int, ...] = ()


_GOAL_FIELDS = ("text", "expressed_by", "importance", "target", "target_date", "what_matters_id")
_ACTION_FIELDS = ("what", "how_much", "when", "how_often", "who", "who_name")


def _choice(value: str, allowed: type, field: str, label: str) -> str:
    values = [v.value for v in allowed]  # type: ignore[attr-defined]
    if value not in values:
        raise ValidationError(
            field,
            _("Choose the {label}: {choices}.").format(label=label, choices=", ".join(values)),
        )
    return value


def _rating(value: Any, field: str, low: int, high: int, label: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(
                field,
                _("The {label} is a whole number from {low} to {high}.").format(
                    label=label, low=low, high=high
                ),
            ) from None
    if not low <= value <= high:
        raise ValidationError(
            field,
            _("The {label} is a whole number from {low} to {high}.").format(
                label=label, low=low, high=high
            ),
        )
    return int(value)


def confidence(value: Any, field: str = "confidence") -> int | None:
    return _rating(value, field, 0, 10, _("confidence"))


__all__ = ["ConsultationService", "Removed", "confidence", "proposed_review_date"]


class ConsultationService(PlanLifecycle):
    # ----- preparation and who is present -----------------------------------------

    def set_preparation(self, consultation_id: int, **prompts: str | None) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        allowed = {
            "what_matters_prompt",
            "talk_about_prompt",
            "conditions_effect_prompt",
            "who_involved",
            "information_preference",
        }
        unknown = set(prompts) - allowed
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of the preparation."))
        cleaned = {k: clean_optional(v, k) for k, v in prompts.items()}
        with self._write() as session:
            row = self._draft(session, consultation_id)
            prep = row.preparation or m.Preparation(consultation_id=row.id)
            session.add(prep)
            for key, value in cleaned.items():
                setattr(prep, key, value)
            self._changed(row)
        return self.get(consultation_id)

    def add_result(
        self,
        consultation_id: int,
        test_name: str,
        value: str | None = None,
        meaning: str | None = None,
        taken_on: str | dt.date | None = None,
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        name = clean(
            test_name,
            "test_name",
            max_length=SHORT_MAX,
            required=True,
            multiline=False,
            label=_("test"),
        )
        val = clean_optional(value, "value", max_length=SHORT_MAX, multiline=False)
        plain = clean_optional(meaning, "meaning")
        taken = parse_date(taken_on, "taken_on", label=_("date of the test"))
        if taken and taken > self._today():
            raise ValidationError("taken_on", _("The date of the test cannot be in the future."))
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            prep = row.preparation
            if prep is None:
                prep = m.Preparation(consultation_id=row.id)
                session.add(prep)
                session.flush()
            position = self._next_position(
                session, m.PreparationResult.position, m.PreparationResult.preparation_id, prep.id
            )
            session.add(
                m.PreparationResult(
                    preparation_id=prep.id,
                    test_name=name,
                    value=val,
                    meaning=plain,
                    taken_on=taken,
                    position=position,
                )
            )
            self._changed(row)
        return self.get(consultation_id)

    def add_participant(
        self, consultation_id: int, role: str, name: str | None = None
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        role = _choice(role, ParticipantRole, "role", _("role of the person present"))
        who = clean_optional(name, "name", max_length=NAME_MAX, multiline=False)
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            session.add(m.Participant(consultation_id=row.id, role=role, name=who))
            self._changed(row)
        return self.get(consultation_id)

    # ----- agenda ------------------------------------------------------------------

    def add_agenda_item(self, consultation_id: int, text: str, raised_by: str) -> AgendaItemRecord:
        self._require(Permission.EDIT_PLANS)
        words = clean(text, "text", required=True, label=_("topic"))
        raised_by = _choice(raised_by, RaisedBy, "raised_by", _("person who raised it"))
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            rank = self._next_position(
                session, m.AgendaItem.rank, m.AgendaItem.consultation_id, row.id
            )
            item = m.AgendaItem(
                consultation_id=row.id,
                text=words,
                raised_by=raised_by,
                rank=rank,
                status=AgendaStatus.OPEN.value,
                created_at=self._now(),
            )
            session.add(item)
            session.flush()
            record = convert.agenda_item(item)
            self._changed(row)
        return record

    def update_agenda_item(self, item_id: int, text: str) -> AgendaItemRecord:
        self._require(Permission.EDIT_PLANS)
        words = clean(text, "text", required=True, label=_("topic"))
        with self._write() as session:
            item = get_or_404(session, m.AgendaItem, item_id, _("topic"))
            row = self._draft(session, item.consultation_id, part=item, values={"text": words})
            item.text = words
            record = convert.agenda_item(item)
            self._changed(row)
        return record

    def rank_agenda(self, consultation_id: int, ordered_ids: Sequence[int]) -> ConsultationRecord:
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
            self._changed(row)
        return self.get(consultation_id)

    def set_agenda_status(self, item_id: int, status: str) -> AgendaItemRecord:
        self._require(Permission.EDIT_PLANS)
        status = _choice(status, AgendaStatus, "status", _("topic status"))
        with self._write() as session:
            item = get_or_404(session, m.AgendaItem, item_id, _("topic"))
            row = self._draft(session, item.consultation_id, part=item, values={"status": status})
            item.status = status
            record = convert.agenda_item(item)
            self._changed(row)
        return record

    def defer_agenda_item(self, item_id: int) -> AgendaItemRecord:
        return self.set_agenda_status(item_id, AgendaStatus.DEFERRED.value)

    # ----- what matters and goals ---------------------------------------------------

    def add_what_matters(self, consultation_id: int, text: str) -> WhatMattersRecord:
        self._require(Permission.EDIT_PLANS)
        words = clean(text, "text", required=True, label=_("what matters"))
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            position = self._next_position(
                session, m.WhatMatters.position, m.WhatMatters.consultation_id, row.id
            )
            wm = m.WhatMatters(consultation_id=row.id, text=words, position=position)
            session.add(wm)
            session.flush()
            record = WhatMattersRecord(wm.id, wm.text)
            self._changed(row)
        return record

    def update_what_matters(self, what_matters_id: int, text: str) -> WhatMattersRecord:
        self._require(Permission.EDIT_PLANS)
        words = clean(text, "text", required=True, label=_("what matters"))
        with self._write() as session:
            wm = get_or_404(session, m.WhatMatters, what_matters_id, _("what matters"))
            row = self._draft(session, wm.consultation_id, part=wm, values={"text": words})
            wm.text = words
            self._changed(row)
            return WhatMattersRecord(wm.id, wm.text)

    def _goal_values(
        self, session: Session, consultation_id: int, values: dict[str, Any]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "text" in values:
            out["text"] = clean(
                values["text"], "text", required=True, label=_("goal in the person's words")
            )
        if "expressed_by" in values:
            out["expressed_by"] = _choice(
                values["expressed_by"], RaisedBy, "expressed_by", _("person whose goal it is")
            )
        if "importance" in values:
            out["importance"] = _rating(values["importance"], "importance", 0, 10, _("importance"))
        if "target" in values:
            out["target"] = clean_optional(values["target"], "target", label=_("target"))
        if "target_date" in values:
            out["target_date"] = parse_date(
                values["target_date"], "target_date", label=_("target date")
            )
        if values.get("what_matters_id") is not None:
            wm = session.get(m.WhatMatters, values["what_matters_id"])
            if wm is None or wm.consultation_id != consultation_id:
                raise ValidationError(
                    "what_matters_id", _("Link the goal to what matters in this plan.")
                )
            out["what_matters_id"] = wm.id
        elif "what_matters_id" in values:
            out["what_matters_id"] = None
        return out

    def add_goal(
        self,
        consultation_id: int,
        text: str,
        expressed_by: str = "patient",
        importance: int | None = None,
        target: str | None = None,
        target_date: str | dt.date | None = None,
        what_matters_id: int | None = None,
    ) -> GoalRecord:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            values = self._goal_values(
                session,
                row.id,
                {
                    "text": text,
                    "expressed_by": expressed_by,
                    "importance": importance,
                    "target": target,
                    "target_date": target_date,
                    "what_matters_id": what_matters_id,
                },
            )
            now = self._now()
            position = self._next_position(session, m.Goal.position, m.Goal.consultation_id, row.id)
            goal = m.Goal(
                consultation_id=row.id,
                status=GoalStatus.PROPOSED.value,
                position=position,
                created_at=now,
                updated_at=now,
                **values,
            )
            session.add(goal)
            session.flush()
            record = convert.goal(goal)
            self._changed(row)
        return record

    def update_goal(self, goal_id: int, expected_version: int, **changes: Any) -> GoalRecord:
        """Change a goal's fields; refused with :class:`ConflictError` if it changed meanwhile."""
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - set(_GOAL_FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of a goal."))
        with self._write(conflict_message=_goal_conflict_message()) as session:
            found = get_or_404(session, m.Goal, goal_id, _("goal"))
            values = self._goal_values(session, found.consultation_id, changes)
            goal = self._goal_in_draft(session, goal_id, values)
            self._check_version(goal, expected_version, values)
            for key, value in values.items():
                setattr(goal, key, value)
            goal.updated_at = self._now()
            session.flush()
            record = convert.goal(goal)
            self._changed(goal.consultation)
        return record

    def set_goal_status(self, goal_id: int, status: str, expected_version: int) -> GoalRecord:
        self._require(Permission.EDIT_PLANS)
        new = GoalStatus(_choice(status, GoalStatus, "status", _("goal status")))
        with self._write(conflict_message=_goal_conflict_message()) as session:
            goal = get_or_404(session, m.Goal, goal_id, _("goal"))
            # Also on an agreed plan (a goal reached between visits); still one plan version.
            plan = lock_plan(session, goal.consultation_id)
            assert plan is not None
            self.versions.check_and_bump(
                session, plan, self._now(), row=goal, values={"status": new.value}
            )
            self._check_version(goal, expected_version, {"status": new.value})
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

    @staticmethod
    def _check_version(goal: m.Goal, expected: int, values: dict[str, Any]) -> None:
        if goal.version != expected:
            raise ConflictError(
                _goal_conflict_message(),
                tuple(
                    FieldChange(k, v, getattr(goal, k))
                    for k, v in values.items()
                    if getattr(goal, k) != v
                ),
            )

    # ----- actions, confidence, barriers -------------------------------------------

    def _action_values(self, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "what" in values:
            out["what"] = clean(values["what"], "what", required=True, label=_("action"))
        for key, label in (
            ("how_much", _("how much")),
            ("when", _("when")),
            ("how_often", _("how often")),
        ):
            if key in values:
                out[key] = clean_optional(
                    values[key], key, max_length=SHORT_MAX, multiline=False, label=label
                )
        if "who" in values:
            out["who"] = _choice(values["who"], ActionOwner, "who", _("person who does it"))
        if "who_name" in values:
            out["who_name"] = clean_optional(
                values["who_name"], "who_name", max_length=NAME_MAX, multiline=False
            )
        return out

    def add_action(
        self,
        goal_id: int,
        what: str,
        how_much: str | None = None,
        when: str | None = None,
        how_often: str | None = None,
        who: str = "person",
        who_name: str | None = None,
        confidence_rating: int | None = None,
    ) -> ActionRecord:
        self._require(Permission.EDIT_PLANS)
        values = self._action_values(
            {
                "what": what,
                "how_much": how_much,
                "when": when,
                "how_often": how_often,
                "who": who,
                "who_name": who_name,
            }
        )
        rating = confidence(confidence_rating)
        with self._write() as session:
            goal = self._goal_in_draft(session, goal_id, adding=True)
            position = self._next_position(session, m.Action.position, m.Action.goal_id, goal.id)
            action = m.Action(
                goal_id=goal.id,
                position=position,
                created_at=self._now(),
                confidence_first=rating,
                **values,
            )
            session.add(action)
            session.flush()
            record = convert.action(action)
            self._changed(goal.consultation)
        return record

    def update_action(self, action_id: int, **changes: Any) -> ActionRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - set(_ACTION_FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of an action."))
        values = self._action_values(changes)
        with self._write() as session:
            action = get_or_404(session, m.Action, action_id, _("action"))
            goal = get_or_404(session, m.Goal, action.goal_id, _("goal"))
            self._draft(session, goal.consultation_id, part=action, values=values)
            for key, value in values.items():
                setattr(action, key, value)
            session.flush()
            record = convert.action(action)
            self._changed(goal.consultation)
        return record

    def rate_confidence(self, action_id: int, rating: int) -> ActionRecord:
        """Record "how sure are you, 0 to 10?". The first rating is kept; later ones are final."""
        self._require(Permission.EDIT_PLANS)
        value = confidence(rating)
        if value is None:
            raise ValidationError("confidence", _("Choose how sure the person is, 0 to 10."))
        with self._write() as session:
            action = get_or_404(session, m.Action, action_id, _("action"))
            goal = self._goal_in_draft(session, action.goal_id)
            if action.confidence_first is None:
                action.confidence_first = value
            else:
                action.confidence_final = value
            session.flush()
            record = convert.action(action)
            self._changed(goal.consultation)
        return record

    def add_barrier(
        self, goal_id: int, barrier: str, plan_b: str | None = None, action_id: int | None = None
    ) -> BarrierRecord:
        self._require(Permission.EDIT_PLANS)
        words = clean(barrier, "barrier", required=True, label=_("what might get in the way"))
        plan = clean_optional(plan_b, "plan_b", label=_("plan B"))
        with self._write() as session:
            goal = self._goal_in_draft(session, goal_id, adding=True)
            if action_id is not None:
                action = session.get(m.Action, action_id)
                if action is None or action.goal_id != goal.id:
                    raise ValidationError(
                        "action_id", _("Link the barrier to an action of this goal.")
                    )
            position = self._next_position(session, m.Barrier.position, m.Barrier.goal_id, goal.id)
            row = m.Barrier(
                goal_id=goal.id, action_id=action_id, barrier=words, plan_b=plan, position=position
            )
            session.add(row)
            session.flush()
            record = convert.barrier(row)
            self._changed(goal.consultation)
        return record

    # ----- support, if things get worse, contact, review date -------------------------

    def add_support(
        self,
        consultation_id: int,
        kind: str,
        name: str,
        contact: str | None = None,
        how_they_help: str | None = None,
    ) -> SupportRecord:
        self._require(Permission.EDIT_PLANS)
        kind = _choice(kind, SupportKind, "kind", _("kind of support"))
        who = clean(
            name,
            "name",
            max_length=SHORT_MAX,
            required=True,
            multiline=False,
            label=_("name of the support"),
        )
        reach = clean_optional(contact, "contact", max_length=SHORT_MAX, multiline=False)
        how = clean_optional(how_they_help, "how_they_help", label=_("how they help"))
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            position = self._next_position(
                session, m.Support.position, m.Support.consultation_id, row.id
            )
            support = m.Support(
                consultation_id=row.id,
                kind=kind,
                name=who,
                contact=reach,
                how_they_help=how,
                position=position,
            )
            session.add(support)
            session.flush()
            record = SupportRecord(support.id, kind, who, reach, how)
            self._changed(row)
        return record

    def add_escalation_step(
        self,
        consultation_id: int,
        level: str,
        signs: str,
        what_to_do: str | None = None,
        contact: str | None = None,
        phone: str | None = None,
    ) -> EscalationStepRecord:
        self._require(Permission.EDIT_PLANS)
        level = _choice(level, EscalationLevel, "level", _("level (green, amber or red)"))
        watch = clean(signs, "signs", required=True, label=_("what to watch for"))
        todo = clean_optional(what_to_do, "what_to_do", label=_("what to do"))
        whom = clean_optional(
            contact, "contact", max_length=SHORT_MAX, multiline=False, label=_("whom to call")
        )
        number = clean_optional(phone, "phone", max_length=40, multiline=False)
        with self._write() as session:
            row = self._draft(session, consultation_id, adding=True)
            position = self._next_position(
                session, m.EscalationStep.position, m.EscalationStep.consultation_id, row.id
            )
            step = m.EscalationStep(
                consultation_id=row.id,
                level=level,
                signs=watch,
                what_to_do=todo,
                contact=whom,
                phone=number,
                position=position,
            )
            session.add(step)
            session.flush()
            record = EscalationStepRecord(step.id, level, watch, todo, whom, number)
            self._changed(row)
        return record

    def set_named_contact(
        self, consultation_id: int, name: str, role: str | None = None, phone: str | None = None
    ) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        who = clean(
            name,
            "named_contact_name",
            max_length=NAME_MAX,
            required=True,
            multiline=False,
            label=_("named contact"),
        )
        what = clean_optional(role, "named_contact_role", max_length=NAME_MAX, multiline=False)
        number = clean_optional(phone, "named_contact_phone", max_length=40, multiline=False)
        with self._write() as session:
            row = self._draft(session, consultation_id)
            row.named_contact_name, row.named_contact_role = who, what
            row.named_contact_phone = number
            row.updated_at = self._now()
            self._changed(row)
        return self.get(consultation_id)

    def set_review_date(
        self, consultation_id: int, review_date: str | dt.date | None
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
            self._changed(row)
        return self.get(consultation_id)

    # ----- changing and taking out again (what undo in the consultation window needs) --

    def _result_in_draft(
        self, session: Session, result_id: int, values: dict[str, Any] | None = None
    ) -> m.PreparationResult:
        result = get_or_404(session, m.PreparationResult, result_id, _("result"))
        self._draft(session, result.preparation.consultation_id, part=result, values=values)
        return result

    def _result_values(self, values: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if "test_name" in values:
            out["test_name"] = clean(
                values["test_name"],
                "test_name",
                max_length=SHORT_MAX,
                required=True,
                multiline=False,
                label=_("test"),
            )
        if "value" in values:
            out["value"] = clean_optional(
                values["value"], "value", max_length=SHORT_MAX, multiline=False
            )
        if "meaning" in values:
            out["meaning"] = clean_optional(values["meaning"], "meaning")
        if "taken_on" in values:
            taken = parse_date(values["taken_on"], "taken_on", label=_("date of the test"))
            if taken and taken > self._today():
                raise ValidationError(
                    "taken_on", _("The date of the test cannot be in the future.")
                )
            out["taken_on"] = taken
        return out

    def update_result(self, result_id: int, **changes: Any) -> PreparationResultRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - {"test_name", "value", "meaning", "taken_on"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of a result."))
        values = self._result_values(changes)
        with self._write() as session:
            result = self._result_in_draft(session, result_id, values)
            for key, value in values.items():
                setattr(result, key, value)
            record = _result_record(result)
            self._changed(result.preparation.consultation)
        return record

    def remove_result(self, result_id: int) -> Removed[PreparationResultRecord]:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            result = self._result_in_draft(session, result_id)
            removed = Removed(result.preparation_id, result.position, _result_record(result))
            consultation = result.preparation.consultation
            session.delete(result)
            self._changed(consultation)
        return removed

    def restore_result(self, removed: Removed[PreparationResultRecord]) -> PreparationResultRecord:
        self._require(Permission.EDIT_PLANS)
        r = removed.record
        with self._write() as session:
            prep = get_or_404(session, m.Preparation, removed.parent_id, _("preparation"))
            row = self._draft(session, prep.consultation_id, adding=True)
            self._not_back_yet(session, m.PreparationResult, r.id)
            make_room(
                session,
                m.PreparationResult,
                "preparation_id",
                "position",
                prep.id,
                removed.position,
            )
            session.add(
                m.PreparationResult(
                    id=r.id,
                    preparation_id=prep.id,
                    test_name=r.test_name,
                    value=r.value,
                    meaning=r.meaning,
                    taken_on=r.taken_on,
                    position=removed.position,
                )
            )
            self._changed(row)
        return r

    def remove_participant(self, participant_id: int) -> Removed[ParticipantRecord]:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            who = get_or_404(session, m.Participant, participant_id, _("person present"))
            row = self._draft(session, who.consultation_id)
            removed = Removed(row.id, 0, ParticipantRecord(who.id, who.role, who.name))
            session.delete(who)
            self._changed(row)
        return removed

    def restore_participant(self, removed: Removed[ParticipantRecord]) -> ParticipantRecord:
        self._require(Permission.EDIT_PLANS)
        p = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.Participant, p.id)
            session.add(m.Participant(id=p.id, consultation_id=row.id, role=p.role, name=p.name))
            self._changed(row)
        return p

    def remove_agenda_item(self, item_id: int) -> Removed[AgendaItemRecord]:
        """Take out a topic added by mistake. Topics not discussed are deferred, not removed."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            item = get_or_404(session, m.AgendaItem, item_id, _("topic"))
            row = self._draft(session, item.consultation_id)
            removed = Removed(row.id, item.rank, convert.agenda_item(item))
            session.delete(item)
            self._changed(row)
        return removed

    def restore_agenda_item(self, removed: Removed[AgendaItemRecord]) -> AgendaItemRecord:
        self._require(Permission.EDIT_PLANS)
        a = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.AgendaItem, a.id)
            make_room(session, m.AgendaItem, "consultation_id", "rank", row.id, a.rank)
            carried = a.carried_from_id
            if carried is not None and session.get(m.AgendaItem, carried) is None:
                carried = None
            session.add(
                m.AgendaItem(
                    id=a.id,
                    consultation_id=row.id,
                    text=a.text,
                    raised_by=a.raised_by,
                    rank=a.rank,
                    status=a.status,
                    carried_from_id=carried,
                    created_at=self._now(),
                )
            )
            self._changed(row)
        return a

    def remove_what_matters(self, what_matters_id: int) -> Removed[WhatMattersRecord]:
        """Goals linked to it stay, unlinked (``links`` lists them, to link them again)."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            wm = get_or_404(session, m.WhatMatters, what_matters_id, _("what matters"))
            row = self._draft(session, wm.consultation_id)
            linked = tuple(
                session.scalars(
                    select(m.Goal.id).where(m.Goal.what_matters_id == wm.id).order_by(m.Goal.id)
                )
            )
            removed = Removed(row.id, wm.position, WhatMattersRecord(wm.id, wm.text), linked)
            # The link is structure, not the goal's words: unlinking (here, and linking
            # again on restore) leaves the goal's version alone, so nobody's edit conflicts.
            session.execute(
                update(m.Goal).where(m.Goal.what_matters_id == wm.id).values(what_matters_id=None)
            )
            session.delete(wm)
            self._changed(row)
        return removed

    def restore_what_matters(self, removed: Removed[WhatMattersRecord]) -> WhatMattersRecord:
        self._require(Permission.EDIT_PLANS)
        w = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.WhatMatters, w.id)
            make_room(
                session, m.WhatMatters, "consultation_id", "position", row.id, removed.position
            )
            session.add(
                m.WhatMatters(
                    id=w.id, consultation_id=row.id, text=w.text, position=removed.position
                )
            )
            session.flush()
            if removed.links:
                session.execute(
                    update(m.Goal)
                    .where(
                        m.Goal.id.in_(removed.links),
                        m.Goal.consultation_id == row.id,
                        m.Goal.what_matters_id.is_(None),
                    )
                    .values(what_matters_id=w.id)
                )
            self._changed(row)
        return w

    def remove_goal(self, goal_id: int) -> Removed[GoalRecord]:
        """Take a goal out of the draft with its actions and barriers."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            goal = self._goal_in_draft(session, goal_id)
            removed = Removed(goal.consultation_id, goal.position, convert.goal(goal))
            consultation = goal.consultation
            # Barriers first: the database removes a barrier with its action, which the
            # ORM (knowing no barrier-action relationship) would not expect.
            goal.barriers.clear()
            session.flush()
            session.delete(goal)
            self._changed(consultation)
        return removed

    def restore_goal(self, removed: Removed[GoalRecord]) -> GoalRecord:
        """Put a removed goal back, with its actions and barriers, under the same ids.

        Its version starts again at 1: callers holding the removed goal's version
        must use the returned record's.
        """
        self._require(Permission.EDIT_PLANS)
        g = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.Goal, g.id)
            make_room(session, m.Goal, "consultation_id", "position", row.id, removed.position)
            copied = copy_one(
                session,
                GOAL,
                g,
                row.id,
                now=self._now(),
                carry=_restoring(GOAL, g.id, removed.position),
            )
            goal = copied.rows["goal"][g.id]
            assert isinstance(goal, m.Goal)
            session.flush()
            session.refresh(goal)
            record = convert.goal(goal)
            self._changed(row)
        return record

    def remove_action(self, action_id: int) -> Removed[ActionRecord]:
        """Barriers linked to the action stay with the goal, unlinked (``links``)."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            action = get_or_404(session, m.Action, action_id, _("action"))
            goal = self._goal_in_draft(session, action.goal_id)
            linked = []
            for barrier in goal.barriers:
                if barrier.action_id == action.id:
                    barrier.action_id = None
                    linked.append(barrier.id)
            session.flush()
            removed = Removed(goal.id, action.position, convert.action(action), tuple(linked))
            session.delete(action)
            self._changed(goal.consultation)
        return removed

    def restore_action(self, removed: Removed[ActionRecord]) -> ActionRecord:
        self._require(Permission.EDIT_PLANS)
        a = removed.record
        with self._write() as session:
            goal = self._goal_in_draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.Action, a.id)
            make_room(session, m.Action, "goal_id", "position", goal.id, removed.position)
            copy_one(
                session,
                ACTION,
                a,
                goal.id,
                now=self._now(),
                carry=_restoring(ACTION, a.id, removed.position),
            )
            for barrier in goal.barriers:
                if barrier.id in removed.links and barrier.action_id is None:
                    barrier.action_id = a.id
            self._changed(goal.consultation)
        return a

    def restore_confidence(
        self, action_id: int, confidence_first: int | None, confidence_final: int | None
    ) -> ActionRecord:
        """Set both ratings as they were before (undo of :meth:`rate_confidence`)."""
        self._require(Permission.EDIT_PLANS)
        first = confidence(confidence_first, "confidence_first")
        final = confidence(confidence_final, "confidence_final")
        if first is None and final is not None:
            raise ValidationError(
                "confidence_final", _("A second rating needs a first one before it.")
            )
        with self._write() as session:
            action = get_or_404(session, m.Action, action_id, _("action"))
            goal = self._goal_in_draft(session, action.goal_id, adding=True)
            action.confidence_first, action.confidence_final = first, final
            session.flush()
            record = convert.action(action)
            self._changed(goal.consultation)
        return record

    def update_barrier(self, barrier_id: int, **changes: Any) -> BarrierRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - {"barrier", "plan_b", "action_id"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of a barrier."))
        values: dict[str, Any] = {}
        if "barrier" in changes:
            values["barrier"] = clean(
                changes["barrier"], "barrier", required=True, label=_("what might get in the way")
            )
        if "plan_b" in changes:
            values["plan_b"] = clean_optional(changes["plan_b"], "plan_b", label=_("plan B"))
        with self._write() as session:
            row = get_or_404(session, m.Barrier, barrier_id, _("barrier"))
            goal = get_or_404(session, m.Goal, row.goal_id, _("goal"))
            self._draft(session, goal.consultation_id, part=row, values=values)
            if "action_id" in changes:
                action_id = changes["action_id"]
                if action_id is not None:
                    action = session.get(m.Action, action_id)
                    if action is None or action.goal_id != goal.id:
                        raise ValidationError(
                            "action_id", _("Link the barrier to an action of this goal.")
                        )
                values["action_id"] = action_id
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            record = convert.barrier(row)
            self._changed(goal.consultation)
        return record

    def remove_barrier(self, barrier_id: int) -> Removed[BarrierRecord]:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = get_or_404(session, m.Barrier, barrier_id, _("barrier"))
            goal = self._goal_in_draft(session, row.goal_id)
            removed = Removed(goal.id, row.position, convert.barrier(row))
            session.delete(row)
            self._changed(goal.consultation)
        return removed

    def restore_barrier(self, removed: Removed[BarrierRecord]) -> BarrierRecord:
        self._require(Permission.EDIT_PLANS)
        b = removed.record
        with self._write() as session:
            goal = self._goal_in_draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.Barrier, b.id)
            make_room(session, m.Barrier, "goal_id", "position", goal.id, removed.position)
            action_id = b.action_id
            if action_id is not None:
                action = session.get(m.Action, action_id)
                if action is None or action.goal_id != goal.id:
                    action_id = None
            row = m.Barrier(
                id=b.id,
                goal_id=goal.id,
                action_id=action_id,
                barrier=b.barrier,
                plan_b=b.plan_b,
                position=removed.position,
            )
            session.add(row)
            session.flush()
            record = convert.barrier(row)
            self._changed(goal.consultation)
        return record

    def update_support(self, support_id: int, **changes: Any) -> SupportRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - {"kind", "name", "contact", "how_they_help"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of the support."))
        values: dict[str, Any] = {}
        if "kind" in changes:
            values["kind"] = _choice(changes["kind"], SupportKind, "kind", _("kind of support"))
        if "name" in changes:
            values["name"] = clean(
                changes["name"],
                "name",
                max_length=SHORT_MAX,
                required=True,
                multiline=False,
                label=_("name of the support"),
            )
        if "contact" in changes:
            values["contact"] = clean_optional(
                changes["contact"], "contact", max_length=SHORT_MAX, multiline=False
            )
        if "how_they_help" in changes:
            values["how_they_help"] = clean_optional(
                changes["how_they_help"], "how_they_help", label=_("how they help")
            )
        with self._write() as session:
            support = get_or_404(session, m.Support, support_id, _("support"))
            row = self._draft(session, support.consultation_id, part=support, values=values)
            for key, value in values.items():
                setattr(support, key, value)
            record = _support_record(support)
            self._changed(row)
        return record

    def remove_support(self, support_id: int) -> Removed[SupportRecord]:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            support = get_or_404(session, m.Support, support_id, _("support"))
            row = self._draft(session, support.consultation_id)
            removed = Removed(row.id, support.position, _support_record(support))
            session.delete(support)
            self._changed(row)
        return removed

    def restore_support(self, removed: Removed[SupportRecord]) -> SupportRecord:
        self._require(Permission.EDIT_PLANS)
        s = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.Support, s.id)
            make_room(session, m.Support, "consultation_id", "position", row.id, removed.position)
            session.add(
                m.Support(
                    id=s.id,
                    consultation_id=row.id,
                    kind=s.kind,
                    name=s.name,
                    contact=s.contact,
                    how_they_help=s.how_they_help,
                    position=removed.position,
                )
            )
            self._changed(row)
        return s

    def update_escalation_step(self, step_id: int, **changes: Any) -> EscalationStepRecord:
        self._require(Permission.EDIT_PLANS)
        unknown = set(changes) - {"level", "signs", "what_to_do", "contact", "phone"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], _("This is not part of the step."))
        values: dict[str, Any] = {}
        if "level" in changes:
            values["level"] = _choice(
                changes["level"], EscalationLevel, "level", _("level (green, amber or red)")
            )
        if "signs" in changes:
            values["signs"] = clean(
                changes["signs"], "signs", required=True, label=_("what to watch for")
            )
        if "what_to_do" in changes:
            values["what_to_do"] = clean_optional(
                changes["what_to_do"], "what_to_do", label=_("what to do")
            )
        if "contact" in changes:
            values["contact"] = clean_optional(
                changes["contact"],
                "contact",
                max_length=SHORT_MAX,
                multiline=False,
                label=_("whom to call"),
            )
        if "phone" in changes:
            values["phone"] = clean_optional(
                changes["phone"], "phone", max_length=40, multiline=False
            )
        with self._write() as session:
            step = get_or_404(session, m.EscalationStep, step_id, _("step"))
            row = self._draft(session, step.consultation_id, part=step, values=values)
            for key, value in values.items():
                setattr(step, key, value)
            record = _step_record(step)
            self._changed(row)
        return record

    def remove_escalation_step(self, step_id: int) -> Removed[EscalationStepRecord]:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            step = get_or_404(session, m.EscalationStep, step_id, _("step"))
            row = self._draft(session, step.consultation_id)
            removed = Removed(row.id, step.position, _step_record(step))
            session.delete(step)
            self._changed(row)
        return removed

    def restore_escalation_step(
        self, removed: Removed[EscalationStepRecord]
    ) -> EscalationStepRecord:
        self._require(Permission.EDIT_PLANS)
        e = removed.record
        with self._write() as session:
            row = self._draft(session, removed.parent_id, adding=True)
            self._not_back_yet(session, m.EscalationStep, e.id)
            make_room(
                session, m.EscalationStep, "consultation_id", "position", row.id, removed.position
            )
            session.add(
                m.EscalationStep(
                    id=e.id,
                    consultation_id=row.id,
                    level=e.level,
                    signs=e.signs,
                    what_to_do=e.what_to_do,
                    contact=e.contact,
                    phone=e.phone,
                    position=removed.position,
                )
            )
            self._changed(row)
        return e

    def clear_named_contact(self, consultation_id: int) -> ConsultationRecord:
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = self._draft(session, consultation_id)
            row.named_contact_name = row.named_contact_role = row.named_contact_phone = None
            row.updated_at = self._now()
            self._changed(row)
        return self.get(consultation_id)

    @staticmethod
    def _not_back_yet(session: Session, model: type[Any], record_id: int) -> None:
        if session.get(model, record_id) is not None:
            raise ValidationError("record", _("This is already back in the plan."))


def _goal_conflict_message() -> str:
    return _(
        "This goal was changed on another computer after you opened it. Nothing was "
        "overwritten; look at the current goal and make your change again."
    )


def _result_record(row: m.PreparationResult) -> PreparationResultRecord:
    return PreparationResultRecord(row.id, row.test_name, row.value, row.meaning, row.taken_on)


def _support_record(row: m.Support) -> SupportRecord:
    return SupportRecord(row.id, row.kind, row.name, row.contact, row.how_they_help)


def _step_record(row: m.EscalationStep) -> EscalationStepRecord:
    return EscalationStepRecord(
        row.id, row.level, row.signs, row.what_to_do, row.contact, row.phone
    )


def _restoring(part: PlanPart, record_id: int, position: int) -> Carry:
    """Undo of a removal: the part back under its own ids, at the place it had."""
    return Carry(
        everything=True, same_ids=True, changes={(part.key, record_id): {"position": position}}
    )
