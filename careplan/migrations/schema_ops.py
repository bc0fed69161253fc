"""The shapes the migrations repeat: a table keyed by an integer ``id``, a link to another
table, a table's indexes, and dropping them again.

Released migrations use these, so each must keep emitting exactly what it does:
tests/careplan/test_migrations_frozen.py holds every migration to the schema it has
always built, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

Indexed = tuple[str, list[str]]  # an index's name and its columns


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_table(name: str, *items: SchemaItem, **kw: Any) -> None:
    """``op.create_table`` for a table whose first column, ``id``, is its primary key."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *items,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        **kw,
    )


def foreign_key(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    """``table.column`` refers to ``target`` (``"other_table.column"``), named
    ``fk_<table>_<column>_<other_table>``."""
    other_table = target.split(".")[0]
    return sa.ForeignKeyConstraint(
        [column], [target], name=op.f(f"fk_{table}_{column}_{other_table}"), ondelete=ondelete
    )


def create_indexes(table: str, *indexes: Indexed) -> None:
    """The table's indexes, in that order; one whose name starts ``uq_`` is unique. Names
    are taken as they are, whatever the models' naming convention becomes."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name, columns in indexes:
            batch_op.create_index(batch_op.f(name), columns, unique=name.startswith("uq_"))


def drop_indexes(table: str, *names: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in names:
            batch_op.drop_index(batch_op.f(name))


def drop_table(name: str, *indexes: str) -> None:
    """Drops the table, its named indexes first (in that order)."""
    if indexes:
        drop_indexes(name, *indexes)
    op.drop_table(name)
