"""The practice overview worked out from the plans themselves, goal by goal and action by
action, as the overview service did before it read ``plan_figures``: what the faster
queries must agree with on every practice the tests make.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, and_, case, distinct, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from careplan import models as m
from careplan.records import OverviewRow
from careplan.services.overview import EARLY_DAYS, GRACE_DAYS


def reference_rows(
    session: Session, start: dt.date, end: dt.date, today: dt.date, *, by_staff: bool
) -> list[OverviewRow]:
    return _Reference()._rows(session, start, end, today, by_staff=by_staff)


class _Reference:
    def _rows(
        self, session: Session, start: dt.date, end: dt.date, today: dt.date, *, by_staff: bool
    ) -> list[OverviewRow]:
        c = m.Consultation
        in_period = and_(
            c.status == "agreed", c.consultation_date >= start, c.consultation_date <= end
        )
        key: Any = c.clinician_id if by_staff else literal(0)

        has_action = exists().where(m.Goal.consultation_id == c.id, m.Action.goal_id == m.Goal.id)
        plans = dict_rows(
            session,
            select(
                key.label("k"),
                func.count(c.id),
                func.count(distinct(c.patient_id)),
                func.count(distinct(case((has_action, c.patient_id)))),
            )
            .where(in_period)
            .group_by(key),
        )

        confidence = func.coalesce(m.Action.confidence_final, m.Action.confidence_first)
        ratings = dict_rows(
            session,
            select(key.label("k"), func.avg(confidence))
            .select_from(c)
            .join(m.Goal, m.Goal.consultation_id == c.id)
            .join(m.Action, m.Action.goal_id == m.Goal.id)
            .where(in_period, confidence.is_not(None))
            .group_by(key),
        )

        # Every date a plan fell due for review, whose on-time window has closed.
        last_counted = min(end, today - dt.timedelta(days=GRACE_DAYS))
        due = union_all(
            select(c.id.label("plan_id"), c.review_date.label("due_on")).where(
                c.status == "agreed", c.review_date.is_not(None)
            ),
            select(m.Review.consultation_id, m.Review.next_review_date).where(
                m.Review.next_review_date.is_not(None)
            ),
        ).subquery()
        plan = aliased(m.Consultation)
        reviewed = aliased(m.Review)
        newer = aliased(m.Consultation)
        if session.get_bind().dialect.name == "postgresql":
            window_start: Any = due.c.due_on - EARLY_DAYS
            window_end: Any = due.c.due_on + GRACE_DAYS
        else:
            window_start = func.date(due.c.due_on, f"-{EARLY_DAYS} days", type_=Date)
            window_end = func.date(due.c.due_on, f"+{GRACE_DAYS} days", type_=Date)

        def newer_plan(until: Any) -> Any:
            return exists().where(
                newer.patient_id == plan.patient_id,
                newer.status == "agreed",
                newer.id != plan.id,
                newer.consultation_date > plan.consultation_date,
                newer.consultation_date <= until,
            )

        # A newer plan made before the window opened replaced this one: nothing was due.
        superseded = newer_plan(
            func.date(window_start, "-1 days", type_=Date)
            if session.get_bind().dialect.name != "postgresql"
            else window_start - 1
        )
        reviewed_in_window = exists().where(
            reviewed.consultation_id == due.c.plan_id,
            reviewed.reviewed_on >= window_start,
            reviewed.reviewed_on <= window_end,
        )
        on_time = or_(reviewed_in_window, newer_plan(window_end))
        review_key: Any = plan.clinician_id if by_staff else literal(0)
        reviews = dict_rows(
            session,
            select(
                review_key.label("k"),
                func.count(),
                func.count(case((on_time, 1))),
            )
            .select_from(due)
            .join(plan, plan.id == due.c.plan_id)
            .where(due.c.due_on >= start, due.c.due_on <= last_counted, ~superseded)
            .group_by(review_key),
        )

        names: dict[Any, str | None] = {0: None}
        if by_staff:
            names = dict(
                session.execute(select(m.StaffMember.id, m.StaffMember.full_name)).tuples().all()
            )
        keys = set(plans) | set(reviews) if by_staff else {0}
        rows = []
        for k in keys:
            p = plans.get(k, (0, 0, 0))
            r = reviews.get(k, (0, 0))
            rating = ratings.get(k, (None,))[0]
            rows.append(
                OverviewRow(
                    staff_id=None if not by_staff else k,
                    staff_name=names.get(k) if by_staff and k is not None else None,
                    plans_agreed=int(p[0]),
                    people_with_plan=int(p[1]),
                    people_with_action_plan=int(p[2]),
                    reviews_due=int(r[0]),
                    reviews_on_time=int(r[1]),
                    average_confidence=None if rating is None else round(float(rating), 2),
                )
            )
        rows.sort(key=lambda row: (row.staff_name is None, row.staff_name or ""))
        return rows


def dict_rows(session: Session, query: Any) -> dict[Any, tuple[Any, ...]]:
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}
