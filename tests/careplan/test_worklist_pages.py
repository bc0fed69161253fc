"""The worklist a page at a time, with its counts from one aggregate, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.records import GoalProgressInput, PatientInput, ReviewInput, WorklistFilter
from careplan.services import Services
from tests.conftest import FixedClock


@pytest.fixture
def staff(services: Services, clock: FixedClock) -> tuple[int, int]:
    gp = services.staff.create("Dr Tomasz Nowak", "clinician").id
    other = services.staff.create("Dr Ana Silva", "clinician").id
    # Eleven people, some sharing a due date and a family name, to test the order's ties.
    for i in range(11):
        p = services.patients.create(
            PatientInput(f"P{i:02d}", "Lee" if i % 3 else "Adams", f"19{50 + i}-01-01")
        )
        c = services.consultations.start_or_resume(p.id, gp if i % 2 else other)
        goal = services.consultations.add_goal(c.id, "Keep well", "patient")
        services.consultations.add_action(goal.id, "Walk daily")
        services.consultations.set_named_contact(c.id, "Priya Shah")
        c = services.consultations.set_review_date(c.id, f"2026-03-{10 + i // 3:02d}")
        c = services.consultations.agree(c.id, c.version)
        if i % 4 == 0:  # some reviewed already, so that a page shows the last review
            for reviewer in (gp, other):  # on one day: the later one is the last
                c = services.consultations.get(c.id)
                services.reviews.record(
                    ReviewInput(
                        c.id,
                        c.version,
                        reviewer if i else None,
                        "phone",
                        "2026-03-02",
                        f"2026-03-{10 + i // 3:02d}",
                        goals=(GoalProgressInput(goal.id, 0),),
                    )
                )
    clock.now = dt.datetime(2026, 3, 11, 9, tzinfo=dt.UTC)
    return gp, other


@pytest.mark.parametrize(
    "criteria",
    [
        WorklistFilter(due_within_days=None),
        WorklistFilter(due_within_days=2),
        WorklistFilter(due_within_days=None, status="overdue"),
        WorklistFilter(due_within_days=None, status="due"),
    ],
)
def test_pages_join_up_to_the_whole_list_and_count_it(
    services: Services, staff: tuple[int, int], criteria: WorklistFilter
) -> None:
    whole = services.worklist.worklist(criteria)
    first = services.worklist.page(criteria, limit=4)
    assert (first.total, first.overdue) == (len(whole), sum(e.is_overdue for e in whole))
    seen, page = list(first.entries), first
    while page.next_after is not None:
        page = services.worklist.page(criteria, limit=4, after=page.next_after, counted=first)
        seen += page.entries
    assert seen == whole
    assert any(e.last_reviewed_on for e in whole)  # the last review is on the pages too


def test_counts_follow_the_staff_filter(services: Services, staff: tuple[int, int]) -> None:
    gp, _other = staff
    criteria = WorklistFilter(due_within_days=None, staff_id=gp)
    whole = services.worklist.worklist(criteria)
    page = services.worklist.page(criteria, limit=100)
    assert page.entries == tuple(whole) and page.next_after is None
    assert (page.total, page.overdue) == (len(whole), sum(e.is_overdue for e in whole))
    assert 0 < page.total < 11
