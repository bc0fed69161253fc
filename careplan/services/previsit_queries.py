"""The coming-up list's queries: who is on it, in its order, counted in one aggregate, and
what is missing worked out only for the people asked about (a page, or the whole list).

The list's order is made in SQL: due date (people on a register with no agreed plan yet are
due today), then the name as the patient search folds it (``patient.name_key``: case,
accents and punctuation folded), then the patient's id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, null, or_, select, tuple_
from sqlalchemy.engine import Connection

from .. import models as m
from ..clinical_codes import CONDITION_BY_CODE, REGISTER_BY_KEY, Register, codes_of
from ..models.registers import Condition, PreparationLetter, Result
from ..register_records import PrevisitEntry
from .convert import listed_person

LETTER_DAYS = 90

PrevisitKey = tuple[dt.date, str, int]
"""Where a row sits in the list: (due date, or today with no plan; name key; patient id)."""


def candidates_query(
    registers: tuple[Register, ...], until: dt.date, clinician_id: int | None
) -> Any:
    """Everyone coming up by ``until``, unordered: their details and their current plan."""
    c = m.Consultation
    query = (
        select(*_columns()[:9])
        .select_from(m.Patient)
        .outerjoin(c, and_(c.patient_id == m.Patient.id, c.review_due.is_not(None)))
        .outerjoin(m.StaffMember, m.StaffMember.id == c.clinician_id)
        .where(_registered(registers), or_(c.review_due.is_(None), c.review_due <= until))
    )
    if clinician_id is not None:
        query = query.where(c.clinician_id == clinician_id)
    return query


def name_order(dialect: str) -> Any:
    """``patient.name_key`` compared character by character (as Python compares strings),
    whatever the server's locale: the list's two parts are merged in Python."""
    return m.Patient.name_key.collate("C") if dialect == "postgresql" else m.Patient.name_key


def ordered(query: Any, today: dt.date, dialect: str) -> Any:
    """``query`` in the list's order (see the module's note)."""
    due = func.coalesce(m.Consultation.review_due, literal(today))
    return query.order_by(due, name_order(dialect), m.Patient.id)


def _codes(registers: tuple[Register, ...]) -> list[str]:
    return [code for r in registers for code in codes_of(r)]


def _on_register(registers: tuple[Register, ...]) -> Any:
    """The row's patient is on one of ``registers``, asked row by row: for a page read
    along an index, which stops after a few rows."""
    return exists().where(
        Condition.patient_id == m.Patient.id, Condition.code.in_(_codes(registers))
    )


def _registered(registers: tuple[Register, ...]) -> Any:
    """The same for the whole list: the people on the registers are read once, along the
    condition's code index, rather than asked about patient by patient (at 100,000 patients
    the row-by-row form made the whole list five times slower)."""
    return m.Patient.id.in_(
        select(Condition.patient_id).where(Condition.code.in_(_codes(registers)))
    )


def _columns() -> tuple[Any, ...]:
    """A row of the list: the person, their current plan and its clinician (the first
    nine), then the name's sort key."""
    c = m.Consultation
    return (
        m.Patient.id,
        m.Patient.nhs_number,
        m.Patient.given_name,
        m.Patient.family_name,
        m.Patient.date_of_birth,
        c.id,
        c.review_due,
        c.clinician_id,
        m.StaffMember.full_name,
        m.Patient.name_key,
    )


def page_queries(
    registers: tuple[Register, ...],
    today: dt.date,
    until: dt.date,
    clinician_id: int | None,
    after: PrevisitKey | None,
    limit: int,
    dialect: str,
) -> list[Any]:
    """The next ``limit`` people after ``after`` from each of the list's two parts, each in
    the list's order and read along an index: people whose plan is due by ``until`` (along
    ``consultation.review_due``), and people on a register with no plan yet (due today;
    along ``patient.name_key``). Merged, they give the list's next page."""
    c = m.Consultation
    name = name_order(dialect)
    planned = (
        select(*_columns())
        .select_from(c)
        .join(m.Patient, m.Patient.id == c.patient_id)
        .outerjoin(m.StaffMember, m.StaffMember.id == c.clinician_id)
        .where(c.review_due.is_not(None), c.review_due <= until, _on_register(registers))
        .order_by(c.review_due, name, m.Patient.id)
        .limit(limit)
    )
    if clinician_id is not None:
        planned = planned.where(c.clinician_id == clinician_id)
    if after is not None:
        planned = planned.where(
            c.review_due >= after[0],
            tuple_(c.review_due, name, m.Patient.id)
            > tuple_(literal(after[0]), literal(after[1]), literal(after[2])),
        )
    queries = [planned]
    if clinician_id is None and (after is None or after[0] <= today):
        has_plan = exists().where(c.patient_id == m.Patient.id, c.review_due.is_not(None))
        unplanned = (
            select(*(col if i < 5 else null() for i, col in enumerate(_columns()[:9])))
            .add_columns(m.Patient.name_key)
            .select_from(m.Patient)
            .where(~has_plan, _on_register(registers))
            .order_by(name, m.Patient.id)
            .limit(limit)
        )
        if after is not None and after[0] == today:
            unplanned = unplanned.where(
                tuple_(name, m.Patient.id) > tuple_(literal(after[1]), literal(after[2]))
            )
        queries.append(unplanned)
    return queries


def merged(parts: list[Sequence[Any]], today: dt.date, limit: int) -> list[Any]:
    """The first ``limit`` rows of the parts, each in the list's order, merged."""
    rows = [row for part in parts for row in part]
    rows.sort(key=lambda r: sort_key(r, today))
    return rows[:limit]


def sort_key(row: Any, today: dt.date) -> PrevisitKey:
    return (row[6] if row[6] is not None else today, row[9], row[0])


def part_counts(
    registers: tuple[Register, ...], today: dt.date, until: dt.date, clinician_id: int | None
) -> list[Any]:
    """How many people each part holds, and how many have had no letter lately: aggregates
    read from indexes only (``patient`` is not read)."""
    since = today - dt.timedelta(days=LETTER_DAYS)
    codes = _codes(registers)

    def figures(patient_id: Any) -> tuple[Any, Any]:
        letter = exists().where(
            PreparationLetter.patient_id == patient_id, PreparationLetter.sent_on >= since
        )
        return func.count(), func.count(case((~letter, 1)))

    c = m.Consultation
    on_register = exists().where(Condition.patient_id == c.patient_id, Condition.code.in_(codes))
    planned = (
        select(*figures(c.patient_id))
        .select_from(c)
        .where(c.review_due.is_not(None), c.review_due <= until, on_register)
    )
    if clinician_id is not None:
        return [planned.where(c.clinician_id == clinician_id)]
    people = select(Condition.patient_id).where(Condition.code.in_(codes)).distinct().subquery()
    has_plan = exists().where(c.patient_id == people.c.patient_id, c.review_due.is_not(None))
    unplanned = select(*figures(people.c.patient_id)).select_from(people).where(~has_plan)
    return [planned, unplanned]


def entries(
    conn: Connection,
    rows: Sequence[Any],
    chosen: tuple[Register, ...],
    day: dt.date,
    people: Any,
    plans: Any,
) -> list[PrevisitEntry]:
    """The list's entries for ``rows``: ``people`` and ``plans`` select (or list) their
    patient and plan ids, so that only their conditions, results, letters and goals are read
    (as plain rows, on the session's connection: no ORM objects are made)."""
    wanted_codes = {code for r in chosen for code in codes_of(r)}
    conditions: dict[int, set[str]] = {}
    for pid, code in conn.execute(
        select(Condition.patient_id, Condition.code).where(Condition.patient_id.in_(people))
    ):
        if code in wanted_codes:
            conditions.setdefault(pid, set()).add(CONDITION_BY_CODE[code].register)
    latest: dict[tuple[int, str], dt.date] = {}
    for pid, test, taken in conn.execute(
        select(Result.patient_id, Result.test, func.max(Result.taken_on))
        .where(Result.patient_id.in_(people))
        .group_by(Result.patient_id, Result.test)
    ):
        latest[(pid, test)] = taken
    letters = dict(
        conn.execute(
            select(PreparationLetter.patient_id, func.max(PreparationLetter.sent_on))
            .where(
                PreparationLetter.patient_id.in_(people),
                PreparationLetter.sent_on >= day - dt.timedelta(days=LETTER_DAYS),
            )
            .group_by(PreparationLetter.patient_id)
        )
        .tuples()
        .all()
    )
    g = m.Goal
    unreviewed = dict(
        conn.execute(
            select(g.consultation_id, func.count())
            .where(
                g.consultation_id.in_(plans),
                ~exists().where(m.GoalReview.goal_id == g.id),
            )
            .group_by(g.consultation_id)
        )
        .tuples()
        .all()
    )
    found = []
    for row in rows:
        pid = row[0]
        plan_id, due, staff, staff_name = row[5:9]
        keys = tuple(r.key for r in chosen if r.key in conditions.get(pid, set()))
        on_day = due if due is not None and due > day else day
        missing: list[str] = []
        for key in keys:
            reg = REGISTER_BY_KEY[key]
            for test in reg.tests:
                taken = latest.get((pid, test))
                stale = taken is None or taken < on_day - dt.timedelta(days=reg.interval_days)
                if stale and test not in missing:
                    missing.append(test)
        found.append(
            PrevisitEntry(
                *listed_person(row),
                due=due,
                clinician_id=staff,
                clinician_name=staff_name,
                registers=keys,
                missing_results=tuple(missing),
                letter_sent_on=letters.get(pid),
                goals_not_reviewed=int(unreviewed.get(plan_id, 0)) if plan_id else 0,
            )
        )
    return found
