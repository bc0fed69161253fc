"""A consultation, the plan it builds, and what is gathered before it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..vocabulary import ConsultationStatus
from . import Base
from .columns import enum_check

if TYPE_CHECKING:
    from . import (
        AgendaItem,
        EscalationStep,
        Goal,
        Participant,
        Patient,
        PreparationResult,
        Review,
        StaffMember,
        Support,
        WhatMatters,
    )


class Consultation(Base):
    """One meeting, and the plan it builds. ``status`` is draft until both agree."""

    __tablename__ = "consultation"
    __table_args__ = (
        CheckConstraint(enum_check("status", ConsultationStatus), name="status"),
        Index("ix_consultation_patient_started", "patient_id", "started_at"),
        Index("ix_consultation_review_due", "review_due"),
        # The coming-up list's counts and its people with no plan yet, from indexes only.
        Index("ix_consultation_review_due_patient", "review_due", "patient_id", "clinician_id"),
        Index("ix_consultation_patient_review_due", "patient_id", "review_due"),
        # One draft per person, whatever the workstations do at the same moment.
        Index(
            "uq_consultation_one_draft",
            "patient_id",
            unique=True,
            sqlite_where=text("status = 'draft'"),
            postgresql_where=text("status = 'draft'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default=ConsultationStatus.DRAFT.value)
    consultation_date: Mapped[dt.date] = mapped_column(Date)
    revision_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL"), index=True
    )
    revision: Mapped[int] = mapped_column(default=1)
    named_contact_name: Mapped[str | None] = mapped_column(String(100))
    named_contact_role: Mapped[str | None] = mapped_column(String(100))
    named_contact_phone: Mapped[str | None] = mapped_column(String(40))
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    # When this plan is next due for review: set for the person's current agreed
    # plan only (from its review date, then each review's next date), and
    # cleared when a newer plan replaces it. The review worklist reads it.
    review_due: Mapped[dt.date | None] = mapped_column(Date)
    # Why the pair agreed a plan that lacks a goal, an action, a contact or a review date.
    incomplete_reason: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    agreed_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    patient: Mapped[Patient] = relationship(back_populates="consultations")
    clinician: Mapped[StaffMember | None] = relationship()
    preparation: Mapped[Preparation | None] = relationship(
        back_populates="consultation", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="Participant.id"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="AgendaItem.rank"
    )
    what_matters: Mapped[list[WhatMatters]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="WhatMatters.position"
    )
    goals: Mapped[list[Goal]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="Goal.position"
    )
    supports: Mapped[list[Support]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="Support.position"
    )
    escalation_steps: Mapped[list[EscalationStep]] = relationship(
        back_populates="consultation",
        cascade="all, delete-orphan",
        order_by="EscalationStep.position",
    )
    reviews: Mapped[list[Review]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan", order_by="Review.reviewed_on"
    )

    __mapper_args__ = {"version_id_col": version}


class Preparation(Base):
    """What is gathered before the conversation (the person's prompts)."""

    __tablename__ = "preparation"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), unique=True
    )
    what_matters_prompt: Mapped[str | None] = mapped_column(Text)
    talk_about_prompt: Mapped[str | None] = mapped_column(Text)
    conditions_effect_prompt: Mapped[str | None] = mapped_column(Text)
    who_involved: Mapped[str | None] = mapped_column(Text)
    information_preference: Mapped[str | None] = mapped_column(Text)

    consultation: Mapped[Consultation] = relationship(back_populates="preparation")
    results: Mapped[list[PreparationResult]] = relationship(
        back_populates="preparation",
        cascade="all, delete-orphan",
        order_by="PreparationResult.position",
    )
