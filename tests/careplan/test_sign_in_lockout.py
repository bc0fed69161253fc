"""The sign-in lockout holds when many processes guess at once (both backends)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from careplan import models as m
from careplan.services import Services
from careplan.services.accounts import LOCK_AFTER
from careplan.storage import Database
from tests.conftest import BACKENDS
from tests.support.processes import run_together

PROCESSES = 8
ATTEMPTS = 3


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_parallel_wrong_passwords_are_each_counted(fresh_url: str, tmp_path: Path) -> None:
    db = Database.open(fresh_url)
    try:
        Services(db.session_factory).accounts.create_first_admin(
            "Sam Patel", "sam", "correct horse battery"
        )
    finally:
        db.close()
    go = tmp_path / "go"
    # Every child has opened the database and waits; then they all start together.
    outputs = run_together(
        Path(__file__).with_name("sign_in_attempts.py"),
        [(fresh_url, str(go), str(ATTEMPTS))] * PROCESSES,
        go=go,
        settle=5,
    )
    results = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    assert sum(r["refusals"] for r in results) == PROCESSES * ATTEMPTS

    db = Database.open(fresh_url, migrate=False)
    try:
        with db.session() as session:
            counted = session.scalar(
                select(m.StaffMember.failed_sign_ins).where(m.StaffMember.username == "sam")
            )
    finally:
        db.close()
    checked = sum(r["real_checks"] for r in results)
    # Every password really checked was counted, so the lockout cannot be outrun.
    assert checked == counted
    assert checked <= LOCK_AFTER
