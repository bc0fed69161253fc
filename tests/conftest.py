"""Fixtures shared by every test: databases on both backends, strict CI."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy.orm import sessionmaker

from careplan.changes import Change
from careplan.services import Services
from careplan.storage import Database
from tests.support import pgserver

# Under CI the property tests draw the same examples on every run, so a failure there can be
# repeated; elsewhere each run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ROOT = Path(__file__).resolve().parents[1]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """In CI no test may skip: a missing system part there is a broken CI, not a skip."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped in CI (CI=true), which must not happen: {reason}"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real per-user data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CAREPLAN_DATABASE_URL", raising=False)
    # Keys go to a test keyring in a file of this test's own (child processes share it).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.test_keyring.FileKeyring")
    monkeypatch.setenv("CAREPLAN_TEST_KEYRING_FILE", str(home / "keyring.json"))
    # The test keyrings are not among those known to encrypt: accepted by name, as the
    # README documents for any other keyring a practice chooses on purpose.
    monkeypatch.setenv(
        "CAREPLAN_ALLOW_KEYRING",
        "tests.support.test_keyring.FileKeyring,tests.support.test_keyring.MemoryKeyring",
    )
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    )


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    try:
        with pgserver.server() as url:
            yield url
    except pgserver.Unavailable as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")


_names = itertools.count()


@pytest.fixture
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for a new, empty database on the backend the test is parametrized with."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'careplan.sqlite3'}"
        return
    admin = request.getfixturevalue("postgres_admin_url")
    name = f"careplan_fresh_{os.getpid()}_{next(_names)}"
    url = pgserver.create_database(admin, name)
    yield url
    pgserver.drop_database(admin, name)


@pytest.fixture
def fresh_db(fresh_url: str) -> Iterator[Database]:
    """A new database on ``fresh_url``, opened (and so migrated) as the app opens it."""
    db = Database.open(fresh_url)
    try:
        yield db
    finally:
        db.close()


WORKSTATION_PASSWORD = "the workstation's password"


@pytest.fixture
def workstation_url(postgres_admin_url: str) -> Iterator[str]:
    """A PostgreSQL database owned by a login role with a password (scram-sha-256), and
    its URL *without* the password, as a workstation is configured."""
    role = f"careplan_ws_{os.getpid()}_{next(_names)}"
    pgserver.create_role(postgres_admin_url, role, WORKSTATION_PASSWORD)
    name = f"careplan_ws_{os.getpid()}_{next(_names)}"
    yield pgserver.create_database(postgres_admin_url, name, owner=role)
    pgserver.drop_database(postgres_admin_url, name)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", params=BACKENDS)
def migrated_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """One migrated database per backend for the whole session."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'shared.sqlite3'}"
        db = Database.open(url)
        yield db
        db.close()
        return
    admin = request.getfixturevalue("postgres_admin_url")
    url = pgserver.create_database(admin, f"careplan_shared_{os.getpid()}")
    db = Database.open(url)
    yield db
    db.close()


class FixedClock:
    """A clock tests can set and move on."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def changes() -> list[Change]:
    return []


@pytest.fixture
def services(migrated_db: Database, clock: FixedClock, changes: list[Change]) -> Iterator[Services]:
    """Services whose every write is rolled back when the test ends."""
    connection = migrated_db.engine.connect()
    outer = connection.begin()
    factory = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield Services(factory, clock=clock, notify=changes.append)
    finally:
        outer.rollback()
        connection.close()
