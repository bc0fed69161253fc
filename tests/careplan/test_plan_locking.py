"""Two workstations on one plan: every part under the plan's optimistic lock, one draft
per person and positions that cannot collide, enforced by the database (both backends)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from careplan.errors import ConflictError
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.conftest import BACKENDS


@pytest.fixture
def rooms(fresh_url: str) -> Iterator[tuple[Database, Database]]:
    """Two workstations: separate engines and connections on one database."""
    room1, room2 = Database.open(fresh_url), Database.open(fresh_url)
    try:
        yield room1, room2
    finally:
        room1.close()
        room2.close()


def _full_draft(services: Services) -> ConsultationRecord:
    c = services.consultations
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = c.start_or_resume(patient.id, None)
    c.add_agenda_item(plan.id, "My knees", "patient")
    wm = c.add_what_matters(plan.id, "Seeing my grandchildren")
    goal = c.add_goal(plan.id, "Walk to the park", what_matters_id=wm.id)
    action = c.add_action(goal.id, "Walk to the corner", confidence_rating=8)
    c.add_barrier(goal.id, "Rain", "Walk in the shopping centre", action.id)
    c.add_support(plan.id, "community", "Walking group")
    c.add_escalation_step(plan.id, "amber", "More breathless")
    c.add_result(plan.id, "HbA1c", "52 mmol/mol")
    return c.get(plan.id)


# (what is edited, the edit in room 1, the edit in room 2, what room 2 is told is stored)
EDITS: list[tuple[str, Callable[[Services, ConsultationRecord, str], Any], str]] = [
    (
        "action",
        lambda s, p, v: s.consultations.update_action(p.goals[0].actions[0].id, what=v),
        "what",
    ),
    (
        "barrier",
        lambda s, p, v: s.consultations.update_barrier(p.goals[0].barriers[0].id, plan_b=v),
        "plan_b",
    ),
    ("support", lambda s, p, v: s.consultations.update_support(p.supports[0].id, name=v), "name"),
    (
        "step",
        lambda s, p, v: s.consultations.update_escalation_step(p.escalation_steps[0].id, signs=v),
        "signs",
    ),
    (
        "what matters",
        lambda s, p, v: s.consultations.update_what_matters(p.what_matters[0].id, v),
        "text",
    ),
    (
        "agenda topic",
        lambda s, p, v: s.consultations.update_agenda_item(p.agenda[0].id, v),
        "text",
    ),
    (
        "result",
        lambda s, p, v: s.consultations.update_result(p.preparation.results[0].id, meaning=v),
        "meaning",
    ),
    (
        "goal",
        lambda s, p, v: s.consultations.update_goal(p.goals[0].id, p.goals[0].version, text=v),
        "text",
    ),
]


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
@pytest.mark.parametrize(("part", "edit", "field"), EDITS, ids=[e[0] for e in EDITS])
def test_the_second_workstations_edit_of_any_part_is_refused_and_says_what_is_stored(
    rooms: tuple[Database, Database],
    part: str,
    edit: Callable[[Services, ConsultationRecord, str], Any],
    field: str,
) -> None:
    a, b = Services(rooms[0].session_factory), Services(rooms[1].session_factory)
    plan = _full_draft(a)
    seen_by_b = b.consultations.get(plan.id)

    edit(a, plan, "Room one's words")
    with pytest.raises(ConflictError) as refused:
        edit(b, seen_by_b, "Room two's words")

    assert "another computer" in refused.value.message
    assert [(c.field, c.yours, c.theirs) for c in refused.value.changes] == [
        (field, "Room two's words", "Room one's words")
    ], part
    # Nothing was overwritten; once room two has read the plan again its edit goes through.
    fresh = b.consultations.get(plan.id)
    assert fresh.version > seen_by_b.version
    edit(b, fresh, "Room two's words")


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_removing_a_part_changed_elsewhere_is_refused(rooms: tuple[Database, Database]) -> None:
    a, b = Services(rooms[0].session_factory), Services(rooms[1].session_factory)
    plan = _full_draft(a)
    b.consultations.get(plan.id)
    a.consultations.update_support(plan.supports[0].id, name="Parkrun")
    with pytest.raises(ConflictError):
        b.consultations.remove_support(plan.supports[0].id)
    assert a.consultations.get(plan.id).supports[0].name == "Parkrun"


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_the_database_holds_one_draft_per_person(rooms: tuple[Database, Database]) -> None:
    a = Services(rooms[0].session_factory)
    patient = a.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = a.consultations.start_or_resume(patient.id, None)
    with rooms[0].engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                "INSERT INTO consultation (patient_id, status, consultation_date, revision, "
                "started_at, updated_at, version) "
                "SELECT patient_id, 'draft', consultation_date, 1, started_at, updated_at, 1 "
                "FROM consultation WHERE id = :id"
            ),
            {"id": plan.id},
        )


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_positions_cannot_collide_in_the_database(rooms: tuple[Database, Database]) -> None:
    a = Services(rooms[0].session_factory)
    plan = _full_draft(a)
    with rooms[0].engine.connect() as conn, pytest.raises(IntegrityError):
        conn.execute(
            text(
                "INSERT INTO goal (consultation_id, text, expressed_by, status, position, "
                "created_at, updated_at, version) "
                "SELECT consultation_id, 'Again', expressed_by, status, position, created_at, "
                "updated_at, 1 FROM goal WHERE id = :id"
            ),
            {"id": plan.goals[0].id},
        )


def _at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls in threads released at the same moment; results (or errors) in order."""
    start = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        start.wait()
        try:
            results[i] = call()
        except Exception as exc:  # reported to the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_two_workstations_starting_at_once_share_one_draft(
    rooms: tuple[Database, Database],
) -> None:
    a, b = Services(rooms[0].session_factory), Services(rooms[1].session_factory)
    for n in range(5):
        patient = a.patients.create(PatientInput("Mary", f"Seacole{n}", "1956-03-21"))
        first, second = _at_once(
            partial(a.consultations.start_or_resume, patient.id, None),
            partial(b.consultations.start_or_resume, patient.id, None),
        )
        assert isinstance(first, ConsultationRecord), first
        assert isinstance(second, ConsultationRecord), second
        assert first.id == second.id


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_goals_added_at_once_get_positions_of_their_own(
    rooms: tuple[Database, Database],
) -> None:
    a, b = Services(rooms[0].session_factory), Services(rooms[1].session_factory)
    patient = a.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    plan = a.consultations.start_or_resume(patient.id, None)
    for n in range(5):
        results = _at_once(
            partial(a.consultations.add_goal, plan.id, f"Room one {n}"),
            partial(b.consultations.add_goal, plan.id, f"Room two {n}"),
        )
        assert all(not isinstance(r, Exception) for r in results), results
    goals = a.consultations.get(plan.id).goals
    assert len(goals) == 10
    with rooms[0].engine.connect() as conn:
        positions = conn.execute(
            text("SELECT position FROM goal WHERE consultation_id = :id"), {"id": plan.id}
        ).scalars()
        assert sorted(positions) == list(range(10))
