"""Plain, frozen data the register, result, pre-visit and population services return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .records import ListedPerson


@dataclass(frozen=True)
class ConditionRecord:
    id: int
    patient_id: int
    code: str
    term: str
    register: str | None  # register key, when the code is on a shipped register
    diagnosed_on: dt.date | None
    source: str
    source_id: str | None


@dataclass(frozen=True)
class ResultPoint:
    taken_on: dt.date
    value: float | None
    value_text: str | None
    source: str

    @property
    def shown(self) -> str:
        if self.value_text:
            return self.value_text
        if self.value is None:
            return ""
        return f"{self.value:g}"


@dataclass(frozen=True)
class ResultSeries:
    """One kind of result for one person: every value, oldest first, and what it means."""

    test: str  # key in clinical_codes.TESTS
    name: str
    system: str
    code: str
    unit: str
    points: tuple[ResultPoint, ...]
    target_low: float | None
    target_high: float | None
    own_target: bool  # agreed with the person, rather than the usual target
    meaning: str  # plain words about the latest value, addressed to the person
    trend: str  # plain words about the change since last time ("" when only one)

    @property
    def latest(self) -> ResultPoint:
        return self.points[-1]

    @property
    def previous(self) -> ResultPoint | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def target_text(self) -> str:
        if self.target_low is not None and self.target_high is not None:
            return f"{self.target_low:g}–{self.target_high:g}"
        if self.target_high is not None:
            return f"≤ {self.target_high:g}"
        if self.target_low is not None:
            return f"≥ {self.target_low:g}"
        return ""


@dataclass(frozen=True)
class ResultInput:
    """A result to store; ``value`` is a number, or one of the test's words."""

    test: str
    value: str | float
    taken_on: dt.date | str
    source: str = "entered"
    source_id: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class PrevisitEntry(ListedPerson):
    due: dt.date | None  # None: on a register with no agreed plan yet (due now)
    clinician_id: int | None
    clinician_name: str | None
    registers: tuple[str, ...]  # register keys
    missing_results: tuple[str, ...]  # test keys older than the interval, or never taken
    letter_sent_on: dt.date | None
    goals_not_reviewed: int

    @property
    def missing(self) -> tuple[str, ...]:
        """What is missing, as kinds: 'results', 'letter', 'review'."""
        kinds = []
        if self.missing_results:
            kinds.append("results")
        if self.letter_sent_on is None:
            kinds.append("letter")
        if self.goals_not_reviewed:
            kinds.append("review")
        return tuple(kinds)


@dataclass(frozen=True)
class MeasureCounts:
    """The population measures for one group (the practice, a register or a clinician)."""

    on_register: int
    with_plan: int
    with_action_plan: int
    reviews_due: int
    reviewed_on_time: int
    goal_reviews: int
    goal_reviews_at_or_above: int
    results_in_target: tuple[tuple[str, int], ...] = ()  # (test key, people in target)


@dataclass(frozen=True)
class PopulationRow:
    register: str | None  # register key; None for the whole practice
    code: str | None
    name: str
    clinician_id: int | None
    clinician_name: str | None
    counts: MeasureCounts


@dataclass(frozen=True)
class RunChart:
    """Monthly points with the median and the usual run-chart signals."""

    months: tuple[dt.date, ...]
    values: tuple[float | None, ...]
    median: float | None
    shifts: tuple[tuple[int, int], ...]  # (first, last) point index of each shift
    trends: tuple[tuple[int, int], ...]  # (first, last) point index of each trend

    @property
    def signals(self) -> tuple[str, ...]:
        return tuple(["shift"] * len(self.shifts) + ["trend"] * len(self.trends))


@dataclass(frozen=True)
class PopulationReport:
    as_of: dt.date
    rows: tuple[PopulationRow, ...]
    charts: dict[str, RunChart] = field(default_factory=dict)  # measure key -> chart
    chart_scope: str = ""  # what the charts are for, in words


@dataclass(frozen=True)
class PrevisitPage:
    """One page of the coming-up list, and (when counted) how many people the whole list
    holds and how many of them have had no preparation letter lately."""

    entries: tuple[PrevisitEntry, ...]
    total: int = -1  # -1: not counted (see PrevisitService.counts)
    without_letter: int = -1
    # Where the next page starts (due date, name key, patient id): pass as ``after``.
    next_after: tuple[dt.date, str, int] | None = None
