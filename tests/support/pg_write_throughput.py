"""How many writes 8 workstations get through together on one PostgreSQL server.

A measuring tool, not a test: ``python -m tests.support.pg_write_throughput
[--clients 8] [--seconds 20]`` starts a throw-away server (tests/support/pgserver.py),
gives each client its own patient with a draft plan, and lets every client add
agenda items to its own patient's plan as fast as it can, each a short write
transaction with its audit entry. Prints writes per second over all clients and
the 50th/95th percentile latency of one write.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def client(url: str, plan_id: int, seconds: float, go: str) -> None:
    from careplan.services import Services
    from careplan.storage import Database

    db = Database.open(url, migrate=False)
    services = Services(db.session_factory)
    services.consultations.get(plan_id)
    while not Path(go).exists():
        time.sleep(0.002)
    latencies: list[float] = []
    end = time.perf_counter() + seconds
    i = 0
    while time.perf_counter() < end:
        start = time.perf_counter()
        services.consultations.add_agenda_item(plan_id, f"topic {i}", "patient")
        latencies.append(time.perf_counter() - start)
        i += 1
    db.close()
    print(json.dumps(latencies), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--client", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        url, plan, seconds, go = args.client
        client(url, int(plan), float(seconds), go)
        return

    from careplan.records import PatientInput
    from careplan.services import Services
    from careplan.storage import Database
    from tests.support import pgserver

    with pgserver.server() as admin:
        url = pgserver.create_database(admin, "careplan_throughput")
        db = Database.open(url)
        services = Services(db.session_factory)
        plans = []
        for n in range(args.clients):
            patient = services.patients.create(PatientInput(f"Client{n}", "Bench", "1950-01-01"))
            plans.append(services.consultations.start_or_resume(patient.id, None).id)
        db.close()
        go = Path(f"/tmp/careplan-throughput-go-{os.getpid()}")
        go.unlink(missing_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.support.pg_write_throughput",
                    "--client",
                    url,
                    str(plan),
                    str(args.seconds),
                    str(go),
                ],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
                cwd=ROOT,
            )
            for plan in plans
        ]
        time.sleep(5)
        go.touch()
        latencies: list[float] = []
        for child in children:
            out, _ = child.communicate(timeout=args.seconds * 10 + 120)
            latencies += json.loads(out.strip().splitlines()[-1])
        go.unlink(missing_ok=True)
        cuts = statistics.quantiles(latencies, n=100)
        print(
            f"{args.clients} clients, {args.seconds:.0f} s: {len(latencies)} writes, "
            f"{len(latencies) / args.seconds:.1f} writes/s, "
            f"p50 {cuts[49] * 1000:.1f} ms, p95 {cuts[94] * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
