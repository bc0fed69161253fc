"""careplan-admin postgres-password: the server checks the password before it is kept."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import make_url

from careplan.keys import KeyStore
from tests.conftest import WORKSTATION_PASSWORD as RIGHT
from tests.support.processes import admin

pytestmark = pytest.mark.postgres


def _postgres_password(url: str, typed: str) -> subprocess.CompletedProcess[str]:
    return admin("postgres-password", "--database", url, typed=typed + "\n")


def _kept(url: str) -> str | None:
    parsed = make_url(url)
    assert parsed.username is not None
    return KeyStore.system().postgres_password(
        parsed.username, parsed.host or "localhost", parsed.port, parsed.database or ""
    )


def test_a_rejected_password_never_replaces_the_working_one(workstation_url: str) -> None:
    stored = _postgres_password(workstation_url, RIGHT)
    assert stored.returncode == 0, stored.stderr
    assert _kept(workstation_url) == RIGHT

    refused = _postgres_password(workstation_url, "a mistyped password")
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "did not accept" in refused.stderr
    assert "mistyped" not in refused.stderr + refused.stdout
    assert _kept(workstation_url) == RIGHT
