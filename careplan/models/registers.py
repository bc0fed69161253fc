"""Conditions, results over time, agreed targets and preparation letters (issue 16)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from . import Base


class Condition(Base):
    """A long-term condition of a person, SNOMED CT coded; a register is everyone with one."""

    __tablename__ = "condition"
    __table_args__ = (
        Index("uq_condition_patient_code", "patient_id", "code", unique=True),
        Index("ix_condition_code_patient", "code", "patient_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(18))  # SNOMED CT concept id
    term: Mapped[str] = mapped_column(String(255))
    diagnosed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Where it came from ("entered", "csv", "fhir", "demo") and its id there, if any.
    source: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]


class Result(Base):
    """One measurement on one day: coded test, value (a number or words), unit, source."""

    __tablename__ = "result"
    __table_args__ = (
        Index("uq_result_patient_test_taken", "patient_id", "test", "taken_on", unique=True),
        Index("ix_result_test_taken", "test", "taken_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    test: Mapped[str] = mapped_column(String(30))  # key in careplan.clinical_codes.TESTS
    system: Mapped[str] = mapped_column(String(60))  # LOINC or SNOMED CT
    code: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(30))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]


class ResultTarget(Base):
    """The person's own target for one result, agreed with them."""

    __tablename__ = "result_target"
    __table_args__ = (Index("uq_result_target_patient_test", "patient_id", "test", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    test: Mapped[str] = mapped_column(String(30))
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    agreed_on: Mapped[dt.date] = mapped_column(Date)


class PreparationLetter(Base):
    """A Year of Care results letter sent to a person before their conversation."""

    __tablename__ = "preparation_letter"
    __table_args__ = (Index("ix_preparation_letter_patient_sent", "patient_id", "sent_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[dt.datetime]
