"""The practice overview: how care planning is going over a period.

Definitions (each counted over plans agreed with a consultation date in the
period, by the clinician who agreed the plan):

- *people with a plan*: distinct people with an agreed plan;
- *people with an action plan*: of those, people with a goal that has an action;
- *reviews due*: review dates falling in the period (a plan's review date, or
  the next date a review set) whose on-time window has closed;
- *reviewed on time*: of those, a review of that plan recorded from
  ``EARLY_DAYS`` before to ``GRACE_DAYS`` after the date it was due;
- *average confidence*: the mean standing confidence (final rating, else the
  first) of the actions in those plans.

Each figure is read from ``plan_figures`` (one row per agreed plan, kept by the
database: see :mod:`careplan.migrations.plan_figures`) with a few set-based
queries: one for the plans per staff member, one for the people of the whole
practice (a person seen by two clinicians counts once), and one for the reviews
due, read from ``review_due_figures`` (each date a plan fell due, and how it went).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, case, func, or_, select, union_all
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..migrations.plan_figures import EARLY_DAYS as EARLY_DAYS
from ..migrations.plan_figures import GRACE_DAYS as GRACE_DAYS
from ..permissions import Permission
from ..records import OverviewRow, PracticeOverview
from .base import Service

MAX_PERIOD_DAYS = 3660


class OverviewService(Service):
    def overview(self, start: dt.date, end: dt.date) -> PracticeOverview:
        self._require(Permission.VIEW_OVERVIEW)
        if end < start:
            raise ValidationError("end", _("The period must end on or after its start."))
        if (end - start).days > MAX_PERIOD_DAYS:
            raise ValidationError("end", _("Choose a period of at most ten years."))
        today = self._today()
        with self._read() as session:
            registered = session.scalar(select(func.count()).select_from(m.Patient)) or 0
            names = dict(
                session.execute(select(m.StaffMember.id, m.StaffMember.full_name)).tuples().all()
            )
            plans = _plans(session, list(names), start, end)
            reviews = _reviews(
                session, list(names), start, min(end, today - dt.timedelta(days=GRACE_DAYS))
            )
        # Everything adds up over the clinicians; a person counts once for the practice
        # (in the group of their first plan in the period) however many clinicians they saw.
        overall = _row(
            None,
            None,
            _sum(plans.values(), _NO_PLANS),
            _sum(reviews.values(), _NO_REVIEWS),
            overall=True,
        )
        staff = [
            _row(k, names.get(k) if k is not None else None, plans.get(k), reviews.get(k))
            for k in set(plans) | set(reviews)
        ]
        staff.sort(key=lambda row: (row.staff_name is None, row.staff_name or ""))
        return PracticeOverview(start, end, registered, overall, tuple(staff))


_NO_PLANS = (0, 0, 0, 0, 0, 0, 0)
_NO_REVIEWS = (0, 0)


def _sum(rows: Iterable[tuple[int, ...]], empty: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sum(column) for column in zip(empty, *rows, strict=True))


def _row(
    staff_id: int | None,
    name: str | None,
    plans: tuple[int, ...] | None,
    reviews: tuple[int, ...] | None,
    *,
    overall: bool = False,
) -> OverviewRow:
    agreed, people, with_action, rated, rated_sum, practice_people, practice_with_action = (
        plans or _NO_PLANS
    )
    due, on_time = reviews or _NO_REVIEWS
    return OverviewRow(
        staff_id=staff_id,
        staff_name=name,
        plans_agreed=agreed,
        people_with_plan=practice_people if overall else people,
        people_with_action_plan=practice_with_action if overall else with_action,
        reviews_due=due,
        reviews_on_time=on_time,
        average_confidence=round(rated_sum / rated, 2) if rated else None,
    )


def _by_clinician(query: Select[Any], column: Any, staff: list[int]) -> CompoundSelect[Any]:
    """Each clinician's rows (and those of no clinician) as ranges of an index that starts
    with the clinician: read in the index's order, with no sort."""
    return union_all(
        query.where(column.in_(staff)).group_by(column),
        query.where(column.is_(None)).group_by(column),
    )


def _first(earlier: Any, start: dt.date, *also: Any) -> Any:
    """1 for a plan that is the person's first in the period (of its kind), else 0."""
    return func.sum(case((and_(*also, or_(earlier.is_(None), earlier < start)), 1), else_=0))


def _plans(
    session: Session, staff: list[int], start: dt.date, end: dt.date
) -> dict[int | None, tuple[int, ...]]:
    """Per clinician (``None``: plans with no clinician): plans agreed in the period, people
    (each once per clinician), people with an action, rated actions and the sum of their
    ratings, and the people counted once for the whole practice, without and with an action."""
    f = m.PlanFigures
    acted = f.actions > 0
    query = select(
        f.clinician_id,
        func.count(),
        _first(f.earlier_clinician_plan_on, start),
        _first(f.earlier_clinician_action_plan_on, start, acted),
        func.coalesce(func.sum(f.rated), 0),
        func.coalesce(func.sum(f.rated_sum), 0),
        _first(f.earlier_plan_on, start),
        _first(f.earlier_action_plan_on, start, acted),
    ).where(f.agreed_on >= start, f.agreed_on <= end)
    rows = session.execute(_by_clinician(query, f.clinician_id, staff))
    return {row[0]: tuple(int(v or 0) for v in row[1:]) for row in rows if row[1]}


def _reviews(
    session: Session, staff: list[int], start: dt.date, last: dt.date
) -> dict[int | None, tuple[int, int]]:
    """Review dates from ``start`` to ``last`` (whose on-time window has closed) that count,
    and how many were met on time, by the clinician of the plan reviewed.

    A date counts unless the person's next plan was agreed before its window opened
    (that plan replaced this one); it is met when a review of the plan was recorded in
    the window, or the next plan was agreed by the window's end (both kept per date in
    ``review_due_figures``).
    """
    d = m.ReviewDueFigures
    query = select(d.clinician_id, func.count(), func.coalesce(func.sum(d.on_time), 0)).where(
        d.due_on >= start, d.due_on <= last, d.counts == 1
    )
    rows = session.execute(_by_clinician(query, d.clinician_id, staff))
    return {row[0]: (int(row[1]), int(row[2])) for row in rows if row[1]}
