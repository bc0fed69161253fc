"""audit trail: chain positions, sealing after commit, and triggers that allow only sealing

Each audit entry gets a ``chain_pos``: its place in the hash chain. On SQLite an
entry is sealed (position, previous hash, hash) as it is written, as before. On
PostgreSQL an entry is written unsealed and sealed right after its transaction
commits, by a short transaction that takes the chain's lock, so writes for
different patients no longer wait for each other. The database still refuses
every DELETE and TRUNCATE, and on PostgreSQL any UPDATE except the one that seals
an unsealed entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from alembic.operations import BatchOperations

from careplan.migrations.audit_protection import protection_statements
from careplan.migrations.schema_ops import on_sqlite

revision = "0005"
down_revision = "0009"


def _unprotect(*postgres: str) -> bool:
    """Drops what refuses changes to the audit trail, so that it can change: SQLite's two
    triggers, or on PostgreSQL the statements given. True on SQLite."""
    sqlite = on_sqlite()
    sqlite_drops = [
        f"DROP TRIGGER IF EXISTS audit_event_no_{verb}" for verb in ("update", "delete")
    ]
    for statement in sqlite_drops if sqlite else postgres:
        op.execute(statement)
    return sqlite


def _hashes_may_be_empty(batch_op: BatchOperations, nullable: bool) -> None:
    for column in ("prev_hash", "hash"):
        batch_op.alter_column(column, existing_type=sa.String(length=64), nullable=nullable)


def upgrade() -> None:
    sqlite = _unprotect("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_pos", sa.BigInteger()))
        _hashes_may_be_empty(batch_op, True)
    # The chain so far is in id order: number it 1, 2, 3, … in that order.
    op.execute(
        "UPDATE audit_event SET chain_pos = (SELECT count(*) FROM audit_event AS earlier "
        "WHERE earlier.id <= audit_event.id)"
        if sqlite
        else "UPDATE audit_event SET chain_pos = numbered.pos FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS pos FROM audit_event) AS numbered "
        "WHERE numbered.id = audit_event.id"
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_audit_event_chain_pos"), ["chain_pos"])
    # Kept in one module so that audit verify compares against the same text.
    for statement in protection_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    sqlite = _unprotect(
        "DROP TRIGGER IF EXISTS audit_event_seal_only ON audit_event",
        "DROP FUNCTION IF EXISTS audit_event_seal_only()",
        "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event",
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_event_chain_pos"), type_="unique")
        batch_op.drop_column("chain_pos")
        _hashes_may_be_empty(batch_op, False)
    if sqlite:
        for statement in protection_statements("sqlite"):
            op.execute(statement)
    else:
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"
        )
