"""Importing FHIR R4 from other software: lenient about valid R4, honest about what it leaves
out, strict about the person, and all or nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from careplan.errors import CarePlanError, ValidationError
from careplan.fhir import FhirExchange, ImportResult, PersonMismatch, PersonSummary, reading
from careplan.fhir.codes import GOAL_PRIORITY
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services
from tests.careplan.fhir.conftest import counts, plan_id
from tests.careplan.fhir.test_export import validate_r4

BASE = "http://other.example/fhir"


def foreign_bundle(nhs_number: str = "9434765919") -> dict[str, Any]:
    """A plan as another R4 system might send it: server URLs, PCO examples' shapes,
    none of this app's extensions."""

    def entry(kind: str, rid: str, **resource: Any) -> dict[str, Any]:
        return {
            "fullUrl": f"{BASE}/{kind}/{rid}",
            "resource": {"resourceType": kind, "id": rid, **resource},
        }

    patient = {"reference": "Patient/p1"}

    def about_goal(
        rid: str, code: dict[str, str], value: dict[str, str], **resource: Any
    ) -> dict[str, Any]:
        """An Observation of goal g1 (its confidence, barrier, baseline or follow-up)."""
        return entry(
            "Observation",
            rid,
            status="final",
            code={"coding": [code]},
            subject=patient,
            focus=[{"reference": "Goal/g1"}],
            valueCodeableConcept={"coding": [value]},
            **resource,
        )

    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            entry(
                "Patient",
                "p1",
                identifier=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": nhs_number}],
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
            about_goal(
                "confidence",
                {
                    "system": "http://hl7.org/fhir/us/pco/CodeSystem/readiness-assessment-concepts",
                    "code": "confidence",
                },
                {"system": "http://loinc.org", "code": "LA6114-8", "display": "3"},
                effectiveDateTime="2025-02-15T15:05:00Z",
            ),
            about_goal(
                "barrier",
                {"system": "http://snomed.info/sct", "code": "452341000124107"},
                {
                    "system": "http://snomed.info/sct",
                    "code": "48694002",
                    "display": "Feeling anxious",
                },
            ),
            about_goal(
                "baseline",
                {"system": "http://loinc.org", "code": "112296-9"},
                {"system": "http://loinc.org", "code": "LA34483-0"},
                effectiveDateTime="2025-02-15",
            ),
            about_goal(
                "followup",
                {"system": "http://loinc.org", "code": "107333-7"},
                {"system": "http://loinc.org", "code": "LA34481-4"},
                performer=[{"reference": "Practitioner/gonzalez"}],
                effectiveDateTime="2025-04-17T10:15:00Z",
            ),
        ],
    }


DOROTHY = PatientInput("Dorothy May", "Jones", "1975-05-25", "943 476 5919")
LEFT_OUT = (
    "1 Observation",
    "the Patient: its gender",
    "the CareTeam: a member who is not a support (Practitioner)",
)


@pytest.fixture(params=["empty", "person present"])
def present(request: pytest.FixtureRequest, services: Services) -> int | None:
    """Each import runs into an empty database and into one where the person is registered."""
    if request.param == "empty":
        return None
    return services.patients.create(DOROTHY).id


def _import(services: Services, data: dict[str, Any], **kw: Any) -> ImportResult:
    return FhirExchange(services.context).import_data(json.dumps(data), **kw)


def _check_person(services: Services, result: ImportResult, present: int | None) -> None:
    assert result.patient_created == (present is None)
    if present is not None:
        assert result.patient_id == present
    assert services.patients.count() == 1


def test_a_bundle_from_other_software_is_imported(services: Services, present: int | None) -> None:
    result = _import(services, foreign_bundle())
    _check_person(services, result, present)
    assert result.status == "agreed" and result.left_out == LEFT_OUT
    patient = services.patients.get(result.patient_id)
    assert (patient.given_name, patient.family_name) == ("Dorothy May", "Jones")
    plan = services.consultations.get(plan_id(result))
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


def _request(method: str) -> dict[str, Any]:
    return {"request": {"method": method, "url": "Patient"}}


@pytest.mark.parametrize(
    "kind", ["collection", "document", "transaction", "batch", "searchset", "history", "message"]
)
def test_every_bundle_type_is_accepted(services: Services, present: int | None, kind: str) -> None:
    bundle = foreign_bundle()
    bundle["type"] = kind
    if kind in ("transaction", "batch", "history"):
        for entry in bundle["entry"]:
            entry.update(_request("PUT"))
    if kind == "searchset":
        for entry in bundle["entry"]:
            entry["search"] = {"mode": "match"}
    result = _import(services, bundle)
    _check_person(services, result, present)
    assert (result.goals, result.actions, result.reviews, result.left_out) == (1, 1, 1, LEFT_OUT)


def test_a_bundle_inside_a_bundle_is_read_too(services: Services) -> None:
    inner = foreign_bundle()
    outer = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": inner}]}
    result = _import(services, outer)
    assert (result.goals, result.left_out) == (1, LEFT_OUT)


def _patient(**extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": "p",
        "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
        "name": [{"family": "Jones", "given": ["Dorothy", "May"]}],
        "birthDate": "1975-05-25",
        **extra,
    }


def _goal(text: str = "Walk daily", **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Goal",
        "id": "g",
        "lifecycleStatus": "active",
        "description": {"text": text},
        "subject": {"reference": "#p"},
        **extra,
    }


def test_a_single_patient_is_registered_or_matched(services: Services, present: int | None) -> None:
    before = counts(services)
    result = _import(services, _patient(gender="female"))
    _check_person(services, result, present)
    assert (result.consultation_id, result.status) == (None, "")
    assert result.left_out == ("the Patient: its gender",)
    if present is not None:
        assert counts(services)["consultation"] == before["consultation"] == 0


def test_a_single_goal_with_its_patient_contained_is_a_draft(
    services: Services, present: int | None
) -> None:
    goal = _goal(contained=[_patient()], subject={"reference": "#p"})
    result = _import(services, goal)
    _check_person(services, result, present)
    assert (result.status, result.goals, result.left_out) == ("draft", 1, ())
    plan = services.consultations.get(plan_id(result))
    assert [g.text for g in plan.goals] == ["Walk daily"]


def test_a_single_care_plan_with_contained_resources(
    services: Services, present: int | None
) -> None:
    plan = {
        "resourceType": "CarePlan",
        "id": "cp",
        "contained": [
            _patient(),
            _goal(),
            {"resourceType": "Practitioner", "id": "gp", "name": [{"text": "Dr Rao"}]},
        ],
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "#p"},
        "period": {"start": "2025-01-10"},
        "author": {"reference": "#gp"},
        "goal": [{"reference": "#g"}],
        "activity": [
            {
                "detail": {
                    "status": "in-progress",
                    "description": "Walk to the shop",
                    "goal": [{"reference": "#g"}],
                }
            }
        ],
    }
    result = _import(services, plan)
    _check_person(services, result, present)
    assert (result.status, result.goals, result.actions, result.left_out) == ("agreed", 1, 1, ())
    stored = services.consultations.get(plan_id(result))
    assert stored.clinician_name == "Dr Rao"
    assert [a.what for a in stored.goals[0].actions] == ["Walk to the shop"]


def test_a_resource_without_its_patient_is_refused(services: Services) -> None:
    _refused(services, _goal(subject={"reference": "Patient/example"}), "holds no Patient")


def test_unlinked_activities_are_left_out_by_name(services: Services, present: int | None) -> None:
    bundle = foreign_bundle()
    del _resource(bundle, "cp")["activity"][0]["detail"]["goal"]
    _resource(bundle, "cp")["activity"].append(
        {"detail": {"status": "scheduled", "code": {"text": "Flu jab"}}}
    )
    result = _import(services, bundle)
    _check_person(services, result, present)
    assert result.actions == 0
    assert result.left_out == (
        "2 Observations",  # the confidence rating of the action left out goes with it
        "the Patient: its gender",
        "the CarePlan: activity 'Phone a friend' (not linked to a goal), "
        "activity 'Flu jab' (not linked to a goal)",
        "the CareTeam: a member who is not a support (Practitioner)",
    )


def test_unknown_types_and_missing_references_are_listed(
    services: Services, present: int | None
) -> None:
    bundle = foreign_bundle()
    for n in range(3):
        bundle["entry"].append(
            {
                "resource": {
                    "resourceType": "Encounter",
                    "id": f"e{n}",
                    "status": "finished",
                    "class": {"code": "AMB"},
                }
            }
        )
    bundle["entry"].append(
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "status": "active",
                "intent": "order",
                "medicationCodeableConcept": {"text": "Metformin"},
                "subject": {"reference": "Patient/p1"},
            }
        }
    )
    _resource(bundle, "g1")["note"] = [{"text": "Likes cafés"}]
    _resource(bundle, "cp")["author"] = {"reference": "Practitioner/not-here"}
    _resource(bundle, "cp")["addresses"] = [{"reference": "Condition/c1"}]
    result = _import(services, bundle)
    _check_person(services, result, present)
    assert result.goals == 1
    assert result.left_out == (
        "3 Encounters",
        "1 MedicationRequest",
        "1 Observation",
        "the Patient: its gender",
        "Goal 'Have lunch with friends every month': its note",
        "the CarePlan: its author (not in the file), its addresses",
        "the CareTeam: a member who is not a support (Practitioner)",
    )


def test_goal_lifecycle_dates_targets_and_codes_are_kept(services: Services) -> None:
    bundle = foreign_bundle()
    goal = _resource(bundle, "g1")
    detail_goal(
        goal,
        lifecycleStatus="on-hold",
        target=[
            {
                "measure": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
                "detailQuantity": {"value": 58, "comparator": "<", "unit": "mmol/mol"},
                "dueDate": "2025-09-01",
            },
            {
                "measure": {"text": "Weight"},
                "detailRange": {"low": {"value": 70, "unit": "kg"}, "high": {"value": 80}},
            },
            {
                "measure": {"text": "Walking"},
                "detailCodeableConcept": {"text": "Without a stick"},
            },
        ],
    )
    extra = [
        _goal(
            "Stopped goal",
            id="g2",
            lifecycleStatus="cancelled",
            subject={"reference": "Patient/p1"},
        ),
        _goal(
            "Wrong goal",
            id="g3",
            lifecycleStatus="entered-in-error",
            subject={"reference": "Patient/p1"},
        ),
    ]
    bundle["entry"].extend({"resource": g} for g in extra)
    exchange = FhirExchange(services.context)
    result = exchange.import_data(json.dumps(bundle))
    plan = services.consultations.get(plan_id(result))
    assert [g.status for g in plan.goals] == ["active", "stopped", "stopped"]
    out = exchange.export_bundle(result.patient_id)
    goals = [e["resource"] for e in out["entry"] if e["resource"]["resourceType"] == "Goal"]
    assert [g["lifecycleStatus"] for g in goals] == ["on-hold", "cancelled", "entered-in-error"]
    kept = goals[0]
    assert kept["startDate"] == "2025-01-02"
    assert kept["statusReason"] == "Waiting for a new knee"
    assert kept["priority"] == goal["priority"] and kept["category"] == goal["category"]
    assert kept["target"][1:] == goal["target"]
    assert kept["target"][0] == {"dueDate": "2025-09-01"}  # the first target's date
    validate_r4(out)


def detail_goal(goal: dict[str, Any], **more: Any) -> None:
    """Gives a Goal what a file may say of it beyond its words (when it started, why it waits,
    its priority and category); ``more`` adds its targets and the rest."""
    goal.update(
        startDate="2025-01-02",
        statusReason="Waiting for a new knee",
        priority={"coding": [{"system": GOAL_PRIORITY, "code": "high-priority"}]},
        category=[{"coding": [{"system": "http://snomed.info/sct", "code": "289169006"}]}],
        **more,
    )


def _two_people(bundle: dict[str, Any]) -> None:
    other = {"family": "Other", "given": ["An"]}
    bundle["entry"].append(
        {
            "resource": {
                "resourceType": "Patient",
                "id": "p2",
                "name": [other],
                "birthDate": "1980-01-01",
            }
        }
    )
    _resource(bundle, "g1")["subject"] = {"reference": "Patient/p2"}


@pytest.mark.parametrize(
    "change, match",
    [
        (
            lambda b: b["entry"].append({"resource": {"resourceType": "Bogus<script>"}}),
            r"names '\?', which is not a FHIR R4 resource type",
        ),
        (
            lambda b: b["entry"].append({"resource": {"resourceType": "ArtifactAssessment"}}),
            "not a FHIR R4 resource type",
        ),
        (
            lambda b: _resource(b, "g1").update(lifecycleStatus="finished"),
            "lifecycleStatus: 'finished' is not a code FHIR R4 allows",
        ),
        (lambda b: _resource(b, "cp").update(status="Mary Jones"), r"status: '\?' is not a code"),
        (lambda b: _resource(b, "cp").update(intent=5), "intent: must be text"),
        (lambda b: b["entry"].append(copy.deepcopy(b["entry"][5])), "same fullUrl"),
        (lambda b: _resource(b, "p1").update(birthDate="1975-02-30"), "not a real date"),
        (lambda b: _resource(b, "p1").update(birthDate="1975"), "no full date of birth"),
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
        (lambda b: b.update(type="pile"), "type: 'pile' is not a code"),
        (lambda b: b.update(entry=[]), "empty list"),
        (lambda b: b["entry"].pop(0), "holds no Patient"),
        (_two_people, "holds 2 people"),
    ],
)
def test_files_that_are_not_r4_or_not_safe_are_refused_and_nothing_changes(
    services: Services, change: Any, match: str
) -> None:
    _refused(services, _mangled(change), match)


@pytest.mark.parametrize(
    "change, left",
    [
        (
            lambda b: _resource(b, "cp").update(goal=[{"reference": "#contained"}]),
            "the CarePlan: a goal that is not in the file",
        ),
        (
            lambda b: _resource(b, "g1").update(subject={"reference": "Patient/nobody"}),
            "1 Goal",
        ),
        (lambda b: _resource(b, "cp").update(status="entered-in-error"), "entered in error"),
        (
            lambda b: _resource(b, "followup").update(effectiveDateTime="2099-01-01"),
            "2 Observations",
        ),
        (lambda b: _resource(b, "cp").update(period={"start": "2025-05-01"}), "2 Observations"),
        (
            lambda b: _resource(b, "cp").update(activity=[{"detail": {"status": "scheduled"}}]),
            "activity 1 (no words to show)",
        ),
        (
            lambda b: _resource(b, "g1").update(description={"text": " \u0007 "}),
            "no words to show",
        ),
        (
            lambda b: _resource(b, "followup").update(
                code={"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}
            ),
            # Now a systolic blood pressure, with a GAS answer where its number should be.
            "left out: no Systolic BP value this app can keep",
        ),
        (
            lambda b: _resource(b, "cp")["activity"][0]["detail"].update(doNotPerform=True),
            "(it says what not to do)",
        ),
    ],
)
def test_valid_r4_without_a_place_here_is_accepted_and_listed(
    services: Services, change: Any, left: str
) -> None:
    result = FhirExchange(services.context).import_data(json.dumps(_mangled(change)))
    assert any(left in line for line in result.left_out), result.left_out


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
    return next(e["resource"] for e in bundle["entry"] if e["resource"].get("id") == rid)


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
        (b'{"resourceType": "Patient"}', "has no name"),
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


def _mismatch(services: Services, data: dict[str, Any], **kw: Any) -> PersonMismatch:
    before = counts(services)
    with pytest.raises(PersonMismatch) as info:
        FhirExchange(services.context).import_data(json.dumps(data), **kw)
    assert counts(services) == before
    return info.value


def test_same_nhs_number_and_birth_date_but_another_name_is_refused(services: Services) -> None:
    services.patients.create(PatientInput("Doris", "Jones", "1975-05-25", "943 476 5919"))
    refused = _mismatch(services, foreign_bundle())
    assert "name or date of birth is different" in refused.message
    assert "Dorothy" not in refused.message  # the message itself is safe to log
    assert refused.in_file == PersonSummary(
        "Dorothy May", "Jones", dt.date(1975, 5, 25), "9434765919"
    )
    assert refused.registered == PersonSummary("Doris", "Jones", dt.date(1975, 5, 25), "9434765919")
    shown = refused.explained()
    assert "In the file: Dorothy May Jones, born 25 May 1975, NHS number 943 476 5919" in shown
    assert "Registered here: Doris Jones, born 25 May 1975, NHS number 943 476 5919" in shown


def test_a_name_differing_only_in_case_and_accents_matches(services: Services) -> None:
    mine = services.patients.create(
        PatientInput("Dorothy Máy", "JONES", "1975-05-25", "9434765919")
    )
    result = _import(services, foreign_bundle())
    assert result.patient_id == mine.id and not result.patient_created


def test_an_nhs_number_of_someone_born_on_another_day_is_refused(services: Services) -> None:
    services.patients.create(PatientInput("Dorothy May", "Jones", "1975-05-26", "943 476 5919"))
    _mismatch(services, foreign_bundle())


def test_a_same_name_and_birth_date_without_nhs_number_is_refused(services: Services) -> None:
    services.patients.create(PatientInput("Dorothy May", "Jones", "1975-05-25"))
    refused = _mismatch(services, foreign_bundle())
    assert refused.registered.nhs_number is None
    bundle = foreign_bundle()
    del bundle["entry"][0]["resource"]["identifier"]
    refused = _mismatch(services, bundle)
    assert "neither record has an NHS number" in refused.message


def test_a_file_for_someone_else_is_refused_from_a_patient_page(services: Services) -> None:
    other = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    refused = _mismatch(services, foreign_bundle(), expected_patient_id=other.id)
    assert "different person" in refused.message and refused.registered.given_name == "Mary"


def test_a_preview_stores_nothing_and_says_what_will_happen(services: Services) -> None:
    services.patients.create(DOROTHY)
    before = counts(services)
    preview = FhirExchange(services.context).preview_data(json.dumps(foreign_bundle()))
    assert counts(services) == before
    assert preview.summary() == [
        "Person: Dorothy May Jones, born 25 May 1975, NHS number 943 476 5919",
        "Registered here: name, date of birth and NHS number agree.",
        "an agreed plan: 1 goal(s), 1 action(s), 1 review(s).",
        "Left out, as this app has no place for it:",
        *(f"• {line}" for line in LEFT_OUT),
    ]


def test_importing_the_same_file_again_adds_nothing(services: Services) -> None:
    first = _import(services, foreign_bundle())
    before = counts(services)
    again = _import(services, foreign_bundle())
    assert again.already_imported and again.consultation_id == first.consultation_id
    before["audit_event"] += 1
    assert counts(services) == before


def test_a_changed_version_becomes_the_next_revision(services: Services) -> None:
    first = _import(services, foreign_bundle())
    changed = foreign_bundle()
    _resource(changed, "g1")["description"] = {"text": "Have lunch with friends every week"}
    second = _import(services, changed)
    assert not second.already_imported and second.revision_of == first.consultation_id
    plan = services.consultations.get(plan_id(second))
    assert [g.text for g in plan.goals] == ["Have lunch with friends every week"]
    assert plan.revision == 2
    latest = services.consultations.latest_agreed(first.patient_id)
    assert latest is not None and latest.id == second.consultation_id
    assert _import(services, changed).already_imported


def test_a_second_draft_is_refused(services: Services) -> None:
    bundle = foreign_bundle()
    _resource(bundle, "cp")["status"] = "draft"
    first = _import(services, bundle)
    assert first.status == "draft"
    assert services.consultations.current_draft(first.patient_id) is not None
    _resource(bundle, "g1")["description"] = {"text": "Something else"}
    _refused(services, bundle, "already has a draft")


def test_a_failure_while_storing_rolls_everything_back(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careplan.fhir import storing

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValidationError("review", "simulated failure after the patient was added")

    monkeypatch.setattr(storing, "_review_row", broken)
    _refused(services, foreign_bundle(), "simulated failure")


def test_an_exported_plan_imported_into_the_same_database_is_recognised(
    services: Services, full_plan: ConsultationRecord
) -> None:
    exchange = FhirExchange(services.context)
    data = json.dumps(exchange.export_bundle(full_plan.patient_id))
    result = exchange.import_data(data, expected_patient_id=full_plan.patient_id)
    assert result.patient_id == full_plan.patient_id
    assert result.already_imported and result.consultation_id == full_plan.id


def test_only_domain_errors_come_out(services: Services) -> None:
    for data in (b"null", b"[]", b'{"resourceType": 3}', b'{"resourceType": "Bundle"}'):
        with pytest.raises(CarePlanError):
            FhirExchange(services.context).import_data(data)
