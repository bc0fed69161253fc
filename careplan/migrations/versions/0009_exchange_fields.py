"""goal fields and targets from FHIR, import sources"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.schema_ops import (
    create_part_table,
    drop_table,
    foreign_key,
)

revision = "0009"
down_revision = "0007"


def upgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lifecycle", sa.String(length=20)))
        batch_op.add_column(sa.Column("start_date", sa.Date()))
        batch_op.add_column(sa.Column("status_reason", sa.Text()))
        batch_op.add_column(sa.Column("priority", sa.Text()))
        batch_op.add_column(sa.Column("categories", sa.Text()))
    create_part_table(
        "goal_target",
        "goal",
        sa.Column("measure", sa.Text()),
        sa.Column("detail", sa.Text()),
        sa.Column("due_date", sa.Date()),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    create_part_table(
        "import_source",
        "patient",
        sa.Column("consultation_id", sa.Integer()),
        sa.Column("source_key", sa.String(length=64)),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        foreign_key("import_source", "consultation_id", "consultation.id", ondelete="SET NULL"),
        indexes=(
            "consultation_id",
            ("ix_import_source_patient_source", ["patient_id", "source_key"]),
        ),
    )


def downgrade() -> None:
    drop_table("import_source")
    drop_table("goal_target")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_column("categories")
        batch_op.drop_column("priority")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("start_date")
        batch_op.drop_column("lifecycle")
