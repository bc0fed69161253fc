"""initial schema"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.schema_ops import (
    create_indexes,
    create_table,
    drop_table,
    foreign_key,
    on_sqlite,
)

revision = "0001"
down_revision = None


def upgrade() -> None:
    if on_sqlite():
        # Marks the file as a care-plan database (see careplan.storage).
        op.execute("PRAGMA application_id = 1129335886")
    create_table(
        "patient",
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
        sa.UniqueConstraint("nhs_number", name=op.f("uq_patient_nhs_number")),
    )
    create_indexes(
        "patient",
        ("ix_patient_date_of_birth", ["date_of_birth"]),
        ("ix_patient_family_key", ["family_key"]),
        ("uq_patient_name_key_birth", ["name_key", "date_of_birth"]),
    )

    create_table(
        "staff_member",
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('clinician', 'nurse', 'admin')", name=op.f("ck_staff_member_role")
        ),
    )
    create_table(
        "consultation",
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
        foreign_key("consultation", "clinician_id", "staff_member.id"),
        foreign_key("consultation", "patient_id", "patient.id", ondelete="CASCADE"),
        foreign_key("consultation", "revision_of_id", "consultation.id", ondelete="SET NULL"),
    )
    create_indexes(
        "consultation",
        ("ix_consultation_clinician_id", ["clinician_id"]),
        ("ix_consultation_patient_started", ["patient_id", "started_at"]),
        ("ix_consultation_review_due", ["status", "review_date"]),
        ("ix_consultation_revision_of_id", ["revision_of_id"]),
    )

    create_table(
        "agenda_item",
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
        foreign_key("agenda_item", "carried_from_id", "agenda_item.id", ondelete="SET NULL"),
        foreign_key("agenda_item", "consultation_id", "consultation.id", ondelete="CASCADE"),
        sa.UniqueConstraint("carried_from_id", name=op.f("uq_agenda_item_carried_from_id")),
    )
    create_indexes("agenda_item", ("ix_agenda_item_consultation_id", ["consultation_id"]))

    create_table(
        "escalation_step",
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
        foreign_key("escalation_step", "consultation_id", "consultation.id", ondelete="CASCADE"),
    )
    create_indexes("escalation_step", ("ix_escalation_step_consultation_id", ["consultation_id"]))

    create_table(
        "participant",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "role IN ('patient', 'carer', 'family', 'interpreter', 'clinician', 'other')",
            name=op.f("ck_participant_role"),
        ),
        foreign_key("participant", "consultation_id", "consultation.id", ondelete="CASCADE"),
    )
    create_indexes("participant", ("ix_participant_consultation_id", ["consultation_id"]))

    create_table(
        "preparation",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("what_matters_prompt", sa.Text(), nullable=True),
        sa.Column("talk_about_prompt", sa.Text(), nullable=True),
        sa.Column("conditions_effect_prompt", sa.Text(), nullable=True),
        sa.Column("who_involved", sa.Text(), nullable=True),
        sa.Column("information_preference", sa.Text(), nullable=True),
        foreign_key("preparation", "consultation_id", "consultation.id", ondelete="CASCADE"),
        sa.UniqueConstraint("consultation_id", name=op.f("uq_preparation_consultation_id")),
    )
    create_table(
        "review",
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
        foreign_key("review", "consultation_id", "consultation.id", ondelete="CASCADE"),
        foreign_key("review", "reviewer_id", "staff_member.id"),
    )
    create_indexes(
        "review",
        ("ix_review_consultation_id", ["consultation_id"]),
        ("ix_review_reviewer_id", ["reviewer_id"]),
    )

    create_table(
        "support",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("how_they_help", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'community', 'resource')", name=op.f("ck_support_kind")
        ),
        foreign_key("support", "consultation_id", "consultation.id", ondelete="CASCADE"),
    )
    create_indexes("support", ("ix_support_consultation_id", ["consultation_id"]))

    create_table(
        "what_matters",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        foreign_key("what_matters", "consultation_id", "consultation.id", ondelete="CASCADE"),
    )
    create_indexes("what_matters", ("ix_what_matters_consultation_id", ["consultation_id"]))

    create_table(
        "goal",
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
        foreign_key("goal", "carried_from_id", "goal.id", ondelete="SET NULL"),
        foreign_key("goal", "consultation_id", "consultation.id", ondelete="CASCADE"),
        foreign_key("goal", "what_matters_id", "what_matters.id", ondelete="SET NULL"),
    )
    create_indexes(
        "goal",
        ("ix_goal_carried_from_id", ["carried_from_id"]),
        ("ix_goal_consultation_id", ["consultation_id"]),
        ("ix_goal_what_matters_id", ["what_matters_id"]),
    )

    create_table(
        "preparation_result",
        sa.Column("preparation_id", sa.Integer(), nullable=False),
        sa.Column("test_name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=True),
        sa.Column("meaning", sa.Text(), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        foreign_key("preparation_result", "preparation_id", "preparation.id", ondelete="CASCADE"),
    )
    create_indexes(
        "preparation_result", ("ix_preparation_result_preparation_id", ["preparation_id"])
    )

    create_table(
        "action",
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
        foreign_key("action", "goal_id", "goal.id", ondelete="CASCADE"),
    )
    create_indexes("action", ("ix_action_goal_id", ["goal_id"]))

    create_table(
        "goal_review",
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
        foreign_key("goal_review", "goal_id", "goal.id", ondelete="CASCADE"),
        foreign_key("goal_review", "review_id", "review.id", ondelete="CASCADE"),
    )
    create_indexes(
        "goal_review",
        ("ix_goal_review_goal_id", ["goal_id"]),
        ("ix_goal_review_review_id", ["review_id"]),
    )

    create_table(
        "action_review",
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
        foreign_key("action_review", "action_id", "action.id", ondelete="CASCADE"),
        foreign_key("action_review", "review_id", "review.id", ondelete="CASCADE"),
    )
    create_indexes(
        "action_review",
        ("ix_action_review_action_id", ["action_id"]),
        ("ix_action_review_review_id", ["review_id"]),
    )

    create_table(
        "barrier",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("barrier", sa.Text(), nullable=False),
        sa.Column("plan_b", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        foreign_key("barrier", "action_id", "action.id", ondelete="CASCADE"),
        foreign_key("barrier", "goal_id", "goal.id", ondelete="CASCADE"),
    )
    create_indexes(
        "barrier", ("ix_barrier_action_id", ["action_id"]), ("ix_barrier_goal_id", ["goal_id"])
    )


def downgrade() -> None:
    drop_table("barrier", "ix_barrier_goal_id", "ix_barrier_action_id")
    drop_table("action_review", "ix_action_review_review_id", "ix_action_review_action_id")
    drop_table("goal_review", "ix_goal_review_review_id", "ix_goal_review_goal_id")
    drop_table("action", "ix_action_goal_id")
    drop_table("preparation_result", "ix_preparation_result_preparation_id")
    drop_table(
        "goal", "ix_goal_what_matters_id", "ix_goal_consultation_id", "ix_goal_carried_from_id"
    )
    drop_table("what_matters", "ix_what_matters_consultation_id")
    drop_table("support", "ix_support_consultation_id")
    drop_table("review", "ix_review_reviewer_id", "ix_review_consultation_id")
    drop_table("preparation")
    drop_table("participant", "ix_participant_consultation_id")
    drop_table("escalation_step", "ix_escalation_step_consultation_id")
    drop_table("agenda_item", "ix_agenda_item_consultation_id")
    drop_table(
        "consultation",
        "ix_consultation_revision_of_id",
        "ix_consultation_review_due",
        "ix_consultation_patient_started",
        "ix_consultation_clinician_id",
    )
    drop_table("staff_member")
    drop_table(
        "patient", "uq_patient_name_key_birth", "ix_patient_family_key", "ix_patient_date_of_birth"
    )
