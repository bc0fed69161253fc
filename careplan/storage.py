"""Opening the database: SQLite by default, PostgreSQL for several workstations.

Rules from DESIGN.md §5: WAL journal, ``synchronous=FULL`` and foreign keys on
SQLite; a quick integrity check *before* anything is written, so a damaged
file is never touched; schema changes only through migrations, applied on
open; engines never put parameters (patient data) into logs or errors.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from . import paths
from .dblock import OpenLock, note_open
from .errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from .i18n import _
from .integrity import IntegrityGate
from .keys import sqlcipher_passphrase
from .migrations import revisions
from .private_files import create_private, make_private, private_folder, remove_beside
from .storage_errors import raise_if_storage

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

ENV_URL = "CAREPLAN_DATABASE_URL"
# "CPLN": marks a SQLite file as a care-plan database (PRAGMA application_id).
APPLICATION_ID = 0x43504C4E
BUSY_TIMEOUT_MS = 10_000
# Execution option marking a connection's transaction as one that will write.
WRITE_OPTION = "careplan_write"


def resolve_url(explicit: str | None = None) -> str:
    """The database URL: the ``--database`` option, else the environment, else the default file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_URL, "").strip()
    if from_env:
        return from_env
    return sqlite_url(paths.default_database_path())


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).absolute()}"


def describe_url(url: str | URL) -> str:
    """The URL safe to show or log: never the password."""
    return make_url(url).render_as_string(hide_password=True)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is loaded only to change the schema

    cfg = Config()
    cfg.set_main_option("script_location", "careplan:migrations")
    return cfg


def head_revision() -> str:
    """The newest schema revision, read from the migration files (no Alembic loaded)."""
    (head,) = revisions.heads()
    return head


def known_revisions() -> set[str]:
    return revisions.known()


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[str, ...]
    revision: str | None


SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (encrypted ones look random)."""
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_HEADER


def connect_sqlite(path: Path | str, *, key: str | None = None, read_only: bool = False) -> Any:
    """A DB-API connection: the standard library's, or SQLCipher's when there is a key."""
    target = f"file:{quote(str(Path(path).absolute()))}" + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite3.connect(target, uri=True)
    import sqlcipher3.dbapi2 as sqlcipher

    con = sqlcipher.connect(target, uri=True)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f'PRAGMA key = "{sqlcipher_passphrase(key)}"')
    return con


def inspect_sqlite_file(
    path: Path, *, full: bool = False, key: str | None = None, pages: bool = True
) -> CheckReport:
    """Check a SQLite file without writing to it (opened read-only).

    ``pages=False`` leaves out the check of every page (``quick_check``): only the
    header, the schema, the application id and the schema version are read (and,
    encrypted, their pages' HMACs checked) — the part of the check opening waits for.
    """
    if not path.exists():
        return CheckReport(False, (_("The file does not exist."),), None)
    if path.stat().st_size == 0:
        return CheckReport(True, (), None)
    if key is None and not is_plain_sqlite(path):
        return CheckReport(False, (_("The file is encrypted or not a database."),), None)
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    if key is not None:
        import sqlcipher3.dbapi2 as sqlcipher

        errors = (sqlite3.Error, sqlcipher.Error)
    try:
        con = connect_sqlite(path, key=key, read_only=True)
    except errors as exc:
        raise_if_storage(path, exc)  # a full disk is not a wrong key or damage
        return CheckReport(
            False, (_("The file cannot be opened: {error}").format(error=exc),), None
        )
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()] if pages else ["ok"]
        problems = [] if rows == ["ok"] else [str(r) for r in rows[:20]]
        if full and not problems:
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            problems += [
                _("Broken link in table {table}, row {row}.").format(table=r[0], row=r[1])
                for r in fk[:20]
            ]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if app_id not in (0, APPLICATION_ID) or (tables and app_id == 0 and revision is None):
            raise ForeignDatabaseError(
                _("{path} is not a care-plan database.").format(path=path.name)
            )
        return CheckReport(not problems, tuple(problems), revision)
    except errors as exc:
        raise_if_storage(path, exc)
        hint = (
            _("The key does not open it, or it is damaged: {error}")
            if key is not None
            else _("The file is not a readable database: {error}")
        )
        return CheckReport(False, (hint.format(error=exc),), None)
    finally:
        con.close()


def cache_kib() -> int:
    """SQLite's page cache per connection, sized to the machine.

    Encrypted pages are decrypted (and their HMAC checked) each time they are read
    into the cache; once a practice outgrows a small cache every list re-decrypts
    the same pages. An eighth of the memory, from 64 MiB up to 1 GiB: the cache
    only grows as pages are actually read.
    """
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not on every platform
        total = 4 * 2**30
    return int(min(2**30, max(64 * 2**20, total // 8)) // 1024)


def _configure_sqlite(engine: Engine, gate: IntegrityGate) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so
        # that savepoints and BEGIN behave as documented.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if type(dbapi_connection).__module__.startswith("sqlcipher3"):
            cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA cache_size=-{cache_kib()}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock at once (BEGIN IMMEDIATE): one that
        # read first and then wrote would fail, not wait, if another process wrote
        # in between.
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        if immediate:
            gate.before_write()  # no write before the integrity check has passed
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _open_sqlite_engine(
    url: str, path: Path, key: str | None, kwargs: dict[str, Any], defer_check: bool = False
) -> tuple[Engine, IntegrityGate]:
    """The engine of an embedded database, after checking the file without writing to it."""
    gate = IntegrityGate(None, None)
    if path.exists():
        report = inspect_sqlite_file(path, key=key, pages=not defer_check)
        if defer_check and report.ok and report.revision != head_revision():
            report = inspect_sqlite_file(path, key=key)  # an upgrade will write
        elif defer_check and report.ok and path.stat().st_size > 0:
            gate = IntegrityGate(path, lambda: inspect_sqlite_file(path, key=key).ok)
        if not report.ok and key is not None and not is_plain_sqlite(path):
            raise DamagedDatabaseError(
                _(
                    "The database {path} could not be opened with its key: the key "
                    "in this computer's keyring is not the one it was made with, or "
                    "the file is damaged. Nothing has been changed. If the database "
                    "came from another computer, import its recovery key "
                    "(careplan-admin recovery-key --database URL); otherwise restore "
                    "it from a backup (careplan-admin restore BACKUP_FILE)."
                ).format(path=path),
                str(path),
            )
        if not report.ok:
            raise DamagedDatabaseError(
                _(
                    "The database file {path} is damaged and has not been changed. "
                    "Restore it from a backup with: careplan-admin restore BACKUP_FILE"
                ).format(path=path),
                str(path),
            )
        if report.revision and report.revision not in known_revisions():
            raise ForeignDatabaseError(
                _("This database was made by a newer version of the app; please update the app.")
            )
    prepare_database_file(path)
    if key is None:
        engine = create_engine(url, **kwargs)
    else:
        engine = create_engine(
            URL.create(
                "sqlite+pysqlcipher",
                password=sqlcipher_passphrase(key),
                database=str(path.absolute()),
            ),
            **kwargs,
        )
    _configure_sqlite(engine, gate)
    return engine, gate


def prepare_database_file(path: Path) -> None:
    """The database file and its journals owner-only (SQLite gives the journals the
    database file's mode); its folder made owner-only when the app makes it, and the
    data folder always."""
    folder = path.parent
    if not folder.exists() or folder == paths.data_dir():
        private_folder(folder)
    if not path.exists():
        create_private(path)
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        make_private(folder / name)


def _watch_file(engine: Engine, lock: OpenLock) -> None:
    """Before every transaction: is the file still the one this program opened?"""

    def _before_begin(conn: Any) -> None:
        lock.check()

    # Inserted first, so the check runs before BEGIN is sent.
    event.listen(engine, "begin", _before_begin, insert=True)


@dataclass(eq=False, repr=False)
class Database:
    """An open care-plan database: an engine and the session factory services use."""

    url: str
    engine: Engine
    key: str | None = None  # the SQLCipher key of an encrypted embedded database
    lock: OpenLock | None = None  # held while open (embedded database only)
    # Writes wait for it; already passed unless opened with defer_check.
    integrity: IntegrityGate = field(default_factory=lambda: IntegrityGate(None, None))
    session_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @property
    def description(self) -> str:
        return str(self.path) if self.path else describe_url(self.url)

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        migrate: bool = True,
        key: str | None = None,
        password: str | None = None,
        defer_check: bool = False,
    ) -> Database:
        """Open (creating and upgrading as needed) the database at ``url``.

        With ``key``, the embedded database is encrypted with SQLCipher (the
        app and careplan-admin open it through :mod:`careplan.encryption`,
        which keeps the key in the keyring). A PostgreSQL ``password`` goes to the
        driver, never into the URL (:mod:`careplan.postgres`). Raises
        :class:`DamagedDatabaseError` before anything is written if a SQLite
        file fails its quick check. With ``defer_check`` (the app), an existing
        embedded file's header, schema and version are checked now and the page
        check is left to :meth:`start_integrity_check`: writes wait until it passes
        (:mod:`careplan.integrity`). A file that needs an upgrade is checked in full
        first, since upgrading writes.
        """
        url = resolve_url(url)
        parsed = make_url(url)
        kwargs: dict[str, Any] = {"hide_parameters": True}
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise DatabaseError(_("The embedded database needs a file path."))
            path = Path(parsed.database)
            lock = OpenLock(path)
            try:
                if lock.holding:  # so no restore or conversion is under way: leftovers
                    remove_beside(path)
                engine, gate = _open_sqlite_engine(url, path, key, kwargs, defer_check)
            except BaseException:
                lock.release()
                raise
            _watch_file(engine, lock)
        else:
            lock = None
            if parsed.get_backend_name() == "postgresql":
                from . import postgres

                parsed = postgres.normalise(parsed)
                kwargs["connect_args"] = postgres.connect_args(password)
            engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
            gate = IntegrityGate(None, None)
        db = cls(url, engine, key, lock, gate)
        try:
            if migrate:
                db.upgrade()
        except SQLAlchemyError as exc:
            db.close()
            raise_if_storage(db.path, exc)
            raise DatabaseError(
                _("Cannot open the database {where}: {error}").format(
                    where=db.description, error=exc.__class__.__name__
                )
            ) from exc
        except BaseException:
            db.close()
            raise
        if lock is not None:
            lock.remember_file()
            if lock.holding:
                note_open(lock.database, True)
        return db

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(found) > 1:
            raise DatabaseError(_("The database's schema version is ambiguous."))
        return found[0] if found else None

    def upgrade(self) -> None:
        """Bring the schema up to date; several workstations may try at once."""
        current = self.current_revision()
        if current == head_revision():
            return
        if current is not None and current not in known_revisions():
            raise ForeignDatabaseError(
                _("This database was made by a newer version of the app; please update the app.")
            )
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE_OPTION: True})
            sqlite = conn.dialect.name == "sqlite"
            # SQLite rebuilds a changed table by copy and drop, which foreign keys would
            # refuse; they are switched off for the upgrade (only possible outside a
            # transaction) and every link is checked before it commits.
            raw: Any = conn.connection.driver_connection if sqlite else None
            if sqlite:
                raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    if not sqlite:
                        conn.execute(
                            text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID}
                        )
                    from alembic import command

                    cfg = alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise DatabaseError(
                            _(
                                "Upgrading the database would break links "
                                "between records; nothing was changed."
                            )
                        )
            finally:
                if sqlite:
                    raw.execute("PRAGMA foreign_keys=ON")
        log.info("database schema upgraded from %s to %s", current, head_revision())

    def start_integrity_check(self, on_done: Callable[[bool], None] | None = None) -> None:
        """Start the deferred page check in the background (see :mod:`careplan.integrity`)."""
        self.integrity.start(on_done)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            if self.lock.holding:
                note_open(self.lock.database, False)
            self.lock.release()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    def check(self) -> CheckReport:
        """A full integrity check (for ``careplan-admin check``)."""
        if self.is_sqlite:
            assert self.path is not None
            return inspect_sqlite_file(self.path, full=True, key=self.key)
        try:
            revision = self.current_revision()
        except SQLAlchemyError as exc:
            return CheckReport(False, (exc.__class__.__name__,), None)
        problems = (
            ()
            if revision == head_revision()
            else (
                _("The schema is at {rev}, expected {head}.").format(
                    rev=revision, head=head_revision()
                ),
            )
        )
        return CheckReport(not problems, problems, revision)
