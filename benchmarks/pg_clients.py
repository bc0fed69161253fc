"""Several workstations writing at once to one PostgreSQL practice.

Each client is a process of its own (as a workstation is), with its own
connection, editing the draft plan of a person of its own through the core
services: a goal added, an action under it, the goal's words changed, the goal
removed again (four short write transactions, each with its audit entries,
the draft left as it was). All clients start together and write for the same
time; the measure is the time per loop across all of them (the inverse of
the throughput) against one client's, and each loop's 95th percentile:
writes for different people do not wait on one practice-wide lock, so more
workstations should mean more loops a second, as far as the server's cores
allow.

    python -m benchmarks.pg_clients URL CLIENT SECONDS   # one client (started by the bench)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from careplan.audit import Actor
from careplan.services import Services
from careplan.storage import Database

from .measure import Measure

CLIENT_COUNTS = (1, 2, 4, 8)
# Backends of this database waiting for a lock (a row, a table, an advisory lock).
LOCK_WAITS = text(
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
)
CLIENT_NAME = "Bench-Workstation"


def client_patient(services: Services, client: int) -> int:
    """Client ``client``'s own person (made once), with a draft plan to edit."""
    from careplan.records import PatientInput

    given = f"Client{client:02d}"
    found = services.patients.search(f"{given} {CLIENT_NAME}").patients
    patient = (
        found[0]
        if found
        else services.patients.create(PatientInput(given, CLIENT_NAME, "1960-01-01"))
    )
    services.consultations.start_or_resume(patient.id, None, carry_forward=False)
    return patient.id


def one_loop(services: Services, plan_id: int) -> None:
    """One short edit of a plan, undone: four write transactions."""
    c = services.consultations
    goal = c.add_goal(plan_id, "Walk to the shop and back", "patient", 6)
    c.add_action(goal.id, "Walk with my daughter", "15 minutes", "after lunch", "daily")
    c.update_goal(goal.id, goal.version, text="Walk to the shop and back twice a week")
    c.remove_goal(goal.id)


def run_client(url: str, client: int, seconds: float) -> dict[str, Any]:
    """Wait for "go" on stdin, then loop for ``seconds``; the loops' times."""
    from careplan.cli.common import open_database

    db = open_database(url)
    try:
        services = Services(db.session_factory, actor=Actor.system("system"))
        patient_id = client_patient(services, client)
        plan_id = services.consultations.start_or_resume(patient_id, None).id
        one_loop(services, plan_id)  # warm: the first loop pays for imports and caches
        print("ready", flush=True)
        sys.stdin.readline()
        times: list[float] = []
        start, cpu = time.perf_counter(), time.process_time()
        while time.perf_counter() - start < seconds:
            began = time.perf_counter()
            one_loop(services, plan_id)
            times.append(time.perf_counter() - began)
        return {
            "times": times,
            "elapsed": time.perf_counter() - start,
            "cpu": time.process_time() - cpu,
        }
    finally:
        db.close()


@dataclass
class _Round:
    per_loop: float  # seconds per loop over all the clients
    times: list[float]  # every loop's own time
    cpu: float  # the clients' own processor time per loop
    waiting: float  # the share of samples in which some client waited for a lock


def _round(db: Database, url: str, clients: int, seconds: float) -> _Round:
    """``clients`` processes at once, the server's lock waits sampled meanwhile."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "benchmarks.pg_clients", url, str(client), str(seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for client in range(clients)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            if proc.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a client did not start: {proc.communicate()[1][-2000:]}")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        samples = waited = 0
        with db.engine.connect() as watch:
            while any(proc.poll() is None for proc in procs) and samples < seconds * 200:
                waited += bool(watch.execute(LOCK_WAITS).scalar())
                watch.rollback()
                samples += 1
                time.sleep(0.02)
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=seconds + 120)
            if proc.returncode != 0:
                raise RuntimeError(f"a client failed: {err[-2000:]}")
            results.append(json.loads(out.splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    times = [t for r in results for t in r["times"]]
    elapsed = max(r["elapsed"] for r in results)
    loops = max(1, len(times))
    cpu = sum(r["cpu"] for r in results) / loops
    return _Round(elapsed / loops, times, cpu, waited / max(1, samples))


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def measure_pg_clients(
    db: Database, url: str, runs: int, counts: tuple[int, ...] = CLIENT_COUNTS
) -> list[Measure]:
    """``pg_clients_N`` for each count: time per loop over all clients against one client's."""
    if db.engine.dialect.name != "postgresql":
        return []
    seconds = max(1.0, min(5.0, runs / 3))
    services = Services(db.session_factory, actor=Actor.system("system"))
    for client in range(max(counts)):
        client_patient(services, client)
    measures: list[Measure] = []
    floor: float | None = None
    for clients in counts:
        got = _round(db, url, clients, seconds)
        per_loop, times = got.per_loop, got.times
        if floor is None:
            floor = per_loop
        measures.append(
            Measure(
                f"pg_clients_{clients}",
                per_loop,
                floor,
                per_loop / floor,
                None,
                len(times),
                f"{clients} workstation process(es) editing plans of different people for "
                f"{seconds:g} s: {1 / per_loop:.1f} loops/s ({floor / per_loop:.2f}x one "
                f"client's), each loop (4 writes) median "
                f"{statistics.median(times) * 1000:.0f} ms, p95 {_p95(times) * 1000:.0f} ms; "
                f"the clients' own processor time {got.cpu * 1000:.0f} ms a loop, on "
                f"{os.cpu_count()} cores shared with the server; a client waiting for a "
                f"lock in {got.waiting:.0%} of samples of pg_stat_activity",
            )
        )
    return measures


if __name__ == "__main__":
    url, client, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    print(json.dumps(run_client(url, client, seconds)))
