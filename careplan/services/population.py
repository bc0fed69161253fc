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
- *in target*, per key result of the register: people whose latest result in the twelve
  months is within their own agreed target, else the usual one (blood pressure: both
  numbers of that day).

A person's clinician is the one who agreed their latest agreed plan up to ``d``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from .. import models as m
from ..clinical_codes import CONDITIONS, REGISTERS, TEST_BY_KEY, TESTS, Register, codes_of
from ..clinical_codes import register_label as label
from ..i18n import _
from ..models.registers import Condition, Result, ResultTarget
from ..permissions import Permission
from ..register_records import MeasureCounts, PopulationReport, PopulationRow
from ..runchart import run_chart
from .base import Service

WINDOW_DAYS = 365
GRACE_DAYS = 14
EARLY_DAYS = 30
MONTHS = 24
PRACTICE = "*"

# Measure keys of the run charts, and how each is a share of which count.
CHART_MEASURES = ("with_plan", "with_action_plan", "reviewed_on_time", "goal_progress")


def plus_days(session: Session, column: Any, days: int) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return column + days
    return func.date(column, f"{days:+d} days", type_=Date)


def month_ends(as_of: dt.date, count: int = MONTHS) -> list[dt.date]:
    """The last day of each of the ``count`` months up to ``as_of`` (which ends the last)."""
    ends = [as_of]
    first = as_of.replace(day=1)
    while len(ends) < count:
        first_prev = (first - dt.timedelta(days=1)).replace(day=1)
        ends.append(first - dt.timedelta(days=1))
        first = first_prev
    return ends[::-1]


def _scope(registers: tuple[Register, ...], with_practice: bool, d: dt.date) -> Any:
    """(reg, patient_id) for everyone on the given registers as of ``d``."""
    on = or_(Condition.diagnosed_on.is_(None), Condition.diagnosed_on <= d)
    key = case(
        *(
            (Condition.code == c.code, literal(c.register))
            for c in CONDITIONS
            if c.register in {r.key for r in registers}
        ),
        else_=literal(""),
    )
    codes = [code for r in registers for code in codes_of(r)]
    parts = []
    if codes:
        parts.append(
            select(key.label("reg"), Condition.patient_id.label("patient_id"))
            .where(Condition.code.in_(codes), on)
            .distinct()
        )
    if with_practice:
        every = [c.code for c in CONDITIONS]
        parts.append(
            select(literal(PRACTICE).label("reg"), Condition.patient_id.label("patient_id"))
            .where(Condition.code.in_(every), on)
            .distinct()
        )
    return (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("reg")


def _lead(d: dt.date) -> Any:
    """The clinician of each person's latest agreed plan up to ``d``."""
    c, newer = m.Consultation, aliased(m.Consultation)
    return (
        select(c.patient_id.label("patient_id"), func.max(c.clinician_id).label("clinician_id"))
        .where(
            c.status == "agreed",
            c.consultation_date <= d,
            ~exists().where(
                newer.patient_id == c.patient_id,
                newer.status == "agreed",
                newer.consultation_date <= d,
                or_(
                    newer.consultation_date > c.consultation_date,
                    and_(newer.consultation_date == c.consultation_date, newer.id > c.id),
                ),
            ),
        )
        .group_by(c.patient_id)
        .subquery("lead")
    )


def _in_target(test: str, d: dt.date, reg: Any, lead: Any) -> Any:
    """(reg, clinician, count) of people whose latest ``test`` result is in target."""
    spec = TEST_BY_KEY[test]
    since = d - dt.timedelta(days=WINDOW_DAYS)
    latest = (
        select(Result.patient_id, func.max(Result.taken_on).label("taken_on"))
        .where(Result.test == test, Result.taken_on > since, Result.taken_on <= d)
        .group_by(Result.patient_id)
        .subquery("latest")
    )
    r, t = aliased(Result), aliased(ResultTarget)

    def within(value: Any, own: Any, low: float | None, high: float | None) -> Any:
        usual = and_(
            literal(True) if low is None else value >= low,
            literal(True) if high is None else value <= high,
        )
        mine = and_(
            or_(own.low.is_(None), value >= own.low), or_(own.high.is_(None), value <= own.high)
        )
        return case((own.id.is_not(None), mine), else_=usual)

    if spec.choices:
        ok: Any = r.value_text == spec.choices[0]
    else:
        ok = within(r.value, t, spec.target_low, spec.target_high)
    query = (
        select(reg.c.reg, lead.c.clinician_id, func.count())
        .select_from(reg)
        .join(latest, latest.c.patient_id == reg.c.patient_id)
        .join(
            r,
            and_(
                r.patient_id == latest.c.patient_id, r.test == test, r.taken_on == latest.c.taken_on
            ),
        )
        .outerjoin(t, and_(t.patient_id == r.patient_id, t.test == test))
        .outerjoin(lead, lead.c.patient_id == reg.c.patient_id)
    )
    if test == "bp_systolic":
        dia, dia_t = aliased(Result), aliased(ResultTarget)
        other = TEST_BY_KEY["bp_diastolic"]
        query = query.outerjoin(
            dia,
            and_(
                dia.patient_id == r.patient_id,
                dia.test == "bp_diastolic",
                dia.taken_on == r.taken_on,
            ),
        ).outerjoin(dia_t, and_(dia_t.patient_id == r.patient_id, dia_t.test == "bp_diastolic"))
        ok = and_(
            ok, or_(dia.id.is_(None), within(dia.value, dia_t, other.target_low, other.target_high))
        )
    return query.where(ok).group_by(reg.c.reg, lead.c.clinician_id)


def counts_as_of(
    session: Session,
    d: dt.date,
    registers: tuple[Register, ...],
    *,
    with_practice: bool,
    tests: tuple[str, ...],
) -> dict[tuple[str, int | None], MeasureCounts]:
    """Every measure as of ``d`` for each (register key or '*', clinician id)."""
    since = d - dt.timedelta(days=WINDOW_DAYS)
    due_until = d - dt.timedelta(days=GRACE_DAYS)
    reg, lead = _scope(registers, with_practice, d), _lead(d)
    c, goal, action = m.Consultation, m.Goal, m.Action
    plan_in_window = and_(
        c.patient_id == reg.c.patient_id,
        c.status == "agreed",
        c.consultation_date > since,
        c.consultation_date <= d,
    )
    with_plan = exists().where(plan_in_window)
    with_action = exists().where(
        plan_in_window, goal.consultation_id == c.id, action.goal_id == goal.id
    )
    p, rv, newer = aliased(m.Consultation), aliased(m.Review), aliased(m.Consultation)
    early = plus_days(session, p.review_date, -EARLY_DAYS)
    late = plus_days(session, p.review_date, GRACE_DAYS)
    due_plan = and_(
        p.patient_id == reg.c.patient_id,
        p.status == "agreed",
        p.review_date > since,
        p.review_date <= due_until,
    )
    on_time = or_(
        exists().where(rv.consultation_id == p.id, rv.reviewed_on >= early, rv.reviewed_on <= late),
        exists().where(
            newer.patient_id == p.patient_id,
            newer.status == "agreed",
            newer.consultation_date > p.consultation_date,
            newer.consultation_date <= late,
        ),
    )
    main = (
        select(
            reg.c.reg,
            lead.c.clinician_id,
            func.count(),
            func.count(case((with_plan, 1))),
            func.count(case((with_action, 1))),
            func.count(case((exists().where(due_plan), 1))),
            func.count(case((exists().where(due_plan, on_time), 1))),
        )
        .select_from(reg)
        .outerjoin(lead, lead.c.patient_id == reg.c.patient_id)
        .group_by(reg.c.reg, lead.c.clinician_id)
    )
    r2 = aliased(m.Review)
    gas = (
        select(
            reg.c.reg,
            lead.c.clinician_id,
            func.count(),
            func.count(case((m.GoalReview.attainment >= 0, 1))),
        )
        .select_from(reg)
        .join(c, c.patient_id == reg.c.patient_id)
        .join(r2, r2.consultation_id == c.id)
        .join(m.GoalReview, m.GoalReview.review_id == r2.id)
        .outerjoin(lead, lead.c.patient_id == reg.c.patient_id)
        .where(r2.reviewed_on > since, r2.reviewed_on <= d)
        .group_by(reg.c.reg, lead.c.clinician_id)
    )
    found: dict[tuple[str, int | None], list[int]] = {}
    for row in session.execute(main):
        found[(row[0], row[1])] = [int(x) for x in row[2:]] + [0, 0]
    for row in session.execute(gas):
        entry = found.setdefault((row[0], row[1]), [0] * 7)
        entry[5], entry[6] = int(row[2]), int(row[3])
    in_target: dict[tuple[str, int | None], list[tuple[str, int]]] = {}
    for test in tests:
        for row in session.execute(_in_target(test, d, reg, lead)):
            in_target.setdefault((row[0], row[1]), []).append((test, int(row[2])))
    return {
        key: MeasureCounts(
            on_register=v[0],
            with_plan=v[1],
            with_action_plan=v[2],
            reviews_due=v[3],
            reviewed_on_time=v[4],
            goal_reviews=v[5],
            goal_reviews_at_or_above=v[6],
            results_in_target=tuple(in_target.get(key, ())),
        )
        for key, v in found.items()
    }


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
            sorted({t for r in chosen for t in r.tests}, key=[t.key for t in TESTS].index)
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
            if reg is not None:
                wanted = set(reg.tests)
                total = _keep_tests(total, wanted)
            rows.append(
                PopulationRow(
                    register=reg.key if reg else None,
                    code=reg.code if reg else None,
                    name=label(reg) if reg else _("Whole practice (any register)"),
                    clinician_id=None,
                    clinician_name=None,
                    counts=total,
                )
            )
            for name, staff, measure in sorted(per_clinician, key=lambda x: x[0]):
                if clinician_id is not None and staff != clinician_id:
                    continue
                rows.append(
                    PopulationRow(
                        register=reg.key if reg else None,
                        code=reg.code if reg else None,
                        name=label(reg) if reg else _("Whole practice (any register)"),
                        clinician_id=staff,
                        clinician_name=name,
                        counts=_keep_tests(measure, set(reg.tests)) if reg else measure,
                    )
                )
        scope = label(register) if register else _("Whole practice")
        if clinician_id is not None:
            scope += " · " + names.get(clinician_id, "?")
        return PopulationReport(day, tuple(rows), series, scope)

    def _series(
        self, session: Session, day: dt.date, register: Register | None, clinician_id: int | None
    ) -> dict[str, Any]:
        months = month_ends(day)
        chosen = (register,) if register is not None else ()
        tests = register.tests if register is not None else ()
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
