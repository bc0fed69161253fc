"""The person's conditions and results as FHIR R4 Condition and Observation resources.

Both belong to the person, not to one plan: they are written once a Bundle, with ids from
the person and the code (and the day, for a result), so two exports of the same person give
the same resources. A systolic and a diastolic blood pressure taken the same day are one
Observation with two components, as the R4 vital signs profile asks; import reads them back
as two results. Codes and profiles: see :mod:`careplan.fhir.codes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from ..clinical_codes import CONDITION_BY_CODE, TEST_BY_KEY, TestCode
from . import codes as c
from .document import ConditionDoc, MeasurementDoc
from .export_common import Json, coding, concept, ref
from .reader.records import UCUM_CODES

Add = Callable[[str, Json], None]
Url = Callable[..., str]

SYSTOLIC, DIASTOLIC = "bp_systolic", "bp_diastolic"
# R4 observation-category for each result this app keeps.
_CATEGORY = {
    "bp_systolic": ("vital-signs", "Vital Signs"),
    "bp_diastolic": ("vital-signs", "Vital Signs"),
    "bmi": ("vital-signs", "Vital Signs"),
    "weight": ("vital-signs", "Vital Signs"),
    "peak_flow": ("exam", "Exam"),
    "foot_check": ("exam", "Exam"),
    "phq9": ("survey", "Survey"),
}
_LABORATORY = ("laboratory", "Laboratory")


def _meta(kind: str) -> Json:
    return {"profile": [c.UK_CORE_PROFILES[kind]]}


def write(
    add: Add,
    url: Url,
    patient_url: str,
    conditions: Iterable[ConditionDoc],
    measurements: Iterable[MeasurementDoc],
) -> None:
    """Add a Condition for each condition and an Observation for each result."""
    for condition in conditions:
        add(url("Condition", condition.code), _condition(condition, patient_url))
    results = list(measurements)
    pressure: dict[dt.date, dict[str, MeasurementDoc]] = {}
    for result in results:
        if result.test in (SYSTOLIC, DIASTOLIC):
            pressure.setdefault(result.taken_on, {})[result.test] = result
    for result in results:
        pair = pressure.get(result.taken_on, {})
        if result.test in (SYSTOLIC, DIASTOLIC) and len(pair) == 2:
            if result.test == SYSTOLIC:
                add(
                    url("Observation", "blood-pressure", result.taken_on),
                    _blood_pressure(pair[SYSTOLIC], pair[DIASTOLIC], patient_url),
                )
            continue
        add(
            url("Observation", "result", result.test, result.taken_on), _result(result, patient_url)
        )


def _condition(condition: ConditionDoc, patient_url: str) -> Json:
    known = CONDITION_BY_CODE[condition.code]
    resource: Json = {
        "resourceType": "Condition",
        "meta": _meta("Condition"),
        "clinicalStatus": concept(coding(c.CONDITION_CLINICAL, "active", "Active")),
        "verificationStatus": concept(coding(c.CONDITION_VERIFICATION, "confirmed", "Confirmed")),
        "category": [
            concept(coding(c.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"))
        ],
        "code": concept(coding(c.SNOMED, known.code, known.term), text=known.term),
        "subject": ref(patient_url),
    }
    if condition.diagnosed_on is not None:
        resource["onsetDateTime"] = condition.diagnosed_on.isoformat()
    return resource


def _observation(spec: TestCode, day: dt.date, patient_url: str) -> Json:
    category, display = _CATEGORY.get(spec.key, _LABORATORY)
    return {
        "resourceType": "Observation",
        "meta": _meta("Observation"),
        "status": "final",
        "category": [concept(coding(c.OBSERVATION_CATEGORY, category, display))],
        "code": concept(coding(spec.system, spec.code, spec.display), text=spec.name),
        "subject": ref(patient_url),
        "effectiveDateTime": day.isoformat(),
    }


def _quantity(spec: TestCode, value: float) -> Json:
    number: int | float = int(value) if value.is_integer() else value
    return {
        "value": number,
        "unit": spec.unit,
        "system": c.UCUM,
        "code": UCUM_CODES[spec.unit],
    }


def _result(result: MeasurementDoc, patient_url: str) -> Json:
    spec = TEST_BY_KEY[result.test]
    resource = _observation(spec, result.taken_on, patient_url)
    if result.value_text is not None:
        resource["valueString"] = result.value_text
    elif result.value is not None:
        resource["valueQuantity"] = _quantity(spec, result.value)
    return resource


def _blood_pressure(systolic: MeasurementDoc, diastolic: MeasurementDoc, patient_url: str) -> Json:
    resource: Json = {
        "resourceType": "Observation",
        "meta": _meta("Observation"),
        "status": "final",
        "category": [concept(coding(c.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"))],
        "code": concept(
            coding(
                c.LOINC, c.BLOOD_PRESSURE_PANEL, "Blood pressure panel with all children optional"
            ),
            text="Blood pressure",
        ),
        "subject": ref(patient_url),
        "effectiveDateTime": systolic.taken_on.isoformat(),
        "component": [],
    }
    for result in (systolic, diastolic):
        spec = TEST_BY_KEY[result.test]
        component: Json = {"code": concept(coding(spec.system, spec.code, spec.display))}
        if result.value is not None:
            component["valueQuantity"] = _quantity(spec, result.value)
        resource["component"].append(component)
    return resource
