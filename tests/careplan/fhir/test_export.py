"""Exporting a plan as a FHIR R4 Bundle: valid R4 by an independent validator, PCO codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import fhir.resources
import pytest
from fhir.resources.bundle import Bundle

from careplan.atomic import FileWriteError
from careplan.errors import ValidationError
from careplan.fhir import FhirExchange, codes
from careplan.records import ConsultationRecord, PatientInput
from careplan.services import Services
from tests.careplan.fhir.conftest import content
from tests.conftest import FixedClock

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _codes(concept: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["system"], c["code"]) for c in concept.get("coding", [])}


def validate_r4(bundle: dict[str, Any]) -> None:
    """fhir.resources 6.4.0 models FHIR 4.0.1: it refuses unknown elements, wrong types,
    missing required elements and malformed primitives in every resource of the Bundle."""
    assert fhir.resources.__fhir_version__ == "4.0.1"
    Bundle.parse_obj(bundle)


def test_the_export_is_valid_fhir_r4(exchange: FhirExchange, full_plan: ConsultationRecord) -> None:
    bundle = exchange.export_bundle(full_plan.patient_id)
    validate_r4(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert bundle["type"] == "collection"
    assert {"Patient", "Practitioner", "CareTeam", "CarePlan", "Goal", "Observation"} <= set(kinds)
    assert kinds.count("Goal") == 3 and kinds.count("Patient") == 1
    for entry in bundle["entry"]:
        assert entry["fullUrl"] == codes.URN_UUID + entry["resource"]["id"]
    # Every reference points to an entry of the Bundle.
    urls = {e["fullUrl"] for e in bundle["entry"]}
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("reference"), str):
                refs.append(node["reference"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(bundle)
    assert refs and set(refs) <= urls


def test_goal_invariant_gol_1_holds(exchange: FhirExchange, full_plan: ConsultationRecord) -> None:
    # gol-1 is an R4 invariant the models do not check: a target detail needs a measure.
    for goal in _resources(exchange.export_bundle(full_plan.patient_id), "Goal"):
        for target in goal.get("target", []):
            details = [k for k in target if k.startswith("detail")]
            assert not details or "measure" in target


def test_the_plan_maps_to_care_plan_goals_and_pco_observations(
    exchange: FhirExchange, full_plan: ConsultationRecord
) -> None:
    bundle = exchange.export_bundle(full_plan.patient_id)
    (patient,) = _resources(bundle, "Patient")
    assert patient["identifier"] == [
        {"use": "official", "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}
    ]
    assert patient["name"][0] == {
        "use": "official",
        "family": "Wiśniewska-O'Brien",
        "given": ["Zoë"],
    }
    (plan,) = _resources(bundle, "CarePlan")
    assert (plan["status"], plan["intent"]) == ("active", "plan")
    assert plan["author"]["display"] == "Dr Amara Okafor"
    assert plan["period"] == {"start": "2026-03-02"}
    # what matters (2), the agenda, the preparation prompts and its two results
    assert len(plan["goal"]) == 3 and len(plan["supportingInfo"]) == 6
    actions = [a for a in plan["activity"] if a["id"].startswith("action-")]
    assert [a["detail"]["description"] for a in actions] == [
        "Walk round the block",
        "Come along on Saturdays",
        "Check my feet",
        "Ask the choir about seats",
    ]
    assert actions[0]["detail"]["scheduledString"] == "5 minutes, after lunch, 5 days a week"
    assert actions[1]["detail"]["performer"] == [{"type": "RelatedPerson", "display": "Sam (son)"}]
    review = next(a for a in plan["activity"] if a["id"] == "review")
    assert review["detail"]["scheduledPeriod"] == {"start": "2026-06-02"}

    walk = _resources(bundle, "Goal")[0]
    assert walk["description"] == {"text": "Walk to the park with my granddaughter"}
    assert walk["lifecycleStatus"] == "active"
    assert _codes(walk["priority"]) == {(codes.GOAL_PRIORITY, "high-priority")}
    assert walk["expressedBy"] == {"reference": patient and plan["subject"]["reference"]}
    assert walk["target"][0]["dueDate"] == "2026-06-01"
    assert walk["target"][0]["detailCodeableConcept"]["text"] == "Walk 20 minutes without stopping"
    achieved = _resources(bundle, "Goal")[2]
    assert achieved["lifecycleStatus"] == "completed"
    assert _codes(achieved["achievementStatus"]) == {(codes.GOAL_ACHIEVEMENT, "achieved")}

    observations = _resources(bundle, "Observation")
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for obs in observations:
        for key in _codes(obs["code"]):
            by_code.setdefault(key, []).append(obs)
    gas = by_code[(codes.LOINC, codes.GAS_PATIENT_FOLLOW_UP)]
    assert sorted(_codes(o["valueCodeableConcept"]).pop()[1] for o in gas) == sorted(
        ["LA34480-6", "LA34483-0", "LA34479-8"]
    )
    confidence = by_code[(codes.PCO_READINESS, "confidence")]
    assert {_codes(o["valueCodeableConcept"]).pop()[1] for o in confidence} == {
        "LA10137-0",  # 5, first rating
        "LA10140-4",  # 8, after making the action smaller
        "LA13942-0",  # 10
    }
    barriers = by_code[(codes.SNOMED, codes.GOAL_BARRIER_CODE)]
    assert [b["valueString"] for b in barriers] == ["Rain", "Feeling tired", "Bus strike"]
    assert barriers[0]["note"] == [{"text": "Walk in the shopping centre"}]
    (what_matters, _second) = by_code[(codes.PCO_CONCEPTS, codes.WHAT_MATTERS)]
    assert what_matters["valueString"] == "Looking after my grandchildren 👵"
    (team, _present) = _resources(bundle, "CareTeam")
    assert [p["member"]["display"] for p in team["participant"]] == [
        "Priya Shah",
        "Sam",
        "Walking group",
        "NHS walking app",
    ]
    assert patient["meta"]["profile"] == [
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"
    ]


def test_the_agenda_people_present_and_preparation_are_exported(
    exchange: FhirExchange, full_plan: ConsultationRecord, services: Services
) -> None:
    bundle = exchange.export_bundle(full_plan.patient_id)
    (agenda,) = _resources(bundle, "List")
    topics = [
        (
            e["item"]["display"],
            e["extension"][0]["valueCode"],
            e["flag"]["coding"][0]["code"],
        )
        for e in agenda["entry"]
    ]
    stored = services.consultations.get(full_plan.id).agenda
    assert topics == [(a.text, a.raised_by, f"agenda-{a.status}") for a in stored]
    assert topics[0] == ("Sore feet", "patient", "agenda-discussed")
    assert topics[2] == ("Flu jab", "clinician", "agenda-deferred")
    (_team, present) = _resources(bundle, "CareTeam")
    assert _codes(present["category"][0]) == {(codes.LOCAL_CODES, codes.CODE_PEOPLE_PRESENT)}
    roles = [_codes(p["role"][0]).pop()[1] for p in present["participant"]]
    assert roles == ["present-patient", "present-carer", "present-interpreter", "present-clinician"]
    related = {r["name"][0]["text"] for r in _resources(bundle, "RelatedPerson")}
    assert {"Sam (son)", "Ewa Nowak"} <= related
    (prompts,) = _resources(bundle, "QuestionnaireResponse")
    assert [(i["linkId"], i["answer"][0]["valueString"]) for i in prompts["item"]] == [
        ("what-matters", "My grandchildren"),
        ("talk-about", "Feet hurting\nand sleep"),
        ("information-preference", "Large print, by post"),
    ]
    results = [
        o
        for o in _resources(bundle, "Observation")
        if (codes.LOCAL_CODES, codes.CODE_PREPARATION_RESULT) in _codes(o.get("category", [{}])[0])
    ]
    assert [(r["code"]["text"], r.get("valueString")) for r in results] == [
        ("HbA1c", "58 mmol/mol"),
        ("Blood pressure", "138/82"),
    ]
    assert results[0]["note"] == [{"text": "A little above your target"}]


def test_the_export_is_deterministic_apart_from_its_timestamp(
    exchange: FhirExchange, full_plan: ConsultationRecord, clock: FixedClock
) -> None:
    first = exchange.export_bundle(full_plan.patient_id)
    clock.advance(days=1)
    second = exchange.export_bundle(full_plan.patient_id)
    assert first["timestamp"] != second["timestamp"]
    assert content(first) == content(second)


def test_export_file_is_written_atomically_and_readable(
    exchange: FhirExchange, full_plan: ConsultationRecord, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    result = exchange.export_file(
        full_plan.patient_id, tmp_path / "plan.json", progress=lambda d, t: steps.append((d, t))
    )
    data = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    validate_r4(data)
    assert result.resources == len(data["entry"]) and result.consultation_id == full_plan.id
    assert steps[-1] == (1000, 1000) and steps == sorted(steps)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_export_to_a_missing_folder_is_refused_clearly(
    exchange: FhirExchange, full_plan: ConsultationRecord, tmp_path: Path
) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        exchange.export_file(full_plan.patient_id, tmp_path / "nowhere" / "plan.json")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_leaves_no_partial_file(
    exchange: FhirExchange,
    full_plan: ConsultationRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "plan.json"
    target.write_text("keep me", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(FileWriteError, match="No space"):
        exchange.export_file(full_plan.patient_id, target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_no_agreed_plan_means_nothing_to_export(
    exchange: FhirExchange, services: Services, tmp_path: Path
) -> None:
    patient = services.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    services.consultations.start_or_resume(patient.id, None)
    with pytest.raises(ValidationError, match="no agreed plan"):
        exchange.export_file(patient.id, tmp_path / "plan.json")
    assert not (tmp_path / "plan.json").exists()


def test_a_patient_without_nhs_number_or_plan_extras_exports_valid_r4(
    exchange: FhirExchange, services: Services
) -> None:
    patient = services.patients.create(PatientInput("Ann", "Lee", "1990-01-01"))
    plan = services.consultations.start_or_resume(patient.id, None)
    services.consultations.add_goal(plan.id, "Sleep better")
    plan = services.consultations.get(plan.id)
    services.consultations.agree(plan.id, plan.version, incomplete_reason=PARTIAL)
    bundle = exchange.export_bundle(patient.id)
    validate_r4(bundle)
    (resource,) = _resources(bundle, "Patient")
    assert "identifier" not in resource
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == [
        "Patient",
        "CarePlan",
        "Goal",
    ]
