"""careplan-admin export / import / calendar, run as a person would run them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from careplan.cli import common as cli_common
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.careplan.fhir.conftest import build_full_plan, content, row_counts
from tests.conftest import FixedClock
from tests.support.processes import admin


def _open(url: str) -> Database:
    """The database opened exactly as careplan-admin opens it (its key, if any, included)."""
    return cli_common.open_database(url)


def _with_plan(url: str) -> None:
    db = _open(url)
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC))
    try:
        build_full_plan(Services(db.session_factory, clock=clock), clock)
    finally:
        db.close()


def _counts(url: str) -> dict[str, int]:
    db = _open(url)
    try:
        with db.session() as session:
            return row_counts(session)
    finally:
        db.close()


def test_export_import_export_from_the_command_line(tmp_path: Path) -> None:
    source, target = f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}"
    _with_plan(source)
    first = admin(
        "export",
        "--patient",
        "943 476 5919",
        "--format",
        "fhir",
        "--out",
        str(tmp_path / "plan.json"),
        "--database",
        source,
    )
    assert first.returncode == 0, first.stderr
    assert "plan.json" in first.stdout and "FHIR R4" in first.stdout
    imported = admin("import", str(tmp_path / "plan.json"), "--database", target)
    assert imported.returncode == 0, imported.stderr
    assert (
        "(agreed)" in imported.stdout and "3 goal(s), 4 action(s), 1 review(s)" in imported.stdout
    )
    assert "NHS number 943 476 5919" in imported.stdout and "Zoë" not in imported.stdout
    again = admin("export", "--patient", "9434765919", "--out", str(tmp_path), "--database", target)
    assert again.returncode == 0, again.stderr
    (second,) = [p for p in tmp_path.glob("care-plan-9434765919-*.json")]
    assert content(json.loads((tmp_path / "plan.json").read_text())) == content(
        json.loads(second.read_text())
    )


def test_unknown_patient_or_no_plan_fails_clearly_and_writes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    db = _open(url)
    Services(db.session_factory).patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    db.close()
    out = tmp_path / "plan.json"
    unknown = admin("export", "--patient", "943 476 5919", "--out", str(out), "--database", url)
    assert unknown.returncode == 1 and "No patient has the NHS number" in unknown.stderr
    none = admin("export", "--patient", "1", "--out", str(out), "--database", url)
    assert none.returncode == 1 and "no agreed plan" in none.stderr
    wrong = admin(
        "export", "--patient", "1", "--format", "csv", "--out", str(out), "--database", url
    )
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
    assert not out.exists()


def test_a_refused_import_says_why_and_stores_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    _with_plan(url)
    before = _counts(url)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": {"resourceType": "Condition"}}],
            }
        )
    )
    refused = admin("import", str(bad), "--database", url)
    assert refused.returncode == 1
    assert "holds no Patient" in refused.stderr and "nothing was imported" in refused.stderr
    missing = admin("import", str(tmp_path / "none.json"), "--database", url)
    assert missing.returncode == 1 and "cannot be read" in missing.stderr
    assert _counts(url) == before


def test_calendar_writes_the_next_review(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    _with_plan(url)
    done = admin(
        "calendar",
        "--patient",
        "9434765919",
        "--out",
        str(tmp_path),
        "--practice-name",
        "Leeds GP",
        "--database",
        url,
    )
    assert done.returncode == 0, done.stderr
    assert "review on 2026-09-01" in done.stdout
    data = (tmp_path / "care-plan-review.ics").read_bytes()
    assert b"SUMMARY:Care plan review at Leeds GP\r\n" in data


def test_import_says_what_it_leaves_out_checks_first_and_refuses_the_wrong_person(
    tmp_path: Path,
) -> None:
    from tests.careplan.fhir.test_import import foreign_bundle

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    _with_plan(url)
    bundle = foreign_bundle(nhs_number="9434765803")
    bundle["entry"].append(
        {"resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"}}}
    )
    path = tmp_path / "other.json"
    path.write_text(json.dumps(bundle))
    before = _counts(url)
    checked = admin("import", str(path), "--check", "--database", url)
    assert checked.returncode == 0, checked.stderr
    assert "• 1 Encounter" in checked.stdout and "nothing was imported" in checked.stdout
    assert "Dorothy" not in checked.stdout
    assert _counts(url) == before
    done = admin("import", str(path), "--database", url)
    assert done.returncode == 0, done.stderr
    assert "Left out, as this app has no place for it:" in done.stdout
    assert "• 1 Encounter" in done.stdout
    again = admin("import", str(path), "--database", url)
    assert again.returncode == 0 and "nothing added" in again.stdout
    # Same NHS number and birth date as the registered person, another name: refused, and
    # both versions are shown.
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Patient":
            entry["resource"]["name"] = [{"family": "Jones", "given": ["Doris"]}]
    path.write_text(json.dumps(bundle))
    middle = _counts(url)
    refused = admin("import", str(path), "--database", url)
    assert refused.returncode == 1
    assert "In the file: Doris Jones, born 25 May 1975" in refused.stderr
    assert "Registered here: Dorothy May Jones, born 25 May 1975" in refused.stderr
    assert _counts(url) == middle


def test_export_with_all_revisions_writes_each_plan(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    _with_plan(url)
    db = _open(url)
    services = Services(db.session_factory)
    (patient,) = services.patients.search("Zoë").patients
    plan = services.consultations.start_or_resume(patient.id, None)
    services.consultations.add_goal(plan.id, "Swim once a week")
    plan = services.consultations.get(plan.id)
    services.consultations.agree(plan.id, plan.version, incomplete_reason="Goals only this time")
    db.close()
    out = tmp_path / "all.json"
    done = admin(
        "export", "--patient", "9434765919", "--all-revisions", "--out", str(out), "--database", url
    )
    assert done.returncode == 0, done.stderr
    plans = [
        e["resource"]
        for e in json.loads(out.read_text())["entry"]
        if e["resource"]["resourceType"] == "CarePlan"
    ]
    assert [p["status"] for p in plans] == ["completed", "active"]
    assert plans[1]["replaces"] == [{"reference": "urn:uuid:" + plans[0]["id"]}]


def test_conditions_and_results_come_in_from_the_command_line_once(tmp_path: Path) -> None:
    from tests.careplan.fhir.test_records_import import _bundle

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    path = tmp_path / "record.json"
    path.write_text(json.dumps(_bundle()))
    checked = admin("import", str(path), "--check", "--database", url)
    assert checked.returncode == 0, checked.stderr
    assert "The file holds no plan." in checked.stdout
    assert "2 condition(s), 3 result(s)" in checked.stdout
    assert "• Condition 'Burn of ear': left out: not a condition" in checked.stdout
    done = admin("import", str(path), "--database", url)
    assert done.returncode == 0, done.stderr
    assert "Added or corrected 2 condition(s) and 3 result(s)." in done.stdout
    before = _counts(url)
    again = admin("import", str(path), "--database", url)
    assert again.returncode == 0 and "Added or corrected" not in again.stdout
    before["audit_event"] += 1
    assert _counts(url) == before
