"""accounts and audit trail"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.schema_ops import (
    create_indexes,
    create_table,
    drop_table,
    on_sqlite,
    unique,
)

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer()),
        sa.Column("os_user", sa.String(length=100)),
        sa.Column("workstation", sa.String(length=255)),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("patient_id", sa.Integer()),
        sa.Column("record_type", sa.String(length=30)),
        sa.Column("record_id", sa.Integer()),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        unique("audit_event", "hash"),
    )
    create_indexes(
        "audit_event",
        ("ix_audit_event_patient", ["patient_id", "at"]),
        "staff_id",
    )

    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("username", sa.String(length=64)))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=255)))
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime()))
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.create_unique_constraint(batch_op.f("uq_staff_member_username"), ["username"])

    # The audit trail is append-only: the database itself refuses changes.
    if on_sqlite():
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"
        )


def downgrade() -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_staff_member_username"), type_="unique")
        batch_op.drop_column("must_change_password")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
        batch_op.drop_column("password_hash")
        batch_op.drop_column("username")

    drop_table("audit_event", "ix_audit_event_staff_id", "ix_audit_event_patient")
