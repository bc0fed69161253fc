"""Building a plan in the consultation: the named operations on each of its parts.

Adding, changing, taking out and putting back a part is one implementation
driven by the parts' declarations (``part_edits``); the methods here are thin
wrappers with the parts' names and signatures. What follows rules of its own
(the preparation's prompts, the agenda's order, a goal's lifecycle, the
confidence ratings, the named contact and the review date) is in ``plan_fields_edits``.

Every call is one short write transaction. Agreed plans are never edited: a
change means a new revision, so the history keeps what was agreed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import plan_parts as parts
from ..records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    PreparationResultRecord,
    SupportRecord,
    WhatMattersRecord,
)
from ..review_dates import proposed_review_date
from ..vocabulary import ActionOwner, AgendaStatus, RaisedBy
from .part_edits import Outcome, Removed, removing, restoring
from .plan_settings import PlanSettings, confidence

__all__ = ["ConsultationService", "Outcome", "Removed", "confidence", "proposed_review_date"]


class ConsultationService(PlanSettings):
    # ----- preparation and who is present -----------------------------------------

    def add_result(
        self,
        consultation_id: int,
        test_name: str,
        value: str | None = None,
        meaning: str | None = None,
        taken_on: str | dt.date | None = None,
    ) -> ConsultationRecord:
        self.add(
            parts.RESULT,
            consultation_id,
            test_name=test_name,
            value=value,
            meaning=meaning,
            taken_on=taken_on,
        )
        return self.get(consultation_id)

    def update_result(self, result_id: int, **changes: Any) -> PreparationResultRecord:
        return self.update(parts.RESULT, result_id, changes).record

    remove_result = removing(parts.RESULT)
    restore_result = restoring(parts.RESULT)

    def add_participant(
        self, consultation_id: int, role: str, name: str | None = None
    ) -> ConsultationRecord:
        self.add(parts.PARTICIPANT, consultation_id, role=role, name=name)
        return self.get(consultation_id)

    remove_participant = removing(parts.PARTICIPANT)
    restore_participant = restoring(parts.PARTICIPANT)

    # ----- agenda ------------------------------------------------------------------

    def add_agenda_item(self, consultation_id: int, text: str, raised_by: str) -> AgendaItemRecord:
        outcome = self.add(parts.AGENDA_ITEM, consultation_id, text=text, raised_by=raised_by)
        return outcome.record

    def update_agenda_item(self, item_id: int, text: str) -> AgendaItemRecord:
        return self.update(parts.AGENDA_ITEM, item_id, {"text": text}).record

    def set_agenda_status(self, item_id: int, status: str) -> AgendaItemRecord:
        return self.update(parts.AGENDA_ITEM, item_id, {"status": status}).record

    def defer_agenda_item(self, item_id: int) -> AgendaItemRecord:
        return self.set_agenda_status(item_id, AgendaStatus.DEFERRED)

    # A topic added by mistake; topics not discussed are deferred, not removed.
    remove_agenda_item = removing(parts.AGENDA_ITEM)
    restore_agenda_item = restoring(parts.AGENDA_ITEM)

    # ----- what matters and goals ---------------------------------------------------

    def add_what_matters(self, consultation_id: int, text: str) -> WhatMattersRecord:
        return self.add(parts.WHAT_MATTERS, consultation_id, text=text).record

    def update_what_matters(self, what_matters_id: int, text: str) -> WhatMattersRecord:
        outcome = self.update(parts.WHAT_MATTERS, what_matters_id, {"text": text})
        return outcome.record

    # Goals linked to it stay, unlinked (``links`` lists them, to link them again).
    remove_what_matters = removing(parts.WHAT_MATTERS)
    restore_what_matters = restoring(parts.WHAT_MATTERS)

    def add_goal(
        self,
        consultation_id: int,
        text: str,
        expressed_by: str = RaisedBy.PATIENT,
        importance: int | None = None,
        target: str | None = None,
        target_date: str | dt.date | None = None,
        what_matters_id: int | None = None,
    ) -> GoalRecord:
        outcome = self.add(
            parts.GOAL,
            consultation_id,
            text=text,
            expressed_by=expressed_by,
            importance=importance,
            target=target,
            target_date=target_date,
            what_matters_id=what_matters_id,
        )
        return outcome.record

    def update_goal(self, goal_id: int, expected_version: int, **changes: Any) -> GoalRecord:
        """Change a goal's fields; refused with :class:`ConflictError` if it changed meanwhile."""
        outcome = self.update(parts.GOAL, goal_id, changes, expected_version=expected_version)
        return outcome.record

    remove_goal = removing(parts.GOAL)
    restore_goal = restoring(parts.GOAL)

    # ----- actions and barriers -----------------------------------------------------

    def add_action(
        self,
        goal_id: int,
        what: str,
        how_much: str | None = None,
        when: str | None = None,
        how_often: str | None = None,
        who: str = ActionOwner.PERSON,
        who_name: str | None = None,
        confidence_rating: int | None = None,
    ) -> ActionRecord:
        outcome = self.add(
            parts.ACTION,
            goal_id,
            what=what,
            how_much=how_much,
            when=when,
            how_often=how_often,
            who=who,
            who_name=who_name,
            confidence_first=confidence_rating,
        )
        return outcome.record

    def update_action(self, action_id: int, **changes: Any) -> ActionRecord:
        return self.update(parts.ACTION, action_id, changes).record

    # Barriers linked to the action stay with the goal, unlinked (``links``).
    remove_action = removing(parts.ACTION)
    restore_action = restoring(parts.ACTION)

    def add_barrier(
        self, goal_id: int, barrier: str, plan_b: str | None = None, action_id: int | None = None
    ) -> BarrierRecord:
        outcome = self.add(
            parts.BARRIER, goal_id, barrier=barrier, plan_b=plan_b, action_id=action_id
        )
        return outcome.record

    def update_barrier(self, barrier_id: int, **changes: Any) -> BarrierRecord:
        return self.update(parts.BARRIER, barrier_id, changes).record

    remove_barrier = removing(parts.BARRIER)
    restore_barrier = restoring(parts.BARRIER)

    # ----- support, if things get worse -------------------------------------------------

    def add_support(
        self,
        consultation_id: int,
        kind: str,
        name: str,
        contact: str | None = None,
        how_they_help: str | None = None,
    ) -> SupportRecord:
        outcome = self.add(
            parts.SUPPORT,
            consultation_id,
            kind=kind,
            name=name,
            contact=contact,
            how_they_help=how_they_help,
        )
        return outcome.record

    def update_support(self, support_id: int, **changes: Any) -> SupportRecord:
        return self.update(parts.SUPPORT, support_id, changes).record

    remove_support = removing(parts.SUPPORT)
    restore_support = restoring(parts.SUPPORT)

    def add_escalation_step(
        self,
        consultation_id: int,
        level: str,
        signs: str,
        what_to_do: str | None = None,
        contact: str | None = None,
        phone: str | None = None,
    ) -> EscalationStepRecord:
        outcome = self.add(
            parts.ESCALATION_STEP,
            consultation_id,
            level=level,
            signs=signs,
            what_to_do=what_to_do,
            contact=contact,
            phone=phone,
        )
        return outcome.record

    def update_escalation_step(self, step_id: int, **changes: Any) -> EscalationStepRecord:
        return self.update(parts.ESCALATION_STEP, step_id, changes).record

    remove_escalation_step = removing(parts.ESCALATION_STEP)
    restore_escalation_step = restoring(parts.ESCALATION_STEP)
