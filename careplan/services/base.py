"""What every service shares: its session factory, clock and change reporting."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..changes import Change, Notify, ignore
from ..dates import Clock, utcnow
from ..errors import ConflictError, NotFoundError, ValidationError
from ..i18n import _
from ..storage import WRITE_OPTION

T = TypeVar("T")


@dataclass(frozen=True)
class ServiceContext:
    session_factory: sessionmaker[Session]
    clock: Clock = utcnow
    notify: Notify = field(default=ignore)


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

    @contextlib.contextmanager
    def _write(self, *, conflict_message: str | None = None) -> Iterator[Session]:
        """One short write transaction: committed on success, rolled back on any error."""
        with self.context.session_factory() as session:
            try:
                with session.begin():
                    session.connection(execution_options={WRITE_OPTION: True})
                    yield session
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

    def _emit(self, change: Change) -> None:
        self.context.notify(change)


def get_or_404(session: Session, model: type[T], record_id: int, what: str) -> T:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(
            _("The {what} no longer exists; it may have been removed.").format(what=what)
        )
    return obj


# Unique constraints and the field a person would correct.
_UNIQUE_FIELDS = {
    "nhs_number": ("nhs_number", "A patient with this NHS number is already registered."),
    "name_key": (
        "family_name",
        "A patient with this name and date of birth is already registered.",
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
