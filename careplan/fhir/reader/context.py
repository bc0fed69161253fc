"""What the reader knows while it reads one file, shared by the readers of each resource."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ...errors import ValidationError
from ...i18n import _
from ...text import NAME_MAX, SHORT_MAX, clean
from ..document import ActionDoc, BarrierDoc, GoalDoc
from ..reading import BundleError
from .index import Entry, Index, label
from .node import Node, codings

# Codes and URIs from the file are kept as they are, short and cleaned like any text.
_CODE_MAX = 1_000


@dataclass(eq=False)
class Observation:
    entry: Entry
    kind: str
    goal: int | None = None
    effective: dt.date | None = None
    used: bool = False


@dataclass
class Activity:
    goal: int
    action: int


@dataclass(eq=False)
class GoalDraft:
    entry: Entry
    doc: GoalDoc
    actions: list[ActionDoc] = field(default_factory=list)
    barriers: list[BarrierDoc] = field(default_factory=list)
    ratings: list[tuple[int, str | None, int, str]] = field(default_factory=list)


class Reading:
    """One file being read: its index, its patient, and the plan's goals and observations."""

    def __init__(self, index: Index, patient: Entry) -> None:
        self.index = index
        self.patient = patient
        self.goal_entries: list[Entry] = []
        self.goal_at: dict[int, int] = {}
        self.observations: list[Observation] = []
        self.matters_at: dict[int, int] = {}

    @property
    def left(self) -> Any:
        return self.index.left

    def about_patient(self, entry: Entry, key: str = "subject", *, required: bool = True) -> bool:
        """Whether ``entry`` is about this file's patient; if not, it is left out whole."""
        ref = entry.node.node(key, required=required)
        if ref is None:
            return True
        reference = ref.string("reference")
        found = self.index.lookup(reference, entry) if reference else None
        return found is self.patient

    def of_patient(self, kind: str, wanted: Callable[[Node], bool]) -> Iterator[Entry]:
        """The resources of ``kind`` that are ``wanted`` and about this patient (or name no
        one), each checked for modifier elements before it is read."""
        for entry in self.index.of_type(kind):
            if wanted(entry.node) and self.about_patient(entry, required=False):
                entry.node.no_modifiers()
                yield entry

    # ----- cleaning: text from a file is cleaned exactly as if a person had typed it --------

    def clean_text(
        self,
        value: str | None,
        path: str,
        limit: int,
        *,
        required: bool = False,
        multiline: bool = True,
    ) -> str:
        try:
            return clean(
                value,
                path,
                max_length=limit,
                required=required,
                multiline=multiline,
                label=_("text"),
            )
        except ValidationError as exc:
            raise BundleError(path, f"{path}: {exc.message}") from None

    def text(
        self, node: Node, key: str, limit: int, *, required: bool, multiline: bool
    ) -> str | None:
        return (
            self.clean_text(
                node.string(key, required=required),
                node.at(key),
                limit,
                required=required,
                multiline=multiline,
            )
            or None
        )

    def clean_short(self, value: str | None, path: str, limit: int = SHORT_MAX) -> str | None:
        return self.clean_text(value, path, limit, multiline=False) or None

    def clean_name(self, value: str | None, path: str) -> str | None:
        return self.clean_short(value, path, NAME_MAX)

    def concept(self, node: Node | None) -> Json | None:
        """A CodeableConcept as cleaned JSON-ready data (codings and text only)."""
        if node is None:
            return None
        out: Json = {}
        found = []
        for system, code, display in codings(node):
            coding: Json = {}
            for name, value in (("system", system), ("code", code), ("display", display)):
                kept = self.clean_short(value, node.path, _CODE_MAX)
                if kept:
                    coding[name] = kept
            if coding:
                found.append(coding)
        if found:
            out["coding"] = found
        words = self.clean_short(node.string("text"), node.at("text"), _CODE_MAX)
        if words:
            out["text"] = words
        return out or None

    def value(self, value: Any, path: str, depth: int = 0) -> Any:
        """A FHIR data type value (Quantity, Range, Ratio...) with every text cleaned."""
        if depth > 6:
            raise BundleError(path, f"{path}: " + _("is nested too deeply."))
        if isinstance(value, dict):
            return {
                str(k): self.value(v, f"{path}.{k}", depth + 1)
                for k, v in value.items()
                if not str(k).startswith("_") and k != "extension"
            }
        if isinstance(value, list):
            return [self.value(v, path, depth + 1) for v in value]
        if isinstance(value, str):
            return self.clean_short(value, path, _CODE_MAX) or "?"
        return value

    def element(self, entry: Entry, what: str) -> None:
        """Leave out one element of ``entry``, said as ``what`` ("its priority")."""
        self.left.element(label(entry), what)


Json = dict[str, Any]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
