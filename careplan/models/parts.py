"""The parts of a plan: who is present, results, the agenda, what matters, goals with
their actions and barriers, support, and what to do if things get worse.

Each part's fields are declared in :mod:`careplan.part_specs`; their columns and
checks are made from that declaration (``fields=``, :mod:`careplan.models.columns`).
What is written here is the structure: the parent, the order, the lineage, the
stamps, the indexes and the relationships. A declared field is annotated here only
where code reads it by name (for the type checker), in its column's place.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import part_specs as specs
from . import Base
from .columns import owned_by

if TYPE_CHECKING:
    from . import Consultation, GoalTarget, Preparation


class Participant(Base, fields=specs.PARTICIPANT):
    """Someone present in the consultation besides the clinician leading it."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    role: Mapped[str]
    name: Mapped[str | None]

    consultation: Mapped[Consultation] = relationship(back_populates="participants")


class PreparationResult(Base, fields=specs.RESULT):
    """A recent result to discuss, with what it means in plain words."""

    __tablename__ = "preparation_result"
    __table_args__ = (
        Index("uq_preparation_result_position", "preparation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    preparation_id: Mapped[int] = owned_by("preparation")
    test_name: Mapped[str]
    value: Mapped[str | None]
    meaning: Mapped[str | None]
    taken_on: Mapped[dt.date | None]
    position: Mapped[int] = mapped_column(default=0)

    preparation: Mapped[Preparation] = relationship(back_populates="results")


class AgendaItem(Base, fields=specs.AGENDA_ITEM):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("uq_agenda_item_rank", "consultation_id", "rank", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    text: Mapped[str]
    raised_by: Mapped[str]
    rank: Mapped[int] = mapped_column(default=0)
    status: Mapped[str]
    # The deferred item of an earlier consultation this one brings back.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), unique=True
    )
    created_at: Mapped[dt.datetime]

    consultation: Mapped[Consultation] = relationship(back_populates="agenda_items")


class WhatMatters(Base, fields=specs.WHAT_MATTERS):
    """The person's own statement of what is important in their life."""

    __tablename__ = "what_matters"
    __table_args__ = (
        Index("uq_what_matters_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    text: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="what_matters")


class Goal(Base, fields=specs.GOAL):
    __tablename__ = "goal"
    __table_args__ = (Index("uq_goal_position", "consultation_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    what_matters_id: Mapped[int | None]
    # The same goal in the plan this one revises: goal history follows these links.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str]
    expressed_by: Mapped[str]
    importance: Mapped[int | None]
    target: Mapped[str | None]
    target_date: Mapped[dt.date | None]
    status: Mapped[str]
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)
    # What another system said of the goal, kept so it is neither lost nor changed (FHIR
    # import): its lifecycle when ``status`` does not say it (on-hold, cancelled,
    # entered-in-error...), start date, status reason, priority and categories (coded,
    # as JSON text). Its measurable targets are GoalTarget rows.
    lifecycle: Mapped[str | None]
    start_date: Mapped[dt.date | None]
    status_reason: Mapped[str | None]
    priority: Mapped[str | None]
    categories: Mapped[str | None]

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


class Action(Base, fields=specs.ACTION):
    """A concrete step toward a goal, with the person's confidence in it."""

    __tablename__ = "action"
    __table_args__ = (Index("uq_action_position", "goal_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = owned_by("goal")
    # The same action in the plan this one revises (lineage, like Goal.carried_from_id).
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="SET NULL"), index=True
    )
    what: Mapped[str]
    how_much: Mapped[str | None]
    when: Mapped[str | None]
    how_often: Mapped[str | None]
    who: Mapped[str]
    who_name: Mapped[str | None]
    confidence_first: Mapped[int | None]
    confidence_final: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime]

    goal: Mapped[Goal] = relationship(back_populates="actions")


class Barrier(Base, fields=specs.BARRIER):
    """What might get in the way, and the person's plan B."""

    __tablename__ = "barrier"
    __table_args__ = (Index("uq_barrier_position", "goal_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = owned_by("goal")
    action_id: Mapped[int | None]
    barrier: Mapped[str]
    plan_b: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)

    goal: Mapped[Goal] = relationship(back_populates="barriers")


class Support(Base, fields=specs.SUPPORT):
    """People and resources that help, including community services."""

    __tablename__ = "support"
    __table_args__ = (Index("uq_support_position", "consultation_id", "position", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    kind: Mapped[str]
    name: Mapped[str]
    contact: Mapped[str | None]
    how_they_help: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="supports")


class EscalationStep(Base, fields=specs.ESCALATION_STEP):
    """If things get worse: what to watch for and whom to call, green/amber/red."""

    __tablename__ = "escalation_step"
    __table_args__ = (
        Index("uq_escalation_step_position", "consultation_id", "position", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
    level: Mapped[str]
    signs: Mapped[str]
    what_to_do: Mapped[str | None]
    contact: Mapped[str | None]
    phone: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="escalation_steps")
