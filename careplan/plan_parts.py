"""The parts of a plan, declared once.

Each part names its model, the column that ties it to its parent, the
relationship the parent reaches it through, the fields that say what it says,
how it is ordered, the other parts of the same plan it points at, and the
column that links it to the part it continues in an earlier revision
(lineage). The revision routine (``careplan/services/revision.py``) copies a
plan by walking this table, so a part or field added here is carried by every
path that makes a new revision (a new visit, a clinician's revision, a
review's revision, an import, undo). Add, update, remove and restore can be
derived from the same table later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import models as m
from .vocabulary import GoalStatus

LIVE_GOAL = frozenset({GoalStatus.PROPOSED.value, GoalStatus.ACTIVE.value})


@dataclass(frozen=True)
class PlanPart:
    key: str
    model: type[m.Base]
    parent_column: str
    relation: str
    fields: tuple[str, ...]
    order: str = "position"
    # (column, key of the part it points at) inside the same plan
    links: tuple[tuple[str, str], ...] = ()
    lineage: str | None = None
    children: tuple[PlanPart, ...] = ()
    # Whether a source row is carried into the next revision (None: always).
    carried_if: Callable[[Any], bool] | None = None
    # Copied only when the copy stands for the same meeting (an import of it), never
    # into the next revision: who is in the room belongs to one meeting.
    meeting_only: bool = False

    def walk(self) -> Iterator[PlanPart]:
        yield self
        for child in self.children:
            yield from child.walk()


ACTION = PlanPart(
    key="action",
    model=m.Action,
    parent_column="goal_id",
    relation="actions",
    fields=(
        "what",
        "how_much",
        "when",
        "how_often",
        "who",
        "who_name",
        "confidence_first",
        "confidence_final",
    ),
    lineage="carried_from_id",
)

BARRIER = PlanPart(
    key="barrier",
    model=m.Barrier,
    parent_column="goal_id",
    relation="barriers",
    fields=("barrier", "plan_b"),
    links=(("action_id", "action"),),
)

WHAT_MATTERS = PlanPart(
    key="what_matters",
    model=m.WhatMatters,
    parent_column="consultation_id",
    relation="what_matters",
    fields=("text",),
)

GOAL = PlanPart(
    key="goal",
    model=m.Goal,
    parent_column="consultation_id",
    relation="goals",
    fields=("text", "expressed_by", "importance", "target", "target_date", "status"),
    links=(("what_matters_id", "what_matters"),),
    lineage="carried_from_id",
    # Actions before barriers: a barrier may point at an action.
    children=(ACTION, BARRIER),
    carried_if=lambda goal: goal.status in LIVE_GOAL,
)

SUPPORT = PlanPart(
    key="support",
    model=m.Support,
    parent_column="consultation_id",
    relation="supports",
    fields=("kind", "name", "contact", "how_they_help"),
)

ESCALATION_STEP = PlanPart(
    key="escalation_step",
    model=m.EscalationStep,
    parent_column="consultation_id",
    relation="escalation_steps",
    fields=("level", "signs", "what_to_do", "contact", "phone"),
)

PARTICIPANT = PlanPart(
    key="participant",
    model=m.Participant,
    parent_column="consultation_id",
    relation="participants",
    fields=("role", "name"),
    order="id",
    meeting_only=True,
)

# In the order they are copied: a part comes after every part it links to.
PLAN_PARTS: tuple[PlanPart, ...] = (
    WHAT_MATTERS,
    GOAL,
    SUPPORT,
    ESCALATION_STEP,
    PARTICIPANT,
)

# Fields of the plan itself that a revision carries.
PLAN_FIELDS: tuple[str, ...] = (
    "named_contact_name",
    "named_contact_role",
    "named_contact_phone",
    "review_date",
)


def all_parts() -> Iterator[PlanPart]:
    for part in PLAN_PARTS:
        yield from part.walk()


def part(key: str) -> PlanPart:
    for candidate in all_parts():
        if candidate.key == key:
            return candidate
    raise KeyError(key)
