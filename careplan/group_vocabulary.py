"""The fixed vocabularies of group consultations (DESIGN.md §2, "Group session")."""

from __future__ import annotations

from enum import StrEnum

# Stored as its members' names in lowercase, like careplan.vocabulary's.
SessionStatus = StrEnum("SessionStatus", "PLANNED HELD CANCELLED")

Invitation = StrEnum("Invitation", "INVITED CONFIRMED DECLINED")

Attendance = StrEnum("Attendance", "ARRIVED DID_NOT_ATTEND LEFT_EARLY")


# Present in the room for the group's work (the board, the agenda, their own plan).
PRESENT = frozenset({Attendance.ARRIVED.value})
# Came at all: counted as attending in lists and the practice overview.
ATTENDED = frozenset({Attendance.ARRIVED.value, Attendance.LEFT_EARLY.value})

MAX_CAPACITY = 50
