"""Each goal's progress over time, followed through the plan's revisions."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import NotFoundError
from careplan.records import (
    ActionOutcomeInput,
    ConsultationRecord,
    GoalProgressInput,
    NewGoalInput,
    ReviewInput,
)
from careplan.services import Services
from tests.careplan.test_consultations import _agreed_plan
from tests.conftest import FixedClock
from tests.support.plans import patient_named


@pytest.fixture
def plan(services: Services) -> ConsultationRecord:
    gp = services.staff.create("Dr Amara Okafor", "clinician")
    # Agreed at the consultation on 2026-03-02, its review due on 2026-06-02.
    return _agreed_plan(services, patient_named(services, "Mary"), gp.id)


def _record(
    services: Services,
    clock: FixedClock,
    plan_id: int,
    on: str,
    next_date: str | None,
    *progress: tuple[int, str | None, str, str | None],
    new_goals: tuple[NewGoalInput, ...] = (),
    reviewer: int | None = None,
) -> int:
    clock.now = dt.datetime.fromisoformat(on).replace(hour=10, tzinfo=dt.UTC)
    current = services.consultations.get(plan_id)
    active = [g for g in current.goals if g.status == "active"]
    result = services.reviews.record(
        ReviewInput(
            plan_id,
            current.version,
            reviewer,
            "phone",
            on,
            next_date,
            goals=tuple(
                GoalProgressInput(g.id, score, comment, decision, revised)
                for g, (score, comment, decision, revised) in zip(active, progress, strict=True)
            ),
            actions=tuple(ActionOutcomeInput(a.id, "kept", 8) for g in active for a in g.actions),
            new_goals=new_goals,
        )
    )
    return result.current_plan_id


def test_a_goal_is_followed_through_rewording_and_new_revisions(
    services: Services, plan: ConsultationRecord, clock: FixedClock
) -> None:
    nurse = services.staff.create("Priya Shah", "nurse").id
    first = plan.goals[0]
    same = _record(
        services, clock, plan.id, "2026-06-03", "2026-09-01", (-1, "Rain", "continue", None)
    )
    assert same == plan.id
    second = _record(
        services,
        clock,
        plan.id,
        "2026-09-02",
        "2026-12-01",
        (0, "Getting there", "revise", "Walk to the park and back"),
        new_goals=(NewGoalInput("Sleep through the night"),),
        reviewer=nurse,
    )
    assert second != plan.id
    _record(
        services,
        clock,
        second,
        "2026-12-01",
        "2027-03-01",
        (2, "Did it twice 🙂", "achieved", None),
        (1, None, "continue", None),
    )

    sleep, walking = services.history.goal_history(plan.patient_id)  # active first
    assert sleep.text == "Sleep through the night"
    assert sleep.status == "active" and sleep.in_current_plan
    assert [(p.reviewed_on, p.attainment) for p in sleep.reviews] == [(dt.date(2026, 12, 1), 1)]

    assert walking.goal_ids[0] == first.id and len(walking.goal_ids) == 2
    assert walking.text == "Walk to the park and back"
    assert walking.status == "achieved" and walking.in_current_plan
    assert walking.wordings == (
        "Walk to the park with my granddaughter",
        "Walk to the park and back",
    )
    assert walking.first_agreed_on == plan.consultation_date
    assert [
        (p.reviewed_on, p.attainment, p.comment, p.status_after, p.goal_text)
        for p in walking.reviews
    ] == [
        (dt.date(2026, 6, 3), -1, "Rain", "active", "Walk to the park with my granddaughter"),
        (
            dt.date(2026, 9, 2),
            0,
            "Getting there",
            "revised",
            "Walk to the park with my granddaughter",
        ),
        (dt.date(2026, 12, 1), 2, "Did it twice 🙂", "achieved", "Walk to the park and back"),
    ]
    assert walking.reviews[1].reviewer_name == "Priya Shah"
    assert walking.reviews[0].reviewer_name is None
    assert {p.mode for p in walking.reviews} == {"phone"}


def test_goals_still_worked_on_come_before_finished_ones(
    services: Services, plan: ConsultationRecord, clock: FixedClock
) -> None:
    second = _record(
        services,
        clock,
        plan.id,
        "2026-06-03",
        "2026-09-01",
        (1, None, "stop", None),
        new_goals=(NewGoalInput("Cook a meal for my family"),),
    )
    assert second != plan.id
    cook, walk = services.history.goal_history(plan.patient_id)
    assert (cook.text, cook.status, cook.reviews) == ("Cook a meal for my family", "active", ())
    assert (walk.status, [p.attainment for p in walk.reviews]) == ("stopped", [1])
    assert not walk.in_current_plan


def test_a_person_without_plans_has_no_goal_history_and_drafts_do_not_count(
    services: Services,
) -> None:
    patient = patient_named(services, "Ann")
    c = services.consultations.start_or_resume(patient, None)
    services.consultations.add_goal(c.id, "Not agreed yet", "patient")
    assert services.history.goal_history(patient) == ()
    with pytest.raises(NotFoundError):
        services.history.goal_history(999_999)


def test_reading_goal_history_is_in_the_audit_trail(
    services: Services, plan: ConsultationRecord
) -> None:
    services.history.goal_history(plan.patient_id)
    (entry,) = [
        e
        for e in services.audit.entries(plan.patient_id)
        if e.action == "open" and e.record_type == "goal_history"
    ]
    assert entry.patient_id == plan.patient_id
