"""Small agreed plans, made on a given day, for tests of the practice's figures."""

from __future__ import annotations

import datetime as dt

from careplan.records import PatientInput
from careplan.services import Services
from tests.conftest import FixedClock

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


def patient_named(services: Services, name: str) -> int:
    """The patient of that name, registered the first time it is asked for."""
    found = services.patients.search(name).patients
    return (
        found[0].id
        if found
        else services.patients.create(PatientInput(name, "Test", "1950-01-01")).id
    )


def agreed_plan(
    services: Services,
    clock: FixedClock,
    name: str,
    clinician: int | None,
    on: dt.date,
    review: dt.date | str,
    ratings: tuple[int | None, ...] = (),
) -> int:
    """A plan agreed ``on`` that day: one goal, an action for each confidence rating, and
    its review date; nothing carried forward from the person's earlier plan."""
    clock.now = dt.datetime.combine(on, dt.time(10), tzinfo=dt.UTC)
    c = services.consultations.start_or_resume(
        patient_named(services, name), clinician, carry_forward=False
    )
    goal = services.consultations.add_goal(c.id, "Keep well", "patient")
    for rating in ratings:
        services.consultations.add_action(goal.id, "Walk", confidence_rating=rating)
    c = services.consultations.set_review_date(c.id, review)
    return services.consultations.agree(c.id, c.version, incomplete_reason=PARTIAL).id
