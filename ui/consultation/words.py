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
from ui.i18n import Words, translator

_tr = translator("consultation")


raised_by = Words(
    RaisedBy,
    lambda: {
        RaisedBy.PATIENT: _tr("The person"),
        RaisedBy.CARER: _tr("Carer"),
        RaisedBy.CLINICIAN: _tr("Clinician"),
    },
)

agenda_status = Words(
    AgendaStatus,
    lambda: {
        AgendaStatus.OPEN: _tr("For today"),
        AgendaStatus.DISCUSSED: _tr("Discussed ✓"),
        AgendaStatus.DEFERRED: _tr("Next visit (deferred)"),
    },
)

action_owner = Words(
    ActionOwner,
    lambda: {
        ActionOwner.PERSON: _tr("The person"),
        ActionOwner.CARER: _tr("Carer"),
        ActionOwner.CLINICIAN: _tr("Clinician"),
        ActionOwner.PRACTICE: _tr("The practice"),
        ActionOwner.COMMUNITY: _tr("Community service"),
    },
)

participant_role = Words(
    ParticipantRole,
    lambda: {
        ParticipantRole.PATIENT: _tr("Patient"),
        ParticipantRole.CARER: _tr("Carer"),
        ParticipantRole.FAMILY: _tr("Family member"),
        ParticipantRole.INTERPRETER: _tr("Interpreter"),
        ParticipantRole.CLINICIAN: _tr("Clinician"),
        ParticipantRole.OTHER: _tr("Someone else"),
    },
)

support_kind = Words(
    SupportKind,
    lambda: {
        SupportKind.PERSON: _tr("A person"),
        SupportKind.COMMUNITY: _tr("Community service"),
        SupportKind.RESOURCE: _tr("Resource"),
    },
)

level = Words(
    EscalationLevel,
    lambda: {
        EscalationLevel.GREEN: _tr("Green — doing well"),
        EscalationLevel.AMBER: _tr("Amber — getting worse"),
        EscalationLevel.RED: _tr("Red — urgent"),
    },
)

level_short = Words(
    EscalationLevel,
    lambda: {
        EscalationLevel.GREEN: _tr("Green"),
        EscalationLevel.AMBER: _tr("Amber"),
        EscalationLevel.RED: _tr("Red"),
    },
)


# Traffic-light colours dark enough to carry white text; always paired with the word.
LEVEL_COLOURS = {
    EscalationLevel.GREEN.value: "#1e6b34",
    EscalationLevel.AMBER.value: "#8a5300",
    EscalationLevel.RED.value: "#a40000",
}
