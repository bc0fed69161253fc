"""A JSON object at a place in an import file, with accessors that check FHIR R4 types.

A wrong JSON type, a code outside a required R4 binding or an impossible date means the file
is not FHIR R4: such a problem refuses the file with a :class:`BundleError` that names the
place (``entry[3].resource(Goal).lifecycleStatus``), never what the file says there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from ...i18n import _
from ..reading import BundleError

Json = dict[str, Any]
T = TypeVar("T")

ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")
TYPE_NAME = re.compile(r"[A-Za-z]{1,64}")
SAFE_CODE = re.compile(r"[A-Za-z0-9.\-]{1,40}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?"
    r"(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))"
)


def safe(value: str, pattern: re.Pattern[str] = SAFE_CODE) -> str:
    """``value`` if it is plainly a code or a type name, else a neutral placeholder."""
    return value if pattern.fullmatch(value) else "?"


class Node:
    """A JSON object at a place in the file, with checked accessors."""

    __slots__ = ("path", "value")

    def __init__(self, value: Json, path: str) -> None:
        self.value = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def fail(self, problem: str, key: str | None = None) -> BundleError:
        where = self.at(key) if key else self.path
        return BundleError(where, f"{where}: {problem}")

    def has(self, key: str) -> bool:
        return key in self.value

    def _typed(
        self, key: str, kinds: tuple[type[T], ...], problem: str, required: bool = False
    ) -> T | None:
        """The element's JSON value, refused with ``problem`` unless it is one of ``kinds``
        (JSON's true and false are never numbers, though Python's bool is an int);
        ``None`` when it is absent (and not ``required``)."""
        value = self.value.get(key)
        if value is None:
            if required:
                raise self.fail(_("is missing."), key)
            return None
        if isinstance(value, bool) is not (bool in kinds) or not isinstance(value, kinds):
            raise self.fail(problem, key)
        return value

    def string(self, key: str, *, required: bool = False) -> str | None:
        value = self._typed(key, (str,), _("must be text."), required)
        if value is not None and not value.strip():
            raise self.fail(_("is empty; FHIR does not allow empty text."), key)
        return value

    def code(self, key: str, allowed: frozenset[str], *, required: bool = False) -> str | None:
        value = self.string(key, required=required)
        if value is not None and value not in allowed:
            raise self.fail(
                _("'{code}' is not a code FHIR R4 allows here.").format(code=safe(value)), key
            )
        return value

    def boolean(self, key: str) -> bool | None:
        return self._typed(key, (bool,), _("must be true or false."))

    def integer(self, key: str) -> int | None:
        return self._typed(key, (int,), _("must be a whole number."))

    def number(self, key: str) -> int | float | None:
        return self._typed(key, (int, float), _("must be a number."))

    def node(self, key: str, *, required: bool = False) -> Node | None:
        value = self._typed(key, (dict,), _("must be a JSON object."), required)
        return None if value is None else Node(value, self.at(key))

    def _list(self, key: str) -> list[Any]:
        value = self._typed(key, (list,), _("must be a list."))
        if value is None:
            return []
        if not value:
            raise self.fail(_("is an empty list; FHIR leaves such elements out."), key)
        return value

    def nodes(self, key: str) -> list[Node]:
        out = []
        for i, item in enumerate(self._list(key)):
            if not isinstance(item, dict):
                raise self.fail(_("must be a JSON object."), f"{key}[{i}]")
            out.append(Node(item, f"{self.path}.{key}[{i}]"))
        return out

    def strings(self, key: str) -> list[str]:
        out = []
        for i, item in enumerate(self._list(key)):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(_("must be text."), f"{key}[{i}]")
            out.append(item)
        return out

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        """A full calendar date; a dateTime gives its date."""
        text = self.string(key, required=required)
        if text is None:
            return None
        match = _DATETIME.fullmatch(text) or _DATE.fullmatch(text)
        if match is None:
            raise self.fail(_("is not a FHIR date."), key)
        if match.group(2) is None or match.group(3) is None:
            raise self.fail(_("gives only a year or a month; a full date is needed."), key)
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise self.fail(_("is not a real date."), key) from None

    def partial_date(self, key: str) -> dt.date | None:
        """A date, or ``None`` when the file gives only a year or a month (valid R4)."""
        text = self.string(key)
        if text is None:
            return None
        match = _DATETIME.fullmatch(text) or _DATE.fullmatch(text)
        if match is not None and (match.group(2) is None or match.group(3) is None):
            return None
        return self.date(key)

    def datetime(self, key: str) -> dt.datetime | None:
        """A dateTime in UTC; a plain date counts as midnight UTC."""
        text = self.string(key)
        if text is None:
            return None
        if _DATETIME.fullmatch(text) is None:
            day = self.partial_date(key)
            if day is None:
                return None
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return value.astimezone(dt.UTC).replace(microsecond=0)
        except (ValueError, OverflowError):
            raise self.fail(_("is not a real date and time."), key) from None

    def extensions(self, key: str = "extension") -> list[Node]:
        found = self.nodes(key)
        for ext in found:
            ext.string("url", required=True)
        return found

    def extension(self, url: str) -> Node | None:
        for ext in self.extensions():
            if ext.value["url"] == url:
                return ext
        return None

    def no_modifiers(self) -> None:
        if "modifierExtension" in self.value:
            raise self.fail(
                _(
                    "has a modifier extension this app does not understand; it cannot safely "
                    "be imported."
                ),
                "modifierExtension",
            )


Coding = tuple[str | None, str | None, str | None]


def codings(concept: Node | None) -> list[Coding]:
    if concept is None:
        return []
    out = []
    for coding in concept.nodes("coding"):
        out.append((coding.string("system"), coding.string("code"), coding.string("display")))
    concept.string("text")
    return out


def has_code(concept: Node | None, system: str, code: str | Iterable[str]) -> bool:
    wanted = {code} if isinstance(code, str) else set(code)
    return any(s == system and k in wanted for s, k, _d in codings(concept))


def concept_words(concept: Node | None) -> str | None:
    """The words of a CodeableConcept: its text, else the first coding's display."""
    if concept is None:
        return None
    text = concept.string("text")
    if text:
        return text
    for _s, _k, display in codings(concept):
        if display:
            return display
    return None


def human_name(node: Node) -> str | None:
    for name in node.nodes("name"):
        text = name.string("text")
        if text:
            return text
        words = [*name.strings("prefix"), *name.strings("given")]
        family = name.string("family")
        if family:
            words.append(family)
        if words:
            return " ".join(words)
    return None


def first_telecom(node: Node, systems: frozenset[str], system: str | None = None) -> str | None:
    for point in node.nodes("telecom"):
        kind = point.code("system", systems)
        value = point.string("value")
        if value and (system is None or kind == system):
            return value
    return None


def key_of(reference: str) -> str:
    """``Type/id`` of a relative or absolute reference (a version suffix dropped)."""
    parts = [p for p in reference.split("/_history/")[0].split("/") if p]
    return "/".join(parts[-2:])
