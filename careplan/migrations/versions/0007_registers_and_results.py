"""conditions, results, result targets and preparation letters

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=18), nullable=False),
        sa.Column("term", sa.String(length=255), nullable=False),
        sa.Column("diagnosed_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_condition_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_condition")),
    )
    op.create_index("uq_condition_patient_code", "condition", ["patient_id", "code"], unique=True)
    op.create_index("ix_condition_code_patient", "condition", ["code", "patient_id"])
    op.create_table(
        "result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("system", sa.String(length=60), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_text", sa.String(length=60), nullable=True),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_result_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result")),
    )
    op.create_index(
        "uq_result_patient_test_taken", "result", ["patient_id", "test", "taken_on"], unique=True
    )
    op.create_index("ix_result_test_taken", "result", ["test", "taken_on"])
    op.create_table(
        "result_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_result_target_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_target")),
    )
    op.create_index(
        "uq_result_target_patient_test", "result_target", ["patient_id", "test"], unique=True
    )
    op.create_table(
        "preparation_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_preparation_letter_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_preparation_letter_staff_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparation_letter")),
    )
    op.create_index(
        "ix_preparation_letter_patient_sent", "preparation_letter", ["patient_id", "sent_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_preparation_letter_patient_sent", table_name="preparation_letter")
    op.drop_table("preparation_letter")
    op.drop_index("uq_result_target_patient_test", table_name="result_target")
    op.drop_table("result_target")
    op.drop_index("ix_result_test_taken", table_name="result")
    op.drop_index("uq_result_patient_test_taken", table_name="result")
    op.drop_table("result")
    op.drop_index("ix_condition_code_patient", table_name="condition")
    op.drop_index("uq_condition_patient_code", table_name="condition")
    op.drop_table("condition")
