"""Export → import into an empty database → export again gives the same content.

"The same content" is the whole Bundle except ``Bundle.timestamp`` and ``Bundle.meta``
(when it was exported): resource ids derive from the plan itself, not from database ids,
so they match too. Both directions run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from careplan.fhir import FhirExchange
from careplan.records import ConsultationRecord, WorklistFilter
from careplan.services import Services
from careplan.storage import Database
from tests.careplan.fhir.conftest import content, counts, plan_id
from tests.conftest import BACKENDS, FixedClock

# Each test runs from both backends (``services``) into both backends (``fresh_url``).
pytestmark = pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)


@pytest.fixture
def empty(fresh_url: str, clock: FixedClock) -> Iterator[Services]:
    db = Database.open(fresh_url)
    yield Services(db.session_factory, clock=clock)
    db.close()


def test_round_trip_gives_the_same_content(
    services: Services,
    full_plan: ConsultationRecord,
    empty: Services,
    tmp_path: Path,
    clock: FixedClock,
) -> None:
    source = FhirExchange(services.context)
    first = source.export_file(full_plan.patient_id, tmp_path / "first.json")
    clock.advance(days=2)
    target = FhirExchange(empty.context)
    result = target.import_file(first.path)
    assert (result.patient_created, result.status) == (True, "agreed")
    assert (result.goals, result.actions, result.reviews, result.left_out) == (3, 4, 1, ())
    second = target.export_file(result.patient_id, tmp_path / "second.json")
    before = json.loads(first.path.read_text(encoding="utf-8"))
    after = json.loads(second.path.read_text(encoding="utf-8"))
    assert before["timestamp"] != after["timestamp"]
    assert content(before) == content(after)


def test_the_imported_plan_is_current_and_on_the_worklist(
    services: Services, full_plan: ConsultationRecord, empty: Services, clock: FixedClock
) -> None:
    bundle = FhirExchange(services.context).export_bundle(full_plan.patient_id)
    result = FhirExchange(empty.context).import_data(json.dumps(bundle))
    plan = empty.consultations.latest_agreed(result.patient_id)
    assert plan is not None and plan.id == result.consultation_id
    assert [g.status for g in plan.goals] == ["active", "active", "achieved"]
    assert plan.goals[0].actions[0].confidence_first == 5
    assert plan.goals[0].actions[0].confidence_final == 8
    assert plan.goals[0].barriers[0].action_id == plan.goals[0].actions[0].id
    (entry,) = empty.worklist.worklist(WorklistFilter(due_within_days=None))
    assert entry.due.isoformat() == "2026-09-01"  # the review's next date, as in the source
    assert entry.last_reviewer_name == "Priya Shah"
    patient = empty.patients.get(result.patient_id)
    assert (patient.nhs_number, patient.preferred_name, patient.large_print) == (
        "9434765919",
        "Zo",
        True,
    )
    # Staff named in the file are kept by name, without becoming people who can sign in.
    assert empty.staff.list() == []
    assert {s.full_name for s in empty.staff.list(active_only=False)} == {
        "Dr Amara Okafor",
        "Priya Shah",
    }


def test_importing_again_matches_the_person_and_adds_nothing(
    services: Services, full_plan: ConsultationRecord, empty: Services
) -> None:
    data = json.dumps(FhirExchange(services.context).export_bundle(full_plan.patient_id))
    exchange = FhirExchange(empty.context)
    first = exchange.import_data(data)
    before = counts(empty)
    again = exchange.import_data(data)
    before["audit_event"] += 1  # the import is audited, even when it adds nothing
    assert again.patient_id == first.patient_id and not again.patient_created
    assert again.already_imported and again.consultation_id == first.consultation_id
    assert (again.goals, again.actions, again.reviews, again.status) == (0, 0, 0, "")
    assert counts(empty) == before
    assert empty.patients.count() == 1


def test_the_agenda_people_present_and_preparation_travel(
    services: Services, full_plan: ConsultationRecord, empty: Services
) -> None:
    data = json.dumps(FhirExchange(services.context).export_bundle(full_plan.patient_id))
    result = FhirExchange(empty.context).import_data(data)
    assert result.left_out == ()
    plan = empty.consultations.get(plan_id(result))
    source = services.consultations.get(full_plan.id)
    assert [(a.text, a.raised_by, a.status) for a in plan.agenda] == [
        (a.text, a.raised_by, a.status) for a in source.agenda
    ]
    assert {a.status for a in plan.agenda} >= {"discussed", "deferred"}
    assert [(p.role, p.name) for p in plan.participants] == [
        ("patient", None),
        ("carer", "Sam (son)"),
        ("interpreter", "Ewa Nowak"),
        ("clinician", "Dr Amara Okafor"),
    ]

    def results(record: ConsultationRecord) -> list[tuple[object, ...]]:
        return [(r.test_name, r.value, r.meaning, r.taken_on) for r in record.preparation.results]

    assert replace(plan.preparation, results=()) == replace(source.preparation, results=())
    assert plan.preparation.talk_about_prompt == "Feet hurting\nand sleep"
    assert results(plan) == results(source) and len(results(plan)) == 2
