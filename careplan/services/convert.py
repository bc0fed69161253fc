"""ORM rows to plain records, in one place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar, cast

from .. import models as m
from .. import plan_parts as parts
from ..plan_parts import PlanPart
from ..records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    ConsultationRecord,
    GoalRecord,
    PatientRecord,
    PreparationRecord,
    StaffRecord,
)

R = TypeVar("R")


def staff(row: m.StaffMember) -> StaffRecord:
    return StaffRecord(row.id, row.full_name, row.role, row.job_title, row.active, row.username)


def patient(row: m.Patient) -> PatientRecord:
    return from_row(PatientRecord, row)


def listed_person(row: Any) -> tuple[int, str | None, str, dt.date]:
    """The fields of a :class:`~careplan.records.ListedPerson`, in their order, from a
    list's row that starts with the patient id, NHS number, given name, family name and
    date of birth."""
    patient_id, nhs_number, given, family, born = row[:5]
    return patient_id, nhs_number, f"{given} {family}", born


def from_row(record: type[R], row: Any, **given: Any) -> R:
    """A ``record`` whose fields are the row's attributes of the same names, but ``given``."""
    values = {
        name: given[name] if name in given else getattr(row, name)
        for name in _record_fields(record)
    }
    return record(**values)


def part_record(part: PlanPart[Any], row: Any) -> Any:
    """The record of one plan part's row (with its children's), read by its declaration."""
    children = {
        child.relation: tuple(part_record(child, c) for c in getattr(row, child.relation))
        for child in part.children
    }
    return from_row(part.record, row, **children)


_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def _record_fields(record: type[Any]) -> tuple[str, ...]:
    names = _FIELDS.get(record)
    if names is None:
        names = _FIELDS[record] = tuple(f.name for f in dataclasses.fields(record))
    return names


def action(row: m.Action) -> ActionRecord:
    return cast(ActionRecord, part_record(parts.ACTION, row))


def barrier(row: m.Barrier) -> BarrierRecord:
    return cast(BarrierRecord, part_record(parts.BARRIER, row))


def goal(row: m.Goal) -> GoalRecord:
    return cast(GoalRecord, part_record(parts.GOAL, row))


def agenda_item(row: m.AgendaItem) -> AgendaItemRecord:
    return cast(AgendaItemRecord, part_record(parts.AGENDA_ITEM, row))


def preparation(row: m.Preparation | None) -> PreparationRecord:
    if row is None:
        return PreparationRecord()
    return PreparationRecord(
        what_matters_prompt=row.what_matters_prompt,
        talk_about_prompt=row.talk_about_prompt,
        conditions_effect_prompt=row.conditions_effect_prompt,
        who_involved=row.who_involved,
        information_preference=row.information_preference,
        results=tuple(part_record(parts.RESULT, r) for r in row.results),
    )


def consultation(row: m.Consultation) -> ConsultationRecord:
    # Every part on the plan itself, where the record keeps it (the agenda, the goals...).
    plan_parts = {
        part.in_record: tuple(part_record(part, r) for r in getattr(row, part.relation))
        for part in parts.EDITED_PARTS
        if part.parent_model is None
    }
    return from_row(
        ConsultationRecord,
        row,
        clinician_name=row.clinician.full_name if row.clinician else None,
        preparation=preparation(row.preparation),
        **plan_parts,
    )


# What an action says; copied as it is into a revision, a review's new plan, an import.
ACTION_CONTENT = parts.ACTION.fields


def action_copy(source: Any, *, position: int, now: dt.datetime, **keys: Any) -> m.Action:
    """A new action row saying what ``source`` says (an Action row, a record, a document)."""
    return m.Action(
        **{f: getattr(source, f) for f in ACTION_CONTENT}, position=position, created_at=now, **keys
    )
