"""ORM rows to plain records, in one place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import models as m
from ..plan_parts import ACTION
from ..records import (
    ActionRecord,
    AgendaItemRecord,
    BarrierRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    ParticipantRecord,
    PatientRecord,
    PreparationRecord,
    PreparationResultRecord,
    StaffRecord,
    SupportRecord,
    WhatMattersRecord,
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


def action(row: m.Action) -> ActionRecord:
    return ActionRecord(
        id=row.id,
        goal_id=row.goal_id,
        what=row.what,
        how_much=row.how_much,
        when=row.when,
        how_often=row.how_often,
        who=row.who,
        who_name=row.who_name,
        confidence_first=row.confidence_first,
        confidence_final=row.confidence_final,
        carried_from_id=row.carried_from_id,
    )


def barrier(row: m.Barrier) -> BarrierRecord:
    return BarrierRecord(row.id, row.goal_id, row.action_id, row.barrier, row.plan_b)


def goal(row: m.Goal) -> GoalRecord:
    return GoalRecord(
        id=row.id,
        consultation_id=row.consultation_id,
        what_matters_id=row.what_matters_id,
        carried_from_id=row.carried_from_id,
        text=row.text,
        expressed_by=row.expressed_by,
        importance=row.importance,
        target=row.target,
        target_date=row.target_date,
        status=row.status,
        version=row.version,
        updated_at=row.updated_at,
        actions=tuple(action(a) for a in row.actions),
        barriers=tuple(barrier(b) for b in row.barriers),
    )


def agenda_item(row: m.AgendaItem) -> AgendaItemRecord:
    return AgendaItemRecord(
        row.id, row.text, row.raised_by, row.rank, row.status, row.carried_from_id
    )


def preparation(row: m.Preparation | None) -> PreparationRecord:
    if row is None:
        return PreparationRecord()
    return PreparationRecord(
        what_matters_prompt=row.what_matters_prompt,
        talk_about_prompt=row.talk_about_prompt,
        conditions_effect_prompt=row.conditions_effect_prompt,
        who_involved=row.who_involved,
        information_preference=row.information_preference,
        results=tuple(
            PreparationResultRecord(r.id, r.test_name, r.value, r.meaning, r.taken_on)
            for r in row.results
        ),
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
        participants=tuple(ParticipantRecord(p.id, p.role, p.name) for p in row.participants),
        agenda=tuple(agenda_item(a) for a in row.agenda_items),
        what_matters=tuple(WhatMattersRecord(w.id, w.text) for w in row.what_matters),
        goals=tuple(goal(g) for g in row.goals),
        supports=tuple(
            SupportRecord(s.id, s.kind, s.name, s.contact, s.how_they_help) for s in row.supports
        ),
        incomplete_reason=row.incomplete_reason,
        escalation_steps=tuple(
            EscalationStepRecord(e.id, e.level, e.signs, e.what_to_do, e.contact, e.phone)
            for e in row.escalation_steps
        ),
    )


# What an action says; copied as it is into a revision, a review's new plan, an import.
ACTION_CONTENT = ACTION.fields


def action_copy(source: Any, *, position: int, now: dt.datetime, **keys: Any) -> m.Action:
    """A new action row saying what ``source`` says (an Action row, a record, a document)."""
    return m.Action(
        **{f: getattr(source, f) for f in ACTION_CONTENT}, position=position, created_at=now, **keys
    )
