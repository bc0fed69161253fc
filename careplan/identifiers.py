"""NHS numbers: ten digits, the last a modulus 11 check digit."""

from __future__ import annotations

import re

from .errors import ValidationError
from .i18n import _

_SEPARATORS = re.compile(r"[\s\-]")


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or ``None`` if no valid number exists."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first_nine))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(digits: str) -> bool:
    if len(digits) != 10 or not digits.isdigit():
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def normalise_nhs_number(value: str | None, field: str = "nhs_number") -> str | None:
    """Accept ``943 476 5919`` or ``943-476-5919``; return the ten digits or ``None``."""
    if value is None or not value.strip():
        return None
    digits = _SEPARATORS.sub("", value.strip())
    if not digits.isdigit() or len(digits) != 10:
        raise ValidationError(field, _("An NHS number has 10 digits, for example 943 476 5919."))
    if not is_valid_nhs_number(digits):
        raise ValidationError(
            field,
            _(
                "This NHS number is not valid: its last digit does not match. "
                "Please check each digit."
            ),
        )
    return digits


def format_nhs_number(digits: str | None) -> str:
    if not digits:
        return ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
