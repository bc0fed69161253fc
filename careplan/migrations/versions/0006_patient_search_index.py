"""Patient search index: every ending of every name word, and the list's order as an index"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from careplan.migrations.schema_ops import create_indexes, drop_indexes, drop_table, foreign_key

revision = "0006"
down_revision = "0008"

BATCH = 5000


def _terms(name_key: str) -> set[str]:
    # The same rule as careplan.search_index.terms_for, written out so that this
    # migration keeps doing what it did whatever that module becomes.
    found: set[str] = set()
    for word in name_key.split():
        word = word[:100]
        found.update(word[i:] for i in range(len(word)))
    return found


def upgrade() -> None:
    op.create_table(
        "patient_search_term",
        sa.Column(
            "term",
            sa.String(length=100).with_variant(sa.String(length=100, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        foreign_key("patient_search_term", "patient_id", "patient.id", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("term", "patient_id", name=op.f("pk_patient_search_term")),
        sqlite_with_rowid=False,
    )
    create_indexes("patient", ("ix_patient_list_order", ["family_key", "name_key", "id"]))
    # Backfill: the terms of every registered patient, written in the index's order.
    bind = op.get_bind()
    table = sa.table(
        "patient_search_term", sa.column("term", sa.String), sa.column("patient_id", sa.Integer)
    )
    rows = [
        (term, pid)
        for pid, key in bind.execute(sa.text("SELECT id, name_key FROM patient"))
        for term in _terms(key)
    ]
    rows.sort()
    for start in range(0, len(rows), BATCH):
        bind.execute(
            table.insert(),
            [{"term": t, "patient_id": p} for t, p in rows[start : start + BATCH]],
        )
    # The patient_id index comes after the backfill: one sorted build, not a million inserts.
    create_indexes(
        "patient_search_term", ("ix_patient_search_term_patient", ["patient_id", "term"])
    )


def downgrade() -> None:
    drop_table("patient_search_term", "ix_patient_search_term_patient")
    drop_indexes("patient", "ix_patient_list_order")
