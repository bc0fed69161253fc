"""Per-plan figures the practice overview counts, kept by the database itself.

One row per agreed plan, and one per date a plan fell due for review; see
:mod:`careplan.migrations.plan_figures` for the triggers that keep each row true
whenever a plan, goal, action or review is written.
The indexes hold every column the overview reads, so it reads them alone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from . import Base
from .reviews import Review

_COUNTED = (
    "earlier_plan_on",
    "earlier_action_plan_on",
    "earlier_clinician_plan_on",
    "earlier_clinician_action_plan_on",
    "actions",
    "rated",
    "rated_sum",
)


class PlanFigures(Base):
    __tablename__ = "plan_figures"
    __table_args__ = (
        # Per clinician, in date order: each clinician's plans in a period are one range.
        Index("ix_plan_figures_clinician", "clinician_id", "agreed_on", *_COUNTED),
        Index("ix_plan_figures_patient", "patient_id", "agreed_on"),
    )

    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    patient_id: Mapped[int]
    clinician_id: Mapped[int | None]
    agreed_on: Mapped[dt.date] = mapped_column(Date)  # the plan's consultation date
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    next_plan_on: Mapped[dt.date | None] = mapped_column(Date)  # the person's next agreed plan
    # The person's plan just before this one: of all, with an action, of the same clinician,
    # of the same clinician with an action.
    earlier_plan_on: Mapped[dt.date | None] = mapped_column(Date)
    earlier_action_plan_on: Mapped[dt.date | None] = mapped_column(Date)
    earlier_clinician_plan_on: Mapped[dt.date | None] = mapped_column(Date)
    earlier_clinician_action_plan_on: Mapped[dt.date | None] = mapped_column(Date)
    actions: Mapped[int]  # actions of the plan's goals
    rated: Mapped[int]  # of those, with a standing confidence (final, else first)
    rated_sum: Mapped[int]  # the sum of those confidences


class ReviewDueFigures(Base):
    """Each date an agreed plan fell due for review, and how it went (see the triggers)."""

    __tablename__ = "review_due_figures"
    __table_args__ = (
        Index("ix_review_due_figures_clinician", "clinician_id", "due_on", "counts", "on_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan_figures.consultation_id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[dt.date] = mapped_column(Date)
    clinician_id: Mapped[int | None]  # the plan's clinician
    counts: Mapped[int]  # 1 unless a newer plan was agreed before the window opened
    on_time: Mapped[int]  # 1 if reviewed in the window, or the next plan agreed by its end


# Each plan's reviews by date: whether a date that fell due was met.
_reviews = Review.__table__
Index("ix_review_plan_reviewed", _reviews.c.consultation_id, _reviews.c.reviewed_on)
