"""A realistic demo practice: staff, patients, years of plans, reviews, some overdue.

Written with bulk inserts in one transaction, so 10,000 patients take seconds
and an interrupted run leaves nothing behind. Every NHS number is in the
999 range reserved for test data, so demo records can never be mistaken for
real ones.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from . import models as m
from .dates import utcnow
from .demo_plans import DemoPlan, PlanWriter, insert_rows
from .demo_registers import add_registers
from .demo_words import FAMILY, GIVEN, GOALS, LANGUAGES, STAFF, STREETS, TOWN
from .errors import ValidationError
from .i18n import _
from .identifiers import nhs_check_digit
from .progress import Progress
from .search_index import TERMS, term_rows
from .storage import WRITE_OPTION, Database
from .text import name_key
from .vocabulary import ConsultationStatus

MAX_PATIENTS = 100_000
CHUNK = 250


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    patients: int
    consultations: int
    reviews: int
    overdue_reviews: int


def _nhs_numbers(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    numbers: list[str] = []
    while len(numbers) < count:
        first = "999" + f"{rng.randrange(0, 1_000_000):06d}"
        check = nhs_check_digit(first)
        if check is None:
            continue
        number = first + str(check)
        if number in taken:
            continue
        taken.add(number)
        numbers.append(number)
    return numbers


class _Builder(PlanWriter):
    """The people of the demo practice and their timelines of plans, chunk by chunk."""

    def patients(self, count: int) -> list[tuple[int, list[int]]]:
        rng = self.rng
        numbers = _nhs_numbers(rng, count, self.nhs)
        rows, conditions = [], []
        for i in range(count):
            while True:
                given, family = rng.choice(GIVEN), rng.choice(FAMILY)
                born = self.today - dt.timedelta(days=rng.randrange(18 * 365, 95 * 365))
                key = name_key(given, family)
                if (key, born) not in self.names:
                    self.names.add((key, born))
                    break
            needs_interpreter = rng.random() < 0.06
            created = self.now - dt.timedelta(days=rng.randrange(30, 3650))
            rows.append(
                {
                    "nhs_number": numbers[i] if rng.random() < 0.97 else None,
                    "given_name": given,
                    "family_name": family,
                    "preferred_name": (given[:3] if rng.random() < 0.05 else None),
                    "date_of_birth": born,
                    "name_key": key,
                    "family_key": name_key(family),
                    "phone": f"07700 9{rng.randrange(0, 100000):05d}",
                    "email": None
                    if rng.random() < 0.4
                    else f"{name_key(given).replace(' ', '')}{rng.randrange(10, 99)}@example.org",
                    "address": f"{rng.randrange(1, 120)} {rng.choice(STREETS)}, {TOWN}",
                    "large_print": rng.random() < 0.08 or born.year < 1940,
                    "easy_read": rng.random() < 0.03,
                    "interpreter_language": rng.choice(LANGUAGES) if needs_interpreter else None,
                    "communication_notes": None,
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                }
            )
            conditions.append(rng.sample(range(len(GOALS)), k=rng.choice((1, 1, 2, 2, 3))))
        ids = insert_rows(self.conn, m.Patient.__table__, rows)  # type: ignore[arg-type]
        terms = term_rows((pid, str(row["name_key"])) for pid, row in zip(ids, rows, strict=True))
        self.conn.execute(insert(TERMS), terms)
        return list(zip(ids, conditions, strict=True))

    def plans_for(self, patient_ids: list[tuple[int, list[int]]]) -> None:
        rng = self.rng
        timelines: list[list[DemoPlan]] = []
        for index, (_pid, conditions) in enumerate(patient_ids):
            if rng.random() < 0.12:
                timelines.append([])
                continue
            count = rng.choice((1, 2, 2, 3, 3, 4, 5))
            last = self.today - dt.timedelta(days=rng.randrange(5, 420))
            dates = [
                last - dt.timedelta(days=int(k * rng.uniform(150, 400))) for k in range(count)
            ][::-1]
            clinician = rng.choice(self.staff["clinician"] + self.staff["nurse"][:2])
            plans = []
            for k, when in enumerate(dates):
                is_last = k == count - 1
                status = (
                    ConsultationStatus.DRAFT
                    if is_last and rng.random() < 0.03
                    else ConsultationStatus.AGREED
                )
                plans.append(
                    DemoPlan(
                        index,
                        when,
                        status,
                        clinician,
                        when + dt.timedelta(days=rng.choice((90, 120, 180, 180))),
                        conditions,
                    )
                )
            for earlier, later in itertools.pairwise(plans):
                later.revision_of = earlier
                earlier.replaced = later.status == ConsultationStatus.AGREED
            agreed = [p for p in plans if p.status == ConsultationStatus.AGREED]
            if agreed:
                agreed[-1].is_current = True
            for k, plan in enumerate(agreed):
                # A replaced plan was reviewed at most once before the next plan; the
                # current one is reviewed each time it falls due, until about one in ten
                # falls behind and is overdue.
                replaced_on = agreed[k + 1].when if k + 1 < len(agreed) else None
                while plan.due <= self.today and (replaced_on is None or plan.due < replaced_on):
                    if rng.random() < (0.1 if plan.is_current else 0.3):
                        break
                    on = min(plan.due + dt.timedelta(days=rng.randrange(-7, 15)), self.today)
                    plan.reviews.append((on, on + dt.timedelta(days=rng.choice((90, 120, 180)))))
                    if not plan.is_current:
                        break
                if plan.is_current and plan.due < self.today:
                    self.overdue += 1
            timelines.append(plans)
        depth = max((len(t) for t in timelines), default=0)
        for level in range(depth):
            batch = [t[level] for t in timelines if len(t) > level]
            self.write(patient_ids, batch)
            for t in timelines:
                if len(t) > level + 1:
                    t[level + 1].deferred_from = t[level].deferred_from
                    t[level + 1].previous_goal_ids = t[level].previous_goal_ids
                    t[level + 1].previous_actions = t[level].previous_actions


def load_demo(
    database: Database, patients: int = 200, *, seed: int = 1, progress: Progress | None = None
) -> DemoSummary:
    """Fill an empty database with a demo practice of ``patients`` people."""
    if isinstance(patients, bool) or not isinstance(patients, int) or patients < 1:
        raise ValidationError(
            "patients", _("The number of demo patients must be a whole number of at least 1.")
        )
    if patients > MAX_PATIENTS:
        raise ValidationError(
            "patients",
            _("The demo practice has at most {limit:,} patients.").format(limit=MAX_PATIENTS),
        )
    rng = random.Random(seed)
    now = utcnow()
    with database.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        existing = conn.scalar(select(func.count()).select_from(m.Patient)) or 0
        if existing:
            raise ValidationError(
                "database",
                _(
                    "This database already has {count:,} patients. The demo practice only goes "
                    "into an empty database, so that demo and real records never mix; choose "
                    "another database with --database."
                ).format(count=existing),
            )
        staff_rows = [{**member._asdict(), "active": True, "created_at": now} for member in STAFF]
        staff_ids = insert_rows(conn, m.StaffMember.__table__, staff_rows)  # type: ignore[arg-type]
        by_role: dict[str, list[int]] = {"clinician": [], "nurse": [], "admin": []}
        for sid, member in zip(staff_ids, STAFF, strict=True):
            by_role[member.role].append(sid)
        builder = _Builder(conn, rng, now, by_role)
        done = 0
        if progress:
            progress(0, patients)
        while done < patients:
            count = min(CHUNK, patients - done)
            builder.plans_for(builder.patients(count))
            done += count
            if progress:
                progress(done, patients)
        add_registers(conn, random.Random(seed + 16_000), now)
    from .demo_groups import load_demo_groups  # here: it builds on the services

    load_demo_groups(database, rng, now.date())
    return DemoSummary(
        len(staff_ids),
        patients,
        builder.consultations,
        builder.reviews,
        builder.overdue,
    )
