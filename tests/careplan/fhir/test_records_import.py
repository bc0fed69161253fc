"""Conditions and results written by other systems: what maps, what is left out and why,
and what a second import of a changed file does."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

from careplan.fhir import FhirExchange
from careplan.services import Services
from tests.careplan.fhir.conftest import counts

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
PATIENT = "http://gp.example/fhir/Patient/p1"


def _condition(rid: str, code: str, display: str, **more: Any) -> dict[str, Any]:
    return {
        "fullUrl": f"http://gp.example/fhir/Condition/{rid}",
        "resource": {
            "resourceType": "Condition",
            "id": rid,
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
            "subject": {"reference": "Patient/p1"},
            **more,
        },
    }


def _observation(
    rid: str, code: str, text: str, *, on: str = "2026-01-10", **more: Any
) -> dict[str, Any]:
    return {
        "fullUrl": f"http://gp.example/fhir/Observation/{rid}",
        "resource": {
            "resourceType": "Observation",
            "id": rid,
            "status": "final",
            "code": {"coding": [{"system": LOINC, "code": code}], "text": text},
            "subject": {"reference": "Patient/p1"},
            "effectiveDateTime": on,
            **more,
        },
    }


def _bundle() -> dict[str, Any]:
    """A practice's record of one person: no plan, conditions and results as GP systems
    write them, some of them things this app has no place for."""
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            {
                "fullUrl": PATIENT,
                "resource": {
                    "resourceType": "Patient",
                    "id": "p1",
                    "identifier": [
                        {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}
                    ],
                    "name": [{"family": "Okoro", "given": ["Ada"]}],
                    "birthDate": "1950-02-03",
                },
            },
            _condition(
                "c1",
                "44054006",
                "Type 2 diabetes mellitus",
                clinicalStatus={"coding": [{"system": CLINICAL, "code": "active"}]},
                verificationStatus={"coding": [{"system": VERIFICATION, "code": "confirmed"}]},
                onsetDateTime="2012-05-04",
                note=[{"text": "Diet controlled at first"}],
            ),
            _condition("c2", "38341003", "Hypertensive disorder", onsetDateTime="2016"),
            _condition("c3", "39065001", "Burn of ear"),
            _condition(
                "c4",
                "195967001",
                "Asthma",
                clinicalStatus={"coding": [{"system": CLINICAL, "code": "resolved"}]},
            ),
            _condition(
                "c5",
                "35489007",
                "Depressive disorder",
                verificationStatus={"coding": [{"system": VERIFICATION, "code": "provisional"}]},
            ),
            _observation(
                "o1",
                "59261-8",
                "HbA1c",
                on="2026-01-10T09:30:00Z",
                valueQuantity={"value": 61, "unit": "mmol/mol", "system": UCUM, "code": "mmol/mol"},
                referenceRange=[{"high": {"value": 48}}],
            ),
            _observation(
                "o2",
                "85354-9",
                "Blood pressure",
                component=[
                    {
                        "code": {"coding": [{"system": LOINC, "code": "8480-6"}]},
                        "valueQuantity": {"value": 142, "system": UCUM, "code": "mm[Hg]"},
                    },
                    {
                        "code": {"coding": [{"system": LOINC, "code": "8462-4"}]},
                        "valueQuantity": {"value": 86, "system": UCUM, "code": "mm[Hg]"},
                    },
                ],
            ),
            _observation(
                "o3",
                "29463-7",
                "Body weight",
                valueQuantity={"value": 185, "unit": "lbs", "system": UCUM, "code": "[lb_av]"},
            ),
            _observation(
                "o4",
                "2093-3",
                "Cholesterol",
                status="preliminary",
                valueQuantity={"value": 5.1, "unit": "mmol/L"},
            ),
            _observation(
                "o5",
                "8867-4",
                "Heart rate",
                valueQuantity={"value": 72, "unit": "beats/minute"},
            ),
            _observation(
                "o6",
                "62238-1",
                "eGFR",
                valueQuantity={"value": 900, "unit": "mL/min/1.73m2"},
            ),
        ],
    }


def _import(services: Services, bundle: dict[str, Any]) -> Any:
    return FhirExchange(services.context).import_data(json.dumps(bundle))


def _stored(services: Services, patient_id: int) -> tuple[list[Any], list[Any]]:
    conditions = sorted(
        (c.code, c.diagnosed_on, c.source) for c in services.registers.conditions(patient_id)
    )
    results = sorted(
        (s.test, p.taken_on, p.shown, p.source)
        for s in services.results.results(patient_id)
        for p in s.points
    )
    return conditions, results


def test_conditions_and_results_map_and_the_rest_is_listed(services: Services) -> None:
    exchange = FhirExchange(services.context)
    preview = exchange.preview_data(json.dumps(_bundle()))
    assert "The file holds no plan." in preview.summary()
    assert any("2 condition(s), 3 result(s)" in line for line in preview.summary())
    result = exchange.import_preview(preview)
    assert result.consultation_id is None and result.patient_created
    assert (result.conditions, result.results) == (2, 3)
    day = dt.date(2026, 1, 10)
    assert _stored(services, result.patient_id) == (
        [
            ("38341003", None, "fhir"),  # onset "2016" is only a year: left out, and said
            ("44054006", dt.date(2012, 5, 4), "fhir"),
        ],
        [
            ("bp_diastolic", day, "86", "fhir"),
            ("bp_systolic", day, "142", "fhir"),
            ("hba1c", day, "61", "fhir"),
        ],
    )
    assert result.left_out == (
        "1 Observation",  # the heart rate: no place for it at all
        "Condition 'Type 2 diabetes mellitus': its note",
        "Condition 'Hypertensive disorder': its onset (not a full date)",
        "Condition 'Burn of ear': left out: not a condition on this app's registers",
        "Condition 'Asthma': left out: no longer active (resolved)",
        "Condition 'Depressive disorder': left out: not confirmed (provisional)",
        "Observation 'HbA1c': its reference range",
        "Observation 'Body weight': its Weight in lbs (this app keeps kg)",
        "Observation 'Cholesterol': left out: not final (preliminary)",
        "Observation 'eGFR': eGFR 900 mL/min/1.73m2 is not possible; please check it (1 to 200).",
    )


def test_importing_again_adds_nothing_and_a_corrected_result_replaces_the_old(
    services: Services,
) -> None:
    first = _import(services, _bundle())
    rows = counts(services)
    again = _import(services, _bundle())
    assert (again.patient_id, again.conditions, again.results) == (first.patient_id, 0, 0)
    rows["audit_event"] += 1
    assert counts(services) == rows
    # The practice corrects the HbA1c (a new value, a day later) and dates the hypertension.
    changed = copy.deepcopy(_bundle())
    hba1c = changed["entry"][6]["resource"]
    hba1c.update(status="amended", effectiveDateTime="2026-01-11")
    hba1c["valueQuantity"]["value"] = 59
    changed["entry"][2]["resource"]["onsetDateTime"] = "2016-07-01"
    third = _import(services, changed)
    assert (third.conditions, third.results) == (1, 1)
    conditions, results = _stored(services, first.patient_id)
    assert ("38341003", dt.date(2016, 7, 1), "fhir") in conditions
    assert [r for r in results if r[0] == "hba1c"] == [
        ("hba1c", dt.date(2026, 1, 11), "59", "fhir")
    ]
    # Corrected in place: no second HbA1c, no second hypertension.
    after = counts(services)
    assert (after["result"], after["condition"]) == (rows["result"], rows["condition"])


def test_records_of_someone_else_in_the_file_are_left_out_whole(services: Services) -> None:
    bundle = _bundle()
    other = _condition("c9", "84114007", "Heart failure")
    other["resource"]["subject"] = {"reference": "Patient/someone-else"}
    bundle["entry"].append(other)
    result = _import(services, bundle)
    assert result.left_out[0] == "1 Condition"
    assert "84114007" not in [c[0] for c in _stored(services, result.patient_id)[0]]


def test_results_in_the_future_or_before_birth_are_left_out(services: Services) -> None:
    bundle = _bundle()
    bundle["entry"][6]["resource"]["effectiveDateTime"] = "2099-01-01"
    bundle["entry"][1]["resource"]["onsetDateTime"] = "1900-01-01"
    result = _import(services, bundle)
    assert "Observation 'HbA1c': left out: dated in the future or before birth" in result.left_out
    assert any(
        line.startswith("Condition 'Type 2 diabetes mellitus'")
        and "its date of onset (in the future or before birth)" in line
        for line in result.left_out
    )
    assert result.results == 2
