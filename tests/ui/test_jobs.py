"""The job runner: one job at a time off the UI thread, results back on it, stale ones dropped."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui.jobs import JobRunner


@pytest.fixture
def runner(app: object) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.shutdown()


def test_result_comes_back_on_the_ui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    ran_on: list[threading.Thread] = []
    got: list[tuple[int, threading.Thread]] = []

    def job() -> int:
        ran_on.append(threading.current_thread())
        return 42

    runner.submit(job, lambda value: got.append((value, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, threading.main_thread())]
    assert ran_on[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: not runner.busy)


def test_error_goes_to_the_error_callback(qtbot: QtBot, runner: JobRunner) -> None:
    errors: list[Exception] = []
    done: list[object] = []

    def fails() -> None:
        raise ValueError("no")

    runner.submit(fails, done.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert done == []


def test_error_without_callback_is_reported_once(qtbot: QtBot, runner: JobRunner) -> None:
    def fails() -> None:
        raise RuntimeError("boom")

    with qtbot.waitSignal(runner.unhandled_error) as blocker:
        runner.submit(fails)
    assert isinstance(blocker.args[0], RuntimeError)


def test_jobs_run_one_at_a_time_in_order(qtbot: QtBot, runner: JobRunner) -> None:
    running = 0
    most = 0
    lock = threading.Lock()
    results: list[int] = []

    def job(n: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        threading.Event().wait(0.005)
        with lock:
            running -= 1
        return n

    for n in range(10):
        runner.submit(functools.partial(job, n), results.append)
    qtbot.waitUntil(lambda: len(results) == 10)
    assert results == list(range(10))
    assert most == 1


def test_an_older_result_is_dropped_when_a_newer_job_has_the_same_key(
    qtbot: QtBot, runner: JobRunner
) -> None:
    release = threading.Event()
    started = threading.Event()
    results: list[str] = []

    def slow_old_search() -> str:
        started.set()
        release.wait(5)
        return "old"

    runner.submit(slow_old_search, results.append, key="search")
    assert started.wait(5)
    runner.submit(lambda: "new", results.append, key="search")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == ["new"]


def test_a_superseded_job_that_has_not_started_is_skipped(qtbot: QtBot, runner: JobRunner) -> None:
    release = threading.Event()
    ran: list[str] = []

    def blocker() -> None:
        release.wait(5)

    runner.submit(blocker)
    runner.submit(lambda: ran.append("first"), key="k")
    runner.submit(lambda: ran.append("second"), key="k")
    runner.submit(lambda: ran.append("other key"), key="other")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert ran == ["second", "other key"]


def test_cancel_drops_results(qtbot: QtBot, runner: JobRunner) -> None:
    results: list[int] = []
    release = threading.Event()
    runner.submit(lambda: release.wait(5))
    runner.submit(lambda: 1, results.append, key="k")
    runner.cancel("k")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []


def test_callbacks_of_a_deleted_owner_are_not_called(qtbot: QtBot, runner: JobRunner) -> None:
    owner = QObject()
    release = threading.Event()
    results: list[int] = []
    runner.submit(lambda: release.wait(5) and 1, results.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []


def test_busy_changes_are_signalled(qtbot: QtBot, runner: JobRunner) -> None:
    seen: list[bool] = []
    runner.busy_changed.connect(seen.append)
    runner.submit(lambda: None)
    qtbot.waitUntil(lambda: seen == [True, False])


def test_jobs_after_shutdown_are_ignored(qtbot: QtBot, app: object) -> None:
    runner = JobRunner()
    runner.shutdown()
    runner.shutdown()  # twice is harmless
    ran: list[object] = []

    def job() -> int:
        ran.append("ran")
        return 1

    runner.submit(job, ran.append)
    qtbot.wait(20)
    assert ran == []
    assert not runner.busy


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_garbage_is_collected_on_the_ui_thread_only(qtbot: QtBot) -> None:
    """A cycle holding a widget must never be destroyed on the worker thread."""
    import gc

    was_enabled = gc.isenabled()
    runner = JobRunner()
    try:
        assert not gc.isenabled()  # no automatic collection in whichever thread allocates
        threads: set[str] = set()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

            def __del__(self) -> None:
                threads.add(threading.current_thread().name)

        def make_garbage() -> int:
            for _ in range(20_000):  # far past the collector's thresholds
                Cycle()
            return 0

        with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
            runner.submit(make_garbage)
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)  # the UI thread's timer
        assert threads == {threading.main_thread().name}
    finally:
        runner.shutdown()
    assert gc.isenabled() == was_enabled


def test_a_full_collection_only_once_the_oldest_generation_grew_by_a_quarter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As Python's own collector: a full collection scans everything, so it is made
    only when what reached the oldest generation since the last one is worth it."""
    import gc

    import ui.jobs as jobs

    oldest = [object()] * 1_100
    made: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (701, 11, 11))
    monkeypatch.setattr(gc, "get_objects", lambda generation=None: oldest)
    monkeypatch.setattr(gc, "collect", made.append)
    monkeypatch.setattr(jobs._UiThreadCollector, "_long_lived", 1_000)
    jobs._UiThreadCollector.collect()
    assert made == [1]  # 10% more: only the younger generations
    oldest += [object()] * 200
    jobs._UiThreadCollector.collect()
    assert made == [1, 2]  # 30% more: a full collection
    assert jobs._UiThreadCollector._long_lived == 1_300
    monkeypatch.setattr(gc, "get_count", lambda: (100, 0, 0))
    jobs._UiThreadCollector.collect()
    assert made == [1, 2]  # below the first generation's threshold: nothing


def test_the_worker_thread_never_lets_go_of_a_job_last(qtbot: QtBot, runner: JobRunner) -> None:
    """A job's callable often holds a window. Were the worker thread to drop the last
    reference, the window would be destroyed off the UI thread, which Qt does not survive
    (it crashed later, building another window)."""
    freed_on: list[int] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    def job(held: Held) -> None:
        return None

    done: list[object] = []
    runner.submit(functools.partial(job, Held()), on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 1)
    # The next job, and then the end of the thread, make the worker let go of all it held.
    runner.submit(lambda: None, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    runner.shutdown()
    assert freed_on == [threading.get_ident()]
