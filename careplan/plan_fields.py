"""The fields of a plan part: what kind each is, its limits and vocabulary, and how
a value typed or pasted by a person is checked and turned into what is stored.

A :class:`Field` of a plan part is declared once in :mod:`careplan.part_specs`; the
core's add, update, remove and restore (``careplan/services/part_edits.py``) check
every value through :meth:`Field.convert`, so a field's rules live in one place. The
column that stores it is made from it (:mod:`careplan.models.columns`) and the record
that carries it gets it through :func:`declared`. The plan's own fields (its named
contact), a person's details and a staff member's are declared the same way where
they are stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, TypeVar

from .dates import parse_date
from .errors import ValidationError
from .i18n import _, marked
from .text import SHORT_MAX, TEXT_MAX, clean, clean_optional

T = TypeVar("T")

# A vocabulary's longest value fits in this many characters.
CHOICE_MAX = 20


class Kind(Enum):
    TEXT = "text"  # several lines of the person's words
    LINE = "line"  # one line (a name, a phone number, "twice a day")
    CHOICE = "choice"  # one value of a vocabulary (a StrEnum)
    RATING = "rating"  # a whole number from ``low`` to ``high``
    DATE = "date"  # a date typed the way people write it
    LINK = "link"  # another part of the same plan (its id)


# The longest value of a field whose declaration does not say (for LINE and CHOICE, the
# width of its column too).
LIMITS = {Kind.TEXT: TEXT_MAX, Kind.LINE: SHORT_MAX, Kind.CHOICE: CHOICE_MAX}

# The type a field's value has where it is stored and read, by its kind.
TYPES = {
    Kind.TEXT: "str",
    Kind.LINE: "str",
    Kind.CHOICE: "str",
    Kind.RATING: "int",
    Kind.DATE: "dt.date",
    Kind.LINK: "int",
}


@dataclass(frozen=True)
class Field:
    """One field of a plan part. ``label`` is marked with ``N_`` and translated when
    a message names it; without one, messages use the field's name."""

    name: str
    kind: Kind = Kind.TEXT
    label: str | None = None
    required: bool = False
    # None: the kind's own limit (``LIMITS``); see ``limit``.
    max_length: int | None = None
    vocabulary: type[StrEnum] | None = None
    low: int = 0
    high: int = 10
    # LINK: the part (key) it points at, inside the same plan.
    target: str | None = None
    # LINK: the refusal when it points elsewhere; DATE: the refusal of a future date
    # (a date that must not be after today).
    message: str | None = None
    # LINK: what the database does with the link when the part it points at goes.
    on_delete: str = "SET NULL"
    # Set by ``add`` and ``update``; fields that follow rules of their own (a goal's
    # lifecycle, the confidence ratings) are changed by their own operations.
    on_add: bool = True
    on_update: bool = True
    default: Any = None

    @property
    def limit(self) -> int:
        """The longest text it takes (TEXT, LINE and CHOICE)."""
        return self.max_length if self.max_length is not None else LIMITS[self.kind]

    @property
    def empty_allowed(self) -> bool:
        """Whether it may be stored empty: a CHOICE always holds one of its values."""
        return not self.required and self.kind is not Kind.CHOICE

    @property
    def annotation(self) -> str:
        """The type of its value, as records and models annotate it (``"str | None"``)."""
        return f"{TYPES[self.kind]} | None" if self.empty_allowed else TYPES[self.kind]

    def convert(self, value: Any, *, today: dt.date | None = None) -> Any:
        """``value`` as it is stored, or :class:`ValidationError` naming this field."""
        label = marked(self.label) if self.label else None
        if self.kind is Kind.TEXT or self.kind is Kind.LINE:
            options: dict[str, Any] = {
                "max_length": self.limit,
                "multiline": self.kind is Kind.TEXT,
                "label": label,
            }
            if self.required:
                return clean(value, self.name, required=True, **options)
            return clean_optional(value, self.name, **options)
        if self.kind is Kind.CHOICE:
            assert self.vocabulary is not None
            return choice(value, self.vocabulary, self.name, label or self.name)
        if self.kind is Kind.RATING:
            return rating(value, self.name, self.low, self.high, label or self.name)
        if self.kind is Kind.DATE:
            when = parse_date(value, self.name, label=label)
            if when is not None and self.message is not None and today and when > today:
                raise ValidationError(self.name, marked(self.message))
            return when
        # LINK: an id, checked against the plan where it is stored (see ``part_edits``).
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            assert self.message is not None
            raise ValidationError(self.name, marked(self.message))
        return value


def choice(value: Any, vocabulary: type[StrEnum], field: str, label: str) -> str:
    """``value`` if it is one of ``vocabulary``'s values, else a message listing them."""
    values = [v.value for v in vocabulary]
    if value not in values:
        raise ValidationError(
            field,
            _("Choose the {label}: {choices}.").format(label=label, choices=", ".join(values)),
        )
    return str(vocabulary(value).value)


def rating(value: Any, field: str, low: int, high: int, label: str) -> int | None:
    """A whole number from ``low`` to ``high`` (typed as text or given as a number)."""
    if value is None or value == "":
        return None
    message = _("The {label} is a whole number from {low} to {high}.").format(
        label=label, low=low, high=high
    )
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(field, message) from None
    if not low <= value <= high:
        raise ValidationError(field, message)
    return int(value)


def declared(spec: Iterable[Field]) -> Callable[[type[T]], type[T]]:
    """Give a record class (before ``@dataclass`` makes it one) every field of ``spec``
    it does not annotate itself, keyword-only (``None`` when it may be empty).

    A record annotates a declared field when code reads it by name, so the type
    checker knows it; every other declared field is carried all the same, read from
    the row by :func:`careplan.services.convert.from_row` like the rest.
    """

    def add(cls: type[T]) -> type[T]:
        annotations = inspect.get_annotations(cls)
        for f in spec:
            if f.name in annotations:
                continue
            annotations[f.name] = f.annotation
            if f.empty_allowed:
                setattr(cls, f.name, dataclasses.field(default=None, kw_only=True))
            else:
                setattr(cls, f.name, dataclasses.field(kw_only=True))
        cls.__annotations__ = annotations
        return cls

    return add
