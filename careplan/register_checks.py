"""Checking conditions and results before they are stored (one place for app, CSV and FHIR)."""

from __future__ import annotations

import datetime as dt
import math

from .clinical_codes import ConditionCode, TestCode, find_condition, find_test
from .dates import EARLIEST_BIRTH, date_or_text
from .errors import ValidationError
from .i18n import _
from .services.patient_search import as_date

SOURCE_MAX = 40
SOURCE_ID_MAX = 200


def parse_day(value: str | dt.date | None, field: str, label: str) -> dt.date | None:
    """A date written ISO (2026-03-02) or the British way (02/03/2026); empty is ``None``."""
    text = date_or_text(value)
    if not isinstance(text, str):
        return text
    day = as_date(text)
    if day is not None:
        return day
    raise ValidationError(
        field,
        _("The {label} '{value}' is not a real date; write it as 2026-03-21 or 21/03/2026.").format(
            label=label, value=text[:40]
        ),
    )


def check_past_date(day: dt.date, today: dt.date, field: str, label: str) -> dt.date:
    if day > today:
        raise ValidationError(
            field, _("The {label} {day} is in the future.").format(label=label, day=day.isoformat())
        )
    if day < EARLIEST_BIRTH:
        raise ValidationError(
            field,
            _("The {label} {day} is before 1900; please check the year.").format(
                label=label, day=day.isoformat()
            ),
        )
    return day


def condition(text: str, field: str = "condition") -> ConditionCode:
    found = find_condition(text)
    if found is None:
        raise ValidationError(
            field,
            _(
                "'{value}' is not a condition on the registers this app knows; give its "
                "SNOMED CT concept id or preferred term (see the README)."
            ).format(value=text.strip()[:60]),
        )
    return found


def test(text: str, field: str = "test") -> TestCode:
    found = find_test(text)
    if found is None:
        raise ValidationError(
            field, _("'{value}' is not a result this app knows.").format(value=text.strip()[:60])
        )
    return found


def result_value(spec: TestCode, raw: str | float, field: str) -> tuple[float | None, str | None]:
    """The value as (number, words): a number for measured tests, a word for the others."""
    if spec.choices:
        words = " ".join(str(raw).split()).casefold()
        for choice in spec.choices:
            if words in (choice, choice.replace(" risk", "")):
                return None, choice
        raise ValidationError(
            field,
            _("{name} is one of: {choices}; not '{value}'.").format(
                name=spec.name, choices=", ".join(spec.choices), value=str(raw)[:40]
            ),
        )
    if isinstance(raw, bool):
        raise ValidationError(field, _("{name} must be a number.").format(name=spec.name))
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        text = raw.strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(
                field,
                _("{name} must be a number, not '{value}'.").format(
                    name=spec.name, value=raw.strip()[:40]
                ),
            ) from None
    if not math.isfinite(number):
        raise ValidationError(field, _("{name} must be a number.").format(name=spec.name))
    if (spec.low is not None and number < spec.low) or (
        spec.high is not None and number > spec.high
    ):
        raise ValidationError(
            field,
            _(
                "{name} {value:g} {unit} is not possible; please check it ({low:g} to {high:g})."
            ).format(
                name=spec.name,
                value=number,
                unit=spec.unit,
                low=spec.low if spec.low is not None else 0,
                high=spec.high if spec.high is not None else 0,
            ),
        )
    if spec.integer and number != int(number):
        raise ValidationError(
            field,
            _("{name} is a whole number, not {value:g}.").format(name=spec.name, value=number),
        )
    return number, None


def source(text: str | None, field: str = "source") -> str:
    value = " ".join((text or "entered").split())
    if not value or len(value) > SOURCE_MAX:
        raise ValidationError(
            field, _("Name the source in at most {n} characters.").format(n=SOURCE_MAX)
        )
    return value


def source_id(text: str | None, field: str = "source_id") -> str | None:
    if text is None or not text.strip():
        return None
    value = text.strip()
    if len(value) > SOURCE_ID_MAX:
        raise ValidationError(field, _("The identifier in the source is too long."))
    return value
