"""The people the app knows: staff who sign in, and patients."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..vocabulary import StaffRole
from . import Base
from .columns import enum_check

if TYPE_CHECKING:
    from . import Consultation


class StaffMember(Base):
    __tablename__ = "staff_member"
    __table_args__ = (CheckConstraint(enum_check("role", StaffRole), name="role"),)

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
    # Folded forms of the names, for duplicate detection and search only. On PostgreSQL
    # compared character by character, as SQLite and Python compare them, so that the
    # indexes holding it serve lists ordered by it (migration 0013).
    name_key: Mapped[str] = mapped_column(
        String(210).with_variant(String(210, collation="C"), "postgresql")
    )
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
