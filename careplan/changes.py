"""What a core operation changed, so views can decide whether to redraw.

Every mutating service call reports one :class:`Change` to the ``notify``
callable it was given. The core knows nothing of signals; the desktop client
turns these into a Qt signal in one place.

An edit of a plan part also says what kind of change it was, which part and
record it touched, and who asked for it (``initiator``: an object the caller
passes in, such as the consultation window's session). The caller gets the
changed record back from the operation (:class:`careplan.services.part_edits.Outcome`)
and skips the change it initiated; every other view decides from the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Subject(StrEnum):
    STAFF = "staff"
    PATIENT = "patient"
    CONSULTATION = "consultation"
    REVIEW = "review"
    GROUP_SESSION = "group_session"
    GROUP_ATTENDEE = "group_attendee"
    DATABASE = "database"
    CONDITION = "condition"
    RESULT = "result"
    PREPARATION_LETTER = "preparation_letter"


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    RESTORED = "restored"


@dataclass(frozen=True)
class Change:
    subject: Subject
    record_id: int | None = None
    patient_id: int | None = None
    # What the change says beyond whose record changed; a Change equals another for the
    # same record of the same person, whatever the details.
    kind: ChangeKind = field(default=ChangeKind.CHANGED, compare=False)
    # The plan part (its key in careplan.plan_parts) and the id of the record touched.
    part: str | None = field(default=None, compare=False)
    part_id: int | None = field(default=None, compare=False)
    initiator: object | None = field(default=None, compare=False)

    def initiated_by(self, who: object) -> bool:
        return self.initiator is not None and self.initiator is who

    def touches_patient(self, patient_id: int) -> bool:
        return self.subject is Subject.DATABASE or self.patient_id == patient_id


Notify = Callable[[Change], None]


def ignore(_change: Change) -> None:
    """The default ``notify``: nobody is listening."""
