"""What plans exchanged with other systems bring that the plan itself has no place for."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .. import part_specs as specs
from . import Base
from .columns import owned_by


class GoalTarget(Base, fields=specs.GOAL_TARGET):
    """A measurable target of a goal as another system wrote it (FHIR ``Goal.target``).

    ``measure`` (a coded concept) and ``detail`` (a quantity, range, coded answer... as a
    one-key object naming its type) are compact JSON with every text cleaned, so an export
    writes them back exactly. The target in the person's words stays ``Goal.target``.
    """

    __tablename__ = "goal_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = owned_by("goal")
    measure: Mapped[str | None]
    detail: Mapped[str | None]
    due_date: Mapped[dt.date | None]
    position: Mapped[int] = mapped_column(default=0)


class ImportSource(Base):
    """A plan imported from a file: which plan of which system it was, and its content.

    ``source_key`` is a SHA-256 of what names the plan where it came from (its identifiers,
    or its server URL); ``content_hash`` a SHA-256 of the plan as imported. A second import
    of the same plan is recognised by them: unchanged, nothing is added; changed, it becomes
    the next revision.
    """

    __tablename__ = "import_source"
    __table_args__ = (Index("ix_import_source_patient_source", "patient_id", "source_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL"), index=True
    )
    source_key: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime]
