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


# ----- the whole benchmark (careplan-admin bench) ---------------------------------------

BUDGETS = {
    "population": 3.0,  # ratio to the same measures written by hand in SQL
    "previsit": 3.0,  # ratio to the same list written by hand in SQL
    "startup": 1.5,  # ratio to a bare PySide6 window, whole processes
    "open_patient": 0.050,  # seconds
    "print": 3.0,
    "worklist": 3.0,
    "fhir_export": None,  # absolute, no budget set
    "memory": None,  # ratio reported, no budget set
}
TEN_YEARS_NAME = ("Decade", "Bench-Patient")


def _child(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    import json
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            **(env or {}),
        },
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} failed: {done.stderr[-2000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return dict(json.loads(lines[-1])) if lines else {}


def _process_seconds(args: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    _child(args, env)
    return time.perf_counter() - start


def measure_startup(url: str, runs: int = 7) -> Measure:
    import statistics

    app: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        bare.append(_process_seconds(["-m", "ui.bench_probe", "bare-window"]))
        app.append(
            _process_seconds(["-m", "ui.app", "--database", url], {"CAREPLAN_QUIT_WHEN_SHOWN": "1"})
        )
    median, base = statistics.median(app), statistics.median(bare)
    return Measure(
        "startup",
        median,
        base,
        median / base,
        BUDGETS["startup"],
        runs,
        "process start to the first usable window (sign-in) and exit",
    )


def measure_memory(url: str, patient_id: int) -> Measure:
    bare = _child(["-m", "ui.bench_probe", "bare-window"])["peak_kib"]
    app = _child(["-m", "ui.bench_probe", "memory", url, str(patient_id)])
    return Measure(
        "memory",
        app["peak_kib"] * 1024.0,
        bare * 1024.0,
        app["peak_kib"] / bare,
        BUDGETS["memory"],
        1,
        f"peak resident bytes with the practice open ({app['rows']} rows listed) "
        "and one patient's page, against a bare window; median_s and floor_s "
        "hold bytes for this measure",
    )


def measure_open_patient(url: str, patient_id: int, runs: int = 21) -> Measure:
    result = _child(["-m", "ui.bench_probe", "open-patient", url, str(patient_id), str(runs)])
    return Measure(
        "open_patient",
        result["median_s"],
        None,
        None,
        BUDGETS["open_patient"],
        runs,
        f"core call and the patient page's models, {result['records']} "
        "plans and reviews over ten years (audited as an opening)",
    )


def measure_fhir_export(db: Database, patient_id: int, runs: int = 15) -> Measure:
    from .audit import Actor
    from .fhir import FhirExchange

    exchange = FhirExchange(Services(db.session_factory, actor=Actor.system("system")).context)
    seconds = median_seconds(lambda: exchange.export_bundle(patient_id), runs)
    return Measure(
        "fhir_export",
        seconds,
        None,
        None,
        BUDGETS["fhir_export"],
        runs,
        "one person's latest plan as a FHIR R4 bundle (in memory)",
    )


def ten_year_patient(db: Database) -> int:
    """A person with a plan every six months for ten years, each reviewed (made once)."""
    from .audit import Actor
    from .records import GoalProgressInput, PatientInput, ReviewInput

    services = Services(db.session_factory, actor=Actor.system("system"))
    found = services.patients.search(" ".join(TEN_YEARS_NAME)).patients
    if found:
        return found[0].id
    patient = services.patients.create(PatientInput(*TEN_YEARS_NAME, "1950-06-15"))
    today = dt.date.today()
    for half_year in range(20, 0, -1):
        when = today - dt.timedelta(days=182 * half_year)
        # Each plan written afresh (not carried forward), so every run measures the same plans.
        plan = services.consultations.start_or_resume(patient.id, None, when, carry_forward=False)
        services.consultations.add_what_matters(plan.id, "Keeping my allotment going")
        for words in ("Walk to the allotment three times a week", "Sleep through the night"):
            goal = services.consultations.add_goal(plan.id, words, "patient", 8)
            for step in ("Walk with my neighbour", "Write it on the calendar"):
                services.consultations.add_action(
                    goal.id,
                    step,
                    "20 minutes",
                    "morning",
                    "three times a week",
                    confidence_rating=8,
                )
        services.consultations.set_named_contact(plan.id, "Priya Shah", "Practice nurse")
        plan = services.consultations.set_review_date(plan.id, when + dt.timedelta(days=90))
        plan = services.consultations.agree(plan.id, plan.version)
        services.reviews.record(
            ReviewInput(
                plan.id,
                plan.version,
                None,
                "phone",
                when + dt.timedelta(days=91),
                when + dt.timedelta(days=181),
                goals=tuple(GoalProgressInput(g.id, 1, "Going well") for g in plan.goals),
            )
        )
    return patient.id


def run_benchmark(url: str, *, runs: int = 15) -> list[Measure]:
    from .bench_registers import measure_population, measure_previsit
    from .encryption import open_practice_database
    from .printing.bench import measure_printing

    db = open_practice_database(url)
    try:
        patient_id = ten_year_patient(db)
        measures = [measure_startup(url, runs=max(5, runs // 2))]
        measures.append(measure_open_patient(url, patient_id, runs))
        printing = measure_printing(runs)
        measures.append(
            Measure(
                "print",
                printing.median_s,
                printing.floor_s,
                printing.ratio,
                BUDGETS["print"],
                printing.runs,
                printing.note,
            )
        )
        measures.append(measure_worklist(db, runs))
        measures.append(measure_population(db, runs))
        measures.append(measure_previsit(db, runs))
        measures.append(measure_fhir_export(db, patient_id, runs))
        measures.append(measure_memory(url, patient_id))
    finally:
        db.close()
    return measures


def table(measures: list[Measure]) -> str:
    lines = [f"{'measure':<14}{'median':>12}{'floor':>12}{'ratio':>8}{'budget':>9}  within"]

    def show(value: float | None, is_bytes: bool) -> str:
        if value is None:
            return "-"
        return f"{value / 2**20:.1f} MiB" if is_bytes else f"{value * 1000:.1f} ms"

    for m in measures:
        is_bytes = m.name == "memory"

        budget = (
            "-"
            if m.budget is None
            else (f"{m.budget * 1000:.0f} ms" if m.floor_s is None else f"{m.budget:g}x")
        )
        ratio = "-" if m.ratio is None else f"{m.ratio:.2f}"
        within = {True: "yes", False: "NO", None: "-"}[m.within_budget]
        lines.append(
            f"{m.name:<14}{show(m.median_s, is_bytes):>12}"
            f"{show(m.floor_s, is_bytes):>12}{ratio:>8}"
            f"{budget:>9}  {within}"
        )
    return "\n".join(lines)
