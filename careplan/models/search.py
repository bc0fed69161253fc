"""The patient search index: every ending of every word of a person's name.

``term`` holds each suffix of each word of the folded name (``name_key``), so
a typed fragment is found by a prefix range on ``term`` — an index seek on
SQLite and PostgreSQL alike — and "any part of a name" needs no full scan.
Kept by :mod:`careplan.search_index` whenever a patient row is written.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from . import Base
from .people import Patient

# Byte order on PostgreSQL too, so that a prefix is one contiguous range of the index
# whatever the server's locale (SQLite's default BINARY collation already is).
TERM_TYPE = String(100).with_variant(String(100, collation="C"), "postgresql")


class PatientSearchTerm(Base):
    __tablename__ = "patient_search_term"
    __table_args__ = (
        Index("ix_patient_search_term_patient", "patient_id", "term"),
        {"sqlite_with_rowid": False},
    )

    term: Mapped[str] = mapped_column(TERM_TYPE, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )


# The patient list's order as an index: the first screenful, and each next page, is a
# short walk along it instead of a sort of every match.
_patients = Patient.__table__
Index("ix_patient_list_order", _patients.c.family_key, _patients.c.name_key, _patients.c.id)
