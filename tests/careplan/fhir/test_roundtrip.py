"""Export → import into an empty database → export again gives the same content.

"The same content" is the whole Bundle except ``Bundle.timestamp`` and ``Bundle.meta``
(when it was exported): resource ids derive from the plan itself, not from database ids,
so they match too. Both directions run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from careplan.fhir import FhirExchange, ImportResult
from careplan.records import ConsultationRecord, WorklistFilter
from careplan.register_records import ResultInput
from careplan.services import Services
from tests.careplan.fhir.conftest import content, counts, plan_id
from tests.conftest import BACKENDS, FixedClock

# Each test runs from both backends (``services``) into both backends (``fresh_url``).
pytestmark = pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)


# The file exported, its Bundle, its import into the empty database, the Bundle exported again.
Trip = tuple[Path, dict[str, Any], ImportResult, dict[str, Any]]


@pytest.fixture
def round_trip(
    services: Services,
    full_plan: ConsultationRecord,
    empty: Services,
    tmp_path: Path,
    clock: FixedClock,
) -> Callable[[], Trip]:
    """Exports the full plan's person to a file, imports it into the empty database two days
    later and exports them from there again."""

    def trip() -> Trip:
        source = FhirExchange(services.context)
        first = source.export_file(full_plan.patient_id, tmp_path / "first.json")
        clock.advance(days=2)
        target = FhirExchange(empty.context)
        result = target.import_file(first.path)
        second = target.export_file(result.patient_id, tmp_path / "second.json")
        before, after = (json.loads(f.path.read_text(encoding="utf-8")) for f in (first, second))
        return first.path, before, result, after

    return trip


def test_round_trip_gives_the_same_content(round_trip: Callable[[], Trip]) -> None:
    _, before, result, after = round_trip()
    assert (result.patient_created, result.status) == (True, "agreed")
    assert (result.goals, result.actions, result.reviews, result.left_out) == (3, 4, 1, ())
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


def _add_records(services: Services, patient_id: int) -> None:
    """Conditions and results over time, as a practice would have them."""
    services.registers.add_condition(patient_id, "44054006", "2015-04-01")  # type 2 diabetes
    services.registers.add_condition(patient_id, "Essential hypertension")  # no date known
    for day, hba1c, systolic, diastolic in (
        ("2025-11-20", "64", 150, 90),
        ("2026-02-20", "58.5", 138, 82),
    ):
        services.results.add_result(patient_id, ResultInput("HbA1c", hba1c, day))
        services.results.add_result(patient_id, ResultInput("Systolic BP", systolic, day))
        services.results.add_result(patient_id, ResultInput("Diastolic BP", diastolic, day))
    services.results.add_result(patient_id, ResultInput("Systolic BP", 141, "2026-04-02"))
    services.results.add_result(patient_id, ResultInput("Foot check", "moderate", "2026-02-20"))
    services.results.add_result(patient_id, ResultInput("PHQ-9", 7, "2026-02-20"))
    services.results.add_result(patient_id, ResultInput("eGFR", 71, "2026-02-20"))


def _records(services: Services, patient_id: int) -> tuple[object, object]:
    conditions = [(c.code, c.diagnosed_on) for c in services.registers.conditions(patient_id)]
    results = [
        (s.test, p.taken_on, p.value, p.value_text)
        for s in services.results.results(patient_id)
        for p in s.points
    ]
    return sorted(conditions), sorted(results, key=str)


def test_conditions_and_results_travel_and_round_trip(
    services: Services,
    full_plan: ConsultationRecord,
    empty: Services,
    round_trip: Callable[[], Trip],
) -> None:
    _add_records(services, full_plan.patient_id)
    first, before, result, after = round_trip()
    resources = [e["resource"] for e in before["entry"]]
    conditions = [r for r in resources if r["resourceType"] == "Condition"]
    assert sorted(r["code"]["coding"][0]["code"] for r in conditions) == ["44054006", "59621000"]
    assert {r["meta"]["profile"][0].rsplit("/", 1)[1] for r in conditions} == {"UKCore-Condition"}

    def coded(code: str) -> list[dict[str, object]]:
        return [r for r in resources if code in json.dumps(r.get("code", {}))]

    # Two blood-pressure panels; the systolic taken alone stays one Observation of its own.
    panels = coded('"85354-9"')
    assert len(panels) == 2 and len(coded('"8480-6"')) == 1
    assert [c["valueQuantity"] for c in panels[1]["component"]] == [  # type: ignore[attr-defined]
        {"value": 138, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"},
        {"value": 82, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"},
    ]
    assert coded('"59261-8"')[1]["valueQuantity"]["value"] == 58.5  # type: ignore[index]
    assert result.left_out == ()
    assert (result.conditions, result.results) == (2, 10)
    assert _records(empty, result.patient_id) == _records(services, full_plan.patient_id)
    assert content(before) == content(after)
    # Importing the same file again recognises every condition and result.
    rows = counts(empty)
    again = FhirExchange(empty.context).import_file(first)
    assert (again.conditions, again.results, again.already_imported) == (0, 0, True)
    rows["audit_event"] += 1
    assert counts(empty) == rows
