"""Alembic environment: migrations run on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from careplan.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # pragma: no cover - for `alembic` run by hand with -x url=...
    url = context.get_x_argument(as_dictionary=True)["url"]
    with create_engine(url).begin() as conn:
        _run(conn)
