"""The whole benchmark, as ``careplan-admin bench`` runs it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Collection
from pathlib import Path

from careplan.audit import Actor
from careplan.errors import ValidationError
from careplan.services import Services
from careplan.storage import Database

from .core import Context
from .measure import Measure
from .pg_clients import measure_pg_clients
from .printing import measure_print_path
from .processes import (
    BENCH_CLINICIAN,
    BENCH_PASSWORD,
    BENCH_USER,
    measure_open_patient,
    measure_search_redrawn,
    measure_startup,
)
from .registry import MEASURES

TEN_YEARS_NAME = ("Decade", "Bench-Patient")


def prepare(db: Database) -> int:
    """The benchmark's own accounts and ten-year patient (made once); the patient's id."""
    services = Services(db.session_factory, actor=Actor.system("system"))
    if services.accounts.needs_first_admin():
        services.accounts.create_first_admin("Bench Admin", BENCH_USER, BENCH_PASSWORD)
    accounts = (
        ("Bench Admin", "admin", BENCH_USER),
        ("Bench Clinician", "clinician", BENCH_CLINICIAN),
    )
    for full_name, role, username in accounts:
        # A demo practice has sign-ins of its own already; the benchmark adds its accounts.
        try:
            services.accounts.create_account(full_name, role, username, BENCH_PASSWORD)
        except ValidationError as exc:
            if exc.field != "username":  # anything but "made by an earlier run"
                raise
    return ten_year_patient(db)


def signed_in_clinician(db: Database) -> Actor:
    """The benchmark's clinician, signed in as at a workstation."""
    services = Services(db.session_factory, actor=Actor.system("system"))
    return services.accounts.sign_in(BENCH_CLINICIAN, BENCH_PASSWORD)


def ten_year_patient(db: Database) -> int:
    """A person with a plan every six months for ten years, each reviewed (made once)."""
    from careplan.records import GoalProgressInput, PatientInput, ReviewInput

    services = Services(db.session_factory, actor=Actor.system("system"))
    found = services.patients.search(" ".join(TEN_YEARS_NAME)).patients
    if found and services.consultations.latest_agreed(found[0].id) is not None:
        return found[0].id
    # (Made again in full if an earlier run was stopped half-way.)
    patient = (
        found[0] if found else services.patients.create(PatientInput(*TEN_YEARS_NAME, "1950-06-15"))
    )
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


# Measures taken by this module rather than through the registry; with the registry's
# names, what ``--only`` accepts ("startup" also gives startup_to_list and memory).
OWN_MEASURES = ("startup", "open_patient", "search_redrawn", "print", "pg_clients")


def measure_names() -> list[str]:
    return [*OWN_MEASURES, *MEASURES]


def run_benchmark(
    db: Database,
    url: str,
    patients: int,
    *,
    runs: int = 15,
    only: Collection[str] | None = None,
) -> list[Measure]:
    """Every measure on one practice (or those named in ``only``); ``patients`` is its
    size, for the table."""
    patient_id = prepare(db)
    clinician = signed_in_clinician(db)
    measures: list[Measure] = []

    def add(measure: Measure) -> None:
        measures.append(dataclasses.replace(measure, patients=patients))

    def wanted(name: str) -> bool:
        return only is None or name in only

    if wanted("startup"):
        for measure in measure_startup(url, patients, runs=max(1, runs // 2)):
            add(measure)
    if wanted("open_patient"):
        add(measure_open_patient(url, patient_id, patients, runs))
    if wanted("search_redrawn"):
        add(measure_search_redrawn(url, patients, runs))
    if wanted("print"):
        services = Services(db.session_factory, actor=clinician)
        with tempfile.TemporaryDirectory() as folder:
            add(measure_print_path(services, patient_id, Path(folder), runs))
    ctx = Context(db, url, patients, runs, patient_id, {}, clinician)
    for name, fn in MEASURES.items():
        if wanted(name):
            add(fn(ctx))
    if wanted("pg_clients"):  # PostgreSQL only: several workstations writing at once
        for measure in measure_pg_clients(db, url, runs):
            add(measure)
    return measures
