"""Reviews of an agreed plan: progress on each goal, what became of each action."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..vocabulary import ActionOutcome, GoalStatus, ReviewMode
from . import Base
from .columns import enum_check, owned_by

if TYPE_CHECKING:
    from . import Consultation, StaffMember


class Review(Base):
    """A later check on an agreed plan. It adds to history; it never rewrites the plan."""

    __tablename__ = "review"
    __table_args__ = (CheckConstraint(enum_check("mode", ReviewMode), name="mode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = owned_by("consultation")
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
        CheckConstraint(enum_check("status_after", GoalStatus), name="status_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = owned_by("review")
    goal_id: Mapped[int] = owned_by("goal")
    attainment: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)
    status_after: Mapped[str] = mapped_column(String(20))

    review: Mapped[Review] = relationship(back_populates="goal_reviews")


class ActionReview(Base):
    """What became of one action at a review, with confidence rated again."""

    __tablename__ = "action_review"
    __table_args__ = (
        CheckConstraint(enum_check("outcome", ActionOutcome), name="outcome"),
        CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 10", name="confidence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = owned_by("review")
    action_id: Mapped[int] = owned_by("action")
    outcome: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[int | None]
    comment: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship(back_populates="action_reviews")
