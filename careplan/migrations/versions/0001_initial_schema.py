"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Marks the file as a care-plan database (see careplan.storage).
        op.execute("PRAGMA application_id = 1129335886")
    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nhs_number", sa.String(length=10), nullable=True),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("name_key", sa.String(length=210), nullable=False),
        sa.Column("family_key", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("easy_read", sa.Boolean(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=100), nullable=True),
        sa.Column("communication_notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
        sa.UniqueConstraint("nhs_number", name=op.f("uq_patient_nhs_number")),
    )
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_patient_date_of_birth"), ["date_of_birth"], unique=False
        )
        batch_op.create_index("ix_patient_family_key", ["family_key"], unique=False)
        batch_op.create_index(
            "uq_patient_name_key_birth", ["name_key", "date_of_birth"], unique=True
        )

    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('clinician', 'nurse', 'admin')", name=op.f("ck_staff_member_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinician_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("consultation_date", sa.Date(), nullable=False),
        sa.Column("revision_of_id", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("named_contact_name", sa.String(length=100), nullable=True),
        sa.Column("named_contact_role", sa.String(length=100), nullable=True),
        sa.Column("named_contact_phone", sa.String(length=40), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("agreed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'agreed')", name=op.f("ck_consultation_status")),
        sa.ForeignKeyConstraint(
            ["clinician_id"],
            ["staff_member.id"],
            name=op.f("fk_consultation_clinician_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_consultation_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_of_id"],
            ["consultation.id"],
            name=op.f("fk_consultation_revision_of_id_consultation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation")),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_clinician_id"), ["clinician_id"], unique=False
        )
        batch_op.create_index(
            "ix_consultation_patient_started", ["patient_id", "started_at"], unique=False
        )
        batch_op.create_index("ix_consultation_review_due", ["status", "review_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultation_revision_of_id"), ["revision_of_id"], unique=False
        )

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_by", sa.String(length=20), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "raised_by IN ('patient', 'carer', 'clinician')", name=op.f("ck_agenda_item_raised_by")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'discussed', 'deferred')", name=op.f("ck_agenda_item_status")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_carried_from_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_agenda_item_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("carried_from_id", name=op.f("uq_agenda_item_carried_from_id")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_consultation_id"), ["consultation_id"], unique=False
        )

    op.create_table(
        "escalation_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("signs", sa.Text(), nullable=False),
        sa.Column("what_to_do", sa.Text(), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "level IN ('green', 'amber', 'red')", name=op.f("ck_escalation_step_level")
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_escalation_step_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_step")),
    )
    with op.batch_alter_table("escalation_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_step_consultation_id"), ["consultation_id"], unique=False
        )

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "role IN ('patient', 'carer', 'family', 'interpreter', 'clinician', 'other')",
            name=op.f("ck_participant_role"),
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_participant_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_consultation_id"), ["consultation_id"], unique=False
        )

    op.create_table(
        "preparation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("what_matters_prompt", sa.Text(), nullable=True),
        sa.Column("talk_about_prompt", sa.Text(), nullable=True),
        sa.Column("conditions_effect_prompt", sa.Text(), nullable=True),
        sa.Column("who_involved", sa.Text(), nullable=True),
        sa.Column("information_preference", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_preparation_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparation")),
        sa.UniqueConstraint("consultation_id", name=op.f("uq_preparation_consultation_id")),
    )
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("next_review_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("mode IN ('in_person', 'phone', 'video')", name=op.f("ck_review_mode")),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_review_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["staff_member.id"], name=op.f("fk_review_reviewer_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_consultation_id"), ["consultation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_reviewer_id"), ["reviewer_id"], unique=False)

    op.create_table(
        "support",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("how_they_help", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'community', 'resource')", name=op.f("ck_support_kind")
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_support_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support")),
    )
    with op.batch_alter_table("support", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_consultation_id"), ["consultation_id"], unique=False
        )

    op.create_table(
        "what_matters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_what_matters_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_what_matters")),
    )
    with op.batch_alter_table("what_matters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_what_matters_consultation_id"), ["consultation_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("what_matters_id", sa.Integer(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("expressed_by", sa.String(length=20), nullable=False),
        sa.Column("importance", sa.Integer(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "expressed_by IN ('patient', 'carer', 'clinician')", name=op.f("ck_goal_expressed_by")
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'active', 'achieved', 'revised', 'stopped')",
            name=op.f("ck_goal_status"),
        ),
        sa.CheckConstraint(
            "importance IS NULL OR importance BETWEEN 0 AND 10", name=op.f("ck_goal_importance")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["goal.id"],
            name=op.f("fk_goal_carried_from_id_goal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_goal_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["what_matters_id"],
            ["what_matters.id"],
            name=op.f("fk_goal_what_matters_id_what_matters"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_carried_from_id"), ["carried_from_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_goal_consultation_id"), ["consultation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_goal_what_matters_id"), ["what_matters_id"], unique=False
        )

    op.create_table(
        "preparation_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("preparation_id", sa.Integer(), nullable=False),
        sa.Column("test_name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("meaning", sa.Text(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["preparation_id"],
            ["preparation.id"],
            name=op.f("fk_preparation_result_preparation_id_preparation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparation_result")),
    )
    with op.batch_alter_table("preparation_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preparation_result_preparation_id"), ["preparation_id"], unique=False
        )

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("how_much", sa.String(length=200), nullable=True),
        sa.Column("when", sa.String(length=200), nullable=True),
        sa.Column("how_often", sa.String(length=200), nullable=True),
        sa.Column("who", sa.String(length=20), nullable=False),
        sa.Column("who_name", sa.String(length=100), nullable=True),
        sa.Column("confidence_first", sa.Integer(), nullable=True),
        sa.Column("confidence_final", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "who IN ('person', 'carer', 'clinician', 'practice', 'community')",
            name=op.f("ck_action_who"),
        ),
        sa.CheckConstraint(
            "confidence_final IS NULL OR confidence_final BETWEEN 0 AND 10",
            name=op.f("ck_action_confidence_final"),
        ),
        sa.CheckConstraint(
            "confidence_first IS NULL OR confidence_first BETWEEN 0 AND 10",
            name=op.f("ck_action_confidence_first"),
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_action_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "goal_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("attainment", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("status_after", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "status_after IN ('proposed', 'active', 'achieved', 'revised', 'stopped')",
            name=op.f("ck_goal_review_status_after"),
        ),
        sa.CheckConstraint("attainment BETWEEN -2 AND 2", name=op.f("ck_goal_review_attainment")),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_review_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_goal_review_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_review")),
    )
    with op.batch_alter_table("goal_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_review_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_review_review_id"), ["review_id"], unique=False)

    op.create_table(
        "action_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('kept', 'changed', 'dropped')", name=op.f("ck_action_review_outcome")
        ),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 0 AND 10",
            name=op.f("ck_action_review_confidence"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_review_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_action_review_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_review")),
    )
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_review_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_review_review_id"), ["review_id"], unique=False)

    op.create_table(
        "barrier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("barrier", sa.Text(), nullable=False),
        sa.Column("plan_b", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_barrier_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_barrier_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier")),
    )
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_barrier_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_barrier_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barrier_goal_id"))
        batch_op.drop_index(batch_op.f("ix_barrier_action_id"))

    op.drop_table("barrier")
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_review_review_id"))
        batch_op.drop_index(batch_op.f("ix_action_review_action_id"))

    op.drop_table("action_review")
    with op.batch_alter_table("goal_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_review_review_id"))
        batch_op.drop_index(batch_op.f("ix_goal_review_goal_id"))

    op.drop_table("goal_review")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_goal_id"))

    op.drop_table("action")
    with op.batch_alter_table("preparation_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preparation_result_preparation_id"))

    op.drop_table("preparation_result")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_what_matters_id"))
        batch_op.drop_index(batch_op.f("ix_goal_consultation_id"))
        batch_op.drop_index(batch_op.f("ix_goal_carried_from_id"))

    op.drop_table("goal")
    with op.batch_alter_table("what_matters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_what_matters_consultation_id"))

    op.drop_table("what_matters")
    with op.batch_alter_table("support", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_consultation_id"))

    op.drop_table("support")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_review_consultation_id"))

    op.drop_table("review")
    op.drop_table("preparation")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_consultation_id"))

    op.drop_table("participant")
    with op.batch_alter_table("escalation_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_step_consultation_id"))

    op.drop_table("escalation_step")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_consultation_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_revision_of_id"))
        batch_op.drop_index("ix_consultation_review_due")
        batch_op.drop_index("ix_consultation_patient_started")
        batch_op.drop_index(batch_op.f("ix_consultation_clinician_id"))

    op.drop_table("consultation")
    op.drop_table("staff_member")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index("uq_patient_name_key_birth")
        batch_op.drop_index("ix_patient_family_key")
        batch_op.drop_index(batch_op.f("ix_patient_date_of_birth"))

    op.drop_table("patient")
