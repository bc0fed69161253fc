"""The integrity check in the background, with writes held back until it passes.

A full ``quick_check`` reads every page of the file: seconds for a large
practice. Opening no longer waits for it: SQLCipher checks each page's HMAC
as it is read (a damaged page that is read fails at once), the header, the
schema and the schema version are checked on open, and the full check runs on
a thread of its own while the person signs in. Until it has passed, no
transaction that writes may begin; if it fails, none ever does, so a damaged
file is still never written to (DESIGN.md §5).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from .errors import DamagedDatabaseError
from .i18n import _

log = logging.getLogger(__name__)

Check = Callable[[], bool]  # True when the file passed


class IntegrityGate:
    """Holds writes back until the database's integrity check has passed."""

    def __init__(self, path: Path | None, check: Check | None) -> None:
        self.path = path
        self._check = check  # None: already checked when the database was opened
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._started = False
        self._ok = check is None
        if check is None:
            self._started = True
            self._done.set()

    @property
    def passed(self) -> bool | None:
        """True or False once the check has run; None while it has not finished."""
        return self._ok if self._done.is_set() else None

    def start(self, on_done: Callable[[bool], None] | None = None) -> None:
        """Run the check on a thread of its own; ``on_done(ok)`` is called from that thread."""
        with self._lock:
            if self._started:
                if on_done is not None and self._done.is_set():
                    on_done(self._ok)
                return
            self._started = True
        thread = threading.Thread(
            target=self._run, args=(on_done,), name="careplan-integrity", daemon=True
        )
        thread.start()

    def _run(self, on_done: Callable[[bool], None] | None) -> None:
        assert self._check is not None
        try:
            ok = self._check()
        except Exception:  # any failure to check counts as a failed check
            log.exception("the integrity check could not run")
            ok = False
        self._ok = ok
        self._done.set()
        if not ok:
            log.error("the database failed its integrity check; it will not be written to")
        if on_done is not None:
            on_done(ok)

    def before_write(self) -> None:
        """Wait for the check (running it here if nobody started it); refuse if it failed."""
        with self._lock:
            run_here = not self._started
            self._started = True
        if run_here:
            self._run(None)
        self._done.wait()
        if not self._ok:
            raise DamagedDatabaseError(
                _(
                    "The database file {path} failed its integrity check and has not been "
                    "changed. Restore it from a backup with: careplan-admin restore BACKUP_FILE"
                ).format(path=self.path),
                str(self.path) if self.path else None,
            )
