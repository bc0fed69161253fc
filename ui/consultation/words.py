"""The words people see for the core's fixed vocabularies, in one place."""

from __future__ import annotations

from careplan.vocabulary import (
    ActionOwner,
    AgendaStatus,
    EscalationLevel,
    ParticipantRole,
    RaisedBy,
    SupportKind,
)
from ui.i18n import translator

_tr = translator("consultation")


def raised_by(value: str) -> str:
    return {
        RaisedBy.PATIENT.value: _tr("The person"),
        RaisedBy.CARER.value: _tr("Carer"),
        RaisedBy.CLINICIAN.value: _tr("Clinician"),
    }.get(value, value)


def raised_by_choices() -> list[tuple[str, str]]:
    return [(v.value, raised_by(v.value)) for v in RaisedBy]


def agenda_status(value: str) -> str:
    return {
        AgendaStatus.OPEN.value: _tr("For today"),
        AgendaStatus.DISCUSSED.value: _tr("Discussed ✓"),
        AgendaStatus.DEFERRED.value: _tr("Next visit (deferred)"),
    }.get(value, value)


def action_owner(value: str) -> str:
    return {
        ActionOwner.PERSON.value: _tr("The person"),
        ActionOwner.CARER.value: _tr("Carer"),
        ActionOwner.CLINICIAN.value: _tr("Clinician"),
        ActionOwner.PRACTICE.value: _tr("The practice"),
        ActionOwner.COMMUNITY.value: _tr("Community service"),
    }.get(value, value)


def action_owner_choices() -> list[tuple[str, str]]:
    return [(v.value, action_owner(v.value)) for v in ActionOwner]


def participant_role(value: str) -> str:
    return {
        ParticipantRole.PATIENT.value: _tr("Patient"),
        ParticipantRole.CARER.value: _tr("Carer"),
        ParticipantRole.FAMILY.value: _tr("Family member"),
        ParticipantRole.INTERPRETER.value: _tr("Interpreter"),
        ParticipantRole.CLINICIAN.value: _tr("Clinician"),
        ParticipantRole.OTHER.value: _tr("Someone else"),
    }.get(value, value)


def participant_role_choices() -> list[tuple[str, str]]:
    return [(v.value, participant_role(v.value)) for v in ParticipantRole]


def support_kind(value: str) -> str:
    return {
        SupportKind.PERSON.value: _tr("A person"),
        SupportKind.COMMUNITY.value: _tr("Community service"),
        SupportKind.RESOURCE.value: _tr("Resource"),
    }.get(value, value)


def support_kind_choices() -> list[tuple[str, str]]:
    return [(v.value, support_kind(v.value)) for v in SupportKind]


def level(value: str) -> str:
    return {
        EscalationLevel.GREEN.value: _tr("Green — doing well"),
        EscalationLevel.AMBER.value: _tr("Amber — getting worse"),
        EscalationLevel.RED.value: _tr("Red — urgent"),
    }.get(value, value)


def level_short(value: str) -> str:
    return {
        EscalationLevel.GREEN.value: _tr("Green"),
        EscalationLevel.AMBER.value: _tr("Amber"),
        EscalationLevel.RED.value: _tr("Red"),
    }.get(value, value)


def level_choices() -> list[tuple[str, str]]:
    return [(v.value, level(v.value)) for v in EscalationLevel]


# Traffic-light colours dark enough to carry white text; always paired with the word.
LEVEL_COLOURS = {
    EscalationLevel.GREEN.value: "#1e6b34",
    EscalationLevel.AMBER.value: "#8a5300",
    EscalationLevel.RED.value: "#a40000",
}
