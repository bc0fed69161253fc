"""The append-only audit trail: who opened, changed, printed or exported which record.

Entries hold identifiers only (staff id, operating-system user, workstation,
patient id, record type and id), never names or clinical text. Each entry's
hash covers its fields and the previous entry's hash, so altering or removing
an entry is detected by :func:`verify`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from . import models as m
from .i18n import _

GENESIS = "0" * 64
# Serialises appends across workstations on PostgreSQL (pg_advisory_xact_lock key).
AUDIT_LOCK_KEY = 0x41554454  # "AUDT"


class AuditAction(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    LOCK = "lock"
    OPEN = "open"
    CHANGE = "change"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    REFUSED = "refused"
    ADMIN = "admin"
    # A read of many records at once (a full list, a CSV, a backup); record_id holds
    # how many records were read.
    BULK_READ = "bulk_read"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or a named operating-system user."""

    staff_id: int | None
    role: str
    username: str | None = None
    os_user: str | None = None

    @classmethod
    def system(cls, role: str = "admin") -> Actor:
        """The operating-system user running a command with no screen (careplan-admin)."""
        return cls(None, role, None, current_os_user())


def current_os_user() -> str:
    """The operating-system account running this process, from its real user id.

    Never from ``LOGNAME``/``USER``/``USERNAME``: anyone can set those to anything.
    """
    if os.name == "nt":  # pragma: no cover - Windows asks the system, not the environment
        import ctypes

        size = ctypes.c_ulong(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        if ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
            return buffer.value
        return "unknown"
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # no name for this uid (e.g. a container): the number itself
        return f"uid {uid}"


def workstation_name() -> str:
    return socket.gethostname()[:255]


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    staff_id: int | None
    os_user: str | None
    workstation: str | None
    action: str
    patient_id: int | None
    record_type: str | None
    record_id: int | None
    outcome: str


def _stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    staff_id: int | None,
    os_user: str | None,
    workstation: str | None,
    action: str,
    patient_id: int | None,
    record_type: str | None,
    record_id: int | None,
    outcome: str,
) -> str:
    canonical = json.dumps(
        [
            prev_hash,
            _stamp(at),
            staff_id,
            os_user,
            workstation,
            action,
            patient_id,
            record_type,
            record_id,
            outcome,
        ],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def append(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    at: dt.datetime,
    workstation: str,
    patient_id: int | None = None,
    record_type: str | None = None,
    record_id: int | None = None,
    outcome: str = "done",
) -> None:
    """Add one entry inside the caller's transaction (it commits with the change)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    session.flush()
    prev = (
        session.scalar(select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).limit(1))
        or GENESIS
    )
    staff_id = actor.staff_id if actor else None
    os_user = actor.os_user if actor else current_os_user()
    row = m.AuditEvent(
        at=at,
        staff_id=staff_id,
        os_user=os_user,
        workstation=workstation,
        action=action,
        patient_id=patient_id,
        record_type=record_type,
        record_id=record_id,
        outcome=outcome,
        prev_hash=prev,
        hash=entry_hash(
            prev,
            at,
            staff_id,
            os_user,
            workstation,
            action,
            patient_id,
            record_type,
            record_id,
            outcome,
        ),
    )
    session.add(row)
    session.flush()


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerifyReport:
    """Walk the whole chain; report every entry that was altered or whose predecessor went."""
    problems: list[str] = []
    expected_prev = GENESIS
    checked = 0
    for row in session.scalars(
        select(m.AuditEvent).order_by(m.AuditEvent.id).execution_options(yield_per=2000)
    ):
        checked += 1
        if row.prev_hash != expected_prev:
            problems.append(
                _("Entry {id}: the entry before it was removed or altered.").format(id=row.id)
            )
        recomputed = entry_hash(
            row.prev_hash,
            row.at,
            row.staff_id,
            row.os_user,
            row.workstation,
            row.action,
            row.patient_id,
            row.record_type,
            row.record_id,
            row.outcome,
        )
        if recomputed != row.hash:
            problems.append(_("Entry {id} was altered after it was written.").format(id=row.id))
        expected_prev = row.hash
    return VerifyReport(checked, tuple(problems))


def entries(
    session: Session, patient_id: int | None = None, limit: int | None = None
) -> Iterator[AuditRecord]:
    query = select(m.AuditEvent).order_by(m.AuditEvent.id.desc())
    if patient_id is not None:
        query = query.where(m.AuditEvent.patient_id == patient_id)
    if limit is not None:
        query = query.limit(limit)
    for row in session.scalars(query):
        yield AuditRecord(
            row.id,
            row.at,
            row.staff_id,
            row.os_user,
            row.workstation,
            row.action,
            row.patient_id,
            row.record_type,
            row.record_id,
            row.outcome,
        )
