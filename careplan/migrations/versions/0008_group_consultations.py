"""group consultations"""

from __future__ import annotations

import sqlalchemy as sa

from careplan.migrations.schema_ops import (
    check,
    create_indexes,
    create_table,
    drop_table,
    foreign_key,
    unique,
)

revision = "0008"
down_revision = "0003"


def upgrade() -> None:
    create_table(
        "group_series",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    create_table(
        "group_session",
        sa.Column("series_id", sa.Integer()),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200)),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("ends_at", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=200)),
        sa.Column("lead_clinician_id", sa.Integer()),
        sa.Column("facilitator_id", sa.Integer()),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        check("group_session", "status", "status IN ('planned', 'held', 'cancelled')"),
        check("group_session", "capacity", "capacity BETWEEN 1 AND 50"),
        foreign_key("group_session", "facilitator_id", "staff_member.id"),
        foreign_key("group_session", "lead_clinician_id", "staff_member.id"),
        foreign_key("group_session", "series_id", "group_series.id", ondelete="SET NULL"),
    )
    create_indexes(
        "group_session",
        ("ix_group_session_series_date", ["series_id", "session_date"]),
        "session_date",
    )

    create_table(
        "group_attendee",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("carer_name", sa.String(length=100)),
        sa.Column("invitation", sa.String(length=12), nullable=False),
        sa.Column("attendance", sa.String(length=16)),
        sa.Column("invited_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime()),
        sa.Column("agreement_at", sa.DateTime()),
        sa.Column("agreement_by_id", sa.Integer()),
        sa.Column("carer_agreement_at", sa.DateTime()),
        sa.Column("board_consent", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("board_consent_at", sa.DateTime()),
        sa.Column("alias", sa.String(length=40)),
        sa.Column("wants_one_to_one", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("consultation_id", sa.Integer()),
        sa.Column("position", sa.Integer(), nullable=False),
        check(
            "group_attendee",
            "attendance",
            "attendance IS NULL OR attendance IN ('arrived', 'did_not_attend', 'left_early')",
        ),
        check("group_attendee", "invitation", "invitation IN ('invited', 'confirmed', 'declined')"),
        foreign_key("group_attendee", "agreement_by_id", "staff_member.id"),
        foreign_key("group_attendee", "consultation_id", "consultation.id", ondelete="SET NULL"),
        foreign_key("group_attendee", "patient_id", "patient.id", ondelete="CASCADE"),
        foreign_key("group_attendee", "session_id", "group_session.id", ondelete="CASCADE"),
        unique("group_attendee", "consultation_id"),
    )
    create_indexes(
        "group_attendee",
        "patient_id",
        ("uq_group_attendee_session_patient", ["session_id", "patient_id"]),
    )

    create_table(
        "group_topic",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_by_patient_id", sa.Integer()),
        sa.Column("anonymous", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("carried_from_id", sa.Integer()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        check("group_topic", "status", "status IN ('open', 'discussed', 'deferred')"),
        foreign_key("group_topic", "carried_from_id", "group_topic.id", ondelete="SET NULL"),
        foreign_key("group_topic", "raised_by_patient_id", "patient.id", ondelete="SET NULL"),
        foreign_key("group_topic", "session_id", "group_session.id", ondelete="CASCADE"),
        unique("group_topic", "carried_from_id"),
    )
    create_indexes("group_topic", "raised_by_patient_id", "session_id")


def downgrade() -> None:
    drop_table("group_topic", "ix_group_topic_session_id", "ix_group_topic_raised_by_patient_id")
    drop_table(
        "group_attendee", "uq_group_attendee_session_patient", "ix_group_attendee_patient_id"
    )
    drop_table("group_session", "ix_group_session_session_date", "ix_group_session_series_date")
    drop_table("group_series")
