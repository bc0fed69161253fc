"""conditions, results, result targets and preparation letters"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from careplan.migrations.schema_ops import (
    create_indexes,
    create_part_table,
    create_table,
    drop_table,
    foreign_key,
)

revision = "0007"
down_revision = "0006"


def _source() -> tuple[sa.Column[str], sa.Column[str], sa.Column[dt.datetime]]:
    """Where a record came from (typed in, or which system and its id there), and when it
    was added."""
    return (
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.String(length=200)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def upgrade() -> None:
    create_part_table(
        "condition",
        "patient",
        sa.Column("code", sa.String(length=18), nullable=False),
        sa.Column("term", sa.String(length=255), nullable=False),
        sa.Column("diagnosed_on", sa.Date()),
        *_source(),
        indexes=(
            ("uq_condition_patient_code", ["patient_id", "code"]),
            ("ix_condition_code_patient", ["code", "patient_id"]),
        ),
    )
    create_part_table(
        "result",
        "patient",
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("system", sa.String(length=60), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Float()),
        sa.Column("value_text", sa.String(length=60)),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        *_source(),
        indexes=(
            ("uq_result_patient_test_taken", ["patient_id", "test", "taken_on"]),
            ("ix_result_test_taken", ["test", "taken_on"]),
        ),
    )
    create_part_table(
        "result_target",
        "patient",
        sa.Column("test", sa.String(length=30), nullable=False),
        sa.Column("low", sa.Float()),
        sa.Column("high", sa.Float()),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        indexes=(("uq_result_target_patient_test", ["patient_id", "test"]),),
    )
    create_table(
        "preparation_letter",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        foreign_key("preparation_letter", "patient_id", "patient.id", ondelete="CASCADE"),
        foreign_key("preparation_letter", "staff_id", "staff_member.id"),
    )
    create_indexes(
        "preparation_letter", ("ix_preparation_letter_patient_sent", ["patient_id", "sent_on"])
    )


def downgrade() -> None:
    drop_table("preparation_letter", "ix_preparation_letter_patient_sent")
    drop_table("result_target", "uq_result_target_patient_test")
    drop_table("result", "ix_result_test_taken", "uq_result_patient_test_taken")
    drop_table("condition", "ix_condition_code_patient", "uq_condition_patient_code")
