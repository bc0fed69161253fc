"""plan and review-due figures for the practice overview, kept by triggers; an index of reviews"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.plan_figures import backfill, drop_statements, trigger_statements
from careplan.migrations.schema_ops import (
    create_indexes,
    create_table,
    drop_indexes,
    drop_table,
    foreign_key,
)

revision = "0010"
down_revision = "0004"


def upgrade() -> None:
    # What the overview counts of each plan: its index by clinician and date holds them too.
    counted = (
        sa.Column("earlier_plan_on", sa.Date()),
        sa.Column("earlier_action_plan_on", sa.Date()),
        sa.Column("earlier_clinician_plan_on", sa.Date()),
        sa.Column("earlier_clinician_action_plan_on", sa.Date()),
        sa.Column("actions", sa.Integer(), nullable=False),
        sa.Column("rated", sa.Integer(), nullable=False),
        sa.Column("rated_sum", sa.Integer(), nullable=False),
    )
    op.create_table(
        "plan_figures",
        sa.Column("consultation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinician_id", sa.Integer()),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date()),
        sa.Column("next_plan_on", sa.Date()),
        *counted,
        foreign_key("plan_figures", "consultation_id", "consultation.id", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("consultation_id", name=op.f("pk_plan_figures")),
    )
    create_table(
        "review_due_figures",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("clinician_id", sa.Integer()),
        sa.Column("counts", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        foreign_key(
            "review_due_figures", "plan_id", "plan_figures.consultation_id", ondelete="CASCADE"
        ),
    )
    create_indexes("plan_figures", ("ix_plan_figures_patient", ["patient_id", "agreed_on"]))
    create_indexes("review", ("ix_review_plan_reviewed", ["consultation_id", "reviewed_on"]))
    dialect = op.get_bind().dialect.name
    for statement in backfill(dialect):
        op.execute(statement)
    # The overview's indexes after the backfill: one sorted build each.
    create_indexes(
        "review_due_figures",
        ("ix_review_due_figures_clinician", ["clinician_id", "due_on", "counts", "on_time"]),
        "plan_id",
    )
    by_clinician = ["clinician_id", "agreed_on", *(column.name for column in counted)]
    create_indexes("plan_figures", ("ix_plan_figures_clinician", by_clinician))
    for statement in trigger_statements(dialect):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    drop_indexes("review", "ix_review_plan_reviewed")
    drop_indexes("plan_figures", "ix_plan_figures_clinician", "ix_plan_figures_patient")
    drop_table(
        "review_due_figures", "ix_review_due_figures_plan_id", "ix_review_due_figures_clinician"
    )
    drop_table("plan_figures")
