"""What a core operation changed, so views can decide whether to redraw.

Every mutating service call reports one :class:`Change` to the ``notify``
callable it was given. The core knows nothing of signals; the desktop client
turns these into a Qt signal in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Change:
    subject: Subject
    record_id: int | None = None
    patient_id: int | None = None

    def touches_patient(self, patient_id: int) -> bool:
        return self.subject is Subject.DATABASE or self.patient_id == patient_id


Notify = Callable[[Change], None]


def ignore(_change: Change) -> None:
    """The default ``notify``: nobody is listening."""
