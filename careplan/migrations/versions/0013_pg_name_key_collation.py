"""PostgreSQL: the patient's folded name compared character by character ("C" collation)

The coming-up list orders people with no plan yet by ``patient.name_key`` as Python
compares strings (its two parts are merged in Python), which on PostgreSQL is
``COLLATE "C"``. With the column in that collation, the indexes holding it
(``uq_patient_name_key_birth``, ``ix_patient_list_order``) serve that order, instead
of every such person being read and sorted. SQLite compares text that way already.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0011"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Rebuilds the indexes on the column in the new collation.
        op.execute('ALTER TABLE patient ALTER COLUMN name_key TYPE VARCHAR(210) COLLATE "C"')
        # A new type drops the column's statistics, and a rewrite does not prompt the
        # server to gather them again: without them the planner guesses the index walk.
        op.execute("ANALYZE patient")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE patient ALTER COLUMN name_key TYPE VARCHAR(210) COLLATE "default"')
