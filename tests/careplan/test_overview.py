"""The practice overview's figures, worked out by hand for a small practice."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.errors import ValidationError
from careplan.services import Services
from tests.careplan.test_overview_figures import phone_review
from tests.conftest import FixedClock
from tests.support.plans import agreed_plan


def test_overview_counts_plans_action_plans_reviews_on_time_and_confidence(
    services: Services, clock: FixedClock
) -> None:
    gp = services.staff.create("Dr Amara Okafor", "clinician").id
    nurse = services.staff.create("Priya Shah", "nurse").id
    ann = agreed_plan(services, clock, "Ann", gp, dt.date(2025, 1, 10), "2025-04-10", (6, 8))
    agreed_plan(services, clock, "Bob", gp, dt.date(2025, 2, 1), "2025-05-01", ())  # no action
    agreed_plan(services, clock, "Cat", nurse, dt.date(2025, 3, 1), "2025-06-01", (10,))
    agreed_plan(services, clock, "Dan", nurse, dt.date(2024, 3, 1), "2024-06-01", (1,))  # before

    # Ann is reviewed on time; Bob's and Cat's reviews never happen.
    phone_review(
        services,
        clock,
        ann,
        dt.date(2025, 4, 12),
        dt.date(2025, 7, 12),
        reviewer=nurse,
        first_action=("kept", 7),
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
