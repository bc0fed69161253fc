"""The database key in a real Secret Service (gnome-keyring in a private D-Bus session).

The README's test command runs pytest inside such a session; elsewhere this
test skips (and in CI a skip fails the run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from careplan.encryption import open_practice_database
from careplan.keys import SERVICE, KeyStore
from careplan.records import PatientInput
from careplan.services import Services
from tests.conftest import WORKSTATION_PASSWORD as RIGHT


@pytest.fixture
def secret_service() -> KeyStore:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session (run the tests through packaging/setup.sh test)")
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.get_password(SERVICE, "probe")
    except Exception as exc:  # any failure means no usable Secret Service
        pytest.skip(f"no Secret Service on the session bus: {exc}")
    return KeyStore(backend)


def test_the_key_lives_in_the_secret_service_and_reopens_the_database(
    secret_service: KeyStore, tmp_path: Path
) -> None:
    path = tmp_path / "careplan.sqlite3"
    db = open_practice_database(f"sqlite:///{path}", keystore=secret_service)
    Services(db.session_factory).patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
    db.close()
    key = secret_service.database_key(path)
    assert key is not None and len(key) == 64
    if shutil.which("secret-tool"):
        looked_up = subprocess.run(
            [
                "secret-tool",
                "lookup",
                "service",
                SERVICE,
                "username",
                KeyStore.database_entry(path),
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert looked_up.stdout.strip() == key
    db = open_practice_database(f"sqlite:///{path}", keystore=secret_service)
    try:
        assert Services(db.session_factory).patients.count() == 1
    finally:
        db.close()


@pytest.mark.postgres
def test_a_workstation_signs_in_to_postgresql_with_the_password_from_the_secret_service(
    secret_service: KeyStore, workstation_url: str
) -> None:
    from sqlalchemy import make_url

    from careplan.errors import DatabaseError

    parsed = make_url(workstation_url)
    assert parsed.password is None and parsed.username
    entry = (parsed.username, parsed.host or "localhost", parsed.port, parsed.database or "")
    # Without the password the server (scram-sha-256) refuses the workstation.
    with pytest.raises(DatabaseError):
        open_practice_database(workstation_url, keystore=secret_service).close()
    secret_service.store_postgres_password(*entry, RIGHT)
    db = open_practice_database(workstation_url, keystore=secret_service)
    try:
        assert RIGHT not in db.url and RIGHT not in db.description
        Services(db.session_factory).patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
        assert Services(db.session_factory).patients.count() == 1
    finally:
        db.close()
