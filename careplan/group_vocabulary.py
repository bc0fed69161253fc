"""The fixed vocabularies of group consultations (DESIGN.md §2, "Group session")."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Invitation(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class Attendance(StrEnum):
    ARRIVED = "arrived"
    DID_NOT_ATTEND = "did_not_attend"
    LEFT_EARLY = "left_early"


# Present in the room for the group's work (the board, the agenda, their own plan).
PRESENT = frozenset({Attendance.ARRIVED.value})
# Came at all: counted as attending in lists and the practice overview.
ATTENDED = frozenset({Attendance.ARRIVED.value, Attendance.LEFT_EARLY.value})

MAX_CAPACITY = 50
