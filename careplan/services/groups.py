"""Group consultations: scheduling a series of sessions, inviting, and the day itself.

Who may record what (enforced here, not only by hidden buttons):

- scheduling sessions and inviting people: any role that may edit patients'
  details (clinicians, nurses and administrators, so a receptionist or care
  coordinator can organise the group);
- on the day (attendance, confidentiality agreements, board consent, aliases,
  the group agenda, the one-to-one list): the session's facilitator or lead
  clinician, whatever their role, or anyone who may build care plans;
- each person's own plan: the consultation rules (clinicians and nurses), see
  :mod:`careplan.services.group_plans`.

Nothing of an attendee is visible to the group (board, named topics) until
their confidentiality agreement is recorded, and their carer's too if one comes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .. import models as m
from ..changes import Change, Subject
from ..dates import parse_date
from ..errors import ValidationError
from ..group_records import (
    GroupAttendeeRecord,
    GroupSeriesRecord,
    GroupSessionRecord,
    GroupSessionSummary,
    InviteResult,
)
from ..group_vocabulary import MAX_CAPACITY, Attendance, Invitation, SessionStatus
from ..i18n import _
from ..models.groups import GroupAttendee, GroupSeries, GroupSession
from ..permissions import Permission
from ..text import NAME_MAX, SHORT_MAX, clean, clean_optional
from . import group_convert as gc
from .base import get_or_404
from .group_access import GroupBase
from .group_carry import bring_back_deferred_topics

ALIAS_MAX = 40


def parse_time(value: str | dt.time, field: str, label: str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        return dt.time.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            field,
            _("The {label} '{value}' is not a time; use hours and minutes, e.g. 14:00.").format(
                label=label, value=str(value)[:20]
            ),
        ) from None


class GroupService(GroupBase):
    # ----- reading -----------------------------------------------------------------

    def list_sessions(
        self, *, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[GroupSessionSummary]:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            query = select(GroupSession).options(
                selectinload(GroupSession.lead_clinician),
                selectinload(GroupSession.facilitator),
                selectinload(GroupSession.attendees),
            )
            if start is not None:
                query = query.where(GroupSession.session_date >= start)
            if end is not None:
                query = query.where(GroupSession.session_date <= end)
            rows = session.scalars(
                query.order_by(GroupSession.session_date, GroupSession.starts_at, GroupSession.id)
            ).all()
            return [gc.summary(row) for row in rows]

    def get(self, session_id: int) -> GroupSessionRecord:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            return self._load(session, session_id)

    def _load(self, session: Session, session_id: int) -> GroupSessionRecord:
        row = session.scalar(
            select(GroupSession)
            .where(GroupSession.id == session_id)
            .options(
                selectinload(GroupSession.lead_clinician),
                selectinload(GroupSession.facilitator),
                selectinload(GroupSession.attendees).selectinload(GroupAttendee.patient),
                selectinload(GroupSession.topics),
            )
        )
        if row is None:
            get_or_404(session, GroupSession, session_id, _("group session"))
        assert row is not None
        return gc.session_record(session, row, next_session_date(session, row))

    def attendee(self, attendee_id: int) -> GroupAttendeeRecord:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            row = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            return gc.attendee(session, row)

    def series(self) -> list[GroupSeriesRecord]:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            rows = session.scalars(select(GroupSeries).order_by(GroupSeries.title)).all()
            return [GroupSeriesRecord(r.id, r.title, r.topic) for r in rows]

    def one_to_one_list(self, session_id: int) -> list[GroupAttendeeRecord]:
        """Who asked for a word with the clinician on their own after the group."""
        return [a for a in self.get(session_id).attendees if a.wants_one_to_one]

    # ----- scheduling ----------------------------------------------------------------

    def create_series(self, title: str, topic: str | None = None) -> GroupSeriesRecord:
        self._require(Permission.EDIT_PATIENTS)
        name = clean(title, "title", max_length=SHORT_MAX, required=True, multiline=False)
        about = clean_optional(topic, "topic", max_length=SHORT_MAX, multiline=False)
        with self._write() as session:
            row = GroupSeries(title=name, topic=about, created_at=self._now())
            session.add(row)
            session.flush()
            record = GroupSeriesRecord(row.id, row.title, row.topic)
        return record

    def create_session(
        self,
        title: str,
        session_date: str | dt.date,
        starts_at: str | dt.time,
        ends_at: str | dt.time,
        *,
        place: str | None = None,
        topic: str | None = None,
        lead_clinician_id: int | None = None,
        facilitator_id: int | None = None,
        capacity: int = 12,
        series_id: int | None = None,
    ) -> GroupSessionRecord:
        """Plan a session; in a series, topics deferred at earlier sessions come back."""
        self._require(Permission.EDIT_PATIENTS)
        name = clean(title, "title", max_length=SHORT_MAX, required=True, multiline=False)
        about = clean_optional(topic, "topic", max_length=SHORT_MAX, multiline=False)
        where = clean_optional(place, "place", max_length=SHORT_MAX, multiline=False)
        day = parse_date(session_date, "session_date", label=_("date"))
        if day is None:
            raise ValidationError("session_date", _("Please enter the date of the session."))
        start = parse_time(starts_at, "starts_at", _("start time"))
        end = parse_time(ends_at, "ends_at", _("end time"))
        if end <= start:
            raise ValidationError("ends_at", _("The session must end after it starts."))
        if isinstance(capacity, bool) or not 1 <= int(capacity) <= MAX_CAPACITY:
            raise ValidationError(
                "capacity",
                _("The number of places is a whole number from 1 to {limit}.").format(
                    limit=MAX_CAPACITY
                ),
            )
        with self._write() as session:
            for staff_id in (lead_clinician_id, facilitator_id):
                if staff_id is not None:
                    get_or_404(session, m.StaffMember, staff_id, _("staff member"))
            if series_id is not None:
                get_or_404(session, GroupSeries, series_id, _("series"))
            now = self._now()
            row = GroupSession(
                series_id=series_id,
                title=name,
                topic=about,
                session_date=day,
                starts_at=start,
                ends_at=end,
                place=where,
                lead_clinician_id=lead_clinician_id,
                facilitator_id=facilitator_id,
                capacity=int(capacity),
                status=SessionStatus.PLANNED.value,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            bring_back_deferred_topics(session, row, now)
            new_id = row.id
            self._report(session, Change(Subject.GROUP_SESSION, new_id))
        return self.get(new_id)

    def schedule_next(self, session_id: int, session_date: str | dt.date) -> GroupSessionRecord:
        """The next session of the same series, same time, place and staff."""
        current = self.get(session_id).summary
        series_id = current.series_id
        if series_id is None:
            series_id = self._put_in_series(session_id, current.title, current.topic)
        return self.create_session(
            current.title,
            session_date,
            current.starts_at,
            current.ends_at,
            place=current.place,
            topic=current.topic,
            lead_clinician_id=current.lead_clinician_id,
            facilitator_id=current.facilitator_id,
            capacity=current.capacity,
            series_id=series_id,
        )

    def _put_in_series(self, session_id: int, title: str, topic: str | None) -> int:
        series = self.create_series(title, topic)
        with self._write() as session:
            row = get_or_404(session, GroupSession, session_id, _("group session"))
            row.series_id = series.id
            self._report(session, Change(Subject.GROUP_SESSION, row.id))
        return series.id

    def set_status(self, session_id: int, status: str) -> GroupSessionSummary:
        """Mark a session held (done on the day) or cancelled."""
        new = SessionStatus(status) if status in set(SessionStatus) else None
        if new is None:
            raise ValidationError("status", _("Choose planned, held or cancelled."))
        with self._write() as session:
            row = self._running(session, session_id)
            row.status = new.value
            row.updated_at = self._now()
            session.flush()
            self._report(session, Change(Subject.GROUP_SESSION, row.id))
            return gc.summary(row)

    # ----- inviting ----------------------------------------------------------------

    def invite(
        self, session_id: int, patient_ids: Sequence[int], carers: dict[int, str] | None = None
    ) -> InviteResult:
        """Invite people, in order, while places last. Declined places are free again."""
        self._require(Permission.EDIT_PATIENTS)
        carers = carers or {}
        invited: list[int] = []
        already: list[int] = []
        over: list[int] = []
        with self._write() as session:
            row = get_or_404(session, GroupSession, session_id, _("group session"))
            self._not_closed(row)
            present = {a.patient_id for a in row.attendees}
            taken = sum(1 for a in row.attendees if a.invitation != Invitation.DECLINED.value)
            position = max((a.position for a in row.attendees), default=-1) + 1
            now = self._now()
            for patient_id in dict.fromkeys(patient_ids):
                get_or_404(session, m.Patient, patient_id, _("patient"))
                if patient_id in present:
                    already.append(patient_id)
                    continue
                if taken >= row.capacity:
                    over.append(patient_id)
                    continue
                carer = clean_optional(
                    carers.get(patient_id),
                    "carer_name",
                    max_length=NAME_MAX,
                    multiline=False,
                    label=_("carer's name"),
                )
                attendee = GroupAttendee(
                    session_id=row.id,
                    patient_id=patient_id,
                    carer_name=carer,
                    invitation=Invitation.INVITED.value,
                    invited_at=now,
                    position=position,
                )
                session.add(attendee)
                session.flush()
                position += 1
                taken += 1
                invited.append(patient_id)
                self._report(session, Change(Subject.GROUP_ATTENDEE, attendee.id, patient_id))
        return InviteResult(tuple(invited), tuple(already), tuple(over))

    def answer_invitation(self, attendee_id: int, answer: str) -> GroupAttendeeRecord:
        """The person confirms or declines (or is set back to invited)."""
        self._require(Permission.EDIT_PATIENTS)
        if answer not in set(Invitation):
            raise ValidationError("invitation", _("Choose invited, confirmed or declined."))
        with self._write() as session:
            attendee = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            attendee.invitation = answer
            attendee.answered_at = None if answer == Invitation.INVITED.value else self._now()
            return self._attendee_changed(session, attendee)

    def set_carer(self, attendee_id: int, carer_name: str | None) -> GroupAttendeeRecord:
        """A new carer has not agreed yet: their agreement is recorded again."""
        self._require(Permission.EDIT_PATIENTS)
        name = clean_optional(
            carer_name, "carer_name", max_length=NAME_MAX, multiline=False, label=_("carer's name")
        )
        with self._write() as session:
            attendee = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            if name != attendee.carer_name:
                attendee.carer_name = name
                attendee.carer_agreement_at = None
            return self._attendee_changed(session, attendee)

    def remove_attendee(self, attendee_id: int) -> None:
        self._require(Permission.EDIT_PATIENTS)
        with self._write() as session:
            attendee = get_or_404(session, GroupAttendee, attendee_id, _("attendee"))
            if attendee.consultation_id is not None or attendee.attendance is not None:
                raise ValidationError(
                    "attendee",
                    _("This person came to the session; mark them as not attending instead."),
                )
            self._report(session, Change(Subject.GROUP_ATTENDEE, attendee.id, attendee.patient_id))
            session.delete(attendee)

    # ----- on the day ----------------------------------------------------------------

    def set_attendance(self, attendee_id: int, attendance: str | None) -> GroupAttendeeRecord:
        if attendance is not None and attendance not in set(Attendance):
            raise ValidationError("attendance", _("Choose arrived, did not attend or left early."))
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            attendee.attendance = attendance
            if attendance is not None and attendee.invitation == Invitation.INVITED.value:
                attendee.invitation = Invitation.CONFIRMED.value
            return self._attendee_changed(session, attendee)

    def record_agreement(
        self, attendee_id: int, *, person: bool = True, carer: bool = False
    ) -> GroupAttendeeRecord:
        """Record that the person (and/or their carer) agreed to keep the group confidential."""
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            now = self._now()
            if carer and attendee.carer_name is None:
                raise ValidationError("carer", _("No carer is coming with this person."))
            if person and attendee.agreement_at is None:
                attendee.agreement_at = now
                actor = self.context.actor
                attendee.agreement_by_id = actor.staff_id if actor else None
            if carer and attendee.carer_agreement_at is None:
                attendee.carer_agreement_at = now
            return self._attendee_changed(session, attendee)

    def withdraw_agreement(self, attendee_id: int) -> GroupAttendeeRecord:
        """Undo a mistaken tick: nothing of theirs is group-visible again until it is recorded."""
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            attendee.agreement_at = None
            attendee.agreement_by_id = None
            attendee.carer_agreement_at = None
            attendee.board_consent = False
            attendee.board_consent_at = None
            return self._attendee_changed(session, attendee)

    def set_board_consent(self, attendee_id: int, consent: bool) -> GroupAttendeeRecord:
        """Consent to show their results on the board; needs the agreement first."""
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            if consent and not gc.agreement_complete(attendee):
                raise ValidationError(
                    "board_consent",
                    _(
                        "Record the confidentiality agreement (and their carer's) before "
                        "anything of theirs is shown to the group."
                    ),
                )
            attendee.board_consent = consent
            attendee.board_consent_at = self._now() if consent else None
            return self._attendee_changed(session, attendee)

    def set_alias(self, attendee_id: int, alias: str | None) -> GroupAttendeeRecord:
        """The name the person chose to be known by in the group (instead of first name)."""
        name = clean_optional(
            alias, "alias", max_length=ALIAS_MAX, multiline=False, label=_("name in the group")
        )
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            attendee.alias = name
            return self._attendee_changed(session, attendee)

    def set_one_to_one(self, attendee_id: int, wanted: bool) -> GroupAttendeeRecord:
        with self._write() as session:
            attendee = self._attendee_running(session, attendee_id)
            attendee.wants_one_to_one = wanted
            return self._attendee_changed(session, attendee)

    @staticmethod
    def _not_closed(row: GroupSession) -> None:
        if row.status == SessionStatus.CANCELLED.value:
            raise ValidationError("status", _("This session was cancelled."))


def next_session_date(session: Session, row: GroupSession) -> dt.date | None:
    """The next planned session of the same series after this one, if one is planned."""
    if row.series_id is None:
        return None
    return session.scalar(
        select(func.min(GroupSession.session_date)).where(
            GroupSession.series_id == row.series_id,
            GroupSession.session_date > row.session_date,
            GroupSession.status != SessionStatus.CANCELLED.value,
        )
    )
