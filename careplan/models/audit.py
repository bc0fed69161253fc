"""The append-only audit trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from . import Base


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
