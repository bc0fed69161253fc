"""Who may bring data in: the practice's patient list (CSV) is registering people, which
administrators do; a person's plan from a FHIR file is clinical content, which they do not."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from careplan.audit import Actor
from careplan.fhir import FhirExchange
from careplan.imports.patients_csv import PatientImportService
from careplan.permissions import Permission, allowed
from careplan.services import PermissionDeniedError, Services
from tests.careplan.fhir.test_import import foreign_bundle
from tests.careplan.test_patient_import import FILE_DATE, nhs, write

PASSWORD = "correct horse battery"


@pytest.fixture
def signed_in(services: Services) -> dict[str, Services]:
    first = services.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    as_admin = Services(
        services.context.session_factory,
        clock=services.context.clock,
        actor=Actor(first.id, "admin", "sam"),
    )
    as_admin.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)

    def session(username: str) -> Services:
        actor = services.accounts.sign_in(username, PASSWORD)
        return Services(services.context.session_factory, clock=services.context.clock, actor=actor)

    return {"admin": session("sam"), "nurse": session("priya")}


def _csv(tmp_path: Path) -> Path:
    path = write(
        tmp_path / "practice.csv",
        f"{nhs(1)},Margaret,Okonkwo,1950-04-12,,Type 2 diabetes mellitus,61,2026-02-01,"
        "142,2026-02-01,86,,\n",
    )
    os.utime(path, (FILE_DATE.timestamp(), FILE_DATE.timestamp()))
    return path


def test_an_administrator_imports_the_patient_list_but_not_a_plan(
    signed_in: dict[str, Services], tmp_path: Path
) -> None:
    admin = signed_in["admin"]
    assert allowed("admin", Permission.IMPORT_PATIENTS)
    assert not allowed("admin", Permission.IMPORT)
    summary = PatientImportService(admin.context).import_file(_csv(tmp_path))
    assert (summary.created, summary.conditions_added, summary.results_added) == (1, 1, 3)
    with pytest.raises(PermissionDeniedError, match="does not allow"):
        FhirExchange(admin.context).import_data(json.dumps(foreign_bundle()))
    refusals = [(e.record_type, e.outcome) for e in admin.audit.entries() if e.outcome == "refused"]
    assert refusals == [("import", "refused")]


def test_clinical_staff_import_both(signed_in: dict[str, Services], tmp_path: Path) -> None:
    nurse = signed_in["nurse"]
    assert PatientImportService(nurse.context).import_file(_csv(tmp_path)).created == 1
    assert FhirExchange(nurse.context).import_data(json.dumps(foreign_bundle())).goals >= 1
