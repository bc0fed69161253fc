"""Importing FHIR R4 Bundles: from other software, and refusals that leave nothing behind."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from careplan.errors import CarePlanError, ValidationError
from careplan.fhir import FhirExchange, reading
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services
from tests.careplan.fhir.conftest import counts

BASE = "http://other.example/fhir"


def foreign_bundle() -> dict[str, Any]:
    """A plan as another R4 system might send it: server URLs, PCO examples' shapes,
    none of this app's extensions."""

    def entry(kind: str, rid: str, **resource: Any) -> dict[str, Any]:
        return {
            "fullUrl": f"{BASE}/{kind}/{rid}",
            "resource": {"resourceType": kind, "id": rid, **resource},
        }

    patient = {"reference": "Patient/p1"}
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            entry(
                "Patient",
                "p1",
                identifier=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
                name=[{"family": "Jones", "given": ["Dorothy", "May"], "prefix": ["Mrs"]}],
                gender="female",
                birthDate="1975-05-25",
                telecom=[{"system": "phone", "value": "+44 1632 960123", "use": "home"}],
                address=[{"line": ["2 High Street"], "city": "York", "postalCode": "YO1 7HH"}],
            ),
            entry("Practitioner", "gonzalez", name=[{"given": ["Maria"], "family": "Gonzalez"}]),
            entry(
                "RelatedPerson",
                "daughter",
                patient=patient,
                name=[{"text": "Ann Jones"}],
                telecom=[{"system": "phone", "value": "07700 900456"}],
            ),
            entry(
                "CareTeam",
                "team",
                status="active",
                subject=patient,
                participant=[
                    {
                        "role": [{"text": "Daughter"}],
                        "member": {"reference": "RelatedPerson/daughter"},
                    },
                    {"member": {"reference": "Practitioner/gonzalez"}},
                ],
            ),
            entry(
                "Observation",
                "wm",
                status="final",
                category=[
                    {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/us/pco/CodeSystem/pco-concepts",
                                "code": "what-matters",
                            }
                        ]
                    }
                ],
                code={"coding": [{"system": "http://snomed.info/sct", "code": "363702006"}]},
                subject=patient,
                valueString="Seeing my friends",
            ),
            entry(
                "Goal",
                "g1",
                lifecycleStatus="active",
                achievementStatus={
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                            "code": "in-progress",
                        }
                    ]
                },
                description={"text": "Have lunch with friends every month"},
                subject=patient,
                startDate="2025-02-15",
                target=[{"dueDate": "2025-07-31"}],
                expressedBy=patient,
                addresses=[{"reference": "Observation/wm"}],
            ),
            entry(
                "CarePlan",
                "cp",
                status="active",
                intent="plan",
                subject=patient,
                period={"start": "2025-02-15"},
                author={"reference": "Practitioner/gonzalez"},
                goal=[{"reference": "Goal/g1"}],
                activity=[
                    {
                        "detail": {
                            "status": "in-progress",
                            "description": "Phone a friend",
                            "goal": [{"reference": "Goal/g1"}],
                            "scheduledString": "every Sunday",
                            "performer": [patient],
                        }
                    }
                ],
            ),
            entry(
                "Observation",
                "confidence",
                status="final",
                code={
                    "coding": [
                        {
                            "system": "http://hl7.org/fhir/us/pco/CodeSystem/readiness-assessment-concepts",
                            "code": "confidence",
                        }
                    ]
                },
                subject=patient,
                focus=[{"reference": "Goal/g1"}],
                effectiveDateTime="2025-02-15T15:05:00Z",
                valueCodeableConcept={
                    "coding": [{"system": "http://loinc.org", "code": "LA6114-8", "display": "3"}]
                },
            ),
            entry(
                "Observation",
                "barrier",
                status="final",
                code={"coding": [{"system": "http://snomed.info/sct", "code": "452341000124107"}]},
                subject=patient,
                focus=[{"reference": "Goal/g1"}],
                valueCodeableConcept={
                    "coding": [
                        {
                            "system": "http://snomed.info/sct",
                            "code": "48694002",
                            "display": "Feeling anxious",
                        }
                    ]
                },
            ),
            entry(
                "Observation",
                "baseline",
                status="final",
                code={"coding": [{"system": "http://loinc.org", "code": "112296-9"}]},
                subject=patient,
                focus=[{"reference": "Goal/g1"}],
                effectiveDateTime="2025-02-15",
                valueCodeableConcept={
                    "coding": [{"system": "http://loinc.org", "code": "LA34483-0"}]
                },
            ),
            entry(
                "Observation",
                "followup",
                status="final",
                code={"coding": [{"system": "http://loinc.org", "code": "107333-7"}]},
                subject=patient,
                performer=[{"reference": "Practitioner/gonzalez"}],
                focus=[{"reference": "Goal/g1"}],
                effectiveDateTime="2025-04-17T10:15:00Z",
                valueCodeableConcept={
                    "coding": [{"system": "http://loinc.org", "code": "LA34481-4"}]
                },
            ),
        ],
    }


def test_a_bundle_from_other_software_is_imported(services: Services) -> None:
    result = FhirExchange(services.context).import_data(json.dumps(foreign_bundle()))
    assert result.patient_created and result.status == "agreed"
    assert result.left_out == (
        "1 × Goal Attainment Scale baseline score",
        "1 × care-team member who is not a support",
    )
    patient = services.patients.get(result.patient_id)
    assert (patient.given_name, patient.family_name, patient.phone) == (
        "Dorothy May",
        "Jones",
        "+44 1632 960123",
    )
    assert patient.address == "2 High Street\nYork\nYO1 7HH"
    plan = services.consultations.get(result.consultation_id)
    assert plan.consultation_date == dt.date(2025, 2, 15)
    assert plan.clinician_name == "Maria Gonzalez"
    assert [w.text for w in plan.what_matters] == ["Seeing my friends"]
    (goal,) = plan.goals
    assert (goal.text, goal.status, goal.target_date, goal.expressed_by) == (
        "Have lunch with friends every month",
        "active",
        dt.date(2025, 7, 31),
        "patient",
    )
    assert goal.what_matters_id == plan.what_matters[0].id
    (action,) = goal.actions
    assert (action.what, action.when, action.who, action.confidence_first) == (
        "Phone a friend",
        "every Sunday",
        "person",
        3,
    )
    assert [b.barrier for b in goal.barriers] == ["Feeling anxious"]
    assert [(s.kind, s.name, s.contact, s.how_they_help) for s in plan.supports] == [
        ("person", "Ann Jones", "07700 900456", "Daughter")
    ]
    history = services.history.patient_history(result.patient_id)
    (review,) = history.reviews
    assert (review.reviewed_on, review.mode, review.reviewer_name) == (
        dt.date(2025, 4, 17),
        "in_person",
        "Maria Gonzalez",
    )
    assert [(p.attainment, p.status_after) for p in review.progress] == [(0, "active")]


def _refused(services: Services, data: bytes | str | dict[str, Any], match: str, **kw: Any) -> None:
    before = counts(services)
    if isinstance(data, dict):
        data = json.dumps(data)
    with pytest.raises(ValidationError, match=match):
        FhirExchange(services.context).import_data(data, **kw)
    assert counts(services) == before


def _mangled(change: Any) -> dict[str, Any]:
    bundle = foreign_bundle()
    change(bundle)
    return bundle


def _resource(bundle: dict[str, Any], rid: str) -> dict[str, Any]:
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == rid)


def _unlinked_activity(bundle: dict[str, Any]) -> None:
    del _resource(bundle, "cp")["activity"][0]["detail"]["goal"]
    bundle["entry"].append({"resource": {**_resource(bundle, "g1"), "id": "g2"}})


@pytest.mark.parametrize(
    "change, match",
    [
        (
            lambda b: b["entry"].append({"resource": {"resourceType": "Condition", "id": "x"}}),
            r"Condition\): is not a resource type this app imports",
        ),
        (
            lambda b: b["entry"].append({"resource": {"resourceType": "Bogus<script>"}}),
            r"\(\?\): is not a resource type",
        ),
        (
            lambda b: _resource(b, "g1").update(lifecycleStatus="finished"),
            "lifecycleStatus: 'finished' is not a code FHIR R4 allows",
        ),
        (lambda b: _resource(b, "cp").update(status="Mary Jones"), r"status: '\?' is not a code"),
        (lambda b: _resource(b, "cp").update(intent=5), "intent: must be text"),
        (
            lambda b: _resource(b, "followup").update(
                valueCodeableConcept={
                    "coding": [{"system": "http://loinc.org", "code": "LA9999-9"}]
                }
            ),
            "not a Goal Attainment Scale level",
        ),
        (
            lambda b: _resource(b, "confidence").update(
                valueCodeableConcept={
                    "coding": [{"system": "http://loinc.org", "code": "LA34481-4"}]
                }
            ),
            "not a rating from 0 to 10",
        ),
        (
            lambda b: _resource(b, "followup").update(
                code={"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}
            ),
            "code '8480-6', which this app does not know",
        ),
        (
            lambda b: _resource(b, "g1").update(subject={"reference": "Patient/nobody"}),
            "refers to a resource that is not in the file",
        ),
        (
            lambda b: _resource(b, "cp").update(goal=[{"reference": "#contained"}]),
            "contained resource",
        ),
        (lambda b: b["entry"].append(copy.deepcopy(b["entry"][5])), "same fullUrl"),
        (lambda b: b["entry"].append(copy.deepcopy(b["entry"][0])), "same fullUrl"),
        (lambda b: _resource(b, "p1").update(birthDate="1975-02-30"), "not a real date"),
        (lambda b: _resource(b, "p1").update(birthDate="1975"), "full date is needed"),
        (
            lambda b: _resource(b, "p1").update(
                identifier=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765918"}]
            ),
            "NHS number is not valid",
        ),
        (
            lambda b: _resource(b, "p1").update(colour="blue"),
            "element 'colour' that FHIR R4 does not",
        ),
        (
            lambda b: _resource(b, "g1").update(
                modifierExtension=[{"url": "http://x", "valueBoolean": True}]
            ),
            "modifier extension",
        ),
        (lambda b: _resource(b, "g1").update(description={"text": "x" * 10_001}), "too long"),
        (lambda b: _resource(b, "g1").update(description={"text": " \u0007 "}), "Please enter"),
        (lambda b: b.update(type="pile"), "type: 'pile' is not a code"),
        (lambda b: b.update(entry=[]), "empty list"),
        (lambda b: b["entry"].pop(0), "exactly one Patient"),
        (lambda b: b["entry"].pop(6), "exactly one CarePlan"),
        (lambda b: _resource(b, "cp").update(status="entered-in-error"), "entered in error"),
        (_unlinked_activity, "not linked to a goal"),
        (lambda b: _resource(b, "followup").update(effectiveDateTime="2099-01-01"), "future"),
        (lambda b: _resource(b, "cp").update(period={"start": "2025-05-01"}), "before the plan"),
        (
            lambda b: _resource(b, "cp").update(activity=[{"detail": {"status": "scheduled"}}]),
            "needs the action in words",
        ),
    ],
)
def test_bad_bundles_are_refused_and_nothing_changes(
    services: Services, change: Any, match: str
) -> None:
    _refused(services, _mangled(change), match)


@pytest.mark.parametrize(
    "data, match",
    [
        (b"", "empty"),
        (b"\xff\xfe{", "not UTF-8"),
        (b'{"resourceType": "Bundle", "entry": [', "ends too early"),
        (b'{"resourceType": "Bundle", ]', "not valid JSON: line 1"),
        (b'{"resourceType": "Bundle", "type": NaN}', "does not allow"),
        (b'{"resourceType": "Bundle", "resourceType": "Bundle"}', "same element twice"),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than"),
        (b'{"a":' * 60 + b"1" + b"}" * 60, "nested more than"),
        (b"1" * 5000, "number too large"),
        (b'"just text"', "does not hold a FHIR resource"),
        (b'{"resourceType": "Patient"}', "a FHIR Patient, not a Bundle"),
        (b"{}", "no resourceType"),
        (
            json.dumps(
                {
                    "resourceType": "Bundle",
                    "type": "collection",
                    "entry": [{"resource": {"resourceType": "Patient", "id": "x" * 200_000}}],
                }
            ).encode(),
            "at most 100,000",
        ),
    ],
)
def test_files_that_are_not_sound_json_are_refused(
    services: Services, data: bytes, match: str
) -> None:
    _refused(services, data, match)


def test_an_oversized_file_is_refused_before_it_is_read(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(json.dumps(foreign_bundle()).encode())
    before = counts(services)
    with pytest.raises(ValidationError, match="larger than"):
        FhirExchange(services.context).import_file(path)
    assert counts(services) == before


def test_a_missing_file_is_refused_clearly(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be read: No such file"):
        FhirExchange(services.context).import_file(tmp_path / "none.json")


def test_an_nhs_number_of_someone_born_on_another_day_is_refused(services: Services) -> None:
    services.patients.create(PatientInput("Dot", "Jones", "1975-05-26", "943 476 5919"))
    _refused(services, foreign_bundle(), "different date of birth")


def test_a_same_name_and_birth_date_without_nhs_number_is_refused(services: Services) -> None:
    services.patients.create(PatientInput("Dorothy May", "Jones", "1975-05-25"))
    _refused(services, foreign_bundle(), "without this NHS number")
    bundle = foreign_bundle()
    del bundle["entry"][0]["resource"]["identifier"]
    _refused(services, bundle, "no NHS number to show it is the same person")


def test_an_existing_patient_is_matched_by_nhs_number(services: Services) -> None:
    mine = services.patients.create(PatientInput("Dot", "Jones", "1975-05-25", "9434765919"))
    result = FhirExchange(services.context).import_data(json.dumps(foreign_bundle()))
    assert result.patient_id == mine.id and not result.patient_created
    assert services.patients.get(mine.id).given_name == "Dot"  # the record here is not changed


def test_a_file_for_someone_else_is_refused_from_a_patient_page(services: Services) -> None:
    other = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    _refused(services, foreign_bundle(), "different person", expected_patient_id=other.id)


def test_a_second_draft_is_refused(services: Services) -> None:
    bundle = foreign_bundle()
    _resource(bundle, "cp")["status"] = "draft"
    for rid in ("followup",):
        bundle["entry"] = [e for e in bundle["entry"] if e["resource"]["id"] != rid]
    first = FhirExchange(services.context).import_data(json.dumps(bundle))
    assert first.status == "draft"
    assert services.consultations.current_draft(first.patient_id) is not None
    _refused(services, bundle, "already has a draft")


def test_a_failure_while_storing_rolls_everything_back(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careplan.fhir import service

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValidationError("review", "simulated failure after the patient was added")

    monkeypatch.setattr(service, "_review_row", broken)
    _refused(services, foreign_bundle(), "simulated failure")


def test_an_exported_plan_with_its_reviews_imports_into_the_same_database(
    services: Services, full_plan: ConsultationRecord
) -> None:
    exchange = FhirExchange(services.context)
    data = json.dumps(exchange.export_bundle(full_plan.patient_id))
    result = exchange.import_data(data, expected_patient_id=full_plan.patient_id)
    assert result.patient_id == full_plan.patient_id and result.reviews == 1


def test_only_domain_errors_come_out(services: Services) -> None:
    for data in (b"null", b"[]", b'{"resourceType": 3}', b'{"resourceType": "Bundle"}'):
        with pytest.raises(CarePlanError):
            FhirExchange(services.context).import_data(data)
