"""One routine that makes the next revision of a plan, for every path that needs one.

A new visit carried forward, a clinician's revision, a review that changes
goals or actions, an imported plan becoming current: each calls
:func:`new_revision` (or :func:`copy_parts` for a plan read from a file). The
routine walks :data:`careplan.plan_parts.PLAN_PARTS`, so every part of the
plan survives unless the pair changed it (``Carry``), goals and actions keep
their lineage, and links inside the plan (a goal to what matters, a barrier to
its action) point at the new copies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from .. import models as m
from ..plan_parts import (
    ACTION,
    BARRIER,
    ESCALATION_STEP,
    GOAL,
    GOAL_TARGET,
    PARTICIPANT,
    PLAN_FIELDS,
    PLAN_PARTS,
    SUPPORT,
    PlanPart,
)
from ..plan_parts import part as part_by_key
from ..vocabulary import ConsultationStatus

PartKey = tuple[str, Any]


@dataclass(frozen=True)
class Carry:
    """What the pair changed while carrying the plan forward; everything else is kept.

    Keys are ``(part key, source id)``, e.g. ``("goal", 12)``. ``leave`` is not
    carried; ``keep`` is carried even where the part's own rule would leave it
    (a goal the review revised); ``changes`` replace fields of the copy.
    ``plan`` replaces fields of the plan itself (the review date).
    """

    leave: frozenset[PartKey] = frozenset()
    keep: frozenset[PartKey] = frozenset()
    changes: Mapping[PartKey, Mapping[str, Any]] = field(default_factory=dict)
    plan: Mapping[str, Any] = field(default_factory=dict)
    # A copy of the plan as a whole (an import): every row, whatever its rule says.
    everything: bool = False
    lineage: bool = True
    # Put back under the ids the rows had (undo of a removal), links kept where they
    # still point into the same plan.
    same_ids: bool = False
    # Lineage given part by part, for a copy whose source is not the earlier revision
    # (a changed version of an imported plan): the id of the row each copy continues,
    # by ``(part key, source id)``; a copy not named here starts a lineage of its own.
    continues: Mapping[PartKey, int] | None = None


@dataclass
class Copied:
    """The new rows, by part key and the source's id."""

    rows: dict[str, dict[Any, m.Base]] = field(default_factory=dict)

    def new(self, key: str, source_id: Any) -> Any:
        return self.rows.get(key, {}).get(source_id)


def _carried(part: PlanPart[Any], source: Any, carry: Carry) -> bool:
    if part.meeting_only and not carry.everything:
        return False
    key = (part.key, source.id)
    if key in carry.leave:
        return False
    if carry.everything or key in carry.keep or part.carried_if is None:
        return True
    return part.carried_if(source)


def _stamp(model: type[m.Base], values: dict[str, Any], now: dt.datetime) -> None:
    columns = model.__table__.columns
    for name in ("created_at", "updated_at"):
        if name in columns and name not in values:
            values[name] = now


def _copy_part(
    session: Session,
    part: PlanPart[Any],
    sources: Iterable[tuple[Any, int]],
    carry: Carry,
    copied: Copied,
    now: dt.datetime,
) -> None:
    made: list[tuple[Any, m.Base]] = []
    positions: dict[int, int] = {}
    for source, parent_id in sources:
        if not _carried(part, source, carry):
            continue
        values = {f: getattr(source, f) for f in part.fields}
        for column, target in part.links:
            old = getattr(source, column)
            new = copied.new(target, old) if old is not None else None
            if new is None and carry.same_ids and old is not None:
                new = _still_there(session, target, old, parent_id)
            values[column] = new.id if new is not None else None
        if carry.same_ids:
            values["id"] = source.id
            if part.lineage:
                earlier = getattr(source, part.lineage)
                exists = earlier is not None and session.get(part.model, earlier) is not None
                values[part.lineage] = earlier if exists else None
        elif part.lineage and carry.continues is not None:
            values[part.lineage] = carry.continues.get((part.key, source.id))
        elif part.lineage and carry.lineage:
            values[part.lineage] = source.id
        values[part.parent_column] = parent_id
        if part.order != "id":
            values[part.order] = positions.setdefault(parent_id, 0)
            positions[parent_id] += 1
        values.update(carry.changes.get((part.key, source.id), {}))
        _stamp(part.model, values, now)
        row = part.model(**values)
        session.add(row)
        made.append((source, row))
    session.flush()
    into = copied.rows.setdefault(part.key, {})
    for source, row in made:
        into[source.id] = row
    for child in part.children:
        _copy_part(
            session,
            child,
            ((c, row.id) for source, row in made for c in getattr(source, child.relation)),  # type: ignore[attr-defined]
            carry,
            copied,
            now,
        )


def _still_there(session: Session, key: str, row_id: Any, plan_id: int) -> Any:
    """The row ``row_id`` of part ``key`` if it is still in the plan ``plan_id``."""
    target = part_by_key(key)
    row = session.get(target.model, row_id)
    if row is None or getattr(row, target.parent_column) != plan_id:
        return None
    return row


def copy_one(
    session: Session,
    part: PlanPart[Any],
    source: Any,
    parent_id: int,
    *,
    now: dt.datetime,
    carry: Carry,
) -> Copied:
    """Copy one part (with its children) under ``parent_id``: undo of a removal."""
    copied = Copied()
    _copy_part(session, part, [(source, parent_id)], carry, copied, now)
    return copied


def copy_parts(
    session: Session,
    source: Any,
    target: m.Consultation,
    *,
    now: dt.datetime,
    carry: Carry | None = None,
) -> Copied:
    """Copy every part of ``source`` (a plan row, or :func:`document_source`) into ``target``."""
    carry = carry or Carry()
    copied = Copied()
    for part in PLAN_PARTS:
        _copy_part(
            session,
            part,
            ((s, target.id) for s in getattr(source, part.relation)),
            carry,
            copied,
            now,
        )
    return copied


def new_revision(
    session: Session,
    old: m.Consultation,
    *,
    now: dt.datetime,
    status: ConsultationStatus = ConsultationStatus.DRAFT,
    clinician_id: int | None = None,
    consultation_date: dt.date | None = None,
    carry: Carry | None = None,
    source: Any = None,
    started_at: dt.datetime | None = None,
) -> tuple[m.Consultation, Copied]:
    """The next revision of ``old``: a new consultation holding every part carried forward.

    ``source`` gives the parts and the plan's own fields instead of ``old`` (a changed
    version of an imported plan, read with :func:`document_source`; lineage then comes
    from ``carry.continues``); ``started_at`` is when the revision was made, if not now.
    """
    carry = carry or Carry()
    parts = old if source is None else source
    plan_values = {f: getattr(parts, f) for f in PLAN_FIELDS}
    plan_values.update(carry.plan)
    agreed = status is ConsultationStatus.AGREED
    started = started_at or now
    new = m.Consultation(
        patient_id=old.patient_id,
        clinician_id=clinician_id or old.clinician_id,
        status=status.value,
        consultation_date=consultation_date or now.date(),
        revision_of_id=old.id,
        revision=old.revision + 1,
        started_at=started,
        updated_at=now,
        agreed_at=started if agreed else None,
        **plan_values,
    )
    session.add(new)
    session.flush()
    return new, copy_parts(session, parts, new, now=now, carry=carry)


def document_source(plan: Any) -> SimpleNamespace:
    """A plan read from a file (``careplan.fhir.document.PlanDoc``) in the shape the routine reads.

    Its parts get ids of their own (what matters and goals by their index in the
    file, actions numbered across the plan), so links resolve as in a stored plan.
    Each part says what its declaration lists; a field the file does not carry is empty.
    """
    actions = 0
    goals = []
    for index, g in enumerate(plan.goals):
        first = actions
        goal_actions = []
        for a in g.actions:
            goal_actions.append(_read(ACTION, a, id=actions))
            actions += 1
        barriers = [
            _read(
                BARRIER,
                b,
                id=(index, k),
                action_id=None if b.action is None else first + b.action,
            )
            for k, b in enumerate(g.barriers)
        ]
        goals.append(
            _read(
                GOAL,
                g,
                id=index,
                what_matters_id=g.what_matters,
                actions=goal_actions,
                barriers=barriers,
                targets=[_read(GOAL_TARGET, t, id=(index, k)) for k, t in enumerate(g.targets)],
            )
        )
    return SimpleNamespace(
        **{f: getattr(plan, f) for f in PLAN_FIELDS},
        what_matters=[SimpleNamespace(id=i, text=t) for i, t in enumerate(plan.what_matters)],
        goals=goals,
        supports=[_read(SUPPORT, s, id=i) for i, s in enumerate(plan.supports)],
        escalation_steps=[
            _read(ESCALATION_STEP, e, id=i) for i, e in enumerate(plan.escalation_steps)
        ],
        participants=[_read(PARTICIPANT, p, id=i) for i, p in enumerate(plan.participants)],
    )


def _read(part: PlanPart[Any], doc: Any, **keys: Any) -> SimpleNamespace:
    return SimpleNamespace(**{f: getattr(doc, f, None) for f in part.fields}, **keys)
