"""Measures of the core's own work, each against hand-written SQL where there is one.

Every function takes a :class:`Context` and returns a :class:`Measure`; they
are listed in :data:`benchmarks.registry.MEASURES`, where more plug in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import time
from typing import Any

from careplan.audit import Actor
from careplan.records import WorklistFilter
from careplan.services import Services
from careplan.storage import Database

from .measure import Measure, compare, median_seconds

# What a search box receives as a name is typed, one keystroke at a time, then an NHS
# number and a birth date: each prefix is one search (its first screenful and count).
KEYSTROKES = ("m", "ma", "mar", "marg", "marga", "margar", "margaret", "margaret s", "margaret sm")
OTHER_SEARCHES = ("", "999", "99912", "15/06/1950")
SCREENFUL = 50  # rows a list shows at once on a 1366x768 screen, with room to spare


@dataclasses.dataclass
class Context:
    """What every measure is given."""

    db: Database
    url: str
    patients: int
    runs: int
    patient_id: int  # a person with ten years of plans and reviews
    extra: dict[str, Any]
    # Who the screens' measures act as: the benchmark's signed-in clinician in a run
    # (benchmarks.run), so the core's checks of a signed-in person are timed too.
    actor: Actor = dataclasses.field(default_factory=lambda: Actor.system("system"))

    @property
    def services(self) -> Services:
        return Services(self.db.session_factory, actor=self.actor)


# The worklist's first screenful written by hand, as the floor for the core's page.
WORKLIST_SQL = """
SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.phone,
       c.id, c.revision, c.review_due, c.clinician_id, s.full_name,
       r.reviewed_on, rs.full_name, p.family_key
  FROM consultation c
  JOIN patient p ON p.id = c.patient_id
  LEFT JOIN staff_member s ON s.id = c.clinician_id
  LEFT JOIN review r ON r.id = (SELECT r2.id FROM review r2
                                 WHERE r2.consultation_id = c.id
                                 ORDER BY r2.reviewed_on DESC, r2.id DESC LIMIT 1)
  LEFT JOIN staff_member rs ON rs.id = r.reviewer_id
 WHERE c.review_due IS NOT NULL AND c.review_due <= {until}
 ORDER BY c.review_due, p.family_key, p.id
 LIMIT {limit}
"""


def measure_worklist(ctx: Context, days: int = 30, budget: float = 3.0) -> Measure:
    """The worklist's first screenful (due within 30 days) against the same query by hand."""
    db, services = ctx.db, ctx.services
    criteria = WorklistFilter(due_within_days=days)
    today = dt.datetime.now(dt.UTC).date()
    until = today + dt.timedelta(days=days)
    mark = "?" if db.is_sqlite else "%s"
    sql = WORKLIST_SQL.format(until=mark, limit=SCREENFUL)
    raw = db.engine.raw_connection()
    try:

        def floor() -> list[Any]:
            cursor = raw.cursor()
            cursor.execute(sql, (until.isoformat() if db.is_sqlite else until,))
            rows = list(cursor.fetchall())
            cursor.close()
            raw.commit()
            return rows

        def work() -> object:
            return services.worklist.page(criteria, today, limit=SCREENFUL, count=False)

        page = services.worklist.page(criteria, today, limit=SCREENFUL, count=False)
        by_hand = floor()
        assert [(e.patient_id, e.consultation_id) for e in page.entries] == [
            (r[0], r[6]) for r in by_hand
        ], "the same rows, in the same order, as the hand-written query"
        total, _overdue = services.worklist.counts(criteria, today)
        counts = median_seconds(lambda: services.worklist.counts(criteria, today), ctx.runs)
        return compare(
            "worklist_screenful",
            work,
            floor,
            budget,
            ctx.runs,
            f"first {SCREENFUL} of {total:,} due within {days} days; "
            f"their counts (aggregate) {counts * 1000:.1f} ms",
        )
    finally:
        raw.close()


def measure_search(ctx: Context, budget: float = 0.020) -> Measure:
    """Work per keystroke: each prefix of a typed name is a search (first page and count)."""
    search = ctx.services.patients.search
    searches = KEYSTROKES + OTHER_SEARCHES
    for text in searches:
        search(text, SCREENFUL * 2)
    worst: list[float] = []
    for _ in range(ctx.runs):
        times = []
        for text in searches:
            start = time.perf_counter()
            search(text, SCREENFUL * 2)
            times.append(time.perf_counter() - start)
        worst.append(max(times))
    per_key = [
        median_seconds(lambda text=text: search(text, SCREENFUL * 2), ctx.runs)  # type: ignore[misc]
        for text in searches
    ]
    slowest = searches[per_key.index(max(per_key))]
    return Measure(
        "search_keystroke",
        statistics.median(worst),
        None,
        None,
        budget,
        ctx.runs,
        f"the slowest of {len(searches)} searches as a name, an NHS number and a birth date "
        f"are typed (each: a page of {SCREENFUL * 2} and the count); slowest {slowest!r}, "
        f"median of all {statistics.median(per_key) * 1000:.1f} ms",
    )


def measure_overview(ctx: Context, budget: float = 0.500) -> Measure:
    services = ctx.services
    today = dt.date.today()
    start = today - dt.timedelta(days=365)
    runs = max(3, ctx.runs // 3)
    seconds = median_seconds(lambda: services.overview.overview(start, today), runs)
    return Measure(
        "overview", seconds, None, None, budget, runs, "the practice overview of the last year"
    )


def measure_fhir_export(ctx: Context) -> Measure:
    from careplan.fhir import FhirExchange

    exchange = FhirExchange(ctx.services.context)
    seconds = median_seconds(lambda: exchange.export_bundle(ctx.patient_id), ctx.runs)
    return Measure(
        "fhir_export",
        seconds,
        None,
        None,
        None,
        ctx.runs,
        "one person's latest plan as a FHIR R4 bundle (in memory)",
    )
