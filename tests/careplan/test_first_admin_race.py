"""Four workstations setting up the first administrator at once make exactly one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from careplan import models as m
from careplan.storage import Database
from tests.conftest import BACKENDS
from tests.support.processes import run_together


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_simultaneous_first_set_ups_make_one_administrator(fresh_url: str, tmp_path: Path) -> None:
    Database.open(fresh_url).close()
    go = tmp_path / "go"
    outputs = run_together(
        Path(__file__).with_name("first_admin_setup.py"),
        [(fresh_url, str(go), str(i)) for i in range(4)],
        go=go,
        settle=4,
    )
    outcomes = [out.strip() for out in outputs]
    assert sorted(outcomes) == ["created", "refused", "refused", "refused"]
    db = Database.open(fresh_url, migrate=False)
    try:
        with db.session() as session:
            admins = session.scalar(select(func.count()).select_from(m.StaffMember))
    finally:
        db.close()
    assert admins == 1
