"""The review worklist: people whose current plan is due or overdue for review."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import Integer, Select, and_, bindparam, case, func, or_, select, tuple_
from sqlalchemy.orm import aliased

from .. import models as m
from ..errors import ValidationError
from ..i18n import _
from ..permissions import Permission
from ..records import WorklistEntry, WorklistFilter, WorklistKey, WorklistPage
from .base import Service
from .convert import listed_person
from .driver_reads import DriverRead

MAX_WINDOW_DAYS = 3660

# Made once: an alias or subquery made afresh for every page costs more than the page's
# own query (SQLAlchemy copies each aliased column), and they never change.
_CLINICIAN = aliased(m.StaffMember, name="clinician")
_REVIEWER = aliased(m.StaffMember, name="reviewer")
_LAST_REVIEW = (
    select(m.Review.id)
    .where(m.Review.consultation_id == m.Consultation.id)
    .order_by(m.Review.reviewed_on.desc(), m.Review.id.desc())
    .limit(1)
    .correlate(m.Consultation)
    .scalar_subquery()
)


_ORDER = (m.Consultation.review_due, m.Patient.family_key, m.Patient.id)
_TODAY = bindparam("today", type_=m.Consultation.review_due.type)
_UNTIL = bindparam("until", type_=m.Consultation.review_due.type)
_STAFF = bindparam("staff_id", type_=m.Consultation.clinician_id.type)
_AFTER = tuple_(
    bindparam("after_due", type_=m.Consultation.review_due.type),
    bindparam("after_key", type_=m.Patient.family_key.type),
    bindparam("after_id", type_=m.Patient.id.type),
)


# What every row of the worklist starts with: the person, the plan and its clinician
# (the last review and, for a page, the family name key follow).
_PLAN_COLUMNS = (
    m.Patient.id,
    m.Patient.nhs_number,
    m.Patient.given_name,
    m.Patient.family_name,
    m.Patient.date_of_birth,
    m.Patient.phone,
    m.Consultation.id,
    m.Consultation.revision,
    m.Consultation.review_due,
    m.Consultation.clinician_id,
    _CLINICIAN.full_name,
)


@functools.cache
def _shaped(status: str, windowed: bool, staffed: bool, paged: bool, after: bool) -> Select[Any]:
    """The worklist's query for one shape of filter, its values left as parameters
    (``today``, ``until``, ``staff_id``; a page adds ``after_*`` and ``limit``).

    Made once per shape and kept: SQLAlchemy then finds its compiled form without
    walking a new statement every page, which cost more than the page's own query.
    """
    clinician, reviewer, last_review = _CLINICIAN, _REVIEWER, _LAST_REVIEW
    query = (
        select(
            *_PLAN_COLUMNS,
            m.Review.reviewed_on,
            reviewer.full_name,
        )
        .select_from(m.Consultation)
        .join(m.Patient, m.Patient.id == m.Consultation.patient_id)
        .outerjoin(clinician, clinician.id == m.Consultation.clinician_id)
        .outerjoin(m.Review, m.Review.id == last_review)
        .outerjoin(reviewer, reviewer.id == m.Review.reviewer_id)
        .where(m.Consultation.review_due.is_not(None))
        .order_by(*_ORDER)
    )
    query = _filtered(query, status, windowed)
    if staffed:
        query = query.where(
            or_(
                m.Consultation.clinician_id == _STAFF,
                and_(m.Review.id.is_not(None), m.Review.reviewer_id == _STAFF),
            )
        )
    if after:
        query = query.where(tuple_(*_ORDER) > _AFTER)
    if paged:
        query = query.add_columns(m.Patient.family_key).limit(bindparam("limit", type_=Integer))
    return query


def _filtered(query: Select[Any], status: str, windowed: bool) -> Select[Any]:
    if status == "overdue":
        query = query.where(m.Consultation.review_due < _TODAY)
    elif status == "due":
        query = query.where(m.Consultation.review_due >= _TODAY)
    if windowed:
        query = query.where(m.Consultation.review_due <= _UNTIL)
    return query


@functools.cache
def _chosen_first(status: str, windowed: bool, after: bool) -> Select[Any]:
    """A page without a staff filter, as PostgreSQL reads it best: the page's plans chosen
    first along the review-due index (due date, family name key, patient id; ``limit``),
    then only their clinician and last review (its date and reviewer) read. Read in one,
    PostgreSQL works out the last review of every plan due in the window before it sorts
    them. Same rows, same order and same columns as :func:`_shaped`'s page."""
    chosen = (
        select(
            m.Consultation.id.label("plan_id"),
            m.Consultation.review_due.label("due"),
            m.Patient.family_key.label("family_key"),
            m.Patient.id.label("patient_id"),
        )
        .select_from(m.Consultation)
        .join(m.Patient, m.Patient.id == m.Consultation.patient_id)
        .where(m.Consultation.review_due.is_not(None))
        .order_by(*_ORDER)
        .limit(bindparam("limit", type_=Integer))
    )
    chosen = _filtered(chosen, status, windowed)
    if after:
        chosen = chosen.where(tuple_(*_ORDER) > _AFTER)
    page = chosen.subquery("page")
    clinician, reviewer = _CLINICIAN, _REVIEWER

    def last_review(column: Any) -> Any:
        return (
            select(column)
            .select_from(m.Review)
            .outerjoin(reviewer, reviewer.id == m.Review.reviewer_id)
            .where(m.Review.consultation_id == m.Consultation.id)
            .order_by(m.Review.reviewed_on.desc(), m.Review.id.desc())
            .limit(1)
            .correlate(m.Consultation)
            .scalar_subquery()
        )

    return (
        select(
            *_PLAN_COLUMNS,
            last_review(m.Review.reviewed_on),
            last_review(reviewer.full_name),
            m.Patient.family_key,
        )
        .select_from(page)
        .join(m.Consultation, m.Consultation.id == page.c.plan_id)
        .join(m.Patient, m.Patient.id == page.c.patient_id)
        .outerjoin(clinician, clinician.id == m.Consultation.clinician_id)
        .order_by(page.c.due, page.c.family_key, page.c.patient_id)
    )


@functools.cache
def _page_read(query: Select[Any]) -> DriverRead:
    return DriverRead(query)


def _shape(criteria: WorklistFilter, *, paged: bool, after: bool = False) -> Select[Any]:
    windowed = criteria.due_within_days is not None
    return _shaped(criteria.status, windowed, criteria.staff_id is not None, paged, after)


def _values(criteria: WorklistFilter, today: dt.date) -> dict[str, Any]:
    days = criteria.due_within_days
    return {
        "today": today,
        "until": today + dt.timedelta(days=days) if days is not None else None,
        "staff_id": criteria.staff_id,
    }


def worklist_query(criteria: WorklistFilter, today: dt.date) -> Select[Any]:
    """One query: the current plans due by the window's end, most overdue first."""
    return _shape(criteria, paged=False).params(_values(criteria, today))


def counts_query(criteria: WorklistFilter, today: dt.date) -> Select[tuple[int, int]]:
    """How many people the worklist holds and how many are overdue, as one aggregate.

    Without a staff filter only ``consultation``'s review_due index is read; with one,
    the last review (and who did it) is needed, as in the list itself.
    """
    overdue = func.count(case((m.Consultation.review_due < today, 1)))
    if criteria.staff_id is not None:
        full = worklist_query(criteria, today).order_by(None)
        return full.with_only_columns(func.count(), overdue, maintain_column_froms=True)
    query = select(func.count(), overdue).where(m.Consultation.review_due.is_not(None))
    if criteria.status == "overdue":
        query = query.where(m.Consultation.review_due < today)
    elif criteria.status == "due":
        query = query.where(m.Consultation.review_due >= today)
    if criteria.due_within_days is not None:
        until = today + dt.timedelta(days=criteria.due_within_days)
        query = query.where(m.Consultation.review_due <= until)
    return query


class WorklistService(Service):
    def worklist(
        self, criteria: WorklistFilter | None = None, today: dt.date | None = None
    ) -> list[WorklistEntry]:
        """The whole worklist (for export and the command line; windows take pages)."""
        criteria, today = self._checked(criteria, today)
        with self._read() as session:
            rows = session.execute(worklist_query(criteria, today)).all()
        return [_entry(r, today) for r in rows]

    def page(
        self,
        criteria: WorklistFilter | None = None,
        today: dt.date | None = None,
        *,
        limit: int = 100,
        after: WorklistKey | None = None,
        counted: WorklistPage | None = None,
        count: bool = True,
    ) -> WorklistPage:
        """``limit`` rows of the worklist in its order, continuing ``after`` a row's key.

        The totals come from one aggregate query (:meth:`counts`); a further page
        passes the first page as ``counted`` so that they are not counted again, and
        ``count=False`` leaves them out (``total`` and ``overdue`` are then -1): a
        window shows its first rows first and asks for the counts after.
        """
        criteria, today = self._checked(criteria, today)
        if criteria.staff_id is None and self._dialect() == "postgresql":
            windowed = criteria.due_within_days is not None
            shape = _chosen_first(criteria.status, windowed, after is not None)
        else:
            shape = _shape(criteria, paged=True, after=after is not None)
        read = _page_read(shape)
        values = _values(criteria, today)
        values["limit"] = limit
        if after is not None:
            values["after_due"], values["after_key"], values["after_id"] = after
        rows = read.rows(self.context.session_factory, values)
        if counted is not None:
            total, overdue = counted.total, counted.overdue
        elif count:
            with self._read() as session:
                total, overdue = session.execute(counts_query(criteria, today)).one()
        else:
            total, overdue = -1, -1
        entries = tuple(_entry(r, today) for r in rows)
        last = rows[-1] if rows and len(rows) == limit else None
        return WorklistPage(
            entries,
            int(total),
            int(overdue),
            None if last is None else (last[8], last[13], last[0]),
        )

    def _dialect(self) -> str:
        bind = self.context.session_factory.kw.get("bind")
        return str(bind.dialect.name) if bind is not None else ""

    def counts(
        self, criteria: WorklistFilter | None = None, today: dt.date | None = None
    ) -> tuple[int, int]:
        """How many people the worklist holds, and how many of them are overdue."""
        criteria, today = self._checked(criteria, today)
        with self._read() as session:
            total, overdue = session.execute(counts_query(criteria, today)).one()
        return int(total), int(overdue)

    def _checked(
        self, criteria: WorklistFilter | None, today: dt.date | None
    ) -> tuple[WorklistFilter, dt.date]:
        self._require(Permission.VIEW_PATIENTS)
        criteria = criteria or WorklistFilter()
        if criteria.status not in ("all", "overdue", "due"):
            raise ValidationError("status", _("Show all, overdue or due reviews."))
        days = criteria.due_within_days
        if days is not None and (isinstance(days, bool) or not 0 <= days <= MAX_WINDOW_DAYS):
            raise ValidationError(
                "due_within_days",
                _("The window is a number of days from 0 to {limit}.").format(
                    limit=MAX_WINDOW_DAYS
                ),
            )
        return criteria, today or self._today()

    def count_current_plans(self) -> int:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(m.Consultation)
                    .where(m.Consultation.review_due.is_not(None))
                )
                or 0
            )


def _entry(r: Any, today: dt.date) -> WorklistEntry:
    return WorklistEntry(
        *listed_person(r),
        phone=r[5],
        consultation_id=r[6],
        plan_version=r[7],
        due=r[8],
        days_overdue=(today - r[8]).days,
        clinician_id=r[9],
        clinician_name=r[10],
        last_reviewed_on=r[11],
        last_reviewer_name=r[12],
    )
