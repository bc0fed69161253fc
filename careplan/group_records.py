"""Plain, frozen records of group consultations, as the group services return them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class GroupSeriesRecord:
    id: int
    title: str
    topic: str | None


@dataclass(frozen=True)
class GroupSessionSummary:
    id: int
    series_id: int | None
    title: str
    topic: str | None
    session_date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    place: str | None
    lead_clinician_id: int | None
    lead_clinician_name: str | None
    facilitator_id: int | None
    facilitator_name: str | None
    capacity: int
    status: str
    invited: int  # invited or confirmed, not declined
    attending: int  # arrived (or left early)
    version: int


@dataclass(frozen=True)
class GroupAttendeeRecord:
    """One attendee as the staff running the session see them (never shown to the room)."""

    id: int
    session_id: int
    patient_id: int
    full_name: str
    first_name: str  # preferred name, else given name
    nhs_number: str | None
    date_of_birth: dt.date
    phone: str | None
    carer_name: str | None
    invitation: str
    attendance: str | None
    agreement_at: dt.datetime | None
    agreement_by_id: int | None  # the staff member who recorded it
    carer_agreement_at: dt.datetime | None
    board_consent: bool
    alias: str | None
    wants_one_to_one: bool
    consultation_id: int | None
    plan_status: str | None  # draft or agreed, None before their plan is started
    position: int

    @property
    def agreement_complete(self) -> bool:
        """The person agreed, and so did their carer if one comes with them."""
        return self.agreement_at is not None and (
            self.carer_name is None or self.carer_agreement_at is not None
        )

    @property
    def group_name(self) -> str:
        """How the group knows them: their chosen alias, else their first name."""
        return self.alias or self.first_name


@dataclass(frozen=True)
class GroupTopicRecord:
    id: int
    session_id: int
    text: str
    raised_by: str | None  # first name or alias, shown only when named and agreed
    anonymous: bool
    rank: int
    status: str
    carried_from_id: int | None


@dataclass(frozen=True)
class GroupSessionRecord:
    summary: GroupSessionSummary
    attendees: tuple[GroupAttendeeRecord, ...]
    topics: tuple[GroupTopicRecord, ...]
    next_session_date: dt.date | None  # the next planned session of the series

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class InviteResult:
    invited: tuple[int, ...]  # patient ids
    already: tuple[int, ...]
    over_capacity: tuple[int, ...]


@dataclass(frozen=True)
class BoardResult:
    """One latest result on the board: no identifiers, the value and whether it is in range."""

    name: str
    value: str
    taken_on: dt.date | None
    in_range: bool | None  # None: no target range recorded
    target: str | None


@dataclass(frozen=True)
class BoardEntry:
    label: str  # first name or alias, never a full name
    results: tuple[BoardResult, ...]


@dataclass(frozen=True)
class GroupOverview:
    start: dt.date
    end: dt.date
    sessions_held: int
    places_expected: int  # invited or confirmed (not declined) at held sessions
    attended: int
    left_with_action_plan: int  # attended and have an agreed plan with a goal and an action

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.places_expected if self.places_expected else None

    @property
    def action_plan_share(self) -> float | None:
        return self.left_with_action_plan / self.attended if self.attended else None
