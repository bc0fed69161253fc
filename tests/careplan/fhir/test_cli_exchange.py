"""careplan-admin export / import / calendar, run as a person would run them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from careplan import cli
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.careplan.fhir.conftest import build_full_plan, content, row_counts
from tests.careplan.test_cli import admin
from tests.conftest import FixedClock


def _open(url: str) -> Database:
    """The database opened exactly as careplan-admin opens it (its key, if any, included)."""
    return cli._open(url)


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
    assert "Condition): is not a resource type this app imports" in refused.stderr
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
