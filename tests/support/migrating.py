"""Upgrading a database that has real data in it: filled at an earlier schema, then
opened as the app opens it (which upgrades it to the newest)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import Connection, create_engine

from careplan.services import Services
from careplan.storage import Database, alembic_config, head_revision


@contextmanager
def at_revision(url: str, revision: str) -> Iterator[Connection]:
    """The database brought to ``revision`` only, to be filled as it was then: a
    connection in one transaction, committed when the block ends."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            yield conn
    finally:
        engine.dispose()


@contextmanager
def upgraded(url: str) -> Iterator[Services]:
    """The database opened as the app opens it, upgraded to the newest schema: the
    services over it."""
    db = Database.open(url)
    try:
        assert db.current_revision() == head_revision()
        yield Services(db.session_factory)
    finally:
        db.close()
