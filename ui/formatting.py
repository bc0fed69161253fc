"""How dates, ages, names and numbers are shown to people, in one place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from careplan.dates import age_on
from careplan.errors import CarePlanError
from careplan.identifiers import format_nhs_number
from careplan.records import PatientRecord
from ui.i18n import translator

_tr = translator("formatting")


def _locale() -> QLocale:
    locale = QLocale()
    # The "C" locale leaves out thousands separators; 10,000 reads better than 10000.
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def number(value: int) -> str:
    return _locale().toString(value)


def date(value: dt.date | None) -> str:
    """``21 Mar 1956``: the month in words, so day and month are never confused."""
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def age(born: dt.date, today: dt.date, *, short: bool = False) -> str:
    """Age in years; under two, in months (``8 months``, or ``8 mo`` where space is short)."""
    years = age_on(born, today)
    if years >= 2:
        return str(years)
    months = (today.year - born.year) * 12 + today.month - born.month
    if today.day < born.day:
        months -= 1
    months = max(months, 0)
    if short:
        return _tr("{count} mo").format(count=months)
    if months == 1:
        return _tr("1 month")
    return _tr("{count} months").format(count=months)


def nhs_number(digits: str | None) -> str:
    return format_nhs_number(digits)


def list_name(patient: PatientRecord) -> str:
    """``Smith, Margaret (Peggy)``: family name first, as lists are sorted."""
    name = _tr("{family}, {given}").format(family=patient.family_name, given=patient.given_name)
    if shows_preferred_name(patient):
        name = _tr("{name} ({preferred})").format(name=name, preferred=patient.preferred_name)
    return name


def shows_preferred_name(patient: PatientRecord) -> bool:
    """Whether the preferred name adds anything to the name shown."""
    preferred = (patient.preferred_name or "").strip()
    return bool(preferred) and preferred.casefold() != patient.given_name.strip().casefold()


def banner_name(patient: PatientRecord) -> str:
    """``Margaret Smith``: shown as the person wrote it, never upper-cased or reordered."""
    return _tr("{given} {family}").format(given=patient.given_name, family=patient.family_name)


def error_message(error: BaseException) -> str:
    """What to tell a person about ``error``.

    The core's own errors carry a message written for people. Anything else is
    a fault; its text may hold data, so only its kind is shown.
    """
    if isinstance(error, CarePlanError):
        return error.message
    return _tr("Something went wrong ({kind}). Nothing you saved before has been lost.").format(
        kind=type(error).__name__
    )
