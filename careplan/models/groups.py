"""Group consultations (shared medical appointments): series, sessions, attendees, topics.

An attendee's own plan is an ordinary consultation of that person; the link
``GroupAttendee.consultation_id`` is what marks it as held in a group session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, Time, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..group_vocabulary import Attendance, Invitation, SessionStatus
from ..vocabulary import AgendaStatus
from . import Base
from .columns import enum_check, owned_by
from .people import Patient, StaffMember


class GroupSeries(Base):
    """Sessions that repeat (say, monthly) for people with the same condition."""

    __tablename__ = "group_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]

    sessions: Mapped[list[GroupSession]] = relationship(
        back_populates="series", order_by="GroupSession.session_date"
    )


class GroupSession(Base):
    __tablename__ = "group_session"
    __table_args__ = (
        CheckConstraint(enum_check("status", SessionStatus), name="status"),
        CheckConstraint("capacity BETWEEN 1 AND 50", name="capacity"),
        Index("ix_group_session_series_date", "series_id", "session_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_series.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(200))
    session_date: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    ends_at: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(200))
    lead_clinician_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    capacity: Mapped[int] = mapped_column(default=12)
    status: Mapped[str] = mapped_column(String(10), default=SessionStatus.PLANNED.value)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)

    series: Mapped[GroupSeries | None] = relationship(back_populates="sessions")
    lead_clinician: Mapped[StaffMember | None] = relationship(foreign_keys=[lead_clinician_id])
    facilitator: Mapped[StaffMember | None] = relationship(foreign_keys=[facilitator_id])
    attendees: Mapped[list[GroupAttendee]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="GroupAttendee.position"
    )
    topics: Mapped[list[GroupTopic]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="GroupTopic.rank"
    )

    __mapper_args__ = {"version_id_col": version}


class GroupAttendee(Base):
    """One invited person: invitation, attendance, agreements, board consent, own plan."""

    __tablename__ = "group_attendee"
    __table_args__ = (
        Index("uq_group_attendee_session_patient", "session_id", "patient_id", unique=True),
        CheckConstraint(enum_check("invitation", Invitation), name="invitation"),
        CheckConstraint(
            f"attendance IS NULL OR {enum_check('attendance', Attendance)}", name="attendance"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("group_session.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = owned_by("patient")
    carer_name: Mapped[str | None] = mapped_column(String(100))
    invitation: Mapped[str] = mapped_column(String(12), default=Invitation.INVITED.value)
    attendance: Mapped[str | None] = mapped_column(String(16))
    invited_at: Mapped[dt.datetime]
    answered_at: Mapped[dt.datetime | None]
    # The confidentiality agreement: when, and which staff member recorded it.
    agreement_at: Mapped[dt.datetime | None]
    agreement_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    carer_agreement_at: Mapped[dt.datetime | None]
    # Consent to show results on the room's board: separate from the agreement.
    board_consent: Mapped[bool] = mapped_column(default=False, server_default=false())
    board_consent_at: Mapped[dt.datetime | None]
    alias: Mapped[str | None] = mapped_column(String(40))
    wants_one_to_one: Mapped[bool] = mapped_column(default=False, server_default=false())
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL"), unique=True
    )
    position: Mapped[int] = mapped_column(default=0)

    session: Mapped[GroupSession] = relationship(back_populates="attendees")
    patient: Mapped[Patient] = relationship()


class GroupTopic(Base):
    """A topic for the group agenda, raised by an attendee (named or anonymous) or staff."""

    __tablename__ = "group_topic"
    __table_args__ = (CheckConstraint(enum_check("status", AgendaStatus), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = owned_by("group_session")
    text: Mapped[str] = mapped_column(Text)
    # Who raised it; shown by first name only when not anonymous and they agreed.
    raised_by_patient_id: Mapped[int | None] = mapped_column(
        ForeignKey("patient.id", ondelete="SET NULL"), index=True
    )
    anonymous: Mapped[bool] = mapped_column(default=True, server_default=true())
    rank: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default=AgendaStatus.OPEN.value)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("group_topic.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[dt.datetime]

    session: Mapped[GroupSession] = relationship(back_populates="topics")
