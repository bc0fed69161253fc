"""Every edit the consultation window makes, as an undoable command over the core.

The stage widgets call these; each builds the command with its inverse and
pushes it on the session's undo stack, which stores it at once. ``old``
values come from the plan on screen, so undo puts back what the pair saw.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from careplan.records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    EscalationStepRecord,
    GoalRecord,
    ParticipantRecord,
    PreparationResultRecord,
    SupportRecord,
    WhatMattersRecord,
)
from ui.consultation.commands import Add, Call, FieldEdit, OnDone, OnError, Remove, edit
from ui.consultation.session import ConsultationSession
from ui.consultation.widgets import field_key


def _tr(text: str) -> str:
    return QCoreApplication.translate("consultation", text)


class PlanEditor:
    def __init__(self, session: ConsultationSession) -> None:
        self.session = session
        self._c = session.consultations

    @property
    def _id(self) -> int:
        return self.session.plan.id

    def _push(self, command: Call | FieldEdit | Add[Any] | Remove[Any]) -> None:
        self.session.undo_stack.push(command)

    # ----- preparation ----------------------------------------------------------------------------

    def set_preparation(
        self, field: str, new: str, old: str | None, on_error: OnError | None = None
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            FieldEdit(
                self.session,
                _tr("change the preparation"),
                field_key(f"preparation:{cid}:{field}"),
                lambda value: c.set_preparation(cid, **{field: value}),
                new,
                old,
                on_error=on_error,
            )
        )

    def add_result(
        self,
        test_name: str,
        value: str,
        meaning: str,
        taken_on: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add the result"),
                lambda: c.add_result(
                    cid, test_name, value, meaning, taken_on or None
                ).preparation.results[-1],
                c.remove_result,
                c.restore_result,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_result(
        self,
        result: PreparationResultRecord,
        field: str,
        value: Any,
        on_error: OnError | None = None,
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change the result"),
                lambda values: c.update_result(result.id, **values),
                {field: value},
                {field: getattr(result, field)},
                on_error=on_error,
            )
        )

    def remove_result(self, result: PreparationResultRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session, _tr("remove the result"), result.id, c.remove_result, c.restore_result
            )
        )

    def add_participant(
        self,
        role: str,
        name: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add who is present"),
                lambda: c.add_participant(cid, role, name).participants[-1],
                c.remove_participant,
                c.restore_participant,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def remove_participant(self, participant: ParticipantRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove who is present"),
                participant.id,
                c.remove_participant,
                c.restore_participant,
            )
        )

    # ----- agenda ---------------------------------------------------------------------------------

    def add_agenda_item(
        self,
        text: str,
        raised_by: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add the topic"),
                lambda: c.add_agenda_item(cid, text, raised_by),
                c.remove_agenda_item,
                c.restore_agenda_item,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_agenda_text(
        self, item: AgendaItemRecord, text: str, on_error: OnError | None = None
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change the topic"),
                lambda values: c.update_agenda_item(item.id, values["text"]),
                {"text": text},
                {"text": item.text},
                on_error=on_error,
            )
        )

    def set_agenda_status(self, item: AgendaItemRecord, status: str) -> None:
        c = self._c
        texts = {
            "deferred": _tr("defer the topic"),
            "discussed": _tr("mark the topic discussed"),
            "open": _tr("keep the topic for today"),
        }
        self._push(
            edit(
                self.session,
                texts.get(status, _tr("change the topic")),
                lambda values: c.set_agenda_status(item.id, values["status"]),
                {"status": status},
                {"status": item.status},
            )
        )

    def rank_agenda(self, new_order: list[int], old_order: list[int]) -> None:
        c, cid = self._c, self._id
        self._push(
            Call(
                self.session,
                _tr("reorder the topics"),
                lambda: c.rank_agenda(cid, new_order),
                lambda: c.rank_agenda(cid, old_order),
            )
        )

    def remove_agenda_item(self, item: AgendaItemRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove the topic"),
                item.id,
                c.remove_agenda_item,
                c.restore_agenda_item,
            )
        )

    # ----- what matters and goals -----------------------------------------------------------------

    def add_what_matters(
        self, text: str, *, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add what matters"),
                lambda: c.add_what_matters(cid, text),
                c.remove_what_matters,
                c.restore_what_matters,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_what_matters(
        self, item: WhatMattersRecord, text: str, on_error: OnError | None = None
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change what matters"),
                lambda values: c.update_what_matters(item.id, values["text"]),
                {"text": text},
                {"text": item.text},
                on_error=on_error,
            )
        )

    def remove_what_matters(self, item: WhatMattersRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove what matters"),
                item.id,
                c.remove_what_matters,
                c.restore_what_matters,
            )
        )

    def add_goal(
        self,
        text: str,
        expressed_by: str,
        importance: int | None = None,
        what_matters_id: int | None = None,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid, versions = self._c, self._id, self.session.versions
        self._push(
            Add(
                self.session,
                _tr("add the goal"),
                lambda: versions.note(
                    c.add_goal(cid, text, expressed_by, importance, what_matters_id=what_matters_id)
                ),
                c.remove_goal,
                lambda removed: versions.note(c.restore_goal(removed)),
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_goal(
        self, goal: GoalRecord, changes: dict[str, Any], on_error: OnError | None = None
    ) -> None:
        c, versions = self._c, self.session.versions
        old = {key: getattr(goal, key) for key in changes}
        if len(changes) == 1:
            ((field, value),) = changes.items()
            self._push(
                FieldEdit(
                    self.session,
                    _tr("change the goal"),
                    field_key(f"goal:{goal.id}:{field}"),
                    lambda v: versions.note(
                        c.update_goal(goal.id, versions[goal.id], **{field: v})
                    ),
                    value,
                    old[field],
                    on_error=on_error,
                )
            )
            return
        self._push(
            edit(
                self.session,
                _tr("change the goal"),
                lambda values: versions.note(c.update_goal(goal.id, versions[goal.id], **values)),
                dict(changes),
                old,
                on_error=on_error,
            )
        )

    def carry_goal(self, goal: GoalRecord, outcome: str, on_error: OnError | None = None) -> None:
        """Keep, mark achieved or stop a goal carried from the last plan (undoable)."""
        c, versions = self._c, self.session.versions
        before = {"achieved": "achieved", "stopped": "stopped"}.get(goal.status, "keep")
        self._push(
            Call(
                self.session,
                _tr("decide about the goal from last time"),
                lambda: versions.note(c.carry_goal(goal.id, outcome)),
                lambda: versions.note(c.carry_goal(goal.id, before)),
                on_error=on_error,
            )
        )

    def remove_goal(self, goal: GoalRecord) -> None:
        c, versions = self._c, self.session.versions
        self._push(
            Remove(
                self.session,
                _tr("remove the goal"),
                goal.id,
                c.remove_goal,
                lambda removed: versions.note(c.restore_goal(removed)),
            )
        )

    # ----- actions and confidence -----------------------------------------------------------------

    def add_action(
        self,
        goal_id: int,
        what: str,
        who: str = "person",
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c = self._c
        self._push(
            Add(
                self.session,
                _tr("add the action"),
                lambda: c.add_action(goal_id, what, who=who),
                c.remove_action,
                c.restore_action,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_action(
        self, action: ActionRecord, changes: dict[str, Any], on_error: OnError | None = None
    ) -> None:
        c = self._c
        old = {key: getattr(action, key) for key in changes}
        if len(changes) == 1:
            ((field, value),) = changes.items()
            self._push(
                FieldEdit(
                    self.session,
                    _tr("change the action"),
                    field_key(f"action:{action.id}:{field}"),
                    lambda v: c.update_action(action.id, **{field: v}),
                    value,
                    old[field],
                    on_error=on_error,
                )
            )
            return
        self._push(
            edit(
                self.session,
                _tr("change the action"),
                lambda values: c.update_action(action.id, **values),
                dict(changes),
                old,
                on_error=on_error,
            )
        )

    def remove_action(self, action: ActionRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session, _tr("remove the action"), action.id, c.remove_action, c.restore_action
            )
        )

    def rate_confidence(self, action: ActionRecord, rating: int) -> None:
        c = self._c
        first, final = action.confidence_first, action.confidence_final
        self._push(
            Call(
                self.session,
                _tr("rate how sure"),
                lambda: c.rate_confidence(action.id, rating),
                lambda: c.restore_confidence(action.id, first, final),
            )
        )

    # ----- barriers, support, if things get worse -------------------------------------------------

    def add_barrier(
        self,
        goal_id: int,
        barrier: str,
        plan_b: str,
        action_id: int | None = None,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c = self._c
        self._push(
            Add(
                self.session,
                _tr("add the barrier"),
                lambda: c.add_barrier(goal_id, barrier, plan_b, action_id),
                c.remove_barrier,
                c.restore_barrier,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_barrier(
        self, barrier: BarrierRecord, field: str, value: Any, on_error: OnError | None = None
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change the barrier"),
                lambda values: c.update_barrier(barrier.id, **values),
                {field: value},
                {field: getattr(barrier, field)},
                on_error=on_error,
            )
        )

    def remove_barrier(self, barrier: BarrierRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove the barrier"),
                barrier.id,
                c.remove_barrier,
                c.restore_barrier,
            )
        )

    def add_support(
        self,
        kind: str,
        name: str,
        contact: str,
        how_they_help: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add the support"),
                lambda: c.add_support(cid, kind, name, contact, how_they_help),
                c.remove_support,
                c.restore_support,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_support(
        self, support: SupportRecord, field: str, value: Any, on_error: OnError | None = None
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change the support"),
                lambda values: c.update_support(support.id, **values),
                {field: value},
                {field: getattr(support, field)},
                on_error=on_error,
            )
        )

    def remove_support(self, support: SupportRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove the support"),
                support.id,
                c.remove_support,
                c.restore_support,
            )
        )

    def add_escalation_step(
        self,
        level: str,
        signs: str,
        what_to_do: str,
        contact: str,
        phone: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        c, cid = self._c, self._id
        self._push(
            Add(
                self.session,
                _tr("add the step"),
                lambda: c.add_escalation_step(cid, level, signs, what_to_do, contact, phone),
                c.remove_escalation_step,
                c.restore_escalation_step,
                on_done=on_done,
                on_error=on_error,
            )
        )

    def update_escalation_step(
        self, step: EscalationStepRecord, field: str, value: Any, on_error: OnError | None = None
    ) -> None:
        c = self._c
        self._push(
            edit(
                self.session,
                _tr("change the step"),
                lambda values: c.update_escalation_step(step.id, **values),
                {field: value},
                {field: getattr(step, field)},
                on_error=on_error,
            )
        )

    def remove_escalation_step(self, step: EscalationStepRecord) -> None:
        c = self._c
        self._push(
            Remove(
                self.session,
                _tr("remove the step"),
                step.id,
                c.remove_escalation_step,
                c.restore_escalation_step,
            )
        )

    # ----- named contact and review date ----------------------------------------------------------

    def set_named_contact(
        self, name: str, role: str, phone: str, on_error: OnError | None = None
    ) -> None:
        c, plan = self._c, self.session.plan
        cid = plan.id
        old = (plan.named_contact_name, plan.named_contact_role, plan.named_contact_phone)

        def store(value: tuple[str | None, str | None, str | None]) -> Any:
            who, what, number = value
            if not (who or "").strip() and not (what or "").strip() and not (number or "").strip():
                return c.clear_named_contact(cid)
            return c.set_named_contact(cid, who or "", what, number)

        self._push(
            FieldEdit(
                self.session,
                _tr("change the named contact"),
                field_key(f"named-contact:{cid}"),
                store,
                (name, role, phone),
                old,
                on_error=on_error,
            )
        )

    def set_review_date(self, when: str | dt.date | None, on_error: OnError | None = None) -> None:
        c, plan = self._c, self.session.plan
        cid, old = plan.id, plan.review_date
        self._push(
            edit(
                self.session,
                _tr("change the review date"),
                lambda values: c.set_review_date(cid, values["when"]),
                {"when": when},
                {"when": old},
                on_error=on_error,
            )
        )
