"""Checkpoints kept outside the database, as careplan-admin keeps them: beside each backup,
in the keyring and the data folder, printed by `audit checkpoint`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from careplan.audit import Actor
from careplan.encryption import open_practice_database
from careplan.migrations.audit_protection import protection_statements
from careplan.records import PatientInput
from careplan.services import Services
from tests.support.processes import admin


def _practice(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'practice.sqlite3'}"
    db = open_practice_database(url)
    try:
        services = Services(db.session_factory, actor=Actor.system("system"))
        for i in range(4):
            services.patients.create(PatientInput(f"P{i}", "Test", "1950-01-01"))
    finally:
        db.close()
    return url


def _cut_the_end(url: str, entries: int) -> None:
    """Someone with the key removes the newest entries and puts the triggers back."""
    db = open_practice_database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER audit_event_no_delete"))
            conn.execute(
                text(
                    "DELETE FROM audit_event WHERE chain_pos > "
                    "(SELECT max(chain_pos) FROM audit_event) - :n"
                ),
                {"n": entries},
            )
            conn.execute(text("DROP TRIGGER audit_event_no_update"))
            for statement in protection_statements("sqlite"):
                conn.execute(text(statement))
    finally:
        db.close()


def test_a_backup_s_checkpoint_shows_entries_later_cut_from_the_end(tmp_path: Path) -> None:
    url = _practice(tmp_path)
    made = admin("backup", str(tmp_path / "backup.sqlite3"), "--database", url)
    assert made.returncode == 0, made.stderr
    mark = tmp_path / "backup.sqlite3.audit-checkpoint"
    assert mark.read_text().startswith("careplan-audit-checkpoint/1 ")
    assert "careplan-audit-checkpoint/1" in made.stdout  # printed, to keep on paper too
    assert admin("audit", "verify", "--database", url).returncode == 0
    _cut_the_end(url, 3)
    # Found by the checkpoint kept in the keyring and the data folder at the backup …
    kept = admin("audit", "verify", "--database", url)
    assert kept.returncode == 1 and "removed from its end" in kept.stdout
    # … and by the one beside the backup, given by hand.
    given = admin("audit", "verify", "--checkpoint", str(mark), "--database", url)
    assert given.returncode == 1 and "removed from its end" in given.stdout


def test_audit_checkpoint_prints_a_line_that_verify_reads_back(tmp_path: Path) -> None:
    url = _practice(tmp_path)
    printed = admin("audit", "checkpoint", "--database", url)
    assert printed.returncode == 0, printed.stderr
    line = printed.stdout.strip()
    typed = tmp_path / "typed-from-paper.txt"
    typed.write_text(line + "\n")
    ok = admin("audit", "verify", "--checkpoint", str(typed), "--database", url)
    assert ok.returncode == 0 and "intact" in ok.stdout, ok.stdout + ok.stderr
