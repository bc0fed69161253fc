"""SQLAlchemy models for every word of DESIGN.md §2.

Schema changes go through Alembic migrations in ``careplan/migrations``; a
test checks that the migrations build exactly this schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..vocabulary import (
    ActionOutcome,
    ActionOwner,
    AgendaStatus,
    ConsultationStatus,
    EscalationLevel,
    GoalStatus,
    ParticipantRole,
    RaisedBy,
    ReviewMode,
    StaffRole,
    SupportKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC everywhere; always returned timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC times")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - SQLite returns datetime already
            value = dt.datetime.fromisoformat(value)
        stored: dt.datetime = value
        return stored.replace(tzinfo=dt.UTC)


def _enum_check(column: str, values: type) -> str:
    allowed = ", ".join(f"'{v.value}'" for v in values)  # type: ignore[attr-defined]
    return f"{column} IN ({allowed})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime()}


class StaffMember(Base):
    __tablename__ = "staff_member"
    __table_args__ = (CheckConstraint(_enum_check("role", StaffRole), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    job_title: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    # Signing in: an argon2id hash, never the password; failures slow down, then lock.
    username: Mapped[str | None] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())


class Patient(Base):
    __tablename__ = "patient"
    __table_args__ = (
        Index("uq_patient_name_key_birth", "name_key", "date_of_birth", unique=True),
        Index("ix_patient_family_key", "family_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nhs_number: Mapped[str | None] = mapped_column(String(10), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    date_of_birth: Mapped[dt.date] = mapped_column(Date, index=True)
    # Folded forms of the names, for duplicate detection and search only.
    name_key: Mapped[str] = mapped_column(String(210))
    family_key: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    large_print: Mapped[bool] = mapped_column(default=False)
    easy_read: Mapped[bool] = mapped_column(default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(100))
    communication_notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)

    consultations: Mapped[list[Consultation]] = relationship(
        back_populates="patient", order_by="Consultation.started_at"
    )

    __mapper_args__ = {"version_id_col": version}


class Consultation(Base):
    """One meeting, and the plan it builds. ``status`` is draft until both agree."""

    __tablename__ = "consultation"
    __table_args__ = (
        CheckConstraint(_enum_check("status", ConsultationStatus), name="status"),
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


class Participant(Base):
    """Someone present in the consultation besides the clinician leading it."""

    __tablename__ = "participant"
    __table_args__ = (CheckConstraint(_enum_check("role", ParticipantRole), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str | None] = mapped_column(String(100))

    consultation: Mapped[Consultation] = relationship(back_populates="participants")


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


class PreparationResult(Base):
    """A recent result to discuss, with what it means in plain words."""

    __tablename__ = "preparation_result"
    __table_args__ = (
        Index("uq_preparation_result_position", "preparation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    preparation_id: Mapped[int] = mapped_column(
        ForeignKey("preparation.id", ondelete="CASCADE"), index=True
    )
    test_name: Mapped[str] = mapped_column(String(200))
    value: Mapped[str | None] = mapped_column(String(200))
    meaning: Mapped[str | None] = mapped_column(Text)
    taken_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(default=0)

    preparation: Mapped[Preparation] = relationship(back_populates="results")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint(_enum_check("raised_by", RaisedBy), name="raised_by"),
        CheckConstraint(_enum_check("status", AgendaStatus), name="status"),
        Index("uq_agenda_item_rank", "consultation_id", "rank", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    raised_by: Mapped[str] = mapped_column(String(20))
    rank: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default=AgendaStatus.OPEN.value)
    # The deferred item of an earlier consultation this one brings back.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[dt.datetime]

    consultation: Mapped[Consultation] = relationship(back_populates="agenda_items")


class WhatMatters(Base):
    """The person's own statement of what is important in their life."""

    __tablename__ = "what_matters"
    __table_args__ = (
        Index("uq_what_matters_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="what_matters")


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint(_enum_check("expressed_by", RaisedBy), name="expressed_by"),
        CheckConstraint(_enum_check("status", GoalStatus), name="status"),
        CheckConstraint("importance IS NULL OR importance BETWEEN 0 AND 10", name="importance"),
        Index("uq_goal_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    what_matters_id: Mapped[int | None] = mapped_column(
        ForeignKey("what_matters.id", ondelete="SET NULL"), index=True
    )
    # The same goal in the plan this one revises: goal history follows these links.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    expressed_by: Mapped[str] = mapped_column(String(20))
    importance: Mapped[int | None]
    target: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=GoalStatus.PROPOSED.value)
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)
    # What another system said of the goal, kept so it is neither lost nor changed (FHIR
    # import): its lifecycle when ``status`` does not say it (on-hold, cancelled,
    # entered-in-error...), start date, status reason, priority and categories (coded,
    # as JSON text). Its measurable targets are GoalTarget rows.
    lifecycle: Mapped[str | None] = mapped_column(String(20))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    status_reason: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str | None] = mapped_column(Text)
    categories: Mapped[str | None] = mapped_column(Text)

    consultation: Mapped[Consultation] = relationship(back_populates="goals")
    actions: Mapped[list[Action]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Action.position"
    )
    barriers: Mapped[list[Barrier]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Barrier.position"
    )
    # Measurable targets another system wrote (FHIR import), carried like every part.
    targets: Mapped[list[GoalTarget]] = relationship(
        cascade="all, delete-orphan", order_by="GoalTarget.position"
    )

    __mapper_args__ = {"version_id_col": version}


class Action(Base):
    """A concrete step toward a goal, with the person's confidence in it."""

    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint(_enum_check("who", ActionOwner), name="who"),
        CheckConstraint(
            "confidence_first IS NULL OR confidence_first BETWEEN 0 AND 10", name="confidence_first"
        ),
        CheckConstraint(
            "confidence_final IS NULL OR confidence_final BETWEEN 0 AND 10", name="confidence_final"
        ),
        Index("uq_action_position", "goal_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    # The same action in the plan this one revises (lineage, like Goal.carried_from_id).
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    how_much: Mapped[str | None] = mapped_column(String(200))
    when: Mapped[str | None] = mapped_column(String(200))
    how_often: Mapped[str | None] = mapped_column(String(200))
    who: Mapped[str] = mapped_column(String(20), default=ActionOwner.PERSON.value)
    who_name: Mapped[str | None] = mapped_column(String(100))
    confidence_first: Mapped[int | None]
    confidence_final: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]

    goal: Mapped[Goal] = relationship(back_populates="actions")


class Barrier(Base):
    """What might get in the way, and the person's plan B."""

    __tablename__ = "barrier"
    __table_args__ = (Index("uq_barrier_position", "goal_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    barrier: Mapped[str] = mapped_column(Text)
    plan_b: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    goal: Mapped[Goal] = relationship(back_populates="barriers")


class Support(Base):
    """People and resources that help, including community services."""

    __tablename__ = "support"
    __table_args__ = (
        CheckConstraint(_enum_check("kind", SupportKind), name="kind"),
        Index("uq_support_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
    how_they_help: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="supports")


class EscalationStep(Base):
    """If things get worse: what to watch for and whom to call, green/amber/red."""

    __tablename__ = "escalation_step"
    __table_args__ = (
        CheckConstraint(_enum_check("level", EscalationLevel), name="level"),
        Index("uq_escalation_step_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(10))
    signs: Mapped[str] = mapped_column(Text)
    what_to_do: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="escalation_steps")


class Review(Base):
    """A later check on an agreed plan. It adds to history; it never rewrites the plan."""

    __tablename__ = "review"
    __table_args__ = (CheckConstraint(_enum_check("mode", ReviewMode), name="mode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(20))
    next_review_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)

    consultation: Mapped[Consultation] = relationship(back_populates="reviews")
    reviewer: Mapped[StaffMember | None] = relationship()
    goal_reviews: Mapped[list[GoalReview]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="GoalReview.id"
    )
    action_reviews: Mapped[list[ActionReview]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ActionReview.id"
    )

    __mapper_args__ = {"version_id_col": version}


class GoalReview(Base):
    """Progress on one goal at a review, on the Goal Attainment Scale."""

    __tablename__ = "goal_review"
    __table_args__ = (
        CheckConstraint("attainment BETWEEN -2 AND 2", name="attainment"),
        CheckConstraint(_enum_check("status_after", GoalStatus), name="status_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    attainment: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)
    status_after: Mapped[str] = mapped_column(String(20))

    review: Mapped[Review] = relationship(back_populates="goal_reviews")


class ActionReview(Base):
    """What became of one action at a review, with confidence rated again."""

    __tablename__ = "action_review"
    __table_args__ = (
        CheckConstraint(_enum_check("outcome", ActionOutcome), name="outcome"),
        CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 10", name="confidence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[int | None]
    comment: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="action_reviews")


class AuditEvent(Base):
    """One entry of the append-only audit trail: identifiers only, never names or text.

    ``hash`` covers the entry's fields and the previous entry's hash, so that
    altering or removing any entry breaks the chain (``careplan-admin audit verify``);
    ``chain_pos`` is the entry's place in the chain. On PostgreSQL an entry is sealed
    (``chain_pos``, ``prev_hash``, ``hash``) just after its transaction commits
    (:mod:`careplan.audit`). Database triggers refuse DELETE, and UPDATE except sealing.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_patient", "patient_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    staff_id: Mapped[int | None] = mapped_column(index=True)
    os_user: Mapped[str | None] = mapped_column(String(100))
    workstation: Mapped[str | None] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(20))
    patient_id: Mapped[int | None]
    record_type: Mapped[str | None] = mapped_column(String(30))
    record_id: Mapped[int | None]
    outcome: Mapped[str] = mapped_column(String(20), default="done")
    chain_pos: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64), unique=True)


# Tables declared in modules of their own (careplan/models/<topic>.py), one import a line,
# imported last so they see every class above. noqa: the import registers the tables.
from . import groups as groups  # noqa: E402
from . import registers as registers  # noqa: E402
from . import search  # noqa: E402, F401
from .exchange import GoalTarget as GoalTarget  # noqa: E402
from .exchange import ImportSource as ImportSource  # noqa: E402
from .plan_figures import PlanFigures as PlanFigures  # noqa: E402
from .plan_figures import ReviewDueFigures as ReviewDueFigures  # noqa: E402
