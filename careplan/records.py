"""Plain data classes the services return: never live ORM objects.

They are frozen, so they can cross threads and be kept by views safely.

A plan part's record carries every field its part declares
(:mod:`careplan.part_specs`, through :func:`careplan.plan_fields.declared`); it
annotates a declared field itself where code reads that field by name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from . import part_specs as specs
from .identifiers import format_nhs_number
from .plan_fields import declared
from .vocabulary import ConsultationStatus


@dataclass(frozen=True)
class StaffRecord:
    id: int
    full_name: str
    role: str
    job_title: str | None
    active: bool
    username: str | None = None


@dataclass(frozen=True)
class PatientInput:
    """What a person typed for a patient; the service validates and cleans it."""

    given_name: str = ""
    family_name: str = ""
    date_of_birth: str | dt.date | None = None
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
class PatientRecord:
    id: int
    nhs_number: str | None
    given_name: str
    family_name: str
    preferred_name: str | None
    date_of_birth: dt.date
    phone: str | None
    email: str | None
    address: str | None
    large_print: bool
    easy_read: bool
    interpreter_language: str | None
    communication_notes: str | None
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def nhs_number_display(self) -> str:
        return format_nhs_number(self.nhs_number)

    def as_input(self) -> PatientInput:
        return PatientInput(**{f.name: getattr(self, f.name) for f in fields(PatientInput)})


@dataclass(frozen=True)
class PatientSearchResult:
    patients: tuple[PatientRecord, ...]
    total: int  # every match, not only this page
    query: str
    # Where the next page starts (pass as ``after``); None when this page is the last.
    next_after: tuple[str, str, int] | None = None
    # Name matches are counted up to a cap: True when more than ``total`` match.
    more_than_total: bool = False


@dataclass(frozen=True)
@declared(specs.PARTICIPANT)
class ParticipantRecord:
    id: int
    role: str
    name: str | None


@dataclass(frozen=True)
@declared(specs.RESULT)
class PreparationResultRecord:
    id: int
    test_name: str
    value: str | None
    meaning: str | None
    taken_on: dt.date | None


@dataclass(frozen=True)
class PreparationRecord:
    what_matters_prompt: str | None = None
    talk_about_prompt: str | None = None
    conditions_effect_prompt: str | None = None
    who_involved: str | None = None
    information_preference: str | None = None
    results: tuple[PreparationResultRecord, ...] = ()


@dataclass(frozen=True)
@declared(specs.AGENDA_ITEM)
class AgendaItemRecord:
    id: int
    text: str
    raised_by: str
    rank: int
    status: str
    carried_from_id: int | None


@dataclass(frozen=True)
@declared(specs.WHAT_MATTERS)
class WhatMattersRecord:
    id: int
    text: str


@dataclass(frozen=True)
@declared(specs.ACTION)
class ActionRecord:
    id: int
    goal_id: int
    what: str
    how_much: str | None
    when: str | None
    how_often: str | None
    who: str
    who_name: str | None
    confidence_first: int | None
    confidence_final: int | None
    # The same action in the plan this one revises (lineage).
    carried_from_id: int | None = None

    @property
    def confidence(self) -> int | None:
        """The rating that stands: the final one if rated again, else the first."""
        return self.confidence_final if self.confidence_final is not None else self.confidence_first


@dataclass(frozen=True)
@declared(specs.BARRIER)
class BarrierRecord:
    id: int
    goal_id: int
    action_id: int | None
    barrier: str
    plan_b: str | None


@dataclass(frozen=True)
@declared(specs.GOAL_TARGET)
class GoalTargetRecord:
    """A measurable target of a goal as another system wrote it (FHIR ``Goal.target``):
    ``measure`` and ``detail`` are compact JSON, kept to be written back as they came."""

    id: int
    measure: str | None
    detail: str | None
    due_date: dt.date | None


@dataclass(frozen=True)
@declared(specs.GOAL)
class GoalRecord:
    id: int
    consultation_id: int
    what_matters_id: int | None
    carried_from_id: int | None
    text: str
    expressed_by: str
    importance: int | None
    target: str | None
    target_date: dt.date | None
    status: str
    version: int
    updated_at: dt.datetime
    actions: tuple[ActionRecord, ...] = ()
    barriers: tuple[BarrierRecord, ...] = ()
    targets: tuple[GoalTargetRecord, ...] = ()
    # What another system said of the goal (FHIR import), kept as it came.
    lifecycle: str | None = None
    start_date: dt.date | None = None
    status_reason: str | None = None
    priority: str | None = None
    categories: str | None = None


@dataclass(frozen=True)
@declared(specs.SUPPORT)
class SupportRecord:
    id: int
    kind: str
    name: str
    contact: str | None
    how_they_help: str | None


@dataclass(frozen=True)
@declared(specs.ESCALATION_STEP)
class EscalationStepRecord:
    id: int
    level: str
    signs: str
    what_to_do: str | None
    contact: str | None
    phone: str | None


@dataclass(frozen=True)
class ConsultationRecord:
    """A consultation and the whole plan it holds."""

    id: int
    patient_id: int
    clinician_id: int | None
    clinician_name: str | None
    status: str
    consultation_date: dt.date
    revision: int
    revision_of_id: int | None
    named_contact_name: str | None
    named_contact_role: str | None
    named_contact_phone: str | None
    review_date: dt.date | None
    started_at: dt.datetime
    agreed_at: dt.datetime | None
    version: int
    preparation: PreparationRecord = field(default_factory=PreparationRecord)
    participants: tuple[ParticipantRecord, ...] = ()
    agenda: tuple[AgendaItemRecord, ...] = ()
    what_matters: tuple[WhatMattersRecord, ...] = ()
    goals: tuple[GoalRecord, ...] = ()
    supports: tuple[SupportRecord, ...] = ()
    escalation_steps: tuple[EscalationStepRecord, ...] = ()
    # Why an incomplete plan was agreed as it was (None: it was complete).
    incomplete_reason: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.status == ConsultationStatus.DRAFT


@dataclass(frozen=True)
class PlanSummary:
    """One line of a patient's plan history."""

    id: int
    consultation_date: dt.date
    status: str
    revision: int
    clinician_name: str | None
    goal_count: int
    action_count: int
    review_date: dt.date | None
    agreed_at: dt.datetime | None
    # Set on the person's current plan only: when it is next due for review.
    review_due: dt.date | None = None


@dataclass(frozen=True)
class GoalProgressRecord:
    goal_id: int
    goal_text: str
    attainment: int
    comment: str | None
    status_after: str


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    consultation_id: int
    reviewed_on: dt.date
    reviewer_name: str | None
    mode: str
    next_review_date: dt.date | None
    progress: tuple[GoalProgressRecord, ...] = ()


@dataclass(frozen=True)
class PatientHistory:
    patient: PatientRecord
    plans: tuple[PlanSummary, ...]
    reviews: tuple[ReviewSummary, ...]


@dataclass(frozen=True)
class GoalProgressInput:
    """Progress on one goal at a review, as the person tells it.

    ``decision`` is continue, achieved, revise or stop; a revised goal gives
    its new wording in the person's words.
    """

    goal_id: int
    attainment: int | None  # None with decision "not_discussed"
    comment: str | None = None
    decision: str = "continue"  # or "not_discussed": not talked about on this call
    revised_text: str | None = None


@dataclass(frozen=True)
class ActionOutcomeInput:
    action_id: int
    outcome: str  # done, partly_done, not_done, changed or dropped (not asked: no outcome)
    confidence: int | None = None
    comment: str | None = None


@dataclass(frozen=True)
class NewActionInput:
    what: str
    how_much: str | None = None
    when: str | None = None
    how_often: str | None = None
    who: str = "person"
    confidence: int | None = None


@dataclass(frozen=True)
class NewGoalInput:
    text: str
    expressed_by: str = "patient"
    importance: int | None = None
    actions: tuple[NewActionInput, ...] = ()


@dataclass(frozen=True)
class ReviewInput:
    consultation_id: int
    expected_version: int
    reviewer_id: int | None
    mode: str  # in_person, phone or video
    reviewed_on: str | dt.date | None
    next_review_date: str | dt.date | None
    goals: tuple[GoalProgressInput, ...] = ()
    actions: tuple[ActionOutcomeInput, ...] = ()
    new_goals: tuple[NewGoalInput, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class ReviewResult:
    review: ReviewSummary
    current_plan_id: int  # a new agreed revision when the review changed the goals


@dataclass(frozen=True)
class WorklistFilter:
    due_within_days: int | None = 14  # None: any date
    status: str = "all"  # all, overdue or due
    staff_id: int | None = None


@dataclass(frozen=True)
class ListedPerson:
    """Whom a row of a list of people is about (the worklist, the coming-up list)."""

    patient_id: int
    nhs_number: str | None
    full_name: str
    date_of_birth: dt.date


@dataclass(frozen=True)
class WorklistEntry(ListedPerson):
    phone: str | None
    consultation_id: int
    plan_version: int
    due: dt.date
    days_overdue: int  # negative: days until due
    clinician_id: int | None
    clinician_name: str | None
    last_reviewed_on: dt.date | None
    last_reviewer_name: str | None

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0


WorklistKey = tuple[dt.date, str, int]
"""Where a row sits in the worklist: (due date, family name key, patient id)."""


@dataclass(frozen=True)
class WorklistPage:
    """One page of the worklist, and how many people the whole list holds."""

    entries: tuple[WorklistEntry, ...]
    total: int
    overdue: int
    next_after: WorklistKey | None = None  # pass as ``after`` for the next page


@dataclass(frozen=True)
class OverviewRow:
    """How care planning went in a period, for the practice or one staff member."""

    staff_id: int | None  # None: the whole practice
    staff_name: str | None
    plans_agreed: int
    people_with_plan: int
    people_with_action_plan: int
    reviews_due: int
    reviews_on_time: int
    average_confidence: float | None

    @property
    def on_time_share(self) -> float | None:
        return self.reviews_on_time / self.reviews_due if self.reviews_due else None


@dataclass(frozen=True)
class PracticeOverview:
    start: dt.date
    end: dt.date
    registered_patients: int
    overall: OverviewRow
    by_staff: tuple[OverviewRow, ...]


@dataclass(frozen=True)
class GoalReviewPoint:
    """Progress on a goal at one review: a point on its Goal Attainment Scale chart."""

    review_id: int
    goal_id: int  # the goal as it stood in the plan that was reviewed
    reviewed_on: dt.date
    attainment: int  # -2 .. +2
    comment: str | None
    status_after: str
    reviewer_name: str | None
    mode: str
    goal_text: str  # the wording that was reviewed


@dataclass(frozen=True)
class GoalHistory:
    """One goal followed through the plan's revisions, with its reviews, oldest first.

    A goal carried into a new revision (or reworded at a review) is the same
    goal; ``goal_ids`` lists its versions and ``text`` is its latest wording.
    """

    goal_id: int  # the latest version
    text: str
    status: str
    expressed_by: str
    first_agreed_on: dt.date
    goal_ids: tuple[int, ...]
    wordings: tuple[str, ...]  # each distinct wording, oldest first
    in_current_plan: bool  # its latest version is in the plan now due for review
    reviews: tuple[GoalReviewPoint, ...] = ()


@dataclass(frozen=True)
class DraftSummary:
    """An unfinished draft, for offering to resume or discard it."""

    consultation_id: int
    patient_id: int
    given_name: str
    family_name: str
    consultation_date: dt.date
    last_changed: dt.datetime

    @property
    def patient_name(self) -> str:
        return f"{self.given_name} {self.family_name}"
