"""Every edit the consultation window makes, as an undoable command over the core.

Adding, changing and removing any plan part is one generic edit each, derived
from the part's declaration (:mod:`careplan.plan_parts`): the core's ``add``,
``update``, ``remove`` and ``restore`` with this window's session as initiator,
so the session applies the returned record and skips re-reading its own edit.
The stages add, change and remove every part through these generic edits; the
named methods are the edits that are not one part's fields (the preparation, the
agenda's order and statuses, goals carried from last time, ratings, the named
contact and review date) and ``add_agenda_item``, which the results panel uses too.
Each builds the command with its inverse and pushes it on the session's undo stack,
which stores it at once. ``old`` values come from the plan on screen, so undo puts
back what the pair saw.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from careplan import plan_parts as parts
from careplan import records as r
from careplan.plan_parts import PlanPart
from careplan.services.part_edits import Outcome
from careplan.vocabulary import AgendaStatus
from ui.consultation.commands import NO_REPLY, Edit, OnError, PlanCommand, Removal, Reply
from ui.consultation.session import ConsultationSession
from ui.consultation.widgets import field_key
from ui.i18n import translator

_tr = translator("consultation")


def _undo_texts() -> dict[str, tuple[str, str, str]]:
    """What Undo and Redo call adding, changing and removing each part."""
    return {
        parts.RESULT.key: (
            _tr("add the result"),
            _tr("change the result"),
            _tr("remove the result"),
        ),
        parts.PARTICIPANT.key: (_tr("add who is present"), "", _tr("remove who is present")),
        parts.AGENDA_ITEM.key: (
            _tr("add the topic"),
            _tr("change the topic"),
            _tr("remove the topic"),
        ),
        parts.WHAT_MATTERS.key: (
            _tr("add what matters"),
            _tr("change what matters"),
            _tr("remove what matters"),
        ),
        parts.GOAL.key: (_tr("add the goal"), _tr("change the goal"), _tr("remove the goal")),
        parts.ACTION.key: (
            _tr("add the action"),
            _tr("change the action"),
            _tr("remove the action"),
        ),
        parts.BARRIER.key: (
            _tr("add the barrier"),
            _tr("change the barrier"),
            _tr("remove the barrier"),
        ),
        parts.SUPPORT.key: (
            _tr("add the support"),
            _tr("change the support"),
            _tr("remove the support"),
        ),
        parts.ESCALATION_STEP.key: (
            _tr("add the step"),
            _tr("change the step"),
            _tr("remove the step"),
        ),
    }


class PlanEditor:
    def __init__(self, session: ConsultationSession) -> None:
        self.session = session
        self._c = session.consultations

    @property
    def _id(self) -> int:
        return self.session.plan.id

    def _push(self, command: PlanCommand) -> None:
        self.session.undo_stack.push(command)

    # ----- any part: add, change, remove ----------------------------------------------------------

    def _noted(self, outcome: Outcome[Any]) -> Outcome[Any]:
        """A goal's version as the core returned it (optimistic locking of goals), noted in
        the job itself so the next job already uses it."""
        if isinstance(outcome.record, r.GoalRecord):
            self.session.versions.note(outcome.record)
        return outcome

    def add(
        self, part: PlanPart[Any], parent_id: int, values: dict[str, Any], reply: Reply = NO_REPLY
    ) -> None:
        """Add a part under ``parent_id`` (the plan, or a goal); undo takes it out again,
        redo puts the same record back (same id)."""
        c, me = self._c, self.session
        removal = self._removal(part)
        self._push(
            PlanCommand(
                self.session,
                _undo_texts()[part.key][0],
                removal.adding(lambda: self._noted(c.add(part, parent_id, initiator=me, **values))),
                removal.take_out,
                reply,
            )
        )

    def update(
        self,
        part: PlanPart[Any],
        record: Any,
        changes: dict[str, Any],
        on_error: OnError | None = None,
    ) -> None:
        """Change fields of one part. One field is stored as it is typed (the pauses of one
        stretch of typing merge into one undo step); several fields are one step."""
        c, me, versions = self._c, self.session, self.session.versions
        record_id = record.id
        versioned = part.conflict is not None

        def store(values: dict[str, Any]) -> Outcome[Any]:
            expected = versions[record_id] if versioned else None
            return self._noted(
                c.update(part, record_id, values, expected_version=expected, initiator=me)
            )

        old = {name: getattr(record, name) for name in changes}
        (first, *others) = changes
        key = -1 if others else field_key(f"{part.key}:{record_id}:{first}")
        text = _undo_texts()[part.key][1]
        self._push(Edit(self.session, text, store, dict(changes), old, on_error, key))

    def choose(
        self,
        part: PlanPart[Any],
        record: Any,
        field: str,
        value: Any,
        on_error: OnError | None = None,
    ) -> None:
        """One field chosen from a list, ticked or changed in a table: one undo step of its
        own."""
        c, me = self._c, self.session
        self._push(
            Edit(
                self.session,
                _undo_texts()[part.key][1],
                lambda values: c.update(part, record.id, values, initiator=me),
                {field: value},
                {field: getattr(record, field)},
                on_error,
            )
        )

    def remove(self, part: PlanPart[Any], record: Any) -> None:
        """Take a part out; undo puts it back as it was, under its own id."""
        removal = self._removal(part, record.id)
        text = _undo_texts()[part.key][2]
        self._push(PlanCommand(self.session, text, removal.take_out, removal.put_back))

    def _removal(self, part: PlanPart[Any], record_id: int | None = None) -> Removal[Any]:
        c, me = self._c, self.session
        return Removal(
            lambda record_id: c.remove(part, record_id, initiator=me),
            lambda removed: self._noted(c.restore(part, removed, initiator=me)),
            record_id,
        )

    # ----- preparation ----------------------------------------------------------------------------

    def set_preparation(
        self, field: str, new: str, old: str | None, on_error: OnError | None = None
    ) -> None:
        c, cid, me = self._c, self._id, self.session
        self._push(
            Edit(
                self.session,
                _tr("change the preparation"),
                lambda value: c.set_preparation(cid, initiator=me, **{field: value}),
                new,
                old,
                on_error,
                field_key(f"preparation:{cid}:{field}"),
            )
        )

    # ----- agenda ---------------------------------------------------------------------------------

    def set_agenda_status(self, item: r.AgendaItemRecord, status: str) -> None:
        c, me = self._c, self.session
        texts: dict[str, str] = {
            AgendaStatus.DEFERRED: _tr("defer the topic"),
            AgendaStatus.DISCUSSED: _tr("mark the topic discussed"),
            AgendaStatus.OPEN: _tr("keep the topic for today"),
        }
        self._push(
            Edit(
                self.session,
                texts.get(status, _tr("change the topic")),
                lambda values: c.update(parts.AGENDA_ITEM, item.id, values, initiator=me),
                {"status": status},
                {"status": item.status},
            )
        )

    def rank_agenda(self, new_order: list[int], old_order: list[int]) -> None:
        c, cid, me = self._c, self._id, self.session
        self._push(
            PlanCommand(
                self.session,
                _tr("reorder the topics"),
                lambda: c.rank_agenda(cid, new_order, initiator=me),
                lambda: c.rank_agenda(cid, old_order, initiator=me),
            )
        )

    # ----- goals carried from the last plan -------------------------------------------------------

    def carry_goal(self, goal: r.GoalRecord, outcome: str, on_error: OnError | None = None) -> None:
        """Keep, mark achieved or stop a goal carried from the last plan (undoable)."""
        c, versions = self._c, self.session.versions
        before = {"achieved": "achieved", "stopped": "stopped"}.get(goal.status, "keep")
        self._push(
            PlanCommand(
                self.session,
                _tr("decide about the goal from last time"),
                lambda: versions.note(c.carry_goal(goal.id, outcome)),
                lambda: versions.note(c.carry_goal(goal.id, before)),
                Reply(error=on_error),
            )
        )

    # ----- confidence -----------------------------------------------------------------------------

    def rate_confidence(self, action: r.ActionRecord, rating: int) -> None:
        c, me = self._c, self.session
        first, final = action.confidence_first, action.confidence_final
        self._push(
            PlanCommand(
                self.session,
                _tr("rate how sure"),
                lambda: c.rate(action.id, rating, initiator=me),
                lambda: c.put_back_ratings(action.id, first, final, initiator=me),
            )
        )

    # ----- named contact and review date ----------------------------------------------------------

    def set_named_contact(
        self, name: str, role: str, phone: str, on_error: OnError | None = None
    ) -> None:
        c, plan, me = self._c, self.session.plan, self.session
        cid = plan.id
        old = (plan.named_contact_name, plan.named_contact_role, plan.named_contact_phone)

        def store(value: tuple[str | None, str | None, str | None]) -> Any:
            who, what, number = value
            if not (who or "").strip() and not (what or "").strip() and not (number or "").strip():
                return c.clear_named_contact(cid, initiator=me)
            return c.set_named_contact(cid, who or "", what, number, initiator=me)

        self._push(
            Edit(
                self.session,
                _tr("change the named contact"),
                store,
                (name, role, phone),
                old,
                on_error,
                field_key(f"named-contact:{cid}"),
            )
        )

    def set_review_date(self, when: str | dt.date | None, on_error: OnError | None = None) -> None:
        c, plan, me = self._c, self.session.plan, self.session
        cid, old = plan.id, plan.review_date
        self._push(
            Edit(
                self.session,
                _tr("change the review date"),
                lambda values: c.set_review_date(cid, values["when"], initiator=me),
                {"when": when},
                {"when": old},
                on_error,
            )
        )
