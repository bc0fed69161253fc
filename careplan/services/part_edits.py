"""Add, change, take out and put back any part of a draft plan, by its declaration.

One implementation for every plan part (:data:`careplan.plan_parts.EDITED_PARTS`):
values are checked and converted by the part's fields, links must point inside
the same plan, every edit takes the plan's lock and is refused when the plan
changed since this workstation read it (see ``plan_lock``). A removal returns
what is needed to put the part back as it was, under its own id; records that
pointed at it are unlinked and linked again on restore.

Each operation returns an :class:`Outcome`: the record as stored now, the
change it reported (kind, part, record, patient, who initiated it) and the
plan's new version, so the caller can show the edit without reading the plan
back. The named methods of :class:`ConsultationService` are thin wrappers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .. import models as m
from ..changes import Change, ChangeKind, Subject
from ..errors import ConflictError, FieldChange, ValidationError
from ..i18n import _, marked
from ..permissions import Permission
from ..plan_fields import Kind
from ..plan_parts import PlanPart, linked_from
from ..plan_parts import part as part_by_key
from . import convert
from .agreeing import PlanLifecycle
from .base import get_or_404
from .plan_lock import make_room, next_position
from .revision import Carry, copy_one

R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True)
class Removed(Generic[R]):
    """What a ``remove`` took out of a draft: enough to put it back as it was.

    ``parent_id`` is the consultation (the goal, for actions and barriers; the
    preparation, for results). ``links`` are the records that pointed at the
    removed one and were unlinked: goals of a what-matters statement, barriers
    of an action. Undo in the consultation window is built on this.
    """

    parent_id: int
    position: int
    record: R
    links: tuple[int, ...] = ()


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What an edit did: the record as stored now (a :class:`Removed` for a removal),
    the change reported, the plan's version after it, where the record stands among
    its siblings (its index in the plan's list), and the records linked to it again
    (a restore). :func:`careplan.plan_outcomes.applied` applies it to a plan as read."""

    record: R
    change: Change
    plan_version: int
    index: int | None = None
    links: tuple[int, ...] = ()


class PartEditing(PlanLifecycle):
    """Add, change, remove and restore, for every part of a plan."""

    def add(
        self, part: PlanPart[R], parent_id: int, *, initiator: object = None, **values: Any
    ) -> Outcome[R]:
        """Add a part under ``parent_id``: the consultation, or the goal for an action or
        a barrier (a result goes under the plan's preparation, made when first needed)."""
        self._require(Permission.EDIT_PLANS)
        allowed = {f.name for f in part.spec if f.on_add}
        self._known(part, values, allowed)
        given = {f.name: values.get(f.name, f.default) for f in part.spec if f.on_add}
        converted = self._converted(part, given)
        with self._write() as session:
            plan, under = self._parent_for_add(session, part, parent_id)
            self._check_links(session, part, under, converted)
            if part.order != "id":
                order = getattr(part.model, part.order)
                parent = getattr(part.model, part.parent_column)
                converted[part.order] = next_position(session, order, parent, under)
            _stamp(part.model, converted, self._now(), "created_at", "updated_at")
            row = part.model(**{part.parent_column: under}, **converted)
            session.add(row)
            session.flush()
            record: R = convert.part_record(part, row)
            outcome = self._outcome(session, plan, part, record, ChangeKind.ADDED, initiator)
        return outcome

    def update(
        self,
        part: PlanPart[R],
        record_id: int,
        changes: Mapping[str, Any],
        *,
        expected_version: int | None = None,
        initiator: object = None,
    ) -> Outcome[R]:
        """Change some fields of one part. A part with a version of its own (a goal) is
        changed only at ``expected_version``; otherwise :class:`ConflictError`."""
        self._require(Permission.EDIT_PLANS)
        self._known(part, changes, {f.name for f in part.spec if f.on_update})
        values = self._converted(part, changes)
        message = marked(part.conflict) if part.conflict else None
        with self._write(conflict_message=message) as session:
            row = get_or_404(session, part.model, record_id, marked(part.label))
            under = getattr(row, part.parent_column)
            plan = self._draft(
                session, self._plan_id(session, part, under), part=row, values=values
            )
            self._check_links(session, part, under, values)
            if part.conflict is not None:
                check_version(row, expected_version, values, message)
            for name, value in values.items():
                setattr(row, name, value)
            _stamp(part.model, {}, self._now(), "updated_at", row=row)
            session.flush()
            record: R = convert.part_record(part, row)
            outcome = self._outcome(session, plan, part, record, ChangeKind.CHANGED, initiator)
        return outcome

    def remove(
        self, part: PlanPart[R], record_id: int, *, initiator: object = None
    ) -> Outcome[Removed[R]]:
        """Take a part (with its own parts) out of the draft; the outcome's record is the
        :class:`Removed` that :meth:`restore` takes."""
        self._require(Permission.EDIT_PLANS)
        with self._write() as session:
            row = get_or_404(session, part.model, record_id, marked(part.label))
            under = getattr(row, part.parent_column)
            plan = self._draft(session, self._plan_id(session, part, under))
            row_id: int = cast(Any, row).id
            linked: tuple[int, ...] = ()
            for other, link in linked_from(part):
                column, ids = getattr(other.model, link.name), _ids(other.model)
                linked += tuple(session.scalars(select(ids).where(column == row_id).order_by(ids)))
                # The link is structure, not the other record's words: unlinking (here,
                # and linking again on restore) leaves its version alone.
                session.execute(
                    update(other.model).where(column == row_id).values({link.name: None})
                )
            position = 0 if part.order == "id" else getattr(row, part.order)
            removed = Removed(under, position, convert.part_record(part, row), linked)
            # Children that link to their siblings first: the database removes such a
            # row with the one it points at, which the ORM would not expect.
            for child in reversed(part.children):
                getattr(row, child.relation).clear()
                session.flush()
            session.delete(row)
            session.flush()
            outcome = self._outcome(
                session, plan, part, removed, ChangeKind.REMOVED, initiator, record_id
            )
        return outcome

    def restore(
        self, part: PlanPart[R], removed: Removed[R], *, initiator: object = None
    ) -> Outcome[R]:
        """Put a removed part back as it was, under the same ids, at the same place, and
        link again what pointed at it. A versioned part's version starts again at 1."""
        self._require(Permission.EDIT_PLANS)
        source = removed.record
        source_id: int = cast(Any, source).id
        under = removed.parent_id
        with self._write() as session:
            plan = self._draft(session, self._plan_id(session, part, under), adding=True)
            if session.get(part.model, source_id) is not None:
                raise ValidationError("record", _("This is already back in the plan."))
            if part.order != "id":
                make_room(
                    session, part.model, part.parent_column, part.order, under, removed.position
                )
            place = {} if part.order == "id" else {part.order: removed.position}
            carry = Carry(everything=True, same_ids=True, changes={(part.key, source_id): place})
            copied = copy_one(session, part, source, under, now=self._now(), carry=carry)
            row = copied.rows[part.key][source_id]
            for other, link in linked_from(part):
                if removed.links:
                    session.execute(
                        update(other.model)
                        .where(
                            _ids(other.model).in_(removed.links),
                            getattr(other.model, other.parent_column) == under,
                            getattr(other.model, link.name).is_(None),
                        )
                        .values({link.name: source_id})
                    )
            session.flush()
            if part.children:
                session.refresh(row)
            record: R = convert.part_record(part, row)
            index = self._index(session, part, under, removed.position)
            outcome = self._outcome(
                session, plan, part, record, ChangeKind.RESTORED, initiator, index=index
            )
            outcome = dataclasses.replace(outcome, links=removed.links)
        return outcome

    # ----- helpers -----------------------------------------------------------------

    @staticmethod
    def _known(part: PlanPart[Any], values: Mapping[str, Any], allowed: set[str]) -> None:
        unknown = set(values) - allowed
        if unknown:
            raise ValidationError(sorted(unknown)[0], marked(part.not_part))

    def _converted(self, part: PlanPart[Any], values: Mapping[str, Any]) -> dict[str, Any]:
        today = self._today()
        return {
            name: part.field(name).convert(value, today=today) for name, value in values.items()
        }

    @staticmethod
    def _check_links(
        session: Session, part: PlanPart[Any], under: int, values: Mapping[str, Any]
    ) -> None:
        """A link points at a part with the same parent (in the same plan, of the same goal)."""
        for link in part.spec:
            if link.kind is not Kind.LINK or values.get(link.name) is None:
                continue
            assert link.target is not None and link.message is not None
            target = part_by_key(link.target)
            other = session.get(target.model, values[link.name])
            if other is None or getattr(other, target.parent_column) != under:
                raise ValidationError(link.name, marked(link.message))

    def _plan_id(self, session: Session, part: PlanPart[Any], under: int) -> int:
        """The consultation a part under ``under`` belongs to."""
        if part.parent_model is None:
            return under
        parent = get_or_404(session, part.parent_model, under, marked(part.parent_label))
        return int(parent.consultation_id)  # type: ignore[attr-defined]

    def _parent_for_add(
        self, session: Session, part: PlanPart[Any], parent_id: int
    ) -> tuple[m.Consultation, int]:
        if part.parent_model is m.Preparation:
            plan = self._draft(session, parent_id, adding=True)
            prep = plan.preparation
            if prep is None:
                prep = m.Preparation(consultation_id=plan.id)
                session.add(prep)
                session.flush()
            return plan, prep.id
        plan = self._draft(session, self._plan_id(session, part, parent_id), adding=True)
        return plan, parent_id

    @staticmethod
    def _index(session: Session, part: PlanPart[Any], under: int, position: int) -> int | None:
        """How many siblings stand before ``position``: the record's place in its list."""
        if part.order == "id":
            return None
        column = getattr(part.model, part.order)
        parent = getattr(part.model, part.parent_column)
        before = session.scalar(
            select(func.count()).select_from(part.model).where(parent == under, column < position)
        )
        return int(before or 0)

    def _outcome(
        self,
        session: Session,
        plan: m.Consultation,
        part: PlanPart[Any],
        record: T,
        kind: ChangeKind,
        initiator: object,
        record_id: int | None = None,
        *,
        index: int | None = None,
    ) -> Outcome[T]:
        # The plan's version is bumped by this flush (it would be at commit anyway).
        session.flush()
        change = Change(
            Subject.CONSULTATION,
            plan.id,
            plan.patient_id,
            kind=kind,
            part=part.key,
            part_id=record_id if record_id is not None else getattr(record, "id", None),
            initiator=initiator,
        )
        self._report(session, change)
        return Outcome(record, change, plan.version, index)


def _ids(model: type[m.Base]) -> Any:
    return model.__table__.c.id


def _stamp(
    model: type[m.Base], values: dict[str, Any], now: dt.datetime, *names: str, row: Any = None
) -> None:
    columns = model.__table__.columns
    for name in names:
        if name in columns and name not in values:
            if row is None:
                values[name] = now
            else:
                setattr(row, name, now)


def check_version(
    row: Any, expected: int | None, values: Mapping[str, Any], message: str | None
) -> None:
    if expected is None:
        raise TypeError("expected_version is required for this part")
    if row.version != expected:
        raise ConflictError(
            message or "",
            tuple(
                FieldChange(k, v, getattr(row, k))
                for k, v in values.items()
                if getattr(row, k) != v
            ),
        )


def removing(part: PlanPart[R]) -> Callable[[PartEditing, int], Removed[R]]:
    """``remove`` for one part, under its own name (``remove_goal``)."""

    def remove(self: PartEditing, record_id: int) -> Removed[R]:
        return self.remove(part, record_id).record

    return remove


def restoring(part: PlanPart[R]) -> Callable[[PartEditing, Removed[R]], R]:
    """``restore`` for one part, under its own name (``restore_goal``)."""

    def restore(self: PartEditing, removed: Removed[R]) -> R:
        return self.restore(part, removed).record

    return restore
