"""A second, independent validator: the official FHIR R4 JSON Schema, over exports of the
whole demo practice (every plan of every person with their conditions and results, and each
person's plans with all their revisions), beside fhir.resources; and every demo plan
round-trips through an empty database to the same content."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft6Validator  # type: ignore[import-untyped]
from sqlalchemy import select

from careplan import models as m
from careplan.demo import load_demo
from careplan.fhir import FhirExchange, codes
from careplan.services import Services
from careplan.storage import Database
from tests.careplan.fhir.conftest import content
from tests.careplan.fhir.test_export import validate_r4

SCHEMA = Path(__file__).parent / "r4_schema" / "fhir.schema.json.gz"
DEMO_PATIENTS = 12


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    assert schema["id"] == "http://hl7.org/fhir/json-schema/4.0"
    return schema


@cache
def _validator(kind: str) -> Draft6Validator:
    """The schema's own definition of ``kind`` (as its discriminator picks it)."""
    schema = _schema()
    mapping = schema["discriminator"]["mapping"]
    return Draft6Validator({"$ref": mapping[kind], "definitions": schema["definitions"]})


@cache
def _entry_validator() -> Draft6Validator:
    definitions = _schema()["definitions"]
    return Draft6Validator({"$ref": "#/definitions/Bundle_Entry", "definitions": definitions})


def schema_errors(resource: dict[str, Any]) -> list[str]:
    """Every way ``resource`` breaks the R4 JSON Schema (a Bundle's entries one by one, so a
    failure names its resource rather than "not valid under any of the given schemas")."""
    kind = resource["resourceType"]
    shell = {**resource, "entry": []} if kind == "Bundle" else resource
    found = [f"{kind}: {e.message}" for e in _validator(kind).iter_errors(shell)]
    for n, entry in enumerate(resource.get("entry", []) if kind == "Bundle" else []):
        inner = entry["resource"]
        found.extend(
            f"entry[{n}]: {e.message}" for e in _validator(inner["resourceType"]).iter_errors(inner)
        )
        shell_entry = {k: v for k, v in entry.items() if k != "resource"}
        found.extend(
            f"entry[{n}]: {e.message}" for e in _entry_validator().iter_errors(shell_entry)
        )
    return found


def test_the_schema_knows_the_same_resource_types_as_the_importer() -> None:
    schema = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    assert set(schema["discriminator"]["mapping"]) == codes.R4_RESOURCE_TYPES


def test_the_schema_catches_what_r4_forbids() -> None:
    bad = {"resourceType": "Goal", "lifecycleStatus": "finished", "subject": {}}
    assert schema_errors(bad)  # a code outside the binding, and no description


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    # This seed gives twelve people with plans and every kind of result the app keeps.
    load_demo(db, DEMO_PATIENTS, seed=4)
    yield Services(db.session_factory)
    db.close()


def _plans(services: Services) -> list[tuple[int, int, str]]:
    with services.context.session_factory() as session:
        rows = session.execute(
            select(m.Consultation.patient_id, m.Consultation.id, m.Consultation.status).order_by(
                m.Consultation.patient_id, m.Consultation.id
            )
        )
        return [(p, c, s) for p, c, s in rows]


def test_every_demo_export_is_valid_r4_by_both_validators(demo: Services) -> None:
    exchange = FhirExchange(demo.context)
    plans = _plans(demo)
    assert len({p for p, _c, _s in plans}) == DEMO_PATIENTS
    checked = 0
    kinds: set[str] = set()
    for patient_id, consultation_id, _status in plans:
        bundle = exchange.export_bundle(patient_id, consultation_id)
        validate_r4(bundle)
        assert schema_errors(bundle) == [], (patient_id, consultation_id)
        checked += 1
        kinds |= {
            json.dumps(e["resource"].get("code", {}).get("coding", [{}])[0].get("code"))
            + e["resource"]["resourceType"]
            for e in bundle["entry"]
            if e["resource"]["resourceType"] in ("Condition", "Observation")
        }
    # The people's conditions and results are among them: a blood-pressure panel, an HbA1c.
    assert any(k.endswith("Condition") for k in kinds)
    assert {'"85354-9"Observation', '"59261-8"Observation'} <= kinds
    for patient_id in {p for p, _c, s in plans if s == "agreed"}:
        bundle = exchange.export_bundle(patient_id, all_revisions=True)
        validate_r4(bundle)
        assert schema_errors(bundle) == []
    assert checked == len(plans)


def test_every_demo_plan_round_trips_through_an_empty_database(
    demo: Services, tmp_path: Path
) -> None:
    source = FhirExchange(demo.context)
    db = Database.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        target = FhirExchange(Services(db.session_factory).context)
        for patient_id, consultation_id, _status in _plans(demo):
            first = source.export_bundle(patient_id, consultation_id)
            result = target.import_data(json.dumps(first))
            assert result.left_out == () and not result.already_imported
            assert result.consultation_id is not None
            second = target.export_bundle(result.patient_id, result.consultation_id)
            assert content(second) == content(first), (patient_id, consultation_id)
    finally:
        db.close()
