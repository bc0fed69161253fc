"""The coming-up list a page at a time: the pages, one after another, are the whole list
(same people, same order, same details), on SQLite and PostgreSQL; the counts are one
aggregate over the same people."""

from __future__ import annotations

import datetime as dt

import pytest

from careplan.clinical_codes import REGISTER_BY_KEY
from careplan.errors import ValidationError
from careplan.records import PatientInput
from careplan.register_records import PrevisitEntry, ResultInput
from careplan.services import Services
from tests.conftest import FixedClock

# (given, family, condition code, review due in days or None for no plan)
PEOPLE = [
    ("Zoë", "Adams", "44054006", None),
    ("zoe", "Baker", "59621000", None),
    ("Ann", "O'Brien", "44054006", 3),
    ("ann", "Obrien", "59621000", 3),
    ("Łukasz", "Nowak", "195967001", -5),
    ("Bob", "Clarke", "44054006", 0),
    ("Cat", "Dunn", "59621000", 0),
    ("Dan", "Evans", "13645005", 20),
    ("Eve", "Ford", "195967001", 40),  # due after the window: not listed
    ("Fay", "Green", "44054006", -30),
    ("Gus", "Hill", "", None),  # on no register: not listed
    ("Hal", "Irwin", "59621000", 0),
    ("Ida", "Jones", "44054006", None),
]


def _practice(services: Services, today: dt.date) -> dict[str, int]:
    staff = services.staff.create("Dr Amara Okafor", "clinician").id
    ids = {}
    for n, (given, family, code, due) in enumerate(PEOPLE):
        pid = services.patients.create(PatientInput(given, family, f"1950-01-{n + 1:02d}")).id
        ids[f"{given} {family}"] = pid
        if code:
            services.registers.add_condition(pid, code, "2015-01-01")
        if due is not None:
            c = services.consultations.start_or_resume(pid, staff, "2025-01-01")
            goal = services.consultations.add_goal(c.id, "Walk to the shop", "patient")
            services.consultations.add_action(goal.id, "Walk", confidence_rating=8)
            services.consultations.set_named_contact(c.id, "Priya Shah")
            c = services.consultations.set_review_date(
                c.id, (today + dt.timedelta(days=due)).isoformat()
            )
            services.consultations.agree(c.id, c.version)
    services.results.add_result(ids["Bob Clarke"], ResultInput("HbA1c", 55, "2026-01-10"))
    services.previsit.mark_letters_sent([ids["Cat Dunn"]])
    return ids


def _paged(services: Services, limit: int, **criteria: object) -> list[PrevisitEntry]:
    found: list[PrevisitEntry] = []
    page = services.previsit.page(**criteria, limit=limit)  # type: ignore[arg-type]
    found += page.entries
    while page.next_after is not None:
        assert len(page.entries) == limit
        page = services.previsit.page(
            **criteria,  # type: ignore[arg-type]
            after=page.next_after,
            limit=limit,
            count=False,
        )
        found += page.entries
    return found


def test_pages_one_after_another_are_the_whole_list(services: Services, clock: FixedClock) -> None:
    today = clock().date()
    ids = _practice(services, today)
    whole = services.previsit.coming_up(28)
    names = [e.full_name for e in whole]
    # Due date (no plan yet: today), then the name with case, accents and punctuation
    # folded, then who came first.
    assert names == [
        "Fay Green",
        "Łukasz Nowak",
        "Bob Clarke",
        "Cat Dunn",
        "Hal Irwin",
        "Ida Jones",
        "Zoë Adams",
        "zoe Baker",
        "Ann O'Brien",
        "ann Obrien",
        "Dan Evans",
    ]
    assert ids["Ann O'Brien"] < ids["ann Obrien"]
    for limit in (1, 2, 3, 5, 100):
        assert _paged(services, limit, within_days=28) == whole
    first = services.previsit.page(28, limit=4)
    assert (first.total, first.without_letter) == (11, 10)
    assert services.previsit.counts(28) == (11, 10)
    assert first.entries == tuple(whole[:4]) and first.next_after is not None

    for criteria in (
        {"within_days": 0},
        {"within_days": 366},
        {"within_days": 28, "register": REGISTER_BY_KEY["diabetes"]},
        {"within_days": 28, "register": REGISTER_BY_KEY["asthma"]},
        {"within_days": 28, "clinician_id": services.staff.list()[0].id},
    ):
        everyone = services.previsit.coming_up(**criteria)
        for limit in (1, 3, 100):
            assert _paged(services, limit, **criteria) == everyone, criteria
        total, _letters = services.previsit.counts(**criteria)
        assert total == len(everyone), criteria
    assert services.previsit.page(28, limit=100).next_after is None
    with pytest.raises(ValidationError):
        services.previsit.page(28, limit=0)
    with pytest.raises(ValidationError):
        services.previsit.page(400)
