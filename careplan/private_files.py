"""Files only their owner can read, and temporary files that do not outlive a crash.

The data folder is 0700 and every file the app writes 0600 (DESIGN.md §6): a
plan, a backup or the database must not be readable by another user of the
computer. SQLite gives its journal files (``-wal``, ``-shm``) the mode of the
database file, so a database created 0600 keeps its journal 0600 too.

A temporary file (``.part``, ``.partial``) exists only until it is renamed into
place or removed; if the process is killed in between, it would stay behind,
holding a whole plan. Each one is therefore announced in the data folder
(``pending/``) while it exists, and :func:`remove_stale` — run when the app or
careplan-admin next opens the database — removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from . import paths

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
TEMPORARY_SUFFIXES = (".part", ".partial", ".encrypting")


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)
    return folder


def data_folder() -> Path:
    return private_folder(paths.data_dir())


def make_private(path: Path) -> None:
    """An existing file made owner-only (one written by an earlier version, say)."""
    with contextlib.suppress(FileNotFoundError):
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, FILE_MODE)


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only, unless it exists (then make it owner-only)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, FILE_MODE)
    os.close(fd)
    make_private(path)


def _pending_folder() -> Path:
    return paths.data_dir() / "pending"


@contextlib.contextmanager
def announced(temporary: Path) -> Iterator[Path]:
    """While the block runs, ``temporary`` is announced; a crash leaves it to be cleaned."""
    note: Path | None = None
    try:
        folder = private_folder(_pending_folder())
        note = folder / f"{os.getpid()}-{uuid.uuid4().hex}"
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            os.write(fd, os.fsencode(str(temporary.absolute())))
        finally:
            os.close(fd)
    except OSError:  # a note that cannot be written must not stop the real work
        note = None
    try:
        yield temporary
    finally:
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale() -> list[Path]:
    """Remove temporary files left by processes that no longer run; return them."""
    folder = _pending_folder()
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for note in folder.iterdir():
        pid_text = note.name.split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            target = Path(os.fsdecode(note.read_bytes()))
            if target.name.endswith(TEMPORARY_SUFFIXES) and target.is_file():
                target.unlink()
                removed.append(target)
        with contextlib.suppress(OSError):
            note.unlink()
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted run", len(removed))
    return removed


def remove_beside(database: Path) -> None:
    """A restore's or conversion's partial copy beside the database, left by a crash
    (called with the database open, so no restore or conversion is running)."""
    for suffix in (".partial", ".encrypting"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
