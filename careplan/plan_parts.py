"""The parts of a plan, declared once.

Each part names its model, the column that ties it to its parent, the
relationship the parent reaches it through, its fields (declared in
:mod:`careplan.part_specs`: kind, limits, vocabulary, how a typed value is
checked and stored; the model's columns and the record's fields are made from
them), how it is ordered, the record it is read as, and the column that links
it to the part it continues in an earlier revision (lineage). Fields of kind
LINK point at another part of the same plan.

Everything that handles plan parts walks this table: the revision routine
(``careplan/services/revision.py``) copies a plan part by part, so a field
added here is carried by every path that makes a new revision; the core's add,
update, remove and restore (``careplan/services/part_edits.py``) check and
store every field through it; records are read from rows by it
(``careplan/services/convert.py``); the consultation window's undoable edits and
the way it applies what an edit returned (``careplan/plan_outcomes.py``) are
derived from it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import models as m
from . import part_specs as specs
from . import records as r
from .i18n import N_
from .plan_fields import Field, Kind
from .vocabulary import GoalStatus

R = TypeVar("R")

LIVE_GOAL = frozenset({GoalStatus.PROPOSED.value, GoalStatus.ACTIVE.value})


@dataclass(frozen=True)
class PlanPart(Generic[R]):
    """One part of a plan; ``R`` is the record it is read as."""

    key: str
    model: type[m.Base]
    record: type[R]
    parent_column: str
    relation: str
    spec: tuple[Field, ...]
    # Named in messages ("The goal no longer exists"), marked with N_.
    label: str
    # The refusal of a field that is not part of it (N_).
    not_part: str
    order: str = "position"
    lineage: str | None = None
    children: tuple[PlanPart[Any], ...] = ()
    # The row it hangs under when that is not the plan itself (a goal's actions and
    # barriers; a result, under the plan's preparation), and its name in messages.
    parent_model: type[m.Base] | None = None
    parent_label: str = N_("consultation")
    # Where its records stand in the plan's record, when not under ``relation``.
    record_attr: str | None = None
    # Whether a source row is carried into the next revision (None: always).
    carried_if: Callable[[Any], bool] | None = None
    # Copied only when the copy stands for the same meeting (an import of it), never
    # into the next revision: who is in the room belongs to one meeting.
    meeting_only: bool = False
    # Changed only with the version the editor last saw (optimistic locking of the row
    # itself, besides the plan's); the refusal names the part (N_).
    conflict: str | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        """What it says: the fields copied as they are into a revision."""
        return tuple(f.name for f in self.spec if f.kind is not Kind.LINK)

    @property
    def links(self) -> tuple[tuple[str, str], ...]:
        """(column, key of the part it points at) inside the same plan."""
        return tuple((f.name, f.target) for f in self.spec if f.target is not None)

    @property
    def in_record(self) -> str:
        return self.record_attr or self.relation

    def field(self, name: str) -> Field:
        for candidate in self.spec:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def walk(self) -> Iterator[PlanPart[Any]]:
        yield self
        for child in self.children:
            yield from child.walk()


ACTION = PlanPart(
    key="action",
    model=m.Action,
    record=r.ActionRecord,
    parent_column="goal_id",
    relation="actions",
    spec=specs.ACTION,
    label=N_("action"),
    not_part=N_("This is not part of an action."),
    lineage="carried_from_id",
    parent_model=m.Goal,
    parent_label=N_("goal"),
)

BARRIER = PlanPart(
    key="barrier",
    model=m.Barrier,
    record=r.BarrierRecord,
    parent_column="goal_id",
    relation="barriers",
    spec=specs.BARRIER,
    label=N_("barrier"),
    not_part=N_("This is not part of a barrier."),
    parent_model=m.Goal,
    parent_label=N_("goal"),
)

WHAT_MATTERS = PlanPart(
    key="what_matters",
    model=m.WhatMatters,
    record=r.WhatMattersRecord,
    parent_column="consultation_id",
    relation="what_matters",
    spec=specs.WHAT_MATTERS,
    label=N_("what matters"),
    not_part=N_("This is not part of what matters."),
)

# A goal's measurable targets as another system wrote them (FHIR import).
GOAL_TARGET = PlanPart(
    key="goal_target",
    model=m.GoalTarget,
    record=r.GoalTargetRecord,
    parent_column="goal_id",
    relation="targets",
    spec=specs.GOAL_TARGET,
    label=N_("target"),
    not_part=N_("This is not part of a target."),
    parent_model=m.Goal,
    parent_label=N_("goal"),
)

GOAL = PlanPart(
    key="goal",
    model=m.Goal,
    record=r.GoalRecord,
    parent_column="consultation_id",
    relation="goals",
    spec=specs.GOAL,
    label=N_("goal"),
    not_part=N_("This is not part of a goal."),
    lineage="carried_from_id",
    # Actions before barriers: a barrier may point at an action.
    children=(ACTION, BARRIER, GOAL_TARGET),
    carried_if=lambda goal: goal.status in LIVE_GOAL,
    conflict=N_(
        "This goal was changed on another computer after you opened it. Nothing was "
        "overwritten; look at the current goal and make your change again."
    ),
)

SUPPORT = PlanPart(
    key="support",
    model=m.Support,
    record=r.SupportRecord,
    parent_column="consultation_id",
    relation="supports",
    spec=specs.SUPPORT,
    label=N_("support"),
    not_part=N_("This is not part of the support."),
)

ESCALATION_STEP = PlanPart(
    key="escalation_step",
    model=m.EscalationStep,
    record=r.EscalationStepRecord,
    parent_column="consultation_id",
    relation="escalation_steps",
    spec=specs.ESCALATION_STEP,
    label=N_("step"),
    not_part=N_("This is not part of the step."),
)

PARTICIPANT = PlanPart(
    key="participant",
    model=m.Participant,
    record=r.ParticipantRecord,
    parent_column="consultation_id",
    relation="participants",
    spec=specs.PARTICIPANT,
    label=N_("person present"),
    not_part=N_("This is not part of who is present."),
    order="id",
    meeting_only=True,
)

# Parts of this meeting only, never carried into a revision (deferred topics come back
# through the agenda's own rule, see ``PlanService._bring_back_deferred``).
AGENDA_ITEM = PlanPart(
    key="agenda_item",
    model=m.AgendaItem,
    record=r.AgendaItemRecord,
    parent_column="consultation_id",
    relation="agenda_items",
    record_attr="agenda",
    spec=specs.AGENDA_ITEM,
    label=N_("topic"),
    not_part=N_("This is not part of a topic."),
    order="rank",
    lineage="carried_from_id",
)

RESULT = PlanPart(
    key="result",
    model=m.PreparationResult,
    record=r.PreparationResultRecord,
    parent_column="preparation_id",
    relation="results",
    spec=specs.RESULT,
    label=N_("result"),
    not_part=N_("This is not part of a result."),
    parent_model=m.Preparation,
    parent_label=N_("preparation"),
)

# In the order they are copied: a part comes after every part it links to.
PLAN_PARTS: tuple[PlanPart[Any], ...] = (
    WHAT_MATTERS,
    GOAL,
    SUPPORT,
    ESCALATION_STEP,
    PARTICIPANT,
)

# Every part the consultation edits, carried or not.
EDITED_PARTS: tuple[PlanPart[Any], ...] = (*PLAN_PARTS, AGENDA_ITEM, RESULT)

# Fields of the plan itself that a revision carries.
PLAN_FIELDS: tuple[str, ...] = (
    "named_contact_name",
    "named_contact_role",
    "named_contact_phone",
    "review_date",
)


def all_parts() -> Iterator[PlanPart[Any]]:
    for top in EDITED_PARTS:
        yield from top.walk()


def part(key: str) -> PlanPart[Any]:
    for candidate in all_parts():
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def linked_from(target: PlanPart[Any]) -> tuple[tuple[PlanPart[Any], Field], ...]:
    """The parts (and their LINK fields) that point at ``target``: unlinked when it goes."""
    return tuple((other, f) for other in all_parts() for f in other.spec if f.target == target.key)
