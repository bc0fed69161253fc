"""The shapes the migrations repeat: a table keyed by an integer ``id``, its links to other
tables, checks and unique columns named by one rule, its indexes, and dropping them again.
A column is declared ``nullable=False`` where it must hold a value; one declared without
may be empty (SQLAlchemy's default).

Released migrations use these, so each must keep emitting exactly what it does (a new
shape gets a new function): tests/careplan/test_migrations_frozen.py holds every migration
to the schema it has always built, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

# An index: a column's name alone for its own index, ix_<table>_<column>, else the
# index's name and its columns.
Indexed = str | tuple[str, list[str]]


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_table(name: str, *items: SchemaItem) -> None:
    """``op.create_table`` for a table whose first column, ``id``, is its primary key."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *items,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def create_part_table(
    name: str, whole: str, *items: SchemaItem, indexes: tuple[Indexed, ...] | None = None
) -> None:
    """A table of the parts of a ``whole`` (a plan's steps, a goal's actions, a person's
    results): after ``id``, its column ``<whole>_id`` refers to the whole, whose deletion
    deletes its parts. Then the table's ``indexes``, by default the one on ``<whole>_id``."""
    column = f"{whole}_id"
    create_table(
        name,
        sa.Column(column, sa.Integer(), nullable=False),
        *items,
        foreign_key(name, column, f"{whole}.id", ondelete="CASCADE"),
    )
    create_indexes(name, *((column,) if indexes is None else indexes))


def foreign_key(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    """``table.column`` refers to ``target`` (``"other_table.column"``), named
    ``fk_<table>_<column>_<other_table>``."""
    other_table = target.split(".")[0]
    return sa.ForeignKeyConstraint(
        [column], [target], name=op.f(f"fk_{table}_{column}_{other_table}"), ondelete=ondelete
    )


def check(table: str, column: str, condition: str) -> sa.CheckConstraint:
    """What ``table.column`` may hold, named ``ck_<table>_<column>``."""
    return sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{column}"))


def unique(table: str, column: str) -> sa.UniqueConstraint:
    """No two rows of ``table`` share a ``column``, named ``uq_<table>_<column>``."""
    return sa.UniqueConstraint(column, name=op.f(f"uq_{table}_{column}"))


def create_indexes(table: str, *indexes: Indexed) -> None:
    """The table's indexes, in that order; one whose name starts ``uq_`` is unique. Names
    are taken as they are, whatever the models' naming convention becomes."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for index in indexes:
            name, columns = (f"ix_{table}_{index}", [index]) if isinstance(index, str) else index
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
