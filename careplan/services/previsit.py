"""Pre-visit planning: who is coming up for a care-planning conversation, and what is missing.

*Coming up* are people on a register whose current plan is due for review by the end of
the window, and people on a register with no agreed plan yet (due now). For each:

- *results*: a key result of their registers never taken, or older than the register's
  interval on the day they are due;
- *letter*: no preparation (results) letter sent in the last ``LETTER_DAYS`` days;
- *review*: goals of their current plan with no progress recorded at a review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, exists, func, insert, or_, select

from .. import models as m
from ..changes import Change, Subject
from ..clinical_codes import CONDITION_BY_CODE, REGISTER_BY_KEY, REGISTERS, Register, codes_of
from ..errors import ValidationError
from ..i18n import _
from ..models.registers import Condition, PreparationLetter, Result
from ..permissions import Permission
from ..register_records import PrevisitEntry
from .base import Service

LETTER_DAYS = 90
MAX_WITHIN_DAYS = 366


def candidates_query(
    registers: tuple[Register, ...], until: dt.date, clinician_id: int | None
) -> Any:
    codes = [code for r in registers for code in codes_of(r)]
    on_register = select(Condition.patient_id).where(Condition.code.in_(codes)).distinct()
    c = m.Consultation
    query = (
        select(
            m.Patient.id,
            m.Patient.nhs_number,
            m.Patient.given_name,
            m.Patient.family_name,
            m.Patient.date_of_birth,
            c.id,
            c.review_due,
            c.clinician_id,
            m.StaffMember.full_name,
        )
        .select_from(m.Patient)
        .outerjoin(c, and_(c.patient_id == m.Patient.id, c.review_due.is_not(None)))
        .outerjoin(m.StaffMember, m.StaffMember.id == c.clinician_id)
        .where(m.Patient.id.in_(on_register), or_(c.review_due.is_(None), c.review_due <= until))
    )
    if clinician_id is not None:
        query = query.where(c.clinician_id == clinician_id)
    return query


class PrevisitService(Service):
    def coming_up(
        self,
        within_days: int = 28,
        register: Register | None = None,
        clinician_id: int | None = None,
        today: dt.date | None = None,
    ) -> list[PrevisitEntry]:
        self._require(Permission.VIEW_PATIENTS)
        if isinstance(within_days, bool) or not 0 <= within_days <= MAX_WITHIN_DAYS:
            raise ValidationError(
                "within_days",
                _("Look ahead from 0 to {n} days.").format(n=MAX_WITHIN_DAYS),
            )
        day = today or self._today()
        chosen = (register,) if register is not None else REGISTERS
        wanted_codes = {code for r in chosen for code in codes_of(r)}
        query = candidates_query(chosen, day + dt.timedelta(days=within_days), clinician_id)
        people = query.subquery("people")
        with self._read() as session:
            rows = session.execute(query).all()
            conditions: dict[int, set[str]] = {}
            for pid, code in session.execute(
                select(Condition.patient_id, Condition.code).where(
                    Condition.patient_id.in_(select(people.c.id))
                )
            ):
                if code in wanted_codes:
                    known = CONDITION_BY_CODE[code]
                    conditions.setdefault(pid, set()).add(known.register)
            latest: dict[tuple[int, str], dt.date] = {}
            for pid, test, taken in session.execute(
                select(Result.patient_id, Result.test, func.max(Result.taken_on))
                .where(Result.patient_id.in_(select(people.c.id)))
                .group_by(Result.patient_id, Result.test)
            ):
                latest[(pid, test)] = taken
            letters = dict(
                session.execute(
                    select(PreparationLetter.patient_id, func.max(PreparationLetter.sent_on))
                    .where(
                        PreparationLetter.patient_id.in_(select(people.c.id)),
                        PreparationLetter.sent_on >= day - dt.timedelta(days=LETTER_DAYS),
                    )
                    .group_by(PreparationLetter.patient_id)
                )
                .tuples()
                .all()
            )
            g = m.Goal
            unreviewed = dict(
                session.execute(
                    select(g.consultation_id, func.count())
                    .where(
                        g.consultation_id.in_(select(people.c[5]).where(people.c[5].is_not(None))),
                        ~exists().where(m.GoalReview.goal_id == g.id),
                    )
                    .group_by(g.consultation_id)
                )
                .tuples()
                .all()
            )
        entries = []
        for pid, nhs, given, family, born, plan_id, due, staff, staff_name in rows:
            keys = tuple(r.key for r in chosen if r.key in conditions.get(pid, set()))
            on_day = due if due is not None and due > day else day
            missing = []
            for key in keys:
                reg = REGISTER_BY_KEY[key]
                for test in reg.tests:
                    taken = latest.get((pid, test))
                    stale = taken is None or taken < on_day - dt.timedelta(days=reg.interval_days)
                    if stale and test not in missing:
                        missing.append(test)
            entries.append(
                PrevisitEntry(
                    patient_id=pid,
                    nhs_number=nhs,
                    full_name=f"{given} {family}",
                    date_of_birth=born,
                    due=due,
                    clinician_id=staff,
                    clinician_name=staff_name,
                    registers=keys,
                    missing_results=tuple(missing),
                    letter_sent_on=letters.get(pid),
                    goals_not_reviewed=int(unreviewed.get(plan_id, 0)) if plan_id else 0,
                )
            )
        entries.sort(key=lambda e: (e.due or day, e.full_name.casefold(), e.patient_id))
        return entries

    def mark_letters_sent(self, patient_ids: Iterable[int], sent_on: dt.date | None = None) -> int:
        """Record that each person's preparation letter was sent (printed) today."""
        ids = sorted(set(patient_ids))
        for pid in ids:
            self._require(Permission.PRINT_EXPORT, pid)
        day = sent_on or self._today()
        now = self._now()
        staff = self.context.actor.staff_id if self.context.actor else None
        if not ids:
            return 0
        with self._write() as session:
            session.execute(
                insert(PreparationLetter),
                [
                    {"patient_id": pid, "sent_on": day, "staff_id": staff, "created_at": now}
                    for pid in ids
                ],
            )
            for pid in ids:
                self._report(session, Change(Subject.PREPARATION_LETTER, None, pid))
        return len(ids)
