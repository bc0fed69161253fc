"""The practice overview's figures, worked out by hand for a small practice."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import ValidationError
from careplan.records import ActionOutcomeInput, GoalProgressInput, PatientInput, ReviewInput
from careplan.services import Services
from tests.conftest import FixedClock

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


def _plan(
    services: Services,
    name: str,
    clinician: int,
    on: dt.date,
    review: str,
    confidences: tuple[int, ...],
    clock: FixedClock,
) -> int:
    clock.now = dt.datetime.combine(on, dt.time(10), tzinfo=dt.UTC)
    p = services.patients.search(name).patients
    patient = p[0] if p else services.patients.create(PatientInput(name, "Test", "1950-01-01"))
    c = services.consultations.start_or_resume(patient.id, clinician)
    goal = services.consultations.add_goal(c.id, "Keep well", "patient")
    for rating in confidences:
        services.consultations.add_action(goal.id, "Walk", confidence_rating=rating)
    c = services.consultations.set_review_date(c.id, review)
    return services.consultations.agree(c.id, c.version, incomplete_reason=PARTIAL).id


def test_overview_counts_plans_action_plans_reviews_on_time_and_confidence(
    services: Services, clock: FixedClock
) -> None:
    gp = services.staff.create("Dr Amara Okafor", "clinician").id
    nurse = services.staff.create("Priya Shah", "nurse").id
    ann = _plan(services, "Ann", gp, dt.date(2025, 1, 10), "2025-04-10", (6, 8), clock)
    _plan(services, "Bob", gp, dt.date(2025, 2, 1), "2025-05-01", (), clock)  # no action
    _plan(services, "Cat", nurse, dt.date(2025, 3, 1), "2025-06-01", (10,), clock)
    _plan(services, "Dan", nurse, dt.date(2024, 3, 1), "2024-06-01", (1,), clock)  # before

    # Ann is reviewed on time; Bob's and Cat's reviews never happen.
    clock.now = dt.datetime(2025, 4, 12, 10, tzinfo=dt.UTC)
    plan = services.consultations.get(ann)
    services.reviews.record(
        ReviewInput(
            ann,
            plan.version,
            nurse,
            "phone",
            "2025-04-12",
            "2025-07-12",
            goals=(GoalProgressInput(plan.goals[0].id, 0),),
            actions=(ActionOutcomeInput(plan.goals[0].actions[0].id, "kept", 7),),
        )
    )

    clock.now = dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    o = services.overview.overview(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert o.registered_patients == 4
    total = o.overall
    assert (total.plans_agreed, total.people_with_plan, total.people_with_action_plan) == (3, 3, 2)
    # Due: Ann 10 Apr (on time), Bob 1 May, Cat 1 Jun, Ann's next 12 Jul (missed).
    assert (total.reviews_due, total.reviews_on_time) == (4, 1)
    assert total.on_time_share == 0.25
    assert total.average_confidence == round((6 + 8 + 10) / 3, 2)
    by = {row.staff_name: row for row in o.by_staff}
    assert (by["Dr Amara Okafor"].plans_agreed, by["Priya Shah"].plans_agreed) == (2, 1)
    assert by["Dr Amara Okafor"].reviews_on_time == 1
    assert by["Priya Shah"].average_confidence == 10


def test_a_period_that_ends_before_it_starts_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="end on or after"):
        services.overview.overview(dt.date(2025, 2, 1), dt.date(2025, 1, 1))
