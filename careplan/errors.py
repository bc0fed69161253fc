"""The error types the core raises to its callers.

Each carries a message a person can act on; none carries patient names or
clinical text, so they are safe to log.
"""

from __future__ import annotations

from dataclasses import dataclass


class CarePlanError(Exception):
    """Base class for every error the core raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(CarePlanError):
    """Input a person gave cannot be stored; ``field`` names the input to fix.

    When several inputs are wrong at once, ``problems`` lists every
    ``(field, message)``, the first being ``field`` and ``message`` themselves.
    """

    def __init__(
        self, field: str, message: str, problems: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.field = field
        self.problems = problems or ((field, message),)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(CarePlanError):
    """The record asked for does not exist (or no longer exists)."""


@dataclass(frozen=True)
class FieldChange:
    """One field that another workstation changed since this one read it."""

    field: str
    yours: object
    theirs: object


class ConflictError(CarePlanError):
    """Someone else saved this record after it was read here.

    Nothing was overwritten. ``changes`` lists what the other save changed,
    so the person can compare and decide.
    """

    def __init__(self, message: str, changes: tuple[FieldChange, ...] = ()) -> None:
        super().__init__(message)
        self.changes = changes


class DatabaseError(CarePlanError):
    """The database cannot be used as it is."""


class DamagedDatabaseError(DatabaseError):
    """The database file failed its integrity check; it has not been written to."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ForeignDatabaseError(DatabaseError):
    """The file is not a care-plan database (or is from a newer version)."""
