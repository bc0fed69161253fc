"""goal fields and targets from FHIR, import sources

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lifecycle", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("status_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("priority", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("categories", sa.Text(), nullable=True))
    op.create_table(
        "goal_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_target_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_target")),
    )
    with op.batch_alter_table("goal_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_target_goal_id"), ["goal_id"], unique=False)
    op.create_table(
        "import_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("source_key", sa.String(length=64), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_import_source_consultation_id_consultation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_import_source_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_source")),
    )
    with op.batch_alter_table("import_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_source_consultation_id"), ["consultation_id"], unique=False
        )
        batch_op.create_index(
            "ix_import_source_patient_source", ["patient_id", "source_key"], unique=False
        )


def downgrade() -> None:
    op.drop_table("import_source")
    op.drop_table("goal_target")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_column("categories")
        batch_op.drop_column("priority")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("start_date")
        batch_op.drop_column("lifecycle")
