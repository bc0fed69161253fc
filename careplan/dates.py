"""Dates and times: calendar dates from people, UTC timestamps for records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .errors import ValidationError
from .i18n import _

Clock = Callable[[], dt.datetime]

EARLIEST_BIRTH = dt.date(1900, 1, 1)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_date(
    value: str | dt.date | None, field: str, *, label: str | None = None
) -> dt.date | None:
    """A date given as ``YYYY-MM-DD`` text or a ``date``; empty gives ``None``."""
    label = label or field.replace("_", " ")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            field,
            _(
                "The {label} '{value}' is not a real date; use year-month-day, "
                "for example 1956-03-21."
            ).format(label=label, value=text[:40]),
        ) from None


# A plan is looked at again within this many years; a date beyond is a slip of the keyboard
# (9999-12-31), and a plan with no real review would drop off every worklist.
MAX_REVIEW_YEARS = 5


def check_review_date(
    value: dt.date | None, start: dt.date, field: str = "review_date"
) -> dt.date | None:
    """A review date no later than :data:`MAX_REVIEW_YEARS` after ``start``."""
    if value is None:
        return None
    try:
        latest = start.replace(year=start.year + MAX_REVIEW_YEARS)
    except ValueError:  # 29 February
        latest = start.replace(year=start.year + MAX_REVIEW_YEARS, day=28)
    if value > latest:
        raise ValidationError(
            field,
            _(
                "A review date more than {years} years ahead ({date}) cannot be right; "
                "choose a date by {latest}."
            ).format(years=MAX_REVIEW_YEARS, date=value.isoformat(), latest=latest.isoformat()),
        )
    return value


def check_birth_date(
    value: dt.date | None, today: dt.date, field: str = "date_of_birth"
) -> dt.date:
    if value is None:
        raise ValidationError(field, _("Please enter the date of birth."))
    if value > today:
        raise ValidationError(field, _("The date of birth cannot be in the future."))
    if value < EARLIEST_BIRTH:
        raise ValidationError(field, _("The date of birth is before 1900; please check the year."))
    return value


def age_on(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
