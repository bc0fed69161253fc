"""The one place where database work runs off the UI thread.

:class:`JobRunner` owns a single worker thread and runs one job at a time, in
the order they were submitted. A job is a plain Python callable over the core
services; it returns plain data classes, never live ORM objects. Its result
(or the exception it raised) comes back to the UI thread through a queued
signal and is handed to the callbacks given with the job.

Jobs submitted under the same ``key`` supersede each other: when a newer job
with that key has been submitted, an older one that has not started yet is
skipped, and the result of one that was already running is dropped. This is
what keeps an old search from overwriting the results of a newer one.

While a runner exists, Python's cyclic garbage collector runs on the UI thread
only (:class:`_UiThreadCollector`): left to itself it runs in whichever thread
happens to allocate, and a cycle holding a widget collected on the worker
thread destroys that widget off the UI thread, which Qt does not survive.

For the same reason the worker thread never lets go of a job last. A job's
callable and callbacks often hold a window (``lambda: self._services...``); if
the worker dropped the last reference, the window would be destroyed on the
worker thread. So the worker leaves each outcome in :attr:`_WorkerThread.outcomes`,
drops its own references, and only then signals the job's number; the UI thread
takes the outcome from there, and with it the last reference.
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class _Job:
    number: int
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    key: str | None
    owner: QObject | None


@dataclass(frozen=True)
class _Outcome:
    job: _Job
    result: Any = None
    error: Exception | None = None
    skipped: bool = False


class _WorkerThread(QThread):
    # The number of a finished job; its outcome waits in ``outcomes``.
    finished_job = Signal(int)

    def __init__(self, is_current: Callable[[_Job], bool]) -> None:
        super().__init__()
        self.setObjectName("careplan-jobs")
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._is_current = is_current
        # Finished jobs' outcomes by number, until the UI thread takes them (a dict's
        # single operations are atomic, so the two threads need no lock for it).
        self.outcomes: dict[int, _Outcome] = {}

    def put(self, job: _Job | None) -> None:
        self._queue.put(job)

    def run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            number = job.number
            self.outcomes[number] = self._outcome(job)
            # Nothing of the job stays here while the UI thread takes it (see above).
            del job
            self.finished_job.emit(number)

    def _outcome(self, job: _Job) -> _Outcome:
        if not self._is_current(job):
            return _Outcome(job, skipped=True)
        try:
            return _Outcome(job, result=job.fn())
        except Exception as exc:  # handed to the job's error callback on the UI thread
            return _Outcome(job, error=exc)


class _UiThreadCollector(QObject):
    """Automatic collection off; the same thresholds checked from a UI-thread timer."""

    INTERVAL_MS = 500
    _users = 0
    _was_enabled = True

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        cls = _UiThreadCollector
        if cls._users == 0:
            cls._was_enabled = gc.isenabled()
            gc.disable()
        cls._users += 1
        self._active = True
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    # Objects in the oldest generation after the last full collection (not counting
    # those frozen out of the collector's sight, see ConsultationLauncher).
    _long_lived = 0

    @classmethod
    def collect(cls) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 1 if counts[1] > thresholds[1] else 0
        if counts[2] > thresholds[2] and cls._full_collection_due():
            generation = 2
        gc.collect(generation)
        if generation == 2:
            cls._long_lived = len(gc.get_objects(generation=2))

    @classmethod
    def _full_collection_due(cls) -> bool:
        """A full collection scans every object the collector tracks: as Python's own
        collector does, make one only when the oldest generation has grown by a quarter
        since the last (so their cost stays in proportion to what is new)."""
        return len(gc.get_objects(generation=2)) - cls._long_lived > cls._long_lived // 4

    def stop(self) -> None:
        if not self._active:
            return
        self._active = False
        self._timer.stop()
        cls = _UiThreadCollector
        cls._users -= 1
        if cls._users == 0 and cls._was_enabled:
            gc.enable()


class JobRunner(QObject):
    """Runs jobs one at a time on a worker thread; callbacks run on the UI thread."""

    busy_changed = Signal(bool)
    # An error from a job submitted without ``on_error``.
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False
        self._thread = _WorkerThread(self._is_current)
        self._thread.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._collector = _UiThreadCollector(self)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether any submitted job has not yet reported back."""
        return self._pending > 0

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        key: str | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Queue ``fn``; ``on_done(result)`` or ``on_error(exc)`` runs later on the UI thread.

        ``key`` makes this job supersede earlier ones with the same key. If
        ``owner`` has been deleted by the time the job finishes, the callbacks
        are not called. After :meth:`shutdown`, jobs are ignored.
        """
        if self._closed:
            # The app is closing; a late timer or signal may still ask for work.
            log.debug("job submitted after shutdown; ignored")
            return
        job = _Job(next(self._numbers), fn, on_done, on_error, key, owner)
        if key is not None:
            with self._lock:
                self._latest[key] = job.number
        self._set_pending(self._pending + 1)
        self._thread.put(job)

    def cancel(self, key: str) -> None:
        """Drop the results of every job submitted so far under ``key``."""
        with self._lock:
            self._latest[key] = next(self._numbers)

    def shutdown(self) -> None:
        """Finish the running job, skip the rest and stop the worker thread."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            self._latest.clear()
        self._thread.put(None)
        self._thread.wait()
        self._collector.stop()

    def _is_current(self, job: _Job) -> bool:
        if self._closed:
            return False
        if job.key is None:
            return True
        with self._lock:
            return self._latest.get(job.key) == job.number

    def _set_pending(self, value: int) -> None:
        was_busy = self.busy
        self._pending = value
        if was_busy != self.busy:
            self.busy_changed.emit(self.busy)

    def _deliver(self, number: int) -> None:
        outcome = self._thread.outcomes.pop(number)
        job = outcome.job
        self._set_pending(max(0, self._pending - 1))
        if outcome.skipped or self._closed or not self._is_current(job):
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if outcome.error is not None:
            if job.on_error is not None:
                job.on_error(outcome.error)
            else:
                log.error("a background job failed", exc_info=outcome.error)
                self.unhandled_error.emit(outcome.error)
        elif job.on_done is not None:
            job.on_done(outcome.result)
