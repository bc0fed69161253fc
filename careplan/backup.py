"""Backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from .dblock import exclusive
from .errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from .i18n import _
from .private_files import announced, create_private, make_private, private_folder
from .storage import (
    Database,
    connect_sqlite,
    inspect_sqlite_file,
    is_plain_sqlite,
    known_revisions,
)
from .storage_errors import raise_if_storage


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with_dir = getattr(os, "O_DIRECTORY", None)
    if with_dir is None:  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(path, os.O_RDONLY | with_dir)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _require_sqlite(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise DatabaseError(
            _(
                "Backup and restore here are for the embedded database; "
                "back up a PostgreSQL server with pg_dump."
            )
        )
    return db.path


def _copy(source: Any, target: Path, key: str | None = None) -> None:
    dest = connect_sqlite(target, key=key)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def backup(db: Database, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target``, atomically."""
    _require_sqlite(db)
    target = target.absolute()
    if target.is_dir():
        raise DatabaseError(_("{path} is a folder; give a file name.").format(path=target))
    if not target.parent.exists():
        private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)  # owner-only before the first byte goes in
    with announced(partial):
        try:
            raw = db.engine.raw_connection()
            try:
                _copy(raw.driver_connection, partial, db.key)
            finally:
                raw.close()
            report = inspect_sqlite_file(partial, full=True, key=db.key)
            if not report.ok:
                raise DatabaseError(_("The backup could not be verified; nothing was written."))
            _fsync_file(partial)
            os.replace(partial, target)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            raise_if_storage(target, exc)
            raise
    _fsync_dir(target.parent)
    return target


def default_backup_name(now: dt.datetime) -> str:
    return f"careplan-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3"


def verify_backup_file(source: Path, key: str | None = None) -> None:
    """Refuse a damaged, foreign or too-new backup file, with a clear reason."""
    if not source.is_file():
        raise DatabaseError(_("There is no backup file at {path}.").format(path=source))
    try:
        report = inspect_sqlite_file(source, full=True, key=key)
    except ForeignDatabaseError:
        raise
    if not report.ok:
        raise DamagedDatabaseError(
            _("The backup file {path} is damaged; nothing was restored.").format(path=source.name),
            str(source),
        )
    if report.revision is None:
        raise ForeignDatabaseError(
            _("{path} is not a care-plan backup; nothing was restored.").format(path=source.name)
        )
    if report.revision not in known_revisions():
        raise ForeignDatabaseError(
            _("The backup was made by a newer version of the app; nothing was restored.")
        )


def restore(
    url: str, source: Path, *, keep_dir: Path | None = None, key: str | None = None
) -> Path | None:
    """Replace the embedded database at ``url`` with the backup ``source``.

    ``key`` is the database's key; a backup made by an earlier, unencrypted
    version is restored as it is and encrypted when the app next opens it.
    The backup is verified first. A healthy current database is itself backed
    up before it is replaced (the path is returned); a damaged one is moved
    aside, never deleted. Refused (:class:`~careplan.dblock.DatabaseInUseError`,
    naming the programs) while any program has the database open.
    """
    from sqlalchemy import make_url

    source = source.absolute()
    source_key = key if source.is_file() and not is_plain_sqlite(source) else None
    verify_backup_file(source, source_key)
    database = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not database:
        raise DatabaseError(
            _("Restore is for the embedded database; use pg_restore for PostgreSQL.")
        )
    target = Path(database).absolute()
    if target == source:
        raise DatabaseError(_("The backup file is the database itself."))
    # Refused while any program has the database open (it would go on writing into
    # the replaced file); the refusal names the programs.
    with exclusive(target):
        return _restore_into(url, source, target, source_key, keep_dir, key)


def _restore_into(
    url: str,
    source: Path,
    target: Path,
    source_key: str | None,
    keep_dir: Path | None,
    key: str | None,
) -> Path | None:
    if not target.parent.exists():
        private_folder(target.parent)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")

    # The copy is made and checked before anything of the current database is touched.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)
    with announced(partial):
        try:
            src = connect_sqlite(source, key=source_key, read_only=True)
            try:
                _copy(src, partial, source_key)
            finally:
                src.close()
            _fsync_file(partial)
            return _swap_in(url, partial, target, stamp, source_key, keep_dir, key)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            raise_if_storage(target, exc)
            raise


def _swap_in(
    url: str,
    partial: Path,
    target: Path,
    stamp: str,
    source_key: str | None,
    keep_dir: Path | None,
    key: str | None,
) -> Path | None:
    kept: Path | None = None
    sidecars = [target.with_name(target.name + suffix) for suffix in ("-wal", "-shm")]
    if target.exists() and target.stat().st_size > 0:
        try:
            healthy = inspect_sqlite_file(target, key=None if is_plain_sqlite(target) else key).ok
        except ForeignDatabaseError:
            healthy = False
        if healthy:
            db = Database.open(url, migrate=False, key=None if is_plain_sqlite(target) else key)
            try:
                kept = backup(db, (keep_dir or target.parent) / f"before-restore-{stamp}.sqlite3")
            finally:
                db.close()
            for side in sidecars:  # its contents are in the backup just made
                side.unlink(missing_ok=True)
        else:
            kept = target.with_name(f"{target.name}.damaged-{stamp}")
            os.replace(target, kept)
            make_private(kept)
            for side in sidecars:
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + side.name[-4:]))
    os.replace(partial, target)
    _fsync_dir(target.parent)
    # Upgrade an older backup to the current schema.
    Database.open(url, key=source_key).close()
    return kept
