"""Group consultation rows to plain records, in one place."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..group_records import (
    GroupAttendeeRecord,
    GroupSessionRecord,
    GroupSessionSummary,
    GroupTopicRecord,
)
from ..group_vocabulary import ATTENDED, Invitation
from ..models.groups import GroupAttendee, GroupSession, GroupTopic
from .convert import from_row


def agreement_complete(row: GroupAttendee) -> bool:
    """The person agreed, and their carer too when one comes with them."""
    return row.agreement_at is not None and (
        row.carer_name is None or row.carer_agreement_at is not None
    )


def first_name(patient: m.Patient) -> str:
    return patient.preferred_name or patient.given_name


def summary(row: GroupSession) -> GroupSessionSummary:
    return from_row(
        GroupSessionSummary,
        row,
        lead_clinician_name=row.lead_clinician.full_name if row.lead_clinician else None,
        facilitator_name=row.facilitator.full_name if row.facilitator else None,
        invited=sum(1 for a in row.attendees if a.invitation != Invitation.DECLINED.value),
        attending=sum(1 for a in row.attendees if a.attendance in ATTENDED),
    )


def _plan_statuses(session: Session, rows: list[GroupAttendee]) -> dict[int, str]:
    ids = [a.consultation_id for a in rows if a.consultation_id is not None]
    if not ids:
        return {}
    return dict(
        session.execute(
            select(m.Consultation.id, m.Consultation.status).where(m.Consultation.id.in_(ids))
        )
        .tuples()
        .all()
    )


def attendee(
    session: Session, row: GroupAttendee, statuses: dict[int, str] | None = None
) -> GroupAttendeeRecord:
    if statuses is None:
        statuses = _plan_statuses(session, [row])
    patient = row.patient
    return from_row(
        GroupAttendeeRecord,
        row,
        full_name=f"{patient.given_name} {patient.family_name}",
        first_name=first_name(patient),
        nhs_number=patient.nhs_number,
        date_of_birth=patient.date_of_birth,
        phone=patient.phone,
        plan_status=statuses.get(row.consultation_id) if row.consultation_id else None,
    )


def topic(row: GroupTopic, names: dict[int, str]) -> GroupTopicRecord:
    label = None
    if not row.anonymous and row.raised_by_patient_id is not None:
        label = names.get(row.raised_by_patient_id)
    return GroupTopicRecord(
        id=row.id,
        session_id=row.session_id,
        text=row.text,
        raised_by=label,
        anonymous=row.anonymous or label is None,
        rank=row.rank,
        status=row.status,
        carried_from_id=row.carried_from_id,
    )


def group_names(rows: list[GroupAttendee]) -> dict[int, str]:
    """How the group may call each attendee: only those whose agreement is recorded."""
    return {a.patient_id: a.alias or first_name(a.patient) for a in rows if agreement_complete(a)}


def session_record(
    session: Session, row: GroupSession, next_date: dt.date | None
) -> GroupSessionRecord:
    attendees = list(row.attendees)
    statuses = _plan_statuses(session, attendees)
    names = group_names(attendees)
    return GroupSessionRecord(
        summary=summary(row),
        attendees=tuple(attendee(session, a, statuses) for a in attendees),
        topics=tuple(topic(t, names) for t in sorted(row.topics, key=lambda t: (t.rank, t.id))),
        next_session_date=next_date,
    )
