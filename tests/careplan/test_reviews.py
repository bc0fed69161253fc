"""Recording reviews, and the worklist they feed, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import ConflictError, ValidationError
from careplan.records import (
    ActionOutcomeInput,
    ConsultationRecord,
    GoalProgressInput,
    NewActionInput,
    NewGoalInput,
    PatientInput,
    ReviewInput,
    WorklistFilter,
)
from careplan.services import Services
from tests.careplan.test_consultations import _agreed_plan
from tests.conftest import FixedClock

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


@pytest.fixture
def plan(services: Services) -> ConsultationRecord:
    gp = services.staff.create("Dr Amara Okafor", "clinician")
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    return _agreed_plan(services, patient.id, gp.id)  # review date 2026-06-02


@pytest.fixture
def nurse(services: Services) -> int:
    return services.staff.create("Priya Shah", "nurse").id


def _review(plan: ConsultationRecord, nurse: int, **kw: object) -> ReviewInput:
    goal = plan.goals[0]
    args: dict[str, object] = {
        "consultation_id": plan.id,
        "expected_version": plan.version,
        "reviewer_id": nurse,
        "mode": "phone",
        "reviewed_on": "2026-06-03",
        "next_review_date": "2026-09-01",
        "goals": (GoalProgressInput(goal.id, 1, "Walking most days 🙂"),),
        "actions": (ActionOutcomeInput(goal.actions[0].id, "kept", 9),),
    }
    args.update(kw)
    return ReviewInput(**args)  # type: ignore[arg-type]


def test_a_phone_review_is_stored_and_moves_the_plan_on_the_worklist(
    services: Services, plan: ConsultationRecord, nurse: int, clock: FixedClock
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    due = services.worklist.worklist(WorklistFilter(due_within_days=0))
    assert [(e.consultation_id, e.due, e.days_overdue) for e in due] == [
        (plan.id, dt.date(2026, 6, 2), 1)
    ]

    result = services.reviews.record(_review(plan, nurse))
    assert result.current_plan_id == plan.id
    (progress,) = result.review.progress
    assert (progress.attainment, progress.comment, progress.status_after) == (
        1,
        "Walking most days 🙂",
        "active",
    )
    assert result.review.reviewer_name == "Priya Shah"

    history = services.history.patient_history(plan.patient_id)
    assert [r.id for r in history.reviews] == [result.review.id]
    assert services.worklist.worklist(WorklistFilter(due_within_days=0)) == []
    (entry,) = services.worklist.worklist(WorklistFilter(due_within_days=120))
    assert (entry.due, entry.last_reviewed_on, entry.last_reviewer_name) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 6, 3),
        "Priya Shah",
    )
    # The agreed plan itself is unchanged.
    after = services.consultations.get(plan.id)
    assert [g.text for g in after.goals] == [g.text for g in plan.goals]


def test_a_second_review_from_a_stale_screen_is_refused(
    services: Services, plan: ConsultationRecord, nurse: int, clock: FixedClock
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    services.reviews.record(_review(plan, nurse))
    with pytest.raises(ConflictError, match="another computer"):
        services.reviews.record(_review(plan, nurse, mode="in_person"))
    assert len(services.history.patient_history(plan.patient_id).reviews) == 1


def test_revising_a_goal_makes_a_new_agreed_revision(
    services: Services, plan: ConsultationRecord, nurse: int, clock: FixedClock
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    goal = plan.goals[0]
    result = services.reviews.record(
        _review(
            plan,
            nurse,
            goals=(GoalProgressInput(goal.id, -1, "Too far", "revise", "Walk to the corner shop"),),
            actions=(ActionOutcomeInput(goal.actions[0].id, "dropped"),),
            new_goals=(
                NewGoalInput(
                    "Sleep through the night",
                    "patient",
                    7,
                    (NewActionInput("No tea after 6pm", confidence=8),),
                ),
            ),
        )
    )
    assert result.current_plan_id != plan.id
    new = services.consultations.get(result.current_plan_id)
    assert (new.status, new.revision, new.revision_of_id) == ("agreed", 2, plan.id)
    assert [(g.text, g.carried_from_id) for g in new.goals] == [
        ("Walk to the corner shop", goal.id),
        ("Sleep through the night", None),
    ]
    assert new.goals[0].actions == ()  # the dropped action is not carried
    assert new.goals[1].actions[0].confidence == 8
    assert services.consultations.get(plan.id).goals[0].status == "revised"
    (entry,) = services.worklist.worklist(WorklistFilter(due_within_days=None))
    assert entry.consultation_id == new.id and entry.due == dt.date(2026, 9, 1)


def test_achieving_every_goal_closes_the_plan(
    services: Services, plan: ConsultationRecord, nurse: int, clock: FixedClock
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    goal = plan.goals[0]
    services.reviews.record(
        _review(
            plan,
            nurse,
            next_review_date=None,
            goals=(GoalProgressInput(goal.id, 2, "Done it!", "achieved"),),
        )
    )
    assert services.consultations.get(plan.id).goals[0].status == "achieved"
    assert services.worklist.worklist(WorklistFilter(due_within_days=None)) == []


@pytest.mark.parametrize(
    "change, field",
    [
        ({"goals": ()}, "goals.0.attainment"),
        ({"mode": "carrier pigeon"}, "mode"),
        ({"reviewed_on": "2026-02-30"}, "reviewed_on"),
        ({"reviewed_on": "2027-01-01"}, "reviewed_on"),
        ({"next_review_date": "2026-06-01"}, "next_review_date"),
        ({"next_review_date": None}, "next_review_date"),
    ],
)
def test_bad_reviews_are_refused_and_nothing_is_stored(
    services: Services,
    plan: ConsultationRecord,
    nurse: int,
    clock: FixedClock,
    change: dict[str, object],
    field: str,
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    with pytest.raises(ValidationError) as info:
        services.reviews.record(_review(plan, nurse, **change))
    assert info.value.field == field
    assert services.history.patient_history(plan.patient_id).reviews == ()


def test_attainment_outside_the_scale_is_refused(
    services: Services, plan: ConsultationRecord, nurse: int, clock: FixedClock
) -> None:
    clock.now = dt.datetime(2026, 6, 3, 10, tzinfo=dt.UTC)
    goal = plan.goals[0]
    with pytest.raises(ValidationError, match="-2"):
        services.reviews.record(_review(plan, nurse, goals=(GoalProgressInput(goal.id, 3),)))


def test_worklist_filters_by_status_window_and_staff(
    services: Services, nurse: int, clock: FixedClock
) -> None:
    gp = services.staff.create("Dr Tomasz Nowak", "clinician").id
    other = services.staff.create("Dr Ana Silva", "clinician").id
    plans = {}
    for name, review_date, clinician in (
        ("Over", "2026-03-10", gp),
        ("Soon", "2026-03-20", gp),
        ("Later", "2026-08-01", other),
    ):
        p = services.patients.create(PatientInput(name, "Person", "1950-01-01"))
        c = services.consultations.start_or_resume(p.id, clinician)
        services.consultations.add_goal(c.id, "Keep well", "patient")
        c = services.consultations.set_review_date(c.id, review_date)
        plans[name] = services.consultations.agree(c.id, c.version, incomplete_reason=PARTIAL)
    clock.now = dt.datetime(2026, 3, 15, 9, tzinfo=dt.UTC)

    def names(**kw: object) -> list[str]:
        return [e.full_name.split()[0] for e in services.worklist.worklist(WorklistFilter(**kw))]  # type: ignore[arg-type]

    assert names(due_within_days=14) == ["Over", "Soon"]
    assert names(due_within_days=None) == ["Over", "Soon", "Later"]
    assert names(due_within_days=None, status="overdue") == ["Over"]
    assert names(due_within_days=30, status="due") == ["Soon"]
    assert names(due_within_days=None, staff_id=other) == ["Later"]
    with pytest.raises(ValidationError):
        services.worklist.worklist(WorklistFilter(due_within_days=-1))
    # A new agreed plan replaces the old one on the worklist.
    clock.advance(days=1)
    c = services.consultations.start_or_resume(plans["Over"].patient_id, gp)
    services.consultations.add_goal(c.id, "New goal", "patient")
    c = services.consultations.set_review_date(c.id, "2026-09-01")
    services.consultations.agree(c.id, c.version, incomplete_reason=PARTIAL)
    assert names(due_within_days=None) == ["Soon", "Later", "Over"]
