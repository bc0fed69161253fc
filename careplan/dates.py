"""Dates and times: calendar dates from people, UTC timestamps for records."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from .errors import ValidationError
from .i18n import _

Clock = Callable[[], dt.datetime]

EARLIEST_BIRTH = dt.date(1900, 1, 1)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_date(
    value: str | dt.date | None,
    field: str,
    *,
    label: str | None = None,
    prefer_past: bool = False,
) -> dt.date | None:
    """A date given as text the way people write it, or a ``date``; empty gives ``None``.

    Reads every form :func:`read_date` reads (``12/11/2026``, ``12 Nov 2026``, ISO), forms
    relative to today (``+3m``) counted from today's date in UTC.
    """
    label = label or field.replace("_", " ")
    given = date_or_text(value)
    if not isinstance(given, str):
        return given
    return read_date(given, utcnow().date(), prefer_past=prefer_past, field=field, label=label)


def date_or_text(value: object) -> dt.date | str | None:
    """A date given as a ``date`` (a ``datetime`` gives its day), else the text to read,
    stripped; ``None`` and blank text give ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    return text or None


# ----- dates as people type them -------------------------------------------------------------

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower() for name in WEEKDAY_NAMES} | {n[:3].lower() for n in WEEKDAY_NAMES}

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAMED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{2}|\d{4}))?$")
_NAMED_MONTH_FIRST = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
_RELATIVE = re.compile(r"^([+-])\s*(\d{1,3})\s*([dwmy])$")
_IN_WORDS = re.compile(
    r"^in\s+(a|an|one|two|three|four|five|six|\d{1,3})\s+(day|week|month|year)s?$"
)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNITS = {"day": "d", "week": "w", "month": "m", "year": "y"}


class _Unreadable(Exception):
    """The text is not in any form a date is written in."""


def examples() -> str:
    """What a date can look like, for messages and placeholders."""
    return _("for example 12/11/2026, 12 Nov 2026, 2026-11-12, +3m or in 6 weeks")


def read_date(
    text: str,
    today: dt.date,
    *,
    prefer_past: bool = False,
    field: str = "date",
    label: str | None = None,
) -> dt.date | None:
    """A date typed the way people write it in the UK; empty text gives ``None``.

    ``12/11/2026`` and ``12/11/26`` are day/month/year; ``12 Nov 2026``, ``12 November``
    and the long form this module writes (``Thursday 12 November 2026``) are read too,
    as are ISO dates and dates from today: ``today``, ``tomorrow``, ``+10d``, ``+2w``,
    ``+3m``, ``+1y``, ``-1w``, ``in 6 weeks``, ``in a month``. A two-digit year is the
    nearest such year ahead of today, or behind it when ``prefer_past`` (birth dates).
    Raises :class:`ValidationError` whose message says what went wrong and shows forms
    that work.
    """
    label = label or field.replace("_", " ")
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    relative = _read_relative(cleaned, today)
    if relative is not None:
        return relative
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    try:
        return _read_absolute(text, today, prefer_past=prefer_past, field=field, label=label)
    except _Unreadable:
        raise ValidationError(
            field,
            _("The {label} '{value}' is not a real date; {examples}.").format(
                value=text.strip()[:40], label=label, examples=examples()
            ),
        ) from None


def _read_relative(text: str, today: dt.date) -> dt.date | None:
    words = {"today": 0, "tomorrow": 1, "yesterday": -1}
    if text in words:
        return today + dt.timedelta(days=words[text])
    match = _RELATIVE.match(text)
    if match:
        sign, amount, unit = match.groups()
        count = int(amount) * (1 if sign == "+" else -1)
    else:
        match = _IN_WORDS.match(text)
        if not match:
            return None
        number, unit_word = match.groups()
        count = _WORD_NUMBERS.get(number) or int(number)
        unit = _UNITS[unit_word]
    if unit == "d":
        return today + dt.timedelta(days=count)
    if unit == "w":
        return today + dt.timedelta(weeks=count)
    return add_months(today, count * (12 if unit == "y" else 1))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _read_absolute(
    text: str, today: dt.date, *, prefer_past: bool, field: str, label: str
) -> dt.date:
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    words = cleaned.split(" ")
    if len(words) > 1 and words[0].rstrip(".") in _WEEKDAYS:
        cleaned = " ".join(words[1:])  # "Thursday 12 November 2026": the weekday is a check
    year_text: str | None
    match = _NUMERIC.match(cleaned)
    iso = _ISO.match(cleaned)
    if match:
        day_text, month_text, year_text = match.groups()
        month = int(month_text)
    elif iso:
        year_text, month_text, day_text = iso.groups()
        month = int(month_text)
    else:
        named = _NAMED.match(cleaned)
        month_first = _NAMED_MONTH_FIRST.match(cleaned) if named is None else None
        if named is not None:
            day_text, month_word, year_text = named.groups()
        elif month_first is not None:
            month_word, day_text, year_text = month_first.groups()
        else:
            raise _Unreadable
        if month_word not in _MONTHS:
            raise _Unreadable
        month = _MONTHS[month_word]
    day = int(day_text)
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = _century(int(year_text), today, prefer_past)
    else:
        year = int(year_text)
    shown = text.strip()[:40]
    if not 1 <= month <= 12:
        raise ValidationError(
            field,
            _(
                "The {label} '{value}' is not a real date: there is no month {month}. Dates "
                "are day/month/year, for example 12/11/2026 for 12 November 2026."
            ).format(label=label, value=shown, month=month),
        )
    if not 1 <= year <= 9999:
        raise _Unreadable
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            field,
            _(
                "The {label} '{value}' is not a real date: {month} {year} has {days} days. "
                "For example: {example}."
            ).format(
                label=label,
                value=shown,
                month=month_name(month),
                year=year,
                days=last,
                example=f"{last}/{month}/{year}",
            ),
        )
    return dt.date(year, month, day)


def _century(two_digits: int, today: dt.date, prefer_past: bool) -> int:
    century = today.year - today.year % 100
    candidates = [century - 100 + two_digits, century + two_digits, century + 100 + two_digits]
    if prefer_past:
        return max(y for y in candidates if y <= today.year)
    # Dates ahead (a review): this century unless that is more than 20 years back.
    return min(y for y in candidates if y >= today.year - 20)


def long_form(day: dt.date) -> str:
    """The UK long form: ``Thursday 12 November 2026``."""
    weekdays = (
        _("Monday"),
        _("Tuesday"),
        _("Wednesday"),
        _("Thursday"),
        _("Friday"),
        _("Saturday"),
        _("Sunday"),
    )
    return _("{weekday} {day} {month} {year}").format(
        weekday=weekdays[day.weekday()], day=day.day, month=month_name(day.month), year=day.year
    )


def month_name(month: int) -> str:
    """The month's name in the person's language (``month`` 1 to 12)."""
    names = (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May"),
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )
    return names[month - 1]


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
