"""Speed measured against floors taken in the same run (DESIGN.md §8).

Each measure times the product's path and, where the budget is a ratio, the
floor it is compared with, on the same machine in the same run; the median
of several runs is kept so one slow run does not decide.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from .records import WorklistFilter
from .services import Services
from .storage import Database


@dataclass(frozen=True)
class Measure:
    name: str
    median_s: float
    floor_s: float | None
    ratio: float | None
    budget: float | None  # a ratio to the floor, or seconds where the floor is None
    runs: int
    note: str = ""

    @property
    def within_budget(self) -> bool | None:
        if self.budget is None:
            return None
        value = self.ratio if self.floor_s is not None else self.median_s
        return value is not None and value <= self.budget

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["within_budget"] = self.within_budget
        return data


def median_seconds(work: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compare(
    name: str,
    work: Callable[[], object],
    floor: Callable[[], object],
    budget: float,
    runs: int,
    note: str = "",
) -> Measure:
    """Alternate the two so that drift in the machine's speed affects both alike."""
    work_times: list[float] = []
    floor_times: list[float] = []
    work()
    floor()
    for _ in range(runs):
        floor_times.append(median_seconds(floor, 1, warmup=0))
        work_times.append(median_seconds(work, 1, warmup=0))
    median, base = statistics.median(work_times), statistics.median(floor_times)
    return Measure(name, median, base, median / base if base else None, budget, runs, note)


# The review worklist written by hand, as the floor for the core's query.
WORKLIST_SQL = """
SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.phone,
       c.id, c.revision, c.review_due, c.clinician_id, s.full_name,
       r.reviewed_on, rs.full_name
  FROM consultation c
  JOIN patient p ON p.id = c.patient_id
  LEFT JOIN staff_member s ON s.id = c.clinician_id
  LEFT JOIN review r ON r.id = (SELECT r2.id FROM review r2
                                 WHERE r2.consultation_id = c.id
                                 ORDER BY r2.reviewed_on DESC, r2.id DESC LIMIT 1)
  LEFT JOIN staff_member rs ON rs.id = r.reviewer_id
 WHERE c.review_due IS NOT NULL AND c.review_due <= {until}
 ORDER BY c.review_due, p.family_key, p.id
"""


def measure_worklist(db: Database, runs: int = 15, budget: float = 3.0) -> Measure:
    services = Services(db.session_factory)
    criteria = WorklistFilter(due_within_days=14)
    today = dt.datetime.now(dt.UTC).date()
    until_date = today + dt.timedelta(days=14)
    placeholder = "?" if db.is_sqlite else "%s"
    sql = WORKLIST_SQL.format(until=placeholder)
    raw = db.engine.raw_connection()
    try:

        def floor() -> list[Any]:
            cursor = raw.cursor()
            cursor.execute(sql, (until_date.isoformat() if db.is_sqlite else until_date,))
            rows = list(cursor.fetchall())
            cursor.close()
            raw.commit()
            return rows

        def work() -> object:
            return services.worklist.worklist(criteria, today)

        count = len(services.worklist.worklist(criteria, today))
        assert count == len(floor()), "the hand-written query must return the same rows"
        return compare(
            "worklist", work, floor, budget, runs, f"{count:,} people due within 14 days"
        )
    finally:
        raw.close()
