"""initial schema"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.schema_ops import (
    check,
    create_indexes,
    create_part_table,
    create_table,
    drop_table,
    foreign_key,
    on_sqlite,
    unique,
)

revision = "0001"
down_revision = None


def upgrade() -> None:
    if on_sqlite():
        # Marks the file as a care-plan database (see careplan.storage).
        op.execute("PRAGMA application_id = 1129335886")
    create_table(
        "patient",
        sa.Column("nhs_number", sa.String(length=10)),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100)),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("name_key", sa.String(length=210), nullable=False),
        sa.Column("family_key", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40)),
        sa.Column("email", sa.String(length=200)),
        sa.Column("address", sa.Text()),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("easy_read", sa.Boolean(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=100)),
        sa.Column("communication_notes", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        unique("patient", "nhs_number"),
    )
    create_indexes(
        "patient",
        "date_of_birth",
        "family_key",
        ("uq_patient_name_key_birth", ["name_key", "date_of_birth"]),
    )

    create_table(
        "staff_member",
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("job_title", sa.String(length=100)),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        check("staff_member", "role", "role IN ('clinician', 'nurse', 'admin')"),
    )
    create_table(
        "consultation",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinician_id", sa.Integer()),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("consultation_date", sa.Date(), nullable=False),
        sa.Column("revision_of_id", sa.Integer()),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("named_contact_name", sa.String(length=100)),
        sa.Column("named_contact_role", sa.String(length=100)),
        sa.Column("named_contact_phone", sa.String(length=40)),
        sa.Column("review_date", sa.Date()),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("agreed_at", sa.DateTime()),
        sa.Column("version", sa.Integer(), nullable=False),
        check("consultation", "status", "status IN ('draft', 'agreed')"),
        foreign_key("consultation", "clinician_id", "staff_member.id"),
        foreign_key("consultation", "patient_id", "patient.id", ondelete="CASCADE"),
        foreign_key("consultation", "revision_of_id", "consultation.id", ondelete="SET NULL"),
    )
    create_indexes(
        "consultation",
        "clinician_id",
        ("ix_consultation_patient_started", ["patient_id", "started_at"]),
        ("ix_consultation_review_due", ["status", "review_date"]),
        "revision_of_id",
    )

    create_table(
        "agenda_item",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_by", sa.String(length=20), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("carried_from_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        check("agenda_item", "raised_by", "raised_by IN ('patient', 'carer', 'clinician')"),
        check("agenda_item", "status", "status IN ('open', 'discussed', 'deferred')"),
        foreign_key("agenda_item", "carried_from_id", "agenda_item.id", ondelete="SET NULL"),
        foreign_key("agenda_item", "consultation_id", "consultation.id", ondelete="CASCADE"),
        unique("agenda_item", "carried_from_id"),
    )
    create_indexes("agenda_item", "consultation_id")

    create_part_table(
        "escalation_step",
        "consultation",
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("signs", sa.Text(), nullable=False),
        sa.Column("what_to_do", sa.Text()),
        sa.Column("contact", sa.String(length=200)),
        sa.Column("phone", sa.String(length=40)),
        sa.Column("position", sa.Integer(), nullable=False),
        check("escalation_step", "level", "level IN ('green', 'amber', 'red')"),
    )

    create_part_table(
        "participant",
        "consultation",
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100)),
        check(
            "participant",
            "role",
            "role IN ('patient', 'carer', 'family', 'interpreter', 'clinician', 'other')",
        ),
    )

    create_table(
        "preparation",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("what_matters_prompt", sa.Text()),
        sa.Column("talk_about_prompt", sa.Text()),
        sa.Column("conditions_effect_prompt", sa.Text()),
        sa.Column("who_involved", sa.Text()),
        sa.Column("information_preference", sa.Text()),
        foreign_key("preparation", "consultation_id", "consultation.id", ondelete="CASCADE"),
        unique("preparation", "consultation_id"),
    )
    create_table(
        "review",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer()),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("next_review_date", sa.Date()),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        check("review", "mode", "mode IN ('in_person', 'phone', 'video')"),
        foreign_key("review", "consultation_id", "consultation.id", ondelete="CASCADE"),
        foreign_key("review", "reviewer_id", "staff_member.id"),
    )
    create_indexes("review", "consultation_id", "reviewer_id")

    create_part_table(
        "support",
        "consultation",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200)),
        sa.Column("how_they_help", sa.Text()),
        sa.Column("position", sa.Integer(), nullable=False),
        check("support", "kind", "kind IN ('person', 'community', 'resource')"),
    )

    create_part_table(
        "what_matters",
        "consultation",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )

    create_table(
        "goal",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("what_matters_id", sa.Integer()),
        sa.Column("carried_from_id", sa.Integer()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("expressed_by", sa.String(length=20), nullable=False),
        sa.Column("importance", sa.Integer()),
        sa.Column("target", sa.Text()),
        sa.Column("target_date", sa.Date()),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        check("goal", "expressed_by", "expressed_by IN ('patient', 'carer', 'clinician')"),
        check(
            "goal", "status", "status IN ('proposed', 'active', 'achieved', 'revised', 'stopped')"
        ),
        check("goal", "importance", "importance IS NULL OR importance BETWEEN 0 AND 10"),
        foreign_key("goal", "carried_from_id", "goal.id", ondelete="SET NULL"),
        foreign_key("goal", "consultation_id", "consultation.id", ondelete="CASCADE"),
        foreign_key("goal", "what_matters_id", "what_matters.id", ondelete="SET NULL"),
    )
    create_indexes("goal", "carried_from_id", "consultation_id", "what_matters_id")

    create_part_table(
        "preparation_result",
        "preparation",
        sa.Column("test_name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200)),
        sa.Column("meaning", sa.Text()),
        sa.Column("taken_on", sa.Date()),
        sa.Column("position", sa.Integer(), nullable=False),
    )

    create_part_table(
        "action",
        "goal",
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("how_much", sa.String(length=200)),
        sa.Column("when", sa.String(length=200)),
        sa.Column("how_often", sa.String(length=200)),
        sa.Column("who", sa.String(length=20), nullable=False),
        sa.Column("who_name", sa.String(length=100)),
        sa.Column("confidence_first", sa.Integer()),
        sa.Column("confidence_final", sa.Integer()),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        check("action", "who", "who IN ('person', 'carer', 'clinician', 'practice', 'community')"),
        check(
            "action",
            "confidence_final",
            "confidence_final IS NULL OR confidence_final BETWEEN 0 AND 10",
        ),
        check(
            "action",
            "confidence_first",
            "confidence_first IS NULL OR confidence_first BETWEEN 0 AND 10",
        ),
    )

    create_part_table(
        "goal_review",
        "review",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("attainment", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text()),
        sa.Column("status_after", sa.String(length=20), nullable=False),
        check(
            "goal_review",
            "status_after",
            "status_after IN ('proposed', 'active', 'achieved', 'revised', 'stopped')",
        ),
        check("goal_review", "attainment", "attainment BETWEEN -2 AND 2"),
        foreign_key("goal_review", "goal_id", "goal.id", ondelete="CASCADE"),
        indexes=("goal_id", "review_id"),
    )

    create_part_table(
        "action_review",
        "review",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("confidence", sa.Integer()),
        sa.Column("comment", sa.Text()),
        check("action_review", "outcome", "outcome IN ('kept', 'changed', 'dropped')"),
        check("action_review", "confidence", "confidence IS NULL OR confidence BETWEEN 0 AND 10"),
        foreign_key("action_review", "action_id", "action.id", ondelete="CASCADE"),
        indexes=("action_id", "review_id"),
    )

    create_part_table(
        "barrier",
        "goal",
        sa.Column("action_id", sa.Integer()),
        sa.Column("barrier", sa.Text(), nullable=False),
        sa.Column("plan_b", sa.Text()),
        sa.Column("position", sa.Integer(), nullable=False),
        foreign_key("barrier", "action_id", "action.id", ondelete="CASCADE"),
        indexes=("action_id", "goal_id"),
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
