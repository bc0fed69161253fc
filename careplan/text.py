"""Cleaning of text a person typed or pasted, before it is stored.

The person's words are never rewritten: cleaning only normalises Unicode to
NFC, turns Windows line ends into ``\\n``, drops invisible control
characters (which come from pasting and break printing and PostgreSQL),
neutralises bidirectional embedding, override and isolate controls, and trims
surrounding white space.

The bidi controls (U+202A–U+202E, U+2066–U+2069) are invisible, but they reorder
the characters around them on screen and on paper: a goal or a dose could read
differently from what is stored ("Trojan Source"). Removing them keeps every
visible character in its stored order; right-to-left scripts still display right
to left through the Unicode bidi algorithm, and the harmless marks (U+200E, U+200F,
U+061C) are kept.
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
# Bidirectional embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates
# (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def neutralise_bidi(value: str) -> str:
    """``value`` without bidi embedding, override and isolate controls."""
    return _BIDI.sub("", value)


# What must never reach a file made for other programs (a CSV cell, an iCalendar line):
# C0 and C1 controls, the line and paragraph separators, and the bidi controls.
_OUTPUT_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")


def for_output(value: str, *, keep_newlines: bool = False) -> str:
    """``value`` without control characters, for a CSV cell or an iCalendar text.

    Line breaks and tabs become spaces, or, with ``keep_newlines``, line breaks stay as
    ``\\n`` for the format to escape; every other control character is dropped. Stored
    text is already clean; this guards text from anywhere else (settings, old data).
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    if not keep_newlines:
        value = value.replace("\n", " ")
        return _OUTPUT_CONTROL.sub("", value)
    return "\n".join(_OUTPUT_CONTROL.sub("", line) for line in value.split("\n"))


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
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    value = _BIDI.sub("", _CONTROL.sub("", value))
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
