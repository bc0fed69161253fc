"""Population measures per practice, register and clinician, with 24-month run charts.

Each measure is counted *as of* a day ``d`` (today for the table; the last day of each
month for the run charts), over the twelve months before it:

- *on the register*: people with a condition of the register, diagnosed on or before ``d``
  (or with no date of diagnosis); the practice row counts everyone on any register once;
- *with a current agreed plan*: of those, people with a plan agreed in the twelve months;
- *with a goal and an action plan*: people with such a plan holding a goal with an action;
- *reviews due* / *reviewed on time*: people with an agreed plan whose review date fell in
  the twelve months and at least 14 days ago; on time when that plan was reviewed from
  30 days before to 14 days after its review date, or replaced by a newer agreed plan by then;
- *goal progress*: goal reviews (Goal Attainment Scale) recorded in the twelve months, and
  how many were at or above the expected level (0 or more);
- *in target*, per key result of the register that has a usual target: people whose
  latest result in the twelve months is within their own agreed target, else the usual
  one (blood pressure: both numbers of that day).

A person's clinician is the one who agreed their latest agreed plan up to ``d``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..clinical_codes import REGISTERS, TEST_BY_KEY, TESTS, Register
from ..clinical_codes import register_label as label
from ..i18n import _
from ..permissions import Permission
from ..register_records import MeasureCounts, PopulationReport, PopulationRow
from ..runchart import run_chart
from .base import Service
from .population_counts import PRACTICE, counts_as_of

MONTHS = 24

# Measure keys of the run charts, and how each is a share of which count.
CHART_MEASURES = ("with_plan", "with_action_plan", "reviewed_on_time", "goal_progress")


def month_ends(as_of: dt.date, count: int = MONTHS) -> list[dt.date]:
    """The last day of each of the ``count`` months up to ``as_of`` (which ends the last)."""
    ends = [as_of]
    first = as_of.replace(day=1)
    while len(ends) < count:
        first_prev = (first - dt.timedelta(days=1)).replace(day=1)
        ends.append(first - dt.timedelta(days=1))
        first = first_prev
    return ends[::-1]


def _add(a: MeasureCounts, b: MeasureCounts) -> MeasureCounts:
    targets: dict[str, int] = dict(a.results_in_target)
    for test, n in b.results_in_target:
        targets[test] = targets.get(test, 0) + n
    return MeasureCounts(
        a.on_register + b.on_register,
        a.with_plan + b.with_plan,
        a.with_action_plan + b.with_action_plan,
        a.reviews_due + b.reviews_due,
        a.reviewed_on_time + b.reviewed_on_time,
        a.goal_reviews + b.goal_reviews,
        a.goal_reviews_at_or_above + b.goal_reviews_at_or_above,
        tuple(sorted(targets.items(), key=lambda kv: [t.key for t in TESTS].index(kv[0]))),
    )


EMPTY = MeasureCounts(0, 0, 0, 0, 0, 0, 0)


def share(counts: MeasureCounts, measure: str) -> float | None:
    """A measure as a percentage of its denominator (None when nothing to count)."""
    if measure == "with_plan":
        top, bottom = counts.with_plan, counts.on_register
    elif measure == "with_action_plan":
        top, bottom = counts.with_action_plan, counts.on_register
    elif measure == "reviewed_on_time":
        top, bottom = counts.reviewed_on_time, counts.reviews_due
    elif measure == "goal_progress":
        top, bottom = counts.goal_reviews_at_or_above, counts.goal_reviews
    else:  # in_target:<test>
        top, bottom = (
            dict(counts.results_in_target).get(measure.split(":", 1)[1], 0),
            counts.on_register,
        )
    return None if bottom == 0 else round(100.0 * top / bottom, 1)


def measure_label(measure: str) -> str:
    if measure.startswith("in_target:"):
        return _("{name} in target").format(name=TEST_BY_KEY[measure.split(":", 1)[1]].name)
    return {
        "with_plan": _("With a current agreed plan"),
        "with_action_plan": _("With a goal and an action plan"),
        "reviewed_on_time": _("Reviewed on time"),
        "goal_progress": _("Goal progress at or above expected"),
    }[measure]


def _row(
    reg: Register | None, counts: MeasureCounts, staff: int | None = None, name: str | None = None
) -> PopulationRow:
    """A register's (or the whole practice's) row, of everyone or of one clinician's plans;
    a register's row counts only the results its register measures."""
    return PopulationRow(
        register=reg.key if reg else None,
        code=reg.code if reg else None,
        name=label(reg) if reg else _("Whole practice (any register)"),
        clinician_id=staff,
        clinician_name=name,
        counts=_keep_tests(counts, set(measured(reg))) if reg else counts,
    )


class PopulationService(Service):
    def report(
        self,
        register: Register | None = None,
        clinician_id: int | None = None,
        *,
        charts: bool = True,
        as_of: dt.date | None = None,
    ) -> PopulationReport:
        """The practice row, one row per register, and per clinician within each.

        With ``register`` only that register (and its clinicians); the run charts are for
        ``register`` (else the practice), narrowed to ``clinician_id`` when given.
        """
        self._require(Permission.VIEW_OVERVIEW)
        day = as_of or self._today()
        chosen = (register,) if register is not None else REGISTERS
        tests = tuple(
            sorted({t for r in chosen for t in measured(r)}, key=[t.key for t in TESTS].index)
        )
        with self._read() as session:
            counts = counts_as_of(session, day, chosen, with_practice=register is None, tests=tests)
            names = dict(
                session.execute(select(m.StaffMember.id, m.StaffMember.full_name)).tuples().all()
            )
            series = self._series(session, day, register, clinician_id) if charts else {}
        rows: list[PopulationRow] = []
        groups: list[tuple[str, Register | None]] = [(r.key, r) for r in chosen]
        if register is None:
            groups.insert(0, (PRACTICE, None))
        for key, reg in groups:
            total = EMPTY
            per_clinician = []
            for (k, staff), measure in counts.items():
                if k != key:
                    continue
                total = _add(total, measure)
                if staff is not None:
                    per_clinician.append((names.get(staff, "?"), staff, measure))
            rows.append(_row(reg, total))
            for name, staff, measure in sorted(per_clinician, key=lambda x: x[0]):
                if clinician_id is not None and staff != clinician_id:
                    continue
                rows.append(_row(reg, measure, staff, name))
        scope = label(register) if register else _("Whole practice")
        if clinician_id is not None:
            scope += " · " + names.get(clinician_id, "?")
        return PopulationReport(day, tuple(rows), series, scope)

    def _series(
        self, session: Session, day: dt.date, register: Register | None, clinician_id: int | None
    ) -> dict[str, Any]:
        months = month_ends(day)
        chosen = (register,) if register is not None else ()
        tests = measured(register) if register is not None else ()
        measures = list(CHART_MEASURES) + [f"in_target:{t}" for t in tests]
        values: dict[str, list[float | None]] = {k: [] for k in measures}
        for d in months:
            counts = counts_as_of(session, d, chosen, with_practice=register is None, tests=tests)
            key = register.key if register is not None else PRACTICE
            total = EMPTY
            for (k, staff), measure in counts.items():
                if k == key and (clinician_id is None or staff == clinician_id):
                    total = _add(total, measure)
            for measure_key in measures:
                values[measure_key].append(share(total, measure_key))
        return {k: run_chart(months, v) for k, v in values.items()}


def measured(register: Register) -> tuple[str, ...]:
    """The register's key results that have a usual target to be in (weight and peak flow
    have only targets agreed with each person, so a share in target would say little)."""
    return tuple(
        t
        for t in register.tests
        if TEST_BY_KEY[t].target_low is not None
        or TEST_BY_KEY[t].target_high is not None
        or TEST_BY_KEY[t].choices
    )


def _keep_tests(counts: MeasureCounts, wanted: set[str]) -> MeasureCounts:
    have = dict(counts.results_in_target)
    kept = tuple((t.key, have.get(t.key, 0)) for t in TESTS if t.key in wanted)
    return MeasureCounts(
        counts.on_register,
        counts.with_plan,
        counts.with_action_plan,
        counts.reviews_due,
        counts.reviewed_on_time,
        counts.goal_reviews,
        counts.goal_reviews_at_or_above,
        kept,
    )
