"""The plain words printed documents use, in one place (all translatable)."""

from __future__ import annotations

import datetime as dt

from ..dates import long_form, month_name
from ..i18n import _


def long_date(day: dt.date) -> str:
    """``2 March 2026``: no numbers-only dates, which read differently in different countries."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def day_and_date(day: dt.date) -> str:
    """``Tuesday 2 June 2026``."""
    return long_form(day)


def printed_at(moment: dt.datetime, tz: dt.tzinfo | None = None) -> str:
    """``Printed 2 March 2026 at 09:30`` in local time (or ``tz``)."""
    if moment.tzinfo is None:
        raise ValueError("printed_at needs a timezone-aware time")
    local = moment.astimezone(tz)
    return _("Printed {date} at {time}").format(
        date=long_date(local.date()), time=local.strftime("%H:%M")
    )


def page_of(page: int, total: int) -> str:
    return _("Page {page} of {total}").format(page=page, total=total)


def out_of_ten(value: int) -> str:
    return _("{value} out of 10").format(value=value)


LEVELS = {
    "green": _("Green: you are doing well"),
    "amber": _("Amber: things are getting worse"),
    "red": _("Red: urgent, get help now"),
}

GOAL_STATUS_NOTES = {
    "achieved": _("(achieved)"),
    "revised": _("(changed)"),
    "stopped": _("(stopped)"),
}

WHO = {
    "carer": _("your carer"),
    "community": _("a community service"),
    "clinician": _("your doctor or nurse"),
    "practice": _("the practice"),
}
