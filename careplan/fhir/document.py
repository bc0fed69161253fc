"""A plan as it travels between systems: plain data, free of database ids.

Export reads the database into a :class:`PlanDocument` and writes it as FHIR; import reads
FHIR into a :class:`PlanDocument` and stores it. Parts refer to each other by position
(the goal's index, the action's index within its goal), never by database id, so the same
plan gives the same document in any database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PersonDoc:
    given_name: str
    family_name: str
    date_of_birth: dt.date
    nhs_number: str | None = None
    preferred_name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    large_print: bool = False
    easy_read: bool = False
    interpreter_language: str | None = None
    communication_notes: str | None = None


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


@dataclass(frozen=True)
class PlanDocument:
    person: PersonDoc
    plan: PlanDoc
    # Valid content of the file that has no place in this app, described for a person
    # (resource types and counts only, never clinical text).
    left_out: tuple[str, ...] = field(default=())
