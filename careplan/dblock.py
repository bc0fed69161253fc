"""Who has the embedded database open: an advisory lock beside the file, and its identity.

Every process that opens the database file holds a *shared* advisory lock
(``flock``) on ``<database>.lock`` for as long as it has it open, so that
several programs may read and write at once as SQLite allows (its own locks
order the writes). Replacing the file — ``careplan-admin restore``, or the
conversion of an unencrypted database — needs the lock *exclusively*, so it is
refused while any program has the database open, and the refusal names the
programs. A program that has the database open also remembers the file's
identity (device and inode) and checks it before every transaction: if the
file was replaced under it anyway (by a tool that ignores the lock), it stops
with a clear message instead of writing into a file nobody will read again.

The locks are POSIX ``flock`` locks; where there is none (Windows), SQLite's own
file locking is all there is, and restore relies on the person closing the app.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import DatabaseError
from .i18n import _

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# Paths this process holds exclusively (restoring): opening them inside the restore
# itself (to back up the current database, or to upgrade the restored one) is allowed.
_EXCLUSIVE: set[Path] = set()


class DatabaseInUseError(DatabaseError):
    """Another program has the database open; nothing was changed."""

    def __init__(self, message: str, holders: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.holders = holders


class DatabaseReplacedError(DatabaseError):
    """The database file was replaced or removed while this program had it open."""


def lock_file(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _open_lock_file(database: Path) -> int:
    database.parent.mkdir(parents=True, exist_ok=True)
    return os.open(lock_file(database), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


class OpenLock:
    """The shared lock of one open database, and the identity of its file."""

    def __init__(self, database: Path) -> None:
        self.database = database.absolute()
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None
        if fcntl is None or self.database in _EXCLUSIVE:
            return
        fd = _open_lock_file(self.database)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DatabaseInUseError(
                _(
                    "The database {path} is being restored or replaced by {holders}; "
                    "try again when that has finished."
                ).format(path=self.database, holders=_listed(holders(self.database))),
                holders(self.database),
            ) from None
        self._fd = fd

    def remember_file(self) -> None:
        """Note which file is the database (once it exists), to notice a replacement."""
        self._identity = _identity(self.database)

    def check(self) -> None:
        """Raise :class:`DatabaseReplacedError` if the file is no longer the one opened."""
        if self._identity is None:
            return
        if _identity(self.database) != self._identity:
            raise DatabaseReplacedError(
                _(
                    "The database file {path} was replaced or removed while this program "
                    "had it open (for example by a restore). Nothing more is written to "
                    "it; close the app and start it again to work on the database now "
                    "in its place."
                ).format(path=self.database)
            )

    @property
    def holding(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


@contextlib.contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """Hold ``database`` exclusively (to replace it); refused while anyone has it open."""
    database = database.absolute()
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    fd = _open_lock_file(database)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _in_use(database, holders(database)) from None
        # Programs that opened the file without the lock (the sqlite3 shell, a copy tool).
        others = file_users(database)
        if others:
            raise _in_use(database, others)
        _EXCLUSIVE.add(database)
        try:
            yield
        finally:
            _EXCLUSIVE.discard(database)
    finally:
        os.close(fd)


def _in_use(database: Path, who: tuple[str, ...]) -> DatabaseInUseError:
    return DatabaseInUseError(
        _(
            "The database {path} is open in {holders}. Nothing was changed; close it "
            "there (quit the app on this computer) and try again."
        ).format(path=database, holders=_listed(who)),
        who,
    )


def _listed(who: tuple[str, ...]) -> str:
    return ", ".join(who) if who else _("another program")


def _program(pid: int) -> str:
    """A person-readable name for process ``pid``: its command, and the number."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return _("process {pid}").format(pid=pid)
    words = [a.decode("utf-8", "replace") for a in argv if a]
    name = Path(words[0]).name if words else "?"
    if name.startswith("python") and len(words) > 1:
        # python -m careplan.cli … / python …/careplan-app: name the program, not Python.
        rest = words[2] if words[1] == "-m" and len(words) > 2 else words[1]
        name = {"careplan.cli": "careplan-admin", "ui": "careplan"}.get(rest, Path(rest).name)
    return _("{program} (process {pid})").format(program=name, pid=pid)


def holders(database: Path) -> tuple[str, ...]:
    """The programs holding the database's lock (Linux: from /proc/locks)."""
    inode = _identity(lock_file(database))
    if inode is None:
        return ()
    pids: set[int] = set()
    with contextlib.suppress(OSError):
        for line in Path("/proc/locks").read_text().splitlines():
            fields = line.split()
            # "1: FLOCK  ADVISORY  READ  1234 fd:01:5678 0 EOF" (blocked waiters have "->")
            if (
                len(fields) >= 6
                and fields[1] == "FLOCK"
                and fields[5].split(":")[-1] == str(inode[1])
            ):
                with contextlib.suppress(ValueError):
                    pids.add(int(fields[4]))
    pids.discard(os.getpid())
    own = [_("this program")] if _held_here(database) else []
    return tuple(own + [_program(pid) for pid in sorted(pids)])


_OPEN_HERE: dict[Path, int] = {}


def _held_here(database: Path) -> bool:
    return _OPEN_HERE.get(database.absolute(), 0) > 0


def note_open(database: Path, opened: bool) -> None:
    """Count this process's own open handles, so a refusal can say "this program"."""
    key = database.absolute()
    _OPEN_HERE[key] = max(0, _OPEN_HERE.get(key, 0) + (1 if opened else -1))


def file_users(database: Path) -> tuple[str, ...]:
    """Other processes with the database file itself open (Linux: /proc/*/fd)."""
    target = _identity(database)
    if target is None:
        return ()
    users: set[int] = set()
    proc = Path("/proc")
    if not proc.is_dir():  # pragma: no cover - not Linux
        return ()
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        with contextlib.suppress(OSError):
            for fd in (entry / "fd").iterdir():
                with contextlib.suppress(OSError):
                    st = os.stat(fd)
                    if (st.st_dev, st.st_ino) == target:
                        users.add(int(entry.name))
                        break
    return tuple(_program(pid) for pid in sorted(users))
