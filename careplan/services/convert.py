"""ORM rows to plain records, in one place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, cast

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


def staff(row: m.StaffMember) -> StaffRecord:
    return StaffRecord(row.id, row.full_name, row.role, row.job_title, row.active, row.username)


def patient(row: m.Patient) -> PatientRecord:
    return PatientRecord(
        id=row.id,
        nhs_number=row.nhs_number,
        given_name=row.given_name,
        family_name=row.family_name,
        preferred_name=row.preferred_name,
        date_of_birth=row.date_of_birth,
        phone=row.phone,
        email=row.email,
        address=row.address,
        large_print=row.large_print,
        easy_read=row.easy_read,
        interpreter_language=row.interpreter_language,
        communication_notes=row.communication_notes,
        version=row.version,
    )


def part_record(part: PlanPart[Any], row: Any) -> Any:
    """The record of one plan part's row (with its children's), read by its declaration."""
    children = {child.relation: child for child in part.children}
    values: dict[str, Any] = {}
    for name in _record_fields(part.record):
        child = children.get(name)
        if child is None:
            values[name] = getattr(row, name)
        else:
            values[name] = tuple(part_record(child, c) for c in getattr(row, name))
    return part.record(**values)


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
    return ConsultationRecord(
        id=row.id,
        patient_id=row.patient_id,
        clinician_id=row.clinician_id,
        clinician_name=row.clinician.full_name if row.clinician else None,
        status=row.status,
        consultation_date=row.consultation_date,
        revision=row.revision,
        revision_of_id=row.revision_of_id,
        named_contact_name=row.named_contact_name,
        named_contact_role=row.named_contact_role,
        named_contact_phone=row.named_contact_phone,
        review_date=row.review_date,
        started_at=row.started_at,
        agreed_at=row.agreed_at,
        version=row.version,
        preparation=preparation(row.preparation),
        participants=tuple(part_record(parts.PARTICIPANT, p) for p in row.participants),
        agenda=tuple(agenda_item(a) for a in row.agenda_items),
        what_matters=tuple(part_record(parts.WHAT_MATTERS, w) for w in row.what_matters),
        goals=tuple(goal(g) for g in row.goals),
        supports=tuple(part_record(parts.SUPPORT, s) for s in row.supports),
        incomplete_reason=row.incomplete_reason,
        escalation_steps=tuple(part_record(parts.ESCALATION_STEP, e) for e in row.escalation_steps),
    )


# What an action says; copied as it is into a revision, a review's new plan, an import.
ACTION_CONTENT = parts.ACTION.fields


def action_copy(source: Any, *, position: int, now: dt.datetime, **keys: Any) -> m.Action:
    """A new action row saying what ``source`` says (an Action row, a record, a document)."""
    return m.Action(
        **{f: getattr(source, f) for f in ACTION_CONTENT}, position=position, created_at=now, **keys
    )
