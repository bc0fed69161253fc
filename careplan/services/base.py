"""What every service shares: session factory, clock, actor, and what changed.

A write collects the :class:`Change` each operation reports; the changes are
written to the audit trail inside the same transaction, and announced to
listeners only after it commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, Unpack

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from .. import audit
from ..audit import Actor, AuditAction, workstation_name
from ..changes import Change, Notify, ignore
from ..dates import Clock, utcnow
from ..errors import CarePlanError, ConflictError, NotFoundError, ValidationError
from ..i18n import N_, _
from ..permissions import Permission, allowed
from ..storage import WRITE_OPTION
from ..storage_errors import raise_if_storage
from .driver_reads import DriverRead

T = TypeVar("T")


@dataclass(frozen=True)
class ServiceContext:
    """What services share. ``actor`` is who is acting: the app passes the signed-in
    staff member and careplan-admin the operating-system user; ``None`` is an
    in-process caller trusted with everything (tests, tools)."""

    session_factory: sessionmaker[Session]
    clock: Clock = utcnow
    notify: Notify = field(default=ignore)
    actor: Actor | None = None
    workstation: str = field(default_factory=workstation_name)


class PermissionDeniedError(CarePlanError):
    """The signed-in role may not do this. The refusal is in the audit trail."""

    def __init__(self, message: str, permission: Permission) -> None:
        super().__init__(message)
        self.permission = permission


class PasswordChangeRequiredError(CarePlanError):
    """The signed-in person has a temporary password; the core does nothing else for them
    until they choose their own."""


_CHANGES = "careplan.changes"


@functools.cache
def _must_change_read() -> DriverRead:
    from .. import models as m

    return DriverRead(
        select(m.StaffMember.must_change_password).where(m.StaffMember.id == bindparam("staff_id"))
    )


class Service:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def _now(self) -> dt.datetime:
        return self.context.clock()

    def _today(self) -> dt.date:
        return self.context.clock().date()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        with self.context.session_factory() as session:
            yield session

    def _require(self, permission: Permission, patient_id: int | None = None) -> None:
        actor = self.context.actor
        if actor is not None and actor.staff_id is not None and self._must_change(actor.staff_id):
            raise PasswordChangeRequiredError(
                _(
                    "An administrator set a temporary password for you: choose your own "
                    "(Session → Change my password) before going on."
                )
            )
        if actor is None or allowed(actor.role, permission):
            return
        self._audit_now(
            AuditAction.REFUSED,
            patient_id=patient_id,
            record_type=permission.value,
            outcome="refused",
        )
        raise PermissionDeniedError(
            _(
                "Your role ({role}) does not allow this. Ask a colleague who may, or the "
                "practice administrator."
            ).format(role=actor.role),
            permission,
        )

    def _must_change(self, staff_id: int) -> bool:
        """Whether an administrator has set a temporary password for the person: read on
        every call, so a reset holds at once on every workstation. A :class:`DriverRead`,
        since it comes before every page a window reads."""
        rows = _must_change_read().rows(self.context.session_factory, {"staff_id": staff_id})
        return bool(rows and rows[0][0])

    def _audit_now(self, action: AuditAction, **about: Unpack[audit.About]) -> None:
        """An audit entry of its own (opening, printing, refusals): one short transaction."""
        with self.context.session_factory() as session, _storage_named(session):
            with session.begin():
                session.connection(execution_options={WRITE_OPTION: True})
                audit.append(
                    session,
                    self.context.actor,
                    action.value,
                    at=self._now(),
                    workstation=self.context.workstation,
                    **about,
                )
            audit.seal_after_commit(session)

    @contextlib.contextmanager
    def _write(self, *, conflict_message: str | None = None) -> Iterator[Session]:
        """One short write transaction: committed on success, rolled back on any error."""
        pending: list[Change] = []
        with self.context.session_factory() as session:
            session.info[_CHANGES] = pending
            try:
                with session.begin():
                    session.connection(execution_options={WRITE_OPTION: True})
                    yield session
                    for change in pending:
                        audit.append(
                            session,
                            self.context.actor,
                            AuditAction.CHANGE.value,
                            at=self._now(),
                            workstation=self.context.workstation,
                            patient_id=change.patient_id,
                            record_type=change.subject.value,
                            record_id=change.record_id,
                        )
            except StaleDataError:
                raise ConflictError(
                    conflict_message
                    or _(
                        "Someone else saved this record a moment ago. Nothing was "
                        "overwritten; please look at their change and try again."
                    )
                ) from None
            except IntegrityError as exc:
                raise integrity_to_validation(exc) from None
            except OperationalError as exc:
                raise_if_storage(_database_file(session), exc)
                raise
            finally:
                session.info.pop(_CHANGES, None)
            audit.seal_after_commit(session)
        for change in pending:
            self.context.notify(change)

    @staticmethod
    def _report(session: Session, change: Change) -> None:
        """Record what this write changed; announced once the transaction commits."""
        session.info[_CHANGES].append(change)


def _database_file(session: Session) -> Path | None:
    url = session.get_bind().engine.url
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


@contextlib.contextmanager
def _storage_named(session: Session) -> Iterator[None]:
    """A full disk or an I/O error while writing, named as such."""
    try:
        yield
    except OperationalError as exc:
        raise_if_storage(_database_file(session), exc)
        raise


def get_or_404(session: Session, model: type[T], record_id: int, what: str) -> T:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(
            _("The {what} no longer exists; it may have been removed.").format(what=what)
        )
    return obj


# Unique constraints and the field a person would correct.
_UNIQUE_FIELDS = {
    "nhs_number": ("nhs_number", N_("A patient with this NHS number is already registered.")),
    "name_key": (
        "family_name",
        N_("A patient with this name and date of birth is already registered."),
    ),
}


def integrity_to_validation(exc: IntegrityError) -> ValidationError:
    text = str(exc.orig)
    for needle, (field_name, message) in _UNIQUE_FIELDS.items():
        if needle in text:
            return ValidationError(field_name, _(message))
    return ValidationError(
        "record",
        _(
            "This change does not fit with what is stored already "
            "(a linked record may have been removed)."
        ),
    )
