"""The fixed vocabularies of care planning (DESIGN.md §2).

Values are stored as these lowercase strings; labels are for people.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import _


def one_of(value: object, vocabulary: type[StrEnum]) -> bool:
    """Whether ``value`` is one of ``vocabulary``'s stored values."""
    return isinstance(value, str) and value in vocabulary._value2member_map_


class StaffRole(StrEnum):
    CLINICIAN = "clinician"
    NURSE = "nurse"
    ADMIN = "admin"


class ConsultationStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    # Set aside by the pair before it was agreed: kept (a draft is never lost), never current.
    DISCARDED = "discarded"


class RaisedBy(StrEnum):
    PATIENT = "patient"
    CARER = "carer"
    CLINICIAN = "clinician"


class AgendaStatus(StrEnum):
    OPEN = "open"
    DISCUSSED = "discussed"
    DEFERRED = "deferred"


class GoalStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    REVISED = "revised"
    STOPPED = "stopped"


GOAL_TRANSITIONS: dict[GoalStatus, frozenset[GoalStatus]] = {
    GoalStatus.PROPOSED: frozenset({GoalStatus.ACTIVE, GoalStatus.STOPPED}),
    GoalStatus.ACTIVE: frozenset({GoalStatus.ACHIEVED, GoalStatus.REVISED, GoalStatus.STOPPED}),
    GoalStatus.ACHIEVED: frozenset(),
    GoalStatus.REVISED: frozenset(),
    GoalStatus.STOPPED: frozenset(),
}


class ActionOwner(StrEnum):
    PERSON = "person"
    CARER = "carer"
    CLINICIAN = "clinician"
    PRACTICE = "practice"
    COMMUNITY = "community"


class SupportKind(StrEnum):
    PERSON = "person"
    COMMUNITY = "community"
    RESOURCE = "resource"


class EscalationLevel(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class ParticipantRole(StrEnum):
    PATIENT = "patient"
    CARER = "carer"
    FAMILY = "family"
    INTERPRETER = "interpreter"
    CLINICIAN = "clinician"
    OTHER = "other"


class ReviewMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class ActionOutcome(StrEnum):
    """What the person said became of an action at a review (an action not asked about
    has no outcome at all). ``kept`` is from earlier reviews: the action goes on."""

    DONE = "done"
    PARTLY_DONE = "partly_done"
    NOT_DONE = "not_done"
    CHANGED = "changed"
    DROPPED = "dropped"
    KEPT = "kept"


# Goal Attainment Scale: -2 much less than expected ... +2 much more.
GAS_LABELS: dict[int, str] = {
    -2: _("much less than expected"),
    -1: _("less than expected"),
    0: _("as expected"),
    1: _("more than expected"),
    2: _("much more than expected"),
}

CONFIDENCE_PROMPT_BELOW = 7
