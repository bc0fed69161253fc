"""Cleaning of text a person typed or pasted, before it is stored.

The person's words are never rewritten: cleaning only normalises Unicode to
NFC, turns Windows line ends into ``\\n``, drops invisible control
characters (which come from pasting and break printing and PostgreSQL), and
trims surrounding white space.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError
from .i18n import _

NAME_MAX = 100
SHORT_MAX = 200
TEXT_MAX = 10_000

# C0 and C1 control characters except tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def clean(
    value: str | None,
    field: str,
    *,
    max_length: int = TEXT_MAX,
    required: bool = False,
    multiline: bool = True,
    label: str | None = None,
) -> str:
    """Return ``value`` ready to store, or raise :class:`ValidationError`."""
    label = label or field.replace("_", " ")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, _("The {label} must be text.").format(label=label))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            field,
            _("The {label} contains broken characters; please type it again.").format(label=label),
        ) from None
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    value = _CONTROL.sub("", value)
    value = unicodedata.normalize("NFC", value).strip()
    if required and not value:
        raise ValidationError(field, _("Please enter the {label}.").format(label=label))
    if len(value) > max_length:
        raise ValidationError(
            field,
            _("The {label} is too long: {count:,} characters, at most {limit:,}.").format(
                label=label, count=len(value), limit=max_length
            ),
        )
    return value


def clean_optional(value: str | None, field: str, **kwargs: object) -> str | None:
    """Like :func:`clean`, but an empty result is stored as ``None``."""
    cleaned = clean(value, field, **kwargs)  # type: ignore[arg-type]
    return cleaned or None


def name_key(*parts: str | None) -> str:
    """A matching key for names: case, accents, punctuation and spacing folded.

    ``"Zoë  O'Brien"`` and ``"zoe obrien"`` give the same key. Used only to
    find duplicate patients and to search, never shown.
    """
    text = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) and (ch.isalnum() or ch.isspace())
    )
    return _SPACES.sub(" ", kept.casefold()).strip()
