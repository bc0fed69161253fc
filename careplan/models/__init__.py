"""SQLAlchemy models for every word of DESIGN.md §2, a module a topic.

Schema changes go through Alembic migrations in ``careplan/migrations``; a
test checks that the migrations build exactly this schema. Every model is
importable from here (``from careplan.models import Goal``).

A plan part's model names the fields its part declares (``class Goal(Base,
fields=part_specs.GOAL)``); their columns are made from that declaration
(:mod:`careplan.models.columns`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

from .columns import DeclaredFields

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


class Base(DeclaredFields, DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime()}


# The tables, a module a topic, imported last: each takes Base from here, and a table it
# uses at import from that table's own module (a relationship names its table by string).
# E402: these imports register the tables and name them here, after Base.
from . import groups as groups  # noqa: E402
from . import registers as registers  # noqa: E402
from . import search  # noqa: E402, F401
from .audit import AuditEvent as AuditEvent  # noqa: E402
from .consultation import Consultation as Consultation  # noqa: E402
from .consultation import Preparation as Preparation  # noqa: E402
from .exchange import GoalTarget as GoalTarget  # noqa: E402
from .exchange import ImportSource as ImportSource  # noqa: E402
from .parts import Action as Action  # noqa: E402
from .parts import AgendaItem as AgendaItem  # noqa: E402
from .parts import Barrier as Barrier  # noqa: E402
from .parts import EscalationStep as EscalationStep  # noqa: E402
from .parts import Goal as Goal  # noqa: E402
from .parts import Participant as Participant  # noqa: E402
from .parts import PreparationResult as PreparationResult  # noqa: E402
from .parts import Support as Support  # noqa: E402
from .parts import WhatMatters as WhatMatters  # noqa: E402
from .people import Patient as Patient  # noqa: E402
from .people import StaffMember as StaffMember  # noqa: E402
from .plan_figures import PlanFigures as PlanFigures  # noqa: E402
from .plan_figures import ReviewDueFigures as ReviewDueFigures  # noqa: E402
from .reviews import ActionReview as ActionReview  # noqa: E402
from .reviews import GoalReview as GoalReview  # noqa: E402
from .reviews import Review as Review  # noqa: E402
