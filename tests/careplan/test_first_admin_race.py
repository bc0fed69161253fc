"""Four workstations setting up the first administrator at once make exactly one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from careplan import models as m
from careplan.storage import Database
from tests.conftest import BACKENDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_simultaneous_first_set_ups_make_one_administrator(fresh_url: str, tmp_path: Path) -> None:
    Database.open(fresh_url).close()
    go = tmp_path / "go"
    script = str(Path(__file__).with_name("first_admin_setup.py"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, script, fresh_url, str(go), str(i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(4)
    ]
    time.sleep(4)
    go.touch()
    outcomes = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err[-2000:]
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["created", "refused", "refused", "refused"]
    db = Database.open(fresh_url, migrate=False)
    try:
        with db.session() as session:
            admins = session.scalar(select(func.count()).select_from(m.StaffMember))
    finally:
        db.close()
    assert admins == 1
