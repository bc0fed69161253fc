"""The FHIR R4 specification's own examples (tests/careplan/fhir/outside/, see its README):
each is valid R4 by the official JSON Schema, and the import accepts it with the right
"left out" list, or refuses it for a stated reason that holds (no person to attach it to,
more than one person)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from careplan.errors import ValidationError
from careplan.fhir import FhirExchange, ImportResult
from careplan.services import Services
from tests.careplan.fhir.conftest import counts
from tests.careplan.fhir.test_r4_schema import schema_errors

OUTSIDE = Path(__file__).parent / "outside"
NO_PATIENT = "The file holds no Patient (a name and a date of birth)"


def _read(name: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads((OUTSIDE / f"{name}.json").read_text(encoding="utf-8"))
    return value


def _import_bundle(services: Services, *names: str) -> ImportResult:
    """The spec's resources, unchanged, in one collection Bundle, imported."""
    entries = []
    for name in names:
        resource = _read(name)
        url = f"http://hl7.org/fhir/{resource['resourceType']}/{resource['id']}"
        entries.append({"fullUrl": url, "resource": resource})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    return FhirExchange(services.context).import_data(json.dumps(bundle))


@pytest.mark.parametrize("path", sorted(OUTSIDE.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_is_valid_r4(path: Path) -> None:
    value = json.loads(path.read_text(encoding="utf-8"))
    if value["resourceType"] == "Bundle":  # a transaction's DELETE and GET hold no resource
        value = {**value, "entry": [e for e in value["entry"] if "resource" in e]}
    assert schema_errors(value) == []


def test_the_example_patient_is_registered_and_what_has_no_place_is_listed(
    services: Services,
) -> None:
    result = FhirExchange(services.context).import_data(json.dumps(_read("Patient-example")))
    assert (result.patient_created, result.consultation_id) == (True, None)
    assert result.left_out == (
        "the Patient: its gender, its deceased boolean, its contact, its managing organization",
    )
    person = services.patients.get(result.patient_id)
    assert (person.given_name, person.family_name, person.date_of_birth) == (
        "Peter James",
        "Chalmers",
        dt.date(1974, 12, 25),
    )
    assert person.preferred_name == "Jim"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("CarePlan-example", NO_PATIENT),
        ("Goal-example", NO_PATIENT),
        ("Observation-blood-pressure", NO_PATIENT),
        ("Condition-example", NO_PATIENT),
        # Observations of "Patient/pat2", who is not in the file.
        ("Bundle-lipids", NO_PATIENT),
        ("Bundle-bundle-transaction", "The file holds 5 people"),
    ],
)
def test_examples_with_no_one_to_attach_them_to_are_refused_and_nothing_is_stored(
    services: Services, name: str, reason: str
) -> None:
    before = counts(services)
    with pytest.raises(ValidationError) as refused:
        FhirExchange(services.context).import_data(json.dumps(_read(name)))
    assert reason in refused.value.message
    assert counts(services) == before


def test_a_bundle_of_the_obesity_examples_maps_the_plan_goal_and_results(
    services: Services,
) -> None:
    result = _import_bundle(
        services,
        "Patient-example",
        "CarePlan-example",
        "Goal-example",
        "Observation-blood-pressure",
        "Observation-bmi",
        "Observation-example",
        "Condition-example",
        "Condition-stroke",
    )
    assert (result.status, result.goals, result.actions, result.results) == ("agreed", 1, 0, 3)
    assert result.left_out == (
        "the Patient: its gender, its deceased boolean, its contact, its managing organization",
        "Goal 'Target weight is 160 to 180 lbs.': its status date, its outcome reference, "
        "what it addresses",
        "the CarePlan: what came of activity 1, activity 'Weight Measured' (not linked to a "
        "goal), its instantiates uri, its based on, its part of, its category, its "
        "description, its encounter, its addresses, its care team (not in the file)",
        "Condition 'Obesity': left out: not a condition on this app's registers",
        "Condition 'Burnt Ear': left out: not a condition on this app's registers",
        "Observation 'Blood pressure systolic & diastolic': its based on, its performer, "
        "its interpretation, its body site",
        "Observation 'Body Weight': its Weight in lbs (this app keeps kg), its encounter",
    )
    # An ischaemic stroke (SNOMED CT 422504002), as clinical systems code it, is on the
    # stroke and TIA register with the date it began.
    (stroke,) = services.registers.conditions(result.patient_id)
    assert (stroke.code, stroke.register, stroke.diagnosed_on) == (
        "422504002",
        "stroke_tia",
        dt.date(2010, 7, 18),
    )
    plan = services.consultations.get(result.consultation_id or 0)
    (goal,) = plan.goals
    assert goal.text == "Target weight is 160 to 180 lbs."
    # The goal's lifecycle (on hold), priority and target range are kept as the file says.
    document = FhirExchange(services.context).plan_document(result.patient_id, plan.id)
    assert document.plan is not None
    kept = document.plan.goals[0]
    assert (kept.lifecycle, kept.start_date) == ("on-hold", dt.date(2015, 4, 5))
    assert kept.targets and "160" in (kept.targets[0].detail or "")
    results = {
        (s.test, p.taken_on, p.shown)
        for s in services.results.results(result.patient_id)
        for p in s.points
    }
    assert results == {
        ("bp_systolic", dt.date(2012, 9, 17), "107"),
        ("bp_diastolic", dt.date(2012, 9, 17), "60"),
        ("bmi", dt.date(1999, 7, 2), "16.2"),
    }


def test_a_bundle_of_the_renal_examples_is_a_draft_and_lists_the_rest(
    services: Services,
) -> None:
    result = _import_bundle(
        services,
        "Patient-f201",
        "CarePlan-f201",
        "Condition-f201",
        "Condition-f204",
        "Observation-f202",
        "Observation-f204",
        "Observation-f205",
    )
    assert (result.status, result.goals, result.conditions, result.results) == ("draft", 1, 0, 0)
    assert result.left_out == (
        "3 Observations",  # temperature, creatinine, a kidney echo: no place for them
        "the Patient: its gender, its deceased boolean, its marital status, its multiple "
        "birth boolean, its photo, its contact, its managing organization",
        "the CarePlan: activity 'Potassium supplementation' (not linked to a goal), activity "
        "'Echography of kidney' (not linked to a goal), its addresses",
        "the CareTeam: a member who is not a support (Practitioner)",
        "Condition 'Fever': left out: no longer active (resolved)",
        "Condition 'Acute renal insufficiency specified as…': left out: not confirmed "
        "(differential)",
    )
