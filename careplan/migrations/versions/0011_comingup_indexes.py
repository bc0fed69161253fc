"""indexes for the coming-up list: its counts and its people with no plan yet

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_review_due_patient",
            ["review_due", "patient_id", "clinician_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_consultation_patient_review_due", ["patient_id", "review_due"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_patient_review_due")
        batch_op.drop_index("ix_consultation_review_due_patient")
