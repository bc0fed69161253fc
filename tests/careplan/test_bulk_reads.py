"""Reads of many records leave an audit entry, and the computer user is the real one."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

from careplan.audit import current_os_user
from careplan.encryption import open_practice_database
from careplan.services import Services
from tests.support.processes import admin

SPOOFED = {"LOGNAME": "mallory", "USER": "mallory", "USERNAME": "mallory", "LNAME": "mallory"}


def test_the_computer_user_comes_from_the_real_user_id(monkeypatch) -> None:
    for name, value in SPOOFED.items():
        monkeypatch.setenv(name, value)
    assert current_os_user() == pwd.getpwuid(os.getuid()).pw_name


def test_patients_worklist_coming_up_and_backup_are_audited_as_bulk_reads(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bulk.sqlite3'}"
    assert admin("demo", "--patients", "30", "--database", url).returncode == 0
    listed = 0
    for args in (
        ("patients",),
        ("worklist", "--csv", "--due-within", "365"),
        ("backup", str(tmp_path / "copy.sqlite3")),
        ("previsit", "--within", "365", "--list-only", "--out", str(tmp_path / "none.pdf")),
    ):
        done = admin(*args, "--database", url, env=SPOOFED)
        assert done.returncode == 0, done.stderr
        if args[0] == "previsit":
            listed = sum(1 for line in done.stdout.splitlines() if "\t" in line)
    db = open_practice_database(url)
    try:
        entries = Services(db.session_factory).audit.entries(limit=None)
    finally:
        db.close()
    bulk = {e.record_type: e for e in entries if e.action == "bulk_read"}
    assert set(bulk) == {"patient_list", "worklist", "backup", "coming_up"}
    assert bulk["patient_list"].record_id == 30
    assert listed and bulk["coming_up"].record_id == listed
    assert bulk["backup"].record_id == 30
    real = pwd.getpwuid(os.getuid()).pw_name
    assert {e.os_user for e in bulk.values()} == {real}
    assert all(e.os_user != "mallory" for e in entries)
