"""Opening the practice's database as the app and careplan-admin do: encrypted at rest.

The embedded database is encrypted with SQLCipher. Its random key is created
on first start and kept in the OS keyring (:mod:`careplan.keys`); the person
setting up is shown a recovery key once, to reopen the database on another
computer. A database from an earlier, unencrypted version is converted: the
encrypted copy is verified before the plain file is removed. A PostgreSQL
password is taken from the keyring, never from a settings file.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import make_url

from .dblock import exclusive
from .errors import DamagedDatabaseError, DatabaseError
from .i18n import _
from .keys import KeyStore, new_key, recovery_key, sqlcipher_passphrase
from .private_files import create_private, remove_stale
from .storage import (
    Database,
    connect_sqlite,
    inspect_sqlite_file,
    is_plain_sqlite,
    resolve_url,
)

NewKeyCallback = Callable[[str], None]  # receives the recovery key, to show once


def open_practice_database(
    url: str | None = None,
    *,
    keystore: KeyStore | None = None,
    on_new_key: NewKeyCallback | None = None,
    defer_check: bool = False,
) -> Database:
    """Open the database the app works on; the keyring is checked before any file is made.

    ``defer_check``: see :meth:`Database.open` (the app opens this way).
    """
    url = resolve_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return _open_postgres(url, keystore)
    store = keystore or KeyStore.system()
    remove_stale()  # temporary files an interrupted run left behind
    if not parsed.database:
        raise DatabaseError(_("The embedded database needs a file path."))
    path = Path(parsed.database).absolute()
    key = store.database_key(path)
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh or is_plain_sqlite(path):
        created = key is None
        if created:
            key = new_key()
            store.store_database_key(path, key)  # first, so a crash cannot lose it
        assert key is not None
        if not fresh:
            with exclusive(path):  # not while another program has the plain file open
                encrypt_plain_database(path, key)
        db = Database.open(url, key=key)
        if created and on_new_key is not None:
            on_new_key(recovery_key(key))
        return db
    if key is None:
        raise DamagedDatabaseError(
            _(
                "The database {path} is encrypted and its key is not in this computer's "
                "keyring. If it came from another computer, import its recovery key: "
                "careplan-admin recovery-key --database {url}"
            ).format(path=path, url=url),
            str(path),
        )
    return Database.open(url, key=key, defer_check=defer_check)


def _open_postgres(url: str, keystore: KeyStore | None) -> Database:
    parsed = make_url(url)
    password = None
    if parsed.password is None and parsed.username:
        store = keystore or KeyStore.system()
        password = store.postgres_password(
            parsed.username, parsed.host or "localhost", parsed.port, parsed.database or ""
        )
    # The password goes to the driver beside the URL, never into it.
    return Database.open(url, password=password)


def _table_counts(con: object) -> dict[str, int]:
    cursor = con.cursor()  # type: ignore[attr-defined]
    names = [
        r[0]
        for r in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: cursor.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def encrypt_plain_database(path: Path, key: str) -> None:
    """Convert an unencrypted database in place, safely.

    The encrypted copy is written beside it and verified (integrity and the
    number of rows in every table); only then does it replace the plain file,
    which is removed after the swap.
    """
    report = inspect_sqlite_file(path, full=True)
    if not report.ok:
        raise DamagedDatabaseError(
            _(
                "The database file {path} is damaged and has not been changed (it was not "
                "converted to the encrypted form). Restore it from a backup first: "
                "careplan-admin restore BACKUP_FILE"
            ).format(path=path),
            str(path),
        )
    plain = connect_sqlite(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode=DELETE")
        counts = _table_counts(plain)
        app_id = plain.execute("PRAGMA application_id").fetchone()[0]
    finally:
        plain.close()

    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    create_private(partial)
    import sqlcipher3.dbapi2 as sqlcipher

    con = sqlcipher.connect(str(path))
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(
            f'ATTACH DATABASE ? AS encrypted KEY "{sqlcipher_passphrase(key)}"', (str(partial),)
        )
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()

    check = inspect_sqlite_file(partial, full=True, key=key)
    copy = connect_sqlite(partial, key=key)
    try:
        same = _table_counts(copy) == counts
    finally:
        copy.close()
    if not check.ok or not same:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("The encrypted copy could not be verified, so the database was left as it was.")
        )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    old = path.with_name(f"{path.name}.unencrypted-{stamp}")
    os.replace(path, old)
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    old.unlink()
