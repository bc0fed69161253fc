"""Signing in as oneself: staff accounts, argon2id password hashes, slow-down and lockout."""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from functools import cache
from typing import Any

from sqlalchemy import func, or_, select, text, update

from .. import models as m
from ..audit import Actor, AuditAction
from ..changes import Change, Subject
from ..errors import CarePlanError, ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import StaffRecord
from ..text import clean
from ..vocabulary import StaffRole
from . import convert
from .base import Service, get_or_404
from .staff import staff_details

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
SLOW_DOWN_AFTER = 3  # failures before each further attempt must wait
LOCK_AFTER = 6  # failures before the account locks
LOCK_MINUTES = 15
FIRST_ADMIN_LOCK = 0x46495253  # "FIRS": pg_advisory_xact_lock key for the first set-up


def refused_message() -> str:
    """The one answer to every refused sign-in: it never tells which usernames exist."""
    return _(
        "The username or password is not right. After several wrong attempts, signing in "
        "pauses for a while (up to {minutes} minutes); ask an administrator if you are stuck."
    ).format(minutes=LOCK_MINUTES)


# Sessions signed in by this process: (staff id, token). Ending or locking a session
# needs one of these, so no caller can end or lock another person's session.
_OPEN_SESSIONS: set[tuple[int | None, str | None]] = set()


class SessionError(CarePlanError):
    """A session that is not the caller's own (or no longer open) was to be ended or locked."""


class AuthenticationError(CarePlanError):
    """Sign-in refused. The message never says whether the username exists."""

    def __init__(self, message: str, retry_after: dt.datetime | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@cache
def _hasher() -> Any:
    # Imported here: the hasher is not needed to show the sign-in window.
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's current recommended cost


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def _check_new_password(password: str, username: str, field: str = "password") -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(
            field,
            _(
                "Choose a password of at least {n} characters; a few unrelated words work well."
            ).format(n=MIN_PASSWORD),
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(field, _("That password is too long."))
    if password.casefold() == username.casefold() or password.strip() == "":
        raise ValidationError(field, _("The password must not be the username."))


def _username(value: str) -> str:
    name = clean(
        value, "username", max_length=64, required=True, multiline=False, label=_("username")
    ).casefold()
    if any(ch.isspace() for ch in name):
        raise ValidationError("username", _("A username has no spaces."))
    return name


def wait_after(failures: int) -> dt.timedelta:
    """How long the next attempt must wait after ``failures`` failed ones in a row."""
    if failures >= LOCK_AFTER:
        return dt.timedelta(minutes=LOCK_MINUTES)
    if failures >= SLOW_DOWN_AFTER:
        return dt.timedelta(seconds=2 ** (failures - SLOW_DOWN_AFTER + 1))
    return dt.timedelta(0)


class AccountService(Service):
    def needs_first_admin(self) -> bool:
        with self._read() as session:
            return not session.scalar(
                select(func.count())
                .select_from(m.StaffMember)
                .where(m.StaffMember.password_hash.is_not(None))
            )

    def create_first_admin(self, full_name: str, username: str, password: str) -> StaffRecord:
        """On first start, with no accounts at all, the first administrator is created."""
        if not self.needs_first_admin():
            raise ValidationError(
                "username",
                _("The first administrator exists already; ask them to create your account."),
            )
        return self._create(full_name, StaffRole.ADMIN.value, username, password, None, first=True)

    def create_account(
        self, full_name: str, role: str, username: str, password: str, job_title: str | None = None
    ) -> StaffRecord:
        self._require(Permission.MANAGE_STAFF)
        return self._create(full_name, role, username, password, job_title)

    def _create(
        self,
        full_name: str,
        role: str,
        username: str,
        password: str,
        job_title: str | None,
        *,
        first: bool = False,
    ) -> StaffRecord:
        name, role, job_title = staff_details(full_name, role, job_title)
        login = _username(username)
        _check_new_password(password, login)
        hashed = hash_password(password)
        with self._write() as session:
            if first and not self._still_no_accounts(session):
                raise ValidationError(
                    "username",
                    _("The first administrator exists already; ask them to create your account."),
                )
            if session.scalar(select(m.StaffMember.id).where(m.StaffMember.username == login)):
                raise ValidationError("username", _("That username is taken; choose another."))
            row = m.StaffMember(
                full_name=name,
                role=role,
                job_title=job_title,
                active=True,
                created_at=self._now(),
                username=login,
                password_hash=hashed,
                failed_sign_ins=0,
                must_change_password=False,
            )
            session.add(row)
            session.flush()
            record = convert.staff(row)
            self._report(session, Change(Subject.STAFF, record.id))
        return record

    @staticmethod
    def _still_no_accounts(session: Any) -> bool:
        """Checked inside the creating transaction, so that of several workstations setting
        up at once exactly one succeeds (SQLite: BEGIN IMMEDIATE already serialises them;
        PostgreSQL: a transaction-scoped advisory lock does)."""
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_ADMIN_LOCK})
        return not session.scalar(
            select(func.count())
            .select_from(m.StaffMember)
            .where(m.StaffMember.password_hash.is_not(None))
        )

    def list_accounts(self) -> list[StaffRecord]:
        """Every staff member, with or without a sign-in, for administrators."""
        self._require(Permission.MANAGE_STAFF)
        with self._read() as session:
            rows = session.scalars(select(m.StaffMember).order_by(m.StaffMember.full_name))
            return [convert.staff(r) for r in rows]

    def must_change_password(self, actor: Actor) -> bool:
        if actor.staff_id is None:
            return False
        with self._read() as session:
            row = session.get(m.StaffMember, actor.staff_id)
            return bool(row and row.must_change_password)

    def sign_in(self, username: str, password: str) -> Actor:
        """Check a password. Each attempt is counted *before* the password is checked,
        in one statement (``failed_sign_ins = failed_sign_ins + 1``), so attempts made
        at the same moment from several processes or workstations are each counted and
        the lockout cannot be outrun; a right password then clears the count.

        Every refusal has the same message, whether the username exists, the password
        is wrong or the account is paused, so refusals do not tell which usernames exist.
        """
        login = (username or "").strip().casefold()
        now = self._now()
        charged = self._charge_attempt(login, now)
        if charged is None:
            _dummy_check(password)
            self._audit_failure(None, now)
            raise AuthenticationError(refused_message())
        staff_id, password_hash = charged
        if not _password_matches(password_hash, password):
            self._audit_failure(staff_id, now)
            raise AuthenticationError(refused_message())
        with self._write() as session:
            row = session.get(m.StaffMember, staff_id)
            if row is None or not row.active or row.password_hash != password_hash:
                raise AuthenticationError(refused_message())
            row.failed_sign_ins = 0
            row.locked_until = None
            if _hasher().check_needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            actor = Actor(row.id, row.role, row.username, session=secrets.token_hex(16))
            self._audit_in(session, actor, AuditAction.SIGN_IN, now)
        _OPEN_SESSIONS.add((actor.staff_id, actor.session))
        return actor

    def _charge_attempt(self, login: str, now: dt.datetime) -> tuple[int, str] | None:
        """Count one attempt against an active, unpaused account; ``None`` if there is none.

        One UPDATE … RETURNING: the row is locked from the read of the count to the
        write of count+1, on both backends. The pause for the next attempt is set in
        the same transaction.
        """
        staff = m.StaffMember
        with self._write() as session:
            row = session.execute(
                update(staff)
                .where(
                    staff.username == login,
                    staff.active.is_(True),
                    staff.password_hash.is_not(None),
                    or_(staff.locked_until.is_(None), staff.locked_until <= now),
                )
                .values(failed_sign_ins=staff.failed_sign_ins + 1)
                .returning(staff.id, staff.failed_sign_ins, staff.password_hash)
                .execution_options(synchronize_session=False)
            ).first()
            if row is None:
                return None
            staff_id, failures, password_hash = row
            wait = wait_after(failures)
            if wait:
                session.execute(
                    update(staff)
                    .where(staff.id == staff_id)
                    .values(locked_until=now + wait)
                    .execution_options(synchronize_session=False)
                )
        return int(staff_id), str(password_hash)

    def _audit_failure(self, staff_id: int | None, now: dt.datetime) -> None:
        with self._write() as session:
            self._audit_in(
                session,
                Actor(staff_id, "unknown"),
                AuditAction.SIGN_IN_FAILED,
                now,
                outcome="refused",
            )

    def sign_out(self, actor: Actor) -> None:
        """End the actor's own session (only one that signed in here, as this person)."""
        self._own_session(actor, AuditAction.SIGN_OUT)
        _OPEN_SESSIONS.discard((actor.staff_id, actor.session))
        self._audit_as(actor, AuditAction.SIGN_OUT)

    def lock(self, actor: Actor) -> None:
        """The screen locked: recorded, so the trail shows when patient data was hidden."""
        self._own_session(actor, AuditAction.LOCK)
        self._audit_as(actor, AuditAction.LOCK)

    def _own_session(self, actor: Actor, action: AuditAction) -> None:
        me = self.context.actor
        if (actor.staff_id, actor.session) in _OPEN_SESSIONS and (
            me is None or me.staff_id == actor.staff_id
        ):
            return
        self._audit_now(
            AuditAction.REFUSED,
            record_type=action.value,
            record_id=actor.staff_id,
            outcome="refused",
        )
        raise SessionError(
            _("Only the person signed in here can sign out or lock their own session.")
        )

    def _audit_as(self, actor: Actor, action: AuditAction) -> None:
        with self._write() as session:
            self._audit_in(session, actor, action, self._now())

    def check_password(self, actor: Actor, password: str) -> bool:
        """Unlocking a locked screen: the same person's password, with the same slow-down."""
        if actor.username is None:
            return False
        try:
            self.sign_in(actor.username, password)
        except AuthenticationError:
            return False
        return True

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        if actor.staff_id is None or actor.username is None:
            raise ValidationError("password", _("Sign in to change your password."))
        _check_new_password(new, actor.username, "new_password")
        self.sign_in(actor.username, old)
        hashed = hash_password(new)
        with self._write() as session:
            row = get_or_404(session, m.StaffMember, actor.staff_id, _("staff member"))
            row.password_hash = hashed
            row.must_change_password = False
            self._report(session, Change(Subject.STAFF, row.id))

    def reset_password(self, staff_id: int, new: str, username: str | None = None) -> None:
        """An administrator sets a temporary password; it must be changed at next sign-in.

        A staff member with no sign-in yet (the demo practice's staff, people added before
        they needed one) gets one: ``username`` is then required.
        """
        self._require(Permission.MANAGE_STAFF)
        with self._read() as session:
            row = get_or_404(session, m.StaffMember, staff_id, _("staff member"))
            login = row.username or ""
            name = row.full_name
        new_login: str | None = None
        if not login:
            if not (username or "").strip():
                raise ValidationError(
                    "username",
                    _("{name} has no sign-in yet: choose a username for them.").format(name=name),
                )
            new_login = login = _username(username or "")
        _check_new_password(new, login)
        hashed = hash_password(new)
        with self._write() as session:
            if new_login is not None and session.scalar(
                select(m.StaffMember.id).where(m.StaffMember.username == new_login)
            ):
                raise ValidationError("username", _("That username is taken; choose another."))
            row = get_or_404(session, m.StaffMember, staff_id, _("staff member"))
            if new_login is not None:
                row.username = new_login
            row.password_hash = hashed
            row.must_change_password = True
            row.failed_sign_ins = 0
            row.locked_until = None
            self._report(session, Change(Subject.STAFF, row.id))

    def _audit_in(
        self,
        session: Any,
        actor: Actor,
        action: AuditAction,
        at: dt.datetime,
        outcome: str = "done",
    ) -> None:
        from .. import audit

        audit.append(
            session,
            actor,
            action.value,
            at=at,
            workstation=self.context.workstation,
            record_type="staff",
            record_id=actor.staff_id,
            outcome=outcome,
        )


def _password_matches(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    return True


@cache
def _dummy_hash() -> str:
    return hash_password("not a real password, for timing only")


def _dummy_check(password: str) -> None:
    """Take as long as a real check, so timing does not tell which usernames exist."""
    from argon2.exceptions import VerificationError

    with contextlib.suppress(VerificationError):
        _hasher().verify(_dummy_hash(), password or "x")
