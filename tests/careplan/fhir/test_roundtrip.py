"""Export → import into an empty database → export again gives the same content.

"The same content" is the whole Bundle except ``Bundle.timestamp`` and ``Bundle.meta``
(when it was exported): resource ids derive from the plan itself, not from database ids,
so they match too. Both directions run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan.fhir import FhirExchange
from careplan.records import ConsultationRecord, WorklistFilter
from careplan.services import Services
from careplan.storage import Database
from tests.careplan.fhir.conftest import content
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


def test_importing_again_matches_the_person_by_nhs_number(
    services: Services, full_plan: ConsultationRecord, empty: Services
) -> None:
    data = json.dumps(FhirExchange(services.context).export_bundle(full_plan.patient_id))
    exchange = FhirExchange(empty.context)
    first = exchange.import_data(data)
    again = exchange.import_data(data)
    assert again.patient_id == first.patient_id and not again.patient_created
    assert again.consultation_id != first.consultation_id
    assert empty.patients.count() == 1
