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

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..changes import Change, Subject
from ..clinical_codes import REGISTERS, Register
from ..errors import ValidationError
from ..i18n import _
from ..models.registers import PreparationLetter
from ..permissions import Permission
from ..register_records import PrevisitEntry, PrevisitPage
from .base import Service
from .previsit_queries import (
    LETTER_DAYS,
    PrevisitKey,
    candidates_query,
    entries,
    merged,
    ordered,
    page_queries,
    part_counts,
    sort_key,
)

__all__ = ["LETTER_DAYS", "MAX_WITHIN_DAYS", "PrevisitService", "candidates_query"]

MAX_WITHIN_DAYS = 366


class PrevisitService(Service):
    def coming_up(
        self,
        within_days: int = 28,
        register: Register | None = None,
        clinician_id: int | None = None,
        today: dt.date | None = None,
    ) -> list[PrevisitEntry]:
        """The whole list in its order (the command line, printing every letter); a window
        takes it a page at a time (:meth:`page`)."""
        chosen, day, query = self._query(within_days, register, clinician_id, today)
        people = query.subquery("people")
        with self._read() as session:
            dialect = session.get_bind().dialect.name
            conn = session.connection()
            rows = conn.execute(ordered(query, day, dialect)).all()
            plans = select(people.c[5]).where(people.c[5].is_not(None))
            return entries(conn, rows, chosen, day, select(people.c.id), plans)

    def page(
        self,
        within_days: int = 28,
        register: Register | None = None,
        clinician_id: int | None = None,
        today: dt.date | None = None,
        *,
        after: PrevisitKey | None = None,
        limit: int = 100,
        count: bool = True,
    ) -> PrevisitPage:
        """``limit`` people of the list after the row ``after`` (the previous page's
        ``next_after``), in the same order as
        :meth:`coming_up`, with what is missing worked out for them only. ``count=False``
        leaves the totals out (-1): a window shows its first rows first and asks for
        :meth:`counts` after."""
        if isinstance(limit, bool) or limit < 1:
            raise ValidationError("limit", _("A page holds at least one row."))
        chosen, day, until = self._window(within_days, register, today)
        with self._read() as session:
            dialect = session.get_bind().dialect.name
            queries = page_queries(chosen, day, until, clinician_id, after, limit + 1, dialect)
            rows = merged([session.execute(q).all() for q in queries], day, limit + 1)
            more, rows = len(rows) > limit, rows[:limit]
            ids = [r[0] for r in rows]
            plans = [r[5] for r in rows if r[5] is not None]
            found = entries(session.connection(), rows, chosen, day, ids, plans)
            total, without_letter = (
                _summed(session, chosen, day, until, clinician_id) if count else (-1, -1)
            )
        return PrevisitPage(
            tuple(found),
            int(total),
            int(without_letter),
            sort_key(rows[-1], day) if more else None,
        )

    def counts(
        self,
        within_days: int = 28,
        register: Register | None = None,
        clinician_id: int | None = None,
        today: dt.date | None = None,
    ) -> tuple[int, int]:
        """How many people are coming up, and how many have had no letter lately (one
        aggregate query)."""
        chosen, day, until = self._window(within_days, register, today)
        with self._read() as session:
            return _summed(session, chosen, day, until, clinician_id)

    def _query(
        self,
        within_days: int,
        register: Register | None,
        clinician_id: int | None,
        today: dt.date | None,
    ) -> tuple[tuple[Register, ...], dt.date, Any]:
        chosen, day, until = self._window(within_days, register, today)
        return chosen, day, candidates_query(chosen, until, clinician_id)

    def _window(
        self, within_days: int, register: Register | None, today: dt.date | None
    ) -> tuple[tuple[Register, ...], dt.date, dt.date]:
        self._require(Permission.VIEW_PATIENTS)
        if isinstance(within_days, bool) or not 0 <= within_days <= MAX_WITHIN_DAYS:
            raise ValidationError(
                "within_days",
                _("Look ahead from 0 to {n} days.").format(n=MAX_WITHIN_DAYS),
            )
        day = today or self._today()
        chosen = (register,) if register is not None else REGISTERS
        return chosen, day, day + dt.timedelta(days=within_days)

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


def _summed(
    session: Session,
    chosen: tuple[Register, ...],
    day: dt.date,
    until: dt.date,
    clinician_id: int | None,
) -> tuple[int, int]:
    total = without_letter = 0
    for query in part_counts(chosen, day, until, clinician_id):
        people, no_letter = session.execute(query).one()
        total, without_letter = total + int(people), without_letter + int(no_letter)
    return total, without_letter
