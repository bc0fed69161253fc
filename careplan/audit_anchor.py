"""Checkpoints of the audit trail kept *outside* the database.

A hash chain shows an entry altered or removed from its middle, but not entries
removed from its end, nor a chain rewritten from scratch by someone who can
write to the database. A checkpoint — the chain's length and head hash at one
moment (:class:`careplan.audit.Checkpoint`) — kept where the database cannot
reach it shows both. Checkpoints are kept:

- in this computer's keyring (the latest one for each database), and in a log in
  the data folder, each time ``careplan-admin`` makes a backup, writes a
  checkpoint or finds the trail intact; ``audit verify`` compares them all;
- beside each backup (``<backup>.audit-checkpoint``), and printed by
  ``careplan-admin audit checkpoint`` to be printed or written down; give them to
  ``audit verify --checkpoint FILE``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import make_url

from . import paths
from .audit import Checkpoint
from .keys import KeyringUnavailableError, KeyStore
from .storage import Database

KEYRING_PREFIX = "audit-checkpoint:"
SUFFIX = ".audit-checkpoint"


def database_identity(db: Database) -> str:
    """Which database: its file, or the server, user and database name."""
    if db.path is not None:
        return f"sqlite:{db.path.absolute()}"
    url = make_url(db.url)
    return f"postgresql:{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def local_log(db: Database) -> Path:
    digest = hashlib.sha256(database_identity(db).encode("utf-8")).hexdigest()[:20]
    return paths.data_dir() / "audit-checkpoints" / f"{digest}.txt"


def beside(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def keep(db: Database, mark: Checkpoint, keystore: KeyStore | None = None) -> None:
    """Keep ``mark`` in the local log and, when there is a keyring, in the keyring."""
    log = local_log(db)
    _private_folder(log.parent)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (mark.text() + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    if keystore is not None:
        keystore.put(KEYRING_PREFIX + database_identity(db), mark.text())


def write_beside(backup: Path, mark: Checkpoint) -> Path:
    """The checkpoint of a backup, in a small text file next to it (owner-only)."""
    from .atomic import write_atomically

    return write_atomically(beside(backup), (mark.text() + "\n").encode("ascii"))


def read_file(path: Path) -> list[Checkpoint]:
    """Every checkpoint line in a file (others are ignored)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return [c for c in (Checkpoint.parse(line) for line in text.splitlines()) if c]


def known(
    db: Database, keystore: KeyStore | None = None, files: Iterable[Path] = ()
) -> list[Checkpoint]:
    """The checkpoints kept for ``db``: keyring, local log, and ``files`` given."""
    found: list[Checkpoint] = []
    if keystore is not None:
        with contextlib.suppress(KeyringUnavailableError):
            kept = keystore.get(KEYRING_PREFIX + database_identity(db))
            mark = Checkpoint.parse(kept or "")
            if mark is not None:
                found.append(mark)
    log = local_log(db)
    if log.exists():
        found += read_file(log)
    for path in files:
        found += read_file(path)
    unique = {(c.position, c.head): c for c in found}
    return sorted(unique.values(), key=lambda c: c.position)
