"""A plan as read, with one edit's outcome applied: what a view shows after its own edit,
without reading the plan back.

The outcome of an add, change, removal or restore (``careplan/services/part_edits.py``)
holds the record as stored, the change (kind and part) and the plan's new version;
:func:`applied` puts the record where the plan keeps that part (by its declaration in
:mod:`careplan.plan_parts`), unlinks or links again what pointed at a removed or
restored record, and takes the new version. Plain data in, plain data out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from . import models as m
from .changes import ChangeKind
from .plan_parts import PlanPart, linked_from, part
from .records import ConsultationRecord

Rows = tuple[Any, ...]


def applied(plan: ConsultationRecord, outcome: Any) -> ConsultationRecord | None:
    """``plan`` after ``outcome`` (a ``part_edits.Outcome``), or None when the outcome is
    not of an edit of a part of this plan (the caller reads the plan again)."""
    change = outcome.change
    if change.part is None or change.record_id != plan.id:
        return None
    which = part(change.part)
    record = outcome.record
    if change.kind is ChangeKind.REMOVED:
        plan = _rows(plan, which, record.parent_id, lambda rows: _without(rows, change.part_id))
        plan = _relink(plan, which, record.parent_id, record.links, None)
    elif change.kind is ChangeKind.CHANGED:
        plan = _rows(plan, which, _parent(which, record), lambda rows: _replaced(rows, record))
    else:
        at = outcome.index

        def put(rows: Rows) -> Rows:
            rows = _without(rows, record.id)
            if at is None or at >= len(rows):
                return (*rows, record)
            return (*rows[:at], record, *rows[at:])

        plan = _rows(plan, which, _parent(which, record), put)
        if change.kind is ChangeKind.RESTORED and outcome.links:
            plan = _relink(plan, which, _parent(which, record), outcome.links, record.id)
    return dataclasses.replace(plan, version=outcome.plan_version)


def _parent(which: PlanPart[Any], record: Any) -> Any:
    return getattr(record, which.parent_column, None)


def _rows(
    plan: ConsultationRecord, which: PlanPart[Any], parent_id: Any, change: Callable[[Rows], Rows]
) -> ConsultationRecord:
    """``plan`` with the list that holds ``which`` (under ``parent_id``) changed."""
    name = which.in_record
    if which.parent_model is None:
        changed: ConsultationRecord = _with(plan, name, change(getattr(plan, name)))
        return changed
    if which.parent_model is m.Preparation:
        prep = plan.preparation
        return dataclasses.replace(plan, preparation=_with(prep, name, change(getattr(prep, name))))
    goals = tuple(
        _with(g, name, change(getattr(g, name))) if g.id == parent_id else g for g in plan.goals
    )
    return dataclasses.replace(plan, goals=goals)


def _with(record: Any, name: str, value: Any) -> Any:
    """``record`` with ``name`` set to ``value`` (records are frozen)."""
    return dataclasses.replace(record, **{name: value})


def _without(rows: Rows, record_id: Any) -> Rows:
    return tuple(r for r in rows if r.id != record_id)


def _replaced(rows: Rows, record: Any) -> Rows:
    return tuple(record if r.id == record.id else r for r in rows)


def _relink(
    plan: ConsultationRecord,
    target: PlanPart[Any],
    parent_id: Any,
    ids: tuple[int, ...],
    value: int | None,
) -> ConsultationRecord:
    """Point the records ``ids`` that linked to ``target`` at ``value`` (None: unlink)."""
    for other, link in linked_from(target):

        def relinked(rows: Rows, name: str = link.name) -> Rows:
            return tuple(
                _with(r, name, value)
                if r.id in ids and (value is None or getattr(r, name) is None)
                else r
                for r in rows
            )

        plan = _rows(plan, other, parent_id, relinked)
    return plan
