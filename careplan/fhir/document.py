"""A plan as it travels between systems: plain data, free of database ids.

Export reads the database into a :class:`PlanDocument` and writes it as FHIR; import reads
FHIR into a :class:`PlanDocument` and stores it. Parts refer to each other by position
(the goal's index, the action's index within its goal), never by database id, so the same
plan gives the same document in any database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

from ..records import PatientInput

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Data = TypeVar("Data", bound="DataclassInstance")


def copied(kind: type[Data], source: object, **given: Any) -> Data:
    """A ``kind`` (a data class) whose fields are ``source``'s attributes of the same
    names, but for those ``given``: one place copies a person, a preparation, between the
    database, the document and the patient form, so no copy can leave a field behind."""
    values = {
        f.name: getattr(source, f.name) for f in fields(kind) if f.init and f.name not in given
    }
    return kind(**values, **given)


def values(doc: DataclassInstance, *leave_out: str) -> dict[str, Any]:
    """A data class's fields by name (but for ``leave_out``), as keyword arguments."""
    return {f.name: getattr(doc, f.name) for f in fields(doc) if f.name not in leave_out}


@dataclass(frozen=True)
class PersonDoc(PatientInput):
    """The person a file is about: what the patient form asks, their name and date of
    birth required."""

    given_name: str
    family_name: str
    date_of_birth: dt.date


@dataclass(frozen=True)
class ActionDoc:
    what: str
    how_much: str | None = None
    when: str | None = None
    how_often: str | None = None
    who: str = "person"
    who_name: str | None = None
    confidence_first: int | None = None
    confidence_final: int | None = None


@dataclass(frozen=True)
class BarrierDoc:
    barrier: str
    plan_b: str | None = None
    action: int | None = None  # index of the action within the goal


@dataclass(frozen=True)
class TargetDoc:
    """A measurable target as another system wrote it (FHIR Goal.target).

    ``measure`` is a CodeableConcept and ``detail`` a one-key object naming the type of the
    detail (``{"Quantity": {...}}``, ``{"Range": {...}}``...), both as compact JSON text with
    every string cleaned, so they can be written back exactly.
    """

    measure: str | None = None
    detail: str | None = None
    due_date: dt.date | None = None


@dataclass(frozen=True)
class GoalDoc:
    text: str
    expressed_by: str = "patient"
    importance: int | None = None
    target: str | None = None
    target_date: dt.date | None = None
    status: str = "active"
    what_matters: int | None = None  # index into PlanDoc.what_matters
    actions: tuple[ActionDoc, ...] = ()
    barriers: tuple[BarrierDoc, ...] = ()
    # What FHIR says of the goal beyond this app's own words for it: its lifecycle when
    # ``status`` does not say it (on-hold, cancelled, entered-in-error...), the start date,
    # the reason for its status, its priority (a CodeableConcept as JSON text, kept when no
    # importance rating says it) and its categories (a JSON list of CodeableConcepts).
    lifecycle: str | None = None
    start_date: dt.date | None = None
    status_reason: str | None = None
    priority: str | None = None
    categories: str | None = None
    targets: tuple[TargetDoc, ...] = ()


@dataclass(frozen=True)
class SupportDoc:
    kind: str
    name: str
    contact: str | None = None
    how_they_help: str | None = None


@dataclass(frozen=True)
class EscalationDoc:
    level: str
    signs: str
    what_to_do: str | None = None
    contact: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class GoalProgressDoc:
    goal: int  # index into PlanDoc.goals
    attainment: int
    comment: str | None = None
    status_after: str = "active"


@dataclass(frozen=True)
class ActionOutcomeDoc:
    goal: int
    action: int
    outcome: str
    confidence: int | None = None
    comment: str | None = None


@dataclass(frozen=True)
class ReviewDoc:
    reviewed_on: dt.date
    mode: str
    reviewer_name: str | None = None
    next_review_date: dt.date | None = None
    notes: str | None = None
    progress: tuple[GoalProgressDoc, ...] = ()
    outcomes: tuple[ActionOutcomeDoc, ...] = ()


@dataclass(frozen=True)
class AgendaDoc:
    text: str
    raised_by: str = "patient"
    status: str = "open"  # open, discussed or deferred


@dataclass(frozen=True)
class ParticipantDoc:
    role: str
    name: str | None = None


@dataclass(frozen=True)
class ResultDoc:
    test_name: str
    value: str | None = None
    meaning: str | None = None
    taken_on: dt.date | None = None


@dataclass(frozen=True)
class PreparationDoc:
    what_matters_prompt: str | None = None
    talk_about_prompt: str | None = None
    conditions_effect_prompt: str | None = None
    who_involved: str | None = None
    information_preference: str | None = None
    results: tuple[ResultDoc, ...] = ()


@dataclass(frozen=True)
class PlanDoc:
    status: str  # draft or agreed
    consultation_date: dt.date | None  # None: the file does not say (import: today)
    created: dt.datetime | None = None  # when it was agreed (or started, for a draft), UTC
    clinician_name: str | None = None
    named_contact_name: str | None = None
    named_contact_role: str | None = None
    named_contact_phone: str | None = None
    review_date: dt.date | None = None
    what_matters: tuple[str, ...] = ()
    goals: tuple[GoalDoc, ...] = ()
    supports: tuple[SupportDoc, ...] = ()
    escalation_steps: tuple[EscalationDoc, ...] = ()
    reviews: tuple[ReviewDoc, ...] = ()
    agenda: tuple[AgendaDoc, ...] = ()
    participants: tuple[ParticipantDoc, ...] = ()
    preparation: PreparationDoc | None = None


@dataclass(frozen=True)
class ConditionDoc:
    """A long-term condition of the person (FHIR Condition), on a register this app ships."""

    code: str  # SNOMED CT concept id, one of careplan.clinical_codes.CONDITIONS
    diagnosed_on: dt.date | None = None
    # What names it where it came from (a SHA-256 of its identifiers or address), so a
    # second import recognises it; None when written by this app's export.
    source_id: str | None = None


@dataclass(frozen=True)
class MeasurementDoc:
    """One of the person's results over time (FHIR Observation): a coded test on one day.

    Not :class:`ResultDoc`, which is a result as shared in one consultation's preparation.
    """

    test: str  # key in careplan.clinical_codes.TESTS
    taken_on: dt.date
    value: float | None = None  # a number for measured tests
    value_text: str | None = None  # one of the test's words for the others (foot check)
    source_id: str | None = None


@dataclass(frozen=True)
class PlanDocument:
    person: PersonDoc
    # None: the file holds a person and no plan (a single Patient resource).
    plan: PlanDoc | None
    # Valid content of the file that has no place in this app, in plain words for the
    # person importing it ("3 Encounters", "Goal 'Walk daily': its note"). Shown on screen
    # and in the command's output, never logged.
    left_out: tuple[str, ...] = field(default=())
    # Who made the plan and which plan it is in their system (identifiers or server URL),
    # so a second import of the same plan is recognised; None for a file without a plan.
    source: str | None = None
    # Earlier revisions of the plan, oldest first, exported on request.
    earlier: tuple[PlanDoc, ...] = ()
    # The person's own conditions and results: theirs, not any one plan's.
    conditions: tuple[ConditionDoc, ...] = ()
    measurements: tuple[MeasurementDoc, ...] = ()
