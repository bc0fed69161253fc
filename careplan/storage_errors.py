"""A full disk or an input/output error is named as such — never as a wrong key or a
damaged database, and never answered with an offer to restore from a backup.

SQLite reports a full disk as ``SQLITE_FULL`` when it knows, but often only as
``SQLITE_IOERR`` (for example when its shared-memory file cannot be grown); the
free space of the folder then tells which it is.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from .errors import DatabaseError
from .i18n import _

SQLITE_IOERR = 10
SQLITE_FULL = 13
PG_DISK_FULL = "53100"
# Less than this free in the folder, and a failing write is taken to be a full disk.
NEARLY_FULL_BYTES = 1 << 20
_STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS})
_MESSAGES = ("database or disk is full", "disk i/o error", "no space left on device")


class StorageError(DatabaseError):
    """The disk is full or cannot be read or written; nothing was changed by the app,
    and the database is not damaged by it. ``full`` says which of the two."""

    def __init__(self, message: str, *, full: bool) -> None:
        super().__init__(message)
        self.full = full


def _codes(exc: BaseException) -> tuple[int | None, int | None]:
    """(SQLite primary result code, errno) of ``exc`` or what it wraps."""
    seen: BaseException | None = exc
    for _depth in range(4):
        if seen is None:
            break
        code = getattr(seen, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF, None
        if getattr(seen, "sqlstate", None) == PG_DISK_FULL:
            return SQLITE_FULL, None
        number = getattr(seen, "errno", None)
        if isinstance(seen, OSError) and isinstance(number, int):
            return None, number
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None, None


def is_storage_failure(exc: BaseException) -> bool:
    code, number = _codes(exc)
    if code in (SQLITE_FULL, SQLITE_IOERR) or number in _STORAGE_ERRNOS:
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(message in text for message in _MESSAGES)


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_error(where: Path | None, exc: BaseException) -> StorageError | None:
    """The :class:`StorageError` for ``exc`` if it is a full disk or an I/O error."""
    if not is_storage_failure(exc):
        return None
    code, number = _codes(exc)
    folder = where.parent if where is not None else None
    full = (
        code == SQLITE_FULL
        or number in (errno.ENOSPC, errno.EDQUOT)
        or (folder is not None and _nearly_full(folder))
    )
    place = str(folder) if folder is not None else _("the database server")
    if full:
        return StorageError(
            _(
                "The disk holding {place} is full, so nothing more can be stored. Nothing "
                "was lost and the database itself is sound: free some space (empty the "
                "wastebasket, move old files away) and try again."
            ).format(place=place),
            full=True,
        )
    return StorageError(
        _(
            "The disk holding {place} could not be read or written (an input/output "
            "error: the disk or its connection is failing). The database itself may well "
            "be sound, and a backup is not needed because of this: check the disk, "
            "then try again."
        ).format(place=place),
        full=False,
    )


def raise_if_storage(where: Path | None, exc: BaseException) -> None:
    found = storage_error(where, exc)
    if found is not None:
        raise found from None
