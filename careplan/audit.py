"""The append-only audit trail: who opened, changed, printed or exported which record.

Entries hold identifiers only (staff id, operating-system user, workstation,
patient id, record type and id), never names or clinical text. Each entry has a
place in one hash chain (``chain_pos``): its hash covers its fields and the
previous entry's hash, so altering, removing or reordering an entry breaks the
chain, and :func:`verify` finds it. What the chain alone cannot show — entries
removed from its *end*, or the whole chain rewritten by someone able to write
to the database — is shown by comparing it with checkpoints kept outside the
database (:class:`Checkpoint`, :mod:`careplan.audit_anchor`).

Ordering without a practice-wide lock: on SQLite writes are one at a time
anyway (BEGIN IMMEDIATE), and an entry is sealed into the chain as it is
written. On PostgreSQL an entry is written inside the caller's transaction and
sealed there only if the chain's advisory lock is free at that moment
(``pg_try_advisory_xact_lock``: never waited for); otherwise it is written
*unsealed*, and just after the commit :func:`seal_after_commit` tries again.
When that finds the lock taken too, the entry is sealed by the next write that
gets the lock, or by ``audit verify``. So no write ever waits for another
workstation's; the price is that an entry can stay unsealed (not yet protected
by the chain) for the moment between two writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypedDict

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from . import models as m
from .i18n import _

GENESIS = "0" * 64
# Serialises *sealing* on PostgreSQL (pg_advisory_xact_lock key); writes never take it.
AUDIT_LOCK_KEY = 0x41554454  # "AUDT"
# session.info key: this session wrote unsealed entries (PostgreSQL) to seal after commit.
_UNSEALED = "careplan.audit.unsealed"
# How far back in time one entry may be from the one before it in the chain: a clock
# corrected by a little (SQLite, one computer), or workstations' clocks a little apart
# and transactions committing in another order than they began (PostgreSQL).
CLOCK_TOLERANCE = {"sqlite": dt.timedelta(minutes=1)}
DEFAULT_CLOCK_TOLERANCE = dt.timedelta(minutes=10)


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
    # The sign-in this actor came from (a random token, issued by AccountService.sign_in):
    # signing out and locking act only on one's own session.
    session: str | None = None

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


class About(TypedDict, total=False):
    """What an entry is about, as :func:`append` takes it (how it went: ``outcome``)."""

    patient_id: int | None
    record_type: str | None
    record_id: int | None
    outcome: str


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
    """Add one entry inside the caller's transaction (it commits with the change).

    On PostgreSQL the caller seals it after the commit (:func:`seal_after_commit`).
    """
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
    )
    if session.get_bind().dialect.name == "sqlite":
        session.flush()
        position, prev = head(session)
        _seal(row, position + 1, prev)
        session.add(row)
        session.flush()
        return
    session.add(row)
    session.flush()
    # If no one is sealing just now, seal at once, in this transaction (the lock is held
    # only until it commits); otherwise never wait: it is sealed after the commit.
    if session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY}):
        _seal_unsealed(session)
    else:
        session.info[_UNSEALED] = True


def head(session: Session) -> tuple[int, str]:
    """The last sealed entry's position and hash (0 and the genesis hash for none)."""
    last = session.execute(
        select(m.AuditEvent.chain_pos, m.AuditEvent.hash)
        .where(m.AuditEvent.chain_pos.is_not(None))
        .order_by(m.AuditEvent.chain_pos.desc())
        .limit(1)
    ).first()
    if last is None:
        return 0, GENESIS
    return int(last[0]), str(last[1])


Entry = tuple[
    dt.datetime, int | None, str | None, str | None, str, int | None, str | None, int | None, str
]


def _entry(row: m.AuditEvent) -> Entry:
    """What an entry says, in order: what its hash covers and what it shows."""
    return (
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


def _row_hash(row: m.AuditEvent, prev: str) -> str:
    return entry_hash(prev, *_entry(row))


def _seal(row: m.AuditEvent, position: int, prev: str) -> None:
    row.chain_pos = position
    row.prev_hash = prev
    row.hash = _row_hash(row, prev)


def seal_pending(session: Session) -> int:
    """Seal every committed, unsealed entry, in id order; inside the caller's transaction.

    PostgreSQL only (SQLite entries are sealed as written). Returns how many.
    """
    if session.get_bind().dialect.name != "postgresql":
        return 0
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    return _seal_unsealed(session)


def _seal_unsealed(session: Session) -> int:
    """Seal what this transaction sees unsealed; the caller holds the chain's lock."""
    rows = session.scalars(
        select(m.AuditEvent).where(m.AuditEvent.chain_pos.is_(None)).order_by(m.AuditEvent.id)
    ).all()
    if not rows:
        return 0
    position, prev = head(session)
    for row in rows:
        position += 1
        _seal(row, position, prev)
        prev = row.hash or GENESIS
    session.flush()
    return len(rows)


def seal_after_commit(session: Session) -> None:
    """After the caller's transaction committed: seal what it wrote (PostgreSQL), if the
    chain's lock is free; never waits.

    If this does not happen (the lock is taken, or the process is killed in between),
    the next write that gets the lock, or ``audit verify``, seals the entry.
    """
    if not session.info.pop(_UNSEALED, False):
        return
    with session.begin():
        if session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY}):
            _seal_unsealed(session)


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head at one moment: kept outside the database, it shows later whether
    entries were removed from the end or the chain was rewritten.

    Its text form fits on one line, to print, write down or keep beside a backup.
    """

    position: int
    head: str
    at: dt.datetime

    PREFIX = "careplan-audit-checkpoint/1"

    def text(self) -> str:
        return f"{self.PREFIX} {self.position} {self.head} {_stamp(self.at)}"

    @classmethod
    def parse(cls, line: str) -> Checkpoint | None:
        parts = line.strip().split()
        if len(parts) != 4 or parts[0] != cls.PREFIX:
            return None
        try:
            position = int(parts[1])
            at = dt.datetime.strptime(parts[3], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        except ValueError:
            return None
        if position < 1 or len(parts[2]) != 64:
            return None
        return cls(position, parts[2].lower(), at)


def checkpoint(session: Session) -> Checkpoint | None:
    """The current head of the chain (``None`` while the trail is empty)."""
    row = session.scalars(
        select(m.AuditEvent)
        .where(m.AuditEvent.chain_pos.is_not(None))
        .order_by(m.AuditEvent.chain_pos.desc())
        .limit(1)
    ).first()
    if row is None or row.chain_pos is None or row.hash is None:
        return None
    return Checkpoint(row.chain_pos, row.hash, _utc(row.at))


def _utc(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    problems: tuple[str, ...]
    checkpoints: int = 0  # how many checkpoints kept outside the database were compared

    @property
    def ok(self) -> bool:
        return not self.problems


def _squeezed(sql: str | None) -> str:
    return " ".join((sql or "").split()).lower()


# Each trigger on the trail by name, with what it does (each backend's own catalogue).
_TRIGGER_SOURCES = {
    "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
    "AND tbl_name = 'audit_event'",
    "postgresql": "SELECT t.tgname, p.prosrc FROM pg_trigger t "
    "JOIN pg_proc p ON p.oid = t.tgfoid "
    "WHERE t.tgrelid = 'audit_event'::regclass AND NOT t.tgisinternal "
    "AND t.tgenabled <> 'D'",
}


def trigger_problems(session: Session) -> list[str]:
    """The database's own protection of the trail: every trigger present, switched on,
    and doing what the app's migration made it do (compared word for word)."""
    from .migrations.audit_protection import expected_protection

    dialect = session.get_bind().dialect.name
    expected = expected_protection(dialect)
    query = _TRIGGER_SOURCES.get(dialect)
    if query is None:  # pragma: no cover - only the two backends exist
        return []
    found = {name: _squeezed(source) for name, source in session.execute(text(query))}
    return [
        _(
            "The database's protection of the audit trail ({name}) was removed, switched "
            "off or changed: entries could have been changed or deleted without a trace "
            "in the database."
        ).format(name=name)
        for name, body in expected.items()
        if found.get(name) != _squeezed(body)
    ]


def verify(session: Session, checkpoints: Sequence[Checkpoint] = ()) -> VerifyReport:
    """Walk the whole chain; report every entry altered, removed or out of place, any
    protection removed, time running backwards, and any checkpoint the chain no longer
    matches (entries removed from its end, or the chain rewritten)."""
    dialect = session.get_bind().dialect.name
    tolerance = CLOCK_TOLERANCE.get(dialect, DEFAULT_CLOCK_TOLERANCE)
    problems = trigger_problems(session)
    wanted = {c.position: c for c in checkpoints}
    matched: set[int] = set()
    expected_prev = GENESIS
    expected_pos = 1
    latest: dt.datetime | None = None
    checked = 0
    for row in session.scalars(
        select(m.AuditEvent)
        .where(m.AuditEvent.chain_pos.is_not(None))
        .order_by(m.AuditEvent.chain_pos)
        .execution_options(yield_per=2000)
    ):
        checked += 1
        position = row.chain_pos or 0
        if position != expected_pos:
            problems.append(
                _("Entry {id}: {n} entries before it were removed.").format(
                    id=row.id, n=position - expected_pos
                )
                if position > expected_pos
                else _("Entry {id} is out of place in the chain.").format(id=row.id)
            )
        if row.prev_hash != expected_prev:
            problems.append(
                _("Entry {id}: the entry before it was removed or altered.").format(id=row.id)
            )
        if _row_hash(row, row.prev_hash or "") != row.hash:
            problems.append(_("Entry {id} was altered after it was written.").format(id=row.id))
        at = _utc(row.at)
        if latest is not None and at < latest - tolerance:
            problems.append(
                _(
                    "Entry {id} is dated {at}, earlier than the entry before it: it was "
                    "added later with a date in the past, or the computer's clock was wrong."
                ).format(id=row.id, at=_stamp(at))
            )
        latest = at if latest is None else max(latest, at)
        mark = wanted.get(position)
        if mark is not None:
            if mark.head == row.hash:
                matched.add(position)
            else:
                problems.append(
                    _(
                        "Entry {id} differs from the checkpoint of {at}: the trail up to "
                        "there was altered and its hashes worked out again."
                    ).format(id=row.id, at=_stamp(mark.at))
                )
                matched.add(position)
        expected_prev = row.hash or ""
        expected_pos = position + 1
    for mark in checkpoints:
        if mark.position not in matched and mark.position >= expected_pos:
            problems.append(
                _(
                    "The trail ends at entry number {n}, but a checkpoint of {at} saw "
                    "{m} entries: entries were removed from its end."
                ).format(n=expected_pos - 1, at=_stamp(mark.at), m=mark.position)
            )
    unsealed = session.scalar(
        select(func.count()).select_from(m.AuditEvent).where(m.AuditEvent.chain_pos.is_(None))
    )
    if unsealed:
        problems.append(
            _("{n} entries are not in the chain: they were added around it.").format(n=unsealed)
        )
    if checked == 0 and session.scalar(
        select(func.count())
        .select_from(m.StaffMember)
        .where(m.StaffMember.password_hash.is_not(None))
    ):
        problems.append(
            _(
                "The audit trail is empty although staff accounts exist (creating them "
                "is recorded): its entries were removed."
            )
        )
    return VerifyReport(checked, tuple(problems), len(checkpoints))


def entries(
    session: Session, patient_id: int | None = None, limit: int | None = None
) -> Iterator[AuditRecord]:
    query = select(m.AuditEvent).order_by(m.AuditEvent.id.desc())
    if patient_id is not None:
        query = query.where(m.AuditEvent.patient_id == patient_id)
    if limit is not None:
        query = query.limit(limit)
    for row in session.scalars(query):
        yield AuditRecord(row.id, *_entry(row))
