"""plan and review-due figures for the practice overview, kept by triggers; a review look-up index

Revision ID: 0010
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.plan_figures import backfill, drop_statements, trigger_statements

revision = "0010"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_figures",
        sa.Column("consultation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinician_id", sa.Integer(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("next_plan_on", sa.Date(), nullable=True),
        sa.Column("earlier_plan_on", sa.Date(), nullable=True),
        sa.Column("earlier_action_plan_on", sa.Date(), nullable=True),
        sa.Column("earlier_clinician_plan_on", sa.Date(), nullable=True),
        sa.Column("earlier_clinician_action_plan_on", sa.Date(), nullable=True),
        sa.Column("actions", sa.Integer(), nullable=False),
        sa.Column("rated", sa.Integer(), nullable=False),
        sa.Column("rated_sum", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_plan_figures_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("consultation_id", name=op.f("pk_plan_figures")),
    )
    op.create_table(
        "review_due_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("clinician_id", sa.Integer(), nullable=True),
        sa.Column("counts", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan_figures.consultation_id"],
            name=op.f("fk_review_due_figures_plan_id_plan_figures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_due_figures")),
    )
    with op.batch_alter_table("plan_figures", schema=None) as batch_op:
        batch_op.create_index("ix_plan_figures_patient", ["patient_id", "agreed_on"], unique=False)
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(
            "ix_review_plan_reviewed", ["consultation_id", "reviewed_on"], unique=False
        )
    dialect = op.get_bind().dialect.name
    for statement in backfill(dialect):
        op.execute(statement)
    # The overview's indexes after the backfill: one sorted build each.
    with op.batch_alter_table("review_due_figures", schema=None) as batch_op:
        batch_op.create_index(
            "ix_review_due_figures_clinician",
            ["clinician_id", "due_on", "counts", "on_time"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_review_due_figures_plan_id"), ["plan_id"], unique=False
        )
    with op.batch_alter_table("plan_figures", schema=None) as batch_op:
        batch_op.create_index(
            "ix_plan_figures_clinician",
            [
                "clinician_id",
                "agreed_on",
                "earlier_plan_on",
                "earlier_action_plan_on",
                "earlier_clinician_plan_on",
                "earlier_clinician_action_plan_on",
                "actions",
                "rated",
                "rated_sum",
            ],
            unique=False,
        )
    for statement in trigger_statements(dialect):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index("ix_review_plan_reviewed")
    with op.batch_alter_table("plan_figures", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_figures_clinician")
        batch_op.drop_index("ix_plan_figures_patient")
    with op.batch_alter_table("review_due_figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_due_figures_plan_id"))
        batch_op.drop_index("ix_review_due_figures_clinician")
    op.drop_table("review_due_figures")
    op.drop_table("plan_figures")
