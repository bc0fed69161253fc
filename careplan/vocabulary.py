"""The fixed vocabularies of care planning (DESIGN.md §2).

Values are stored as these lowercase strings; labels are for people.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import _


def one_of(value: object, vocabulary: type[StrEnum]) -> bool:
    """Whether ``value`` is one of ``vocabulary``'s stored values."""
    return isinstance(value, str) and value in vocabulary._value2member_map_


# A vocabulary made by name stores its members' names in lowercase
# (``GoalStatus.PROPOSED`` is stored as "proposed").
StaffRole = StrEnum("StaffRole", "CLINICIAN NURSE ADMIN")

# DISCARDED: set aside by the pair before it was agreed: kept (a draft is never lost),
# never current.
ConsultationStatus = StrEnum("ConsultationStatus", "DRAFT AGREED DISCARDED")

RaisedBy = StrEnum("RaisedBy", "PATIENT CARER CLINICIAN")

AgendaStatus = StrEnum("AgendaStatus", "OPEN DISCUSSED DEFERRED")

GoalStatus = StrEnum("GoalStatus", "PROPOSED ACTIVE ACHIEVED REVISED STOPPED")

GOAL_TRANSITIONS: dict[GoalStatus, frozenset[GoalStatus]] = {
    GoalStatus.PROPOSED: frozenset({GoalStatus.ACTIVE, GoalStatus.STOPPED}),
    GoalStatus.ACTIVE: frozenset({GoalStatus.ACHIEVED, GoalStatus.REVISED, GoalStatus.STOPPED}),
    GoalStatus.ACHIEVED: frozenset(),
    GoalStatus.REVISED: frozenset(),
    GoalStatus.STOPPED: frozenset(),
}

ActionOwner = StrEnum("ActionOwner", "PERSON CARER CLINICIAN PRACTICE COMMUNITY")

SupportKind = StrEnum("SupportKind", "PERSON COMMUNITY RESOURCE")

EscalationLevel = StrEnum("EscalationLevel", "GREEN AMBER RED")

ParticipantRole = StrEnum("ParticipantRole", "PATIENT CARER FAMILY INTERPRETER CLINICIAN OTHER")

ReviewMode = StrEnum("ReviewMode", "IN_PERSON PHONE VIDEO")


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
