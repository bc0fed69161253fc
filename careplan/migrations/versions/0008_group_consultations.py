"""group consultations

Revision ID: 0008
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "group_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_series")),
    )
    op.create_table(
        "group_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=True),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("lead_clinician_id", sa.Integer(), nullable=True),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled')", name=op.f("ck_group_session_status")
        ),
        sa.CheckConstraint("capacity BETWEEN 1 AND 50", name=op.f("ck_group_session_capacity")),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["staff_member.id"],
            name=op.f("fk_group_session_facilitator_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["lead_clinician_id"],
            ["staff_member.id"],
            name=op.f("fk_group_session_lead_clinician_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["group_series.id"],
            name=op.f("fk_group_session_series_id_group_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_session")),
    )
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_group_session_series_date", ["series_id", "session_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_group_session_session_date"), ["session_date"], unique=False
        )

    op.create_table(
        "group_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("carer_name", sa.String(length=100), nullable=True),
        sa.Column("invitation", sa.String(length=12), nullable=False),
        sa.Column("attendance", sa.String(length=16), nullable=True),
        sa.Column("invited_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("agreement_at", sa.DateTime(), nullable=True),
        sa.Column("agreement_by_id", sa.Integer(), nullable=True),
        sa.Column("carer_agreement_at", sa.DateTime(), nullable=True),
        sa.Column("board_consent", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("board_consent_at", sa.DateTime(), nullable=True),
        sa.Column("alias", sa.String(length=40), nullable=True),
        sa.Column("wants_one_to_one", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "attendance IS NULL OR attendance IN ('arrived', 'did_not_attend', 'left_early')",
            name=op.f("ck_group_attendee_attendance"),
        ),
        sa.CheckConstraint(
            "invitation IN ('invited', 'confirmed', 'declined')",
            name=op.f("ck_group_attendee_invitation"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_by_id"],
            ["staff_member.id"],
            name=op.f("fk_group_attendee_agreement_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_group_attendee_consultation_id_consultation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_group_attendee_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_group_attendee_session_id_group_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_attendee")),
        sa.UniqueConstraint("consultation_id", name=op.f("uq_group_attendee_consultation_id")),
    )
    with op.batch_alter_table("group_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_attendee_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            "uq_group_attendee_session_patient", ["session_id", "patient_id"], unique=True
        )

    op.create_table(
        "group_topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_by_patient_id", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'discussed', 'deferred')", name=op.f("ck_group_topic_status")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["group_topic.id"],
            name=op.f("fk_group_topic_carried_from_id_group_topic"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_patient_id"],
            ["patient.id"],
            name=op.f("fk_group_topic_raised_by_patient_id_patient"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_session.id"],
            name=op.f("fk_group_topic_session_id_group_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_topic")),
        sa.UniqueConstraint("carried_from_id", name=op.f("uq_group_topic_carried_from_id")),
    )
    with op.batch_alter_table("group_topic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_topic_raised_by_patient_id"),
            ["raised_by_patient_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_group_topic_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("group_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_topic_session_id"))
        batch_op.drop_index(batch_op.f("ix_group_topic_raised_by_patient_id"))

    op.drop_table("group_topic")
    with op.batch_alter_table("group_attendee", schema=None) as batch_op:
        batch_op.drop_index("uq_group_attendee_session_patient")
        batch_op.drop_index(batch_op.f("ix_group_attendee_patient_id"))

    op.drop_table("group_attendee")
    with op.batch_alter_table("group_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_session_session_date"))
        batch_op.drop_index("ix_group_session_series_date")

    op.drop_table("group_session")
    op.drop_table("group_series")
