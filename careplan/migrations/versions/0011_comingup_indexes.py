"""indexes for the coming-up list: its counts and its people with no plan yet"""

from __future__ import annotations

from careplan.migrations.schema_ops import create_indexes, drop_indexes

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    create_indexes(
        "consultation",
        ("ix_consultation_review_due_patient", ["review_due", "patient_id", "clinician_id"]),
        ("ix_consultation_patient_review_due", ["patient_id", "review_due"]),
    )


def downgrade() -> None:
    drop_indexes(
        "consultation", "ix_consultation_patient_review_due", "ix_consultation_review_due_patient"
    )
