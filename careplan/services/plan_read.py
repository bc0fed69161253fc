"""A plan read as its record in one statement per kind of part, straight from rows.

Loading the whole object graph (``FULL_PLAN``'s selectin loads) costs SQLAlchemy
far more per statement than the database takes to answer: loader options, the
identity map and the ORM objects themselves, which are only turned into records.
A read that changes nothing needs none of that: each kind of part is one plain
query over its table (a goal's actions in one query for all its goals), ordered as
its relationship orders it, and the records are made from the rows by the
plan-part declarations (:mod:`careplan.plan_parts`). ``parts`` narrows the read to
what a reader shows (the printed plan shows no participants, no preparation and
no measurable targets); the record's other parts are then empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.orm import Session

from .. import models as m
from .. import plan_parts as pp
from ..plan_parts import PlanPart
from ..records import ConsultationRecord, PreparationRecord
from .convert import from_row

# The keys (PlanPart.key) of the parts a printed plan shows.
PRINTED_PARTS = frozenset(
    {"agenda_item", "what_matters", "goal", "action", "barrier", "support", "escalation_step"}
)
# Read with the plan: every part the consultation edits, and its preparation.
PREPARATION = "preparation"
ALL_PARTS = frozenset(p.key for p in pp.all_parts()) | {PREPARATION}


def _columns(model: type[m.Base]) -> Any:
    return model.__table__.columns


# Each statement is built once: building and keying one afresh on every read cost
# more than running it.


@cache
def _part_statement(key: str, many: bool) -> Select[Any]:
    """The rows of one kind of part under one parent (or several), in its order."""
    part = pp.part(key)
    table = _columns(part.model)
    parent = table[part.parent_column]
    if many:
        where = parent.in_(bindparam("parents", expanding=True))
    else:
        where = parent == bindparam("parent")
    return select(*table).where(where).order_by(parent, table[part.order])


@cache
def _plan_statement() -> Select[Any]:
    plan = _columns(m.Consultation)
    clinician = _columns(m.StaffMember).full_name.label("clinician_name")
    return (
        select(*plan, clinician)
        .outerjoin(m.StaffMember, m.StaffMember.id == plan.clinician_id)
        .where(plan.id == bindparam("plan"))
    )


@cache
def _preparation_statement() -> Select[Any]:
    table = _columns(m.Preparation)
    return select(*table).where(table.consultation_id == bindparam("plan"))


def _rows(session: Session, part: PlanPart[Any], parent_ids: Sequence[int]) -> list[Row[Any]]:
    if len(parent_ids) == 1:
        return list(session.execute(_part_statement(part.key, False), {"parent": parent_ids[0]}))
    return list(session.execute(_part_statement(part.key, True), {"parents": list(parent_ids)}))


def _records(
    session: Session, part: PlanPart[Any], parent_ids: Sequence[int], keys: Collection[str]
) -> dict[int, tuple[Any, ...]]:
    """Each parent's records of ``part`` (with their children's), by the parent's id."""
    if not parent_ids:
        return {}
    rows = _rows(session, part, parent_ids)
    ids = [row.id for row in rows]
    children = {
        child.relation: _records(session, child, ids, keys) if child.key in keys else {}
        for child in part.children
    }
    out: defaultdict[int, list[Any]] = defaultdict(list)
    for row in rows:
        given = {relation: found.get(row.id, ()) for relation, found in children.items()}
        out[getattr(row, part.parent_column)].append(from_row(part.record, row, **given))
    return {parent_id: tuple(records) for parent_id, records in out.items()}


def read_plan(
    session: Session, consultation_id: int, keys: Collection[str] = ALL_PARTS
) -> tuple[ConsultationRecord, int] | None:
    """The plan's record with the parts named in ``keys``, and its version (``None``:
    there is no such plan)."""
    row = session.execute(_plan_statement(), {"plan": consultation_id}).first()
    if row is None:
        return None
    parts: dict[str, Any] = {}
    for part in pp.EDITED_PARTS:
        if part.parent_model is None:
            found = _records(session, part, [row.id], keys) if part.key in keys else {}
            parts[part.in_record] = found.get(row.id, ())
    preparation = PreparationRecord()
    if PREPARATION in keys:
        prepared = session.execute(_preparation_statement(), {"plan": row.id}).first()
        if prepared is not None:
            results = _records(session, pp.RESULT, [prepared.id], keys).get(prepared.id, ())
            preparation = from_row(PreparationRecord, prepared, results=results)
    record = from_row(ConsultationRecord, row, preparation=preparation, **parts)
    return record, row.version
