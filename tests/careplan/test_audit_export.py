"""`audit export`: written whole or not at all, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from careplan.audit import Actor
from careplan.encryption import open_practice_database
from careplan.records import PatientInput
from careplan.services import Services
from tests.support.processes import admin

FORMULA = '=HYPERLINK("http://example.invalid","x")'


def test_export_neutralises_formulas_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'practice.sqlite3'}"
    db = open_practice_database(url)
    try:
        odd = Actor(None, "system", None, FORMULA)
        Services(db.session_factory, actor=odd).patients.create(
            PatientInput("Ann", "Lee", "1950-01-01")
        )
    finally:
        db.close()
    out = tmp_path / "trail.csv"
    done = admin("audit", "export", "--out", str(out), "--database", url)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    users = [row[3] for row in rows[1:]]
    assert "'" + FORMULA in users and FORMULA not in users
    assert out.stat().st_mode & 0o077 == 0

    missing = tmp_path / "no such folder" / "trail.csv"
    failed = admin("audit", "export", "--out", str(missing), "--database", url)
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr and "does not exist" in failed.stderr
    assert not missing.parent.exists()
