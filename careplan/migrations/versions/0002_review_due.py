"""Keep when each current plan is next due for review, for the review worklist"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"

# The current plan is the patient's latest agreed one; it is due at its last
# review's next date, or else at its own review date.
BACKFILL = """
UPDATE consultation SET review_due = COALESCE(
    (SELECT r.next_review_date FROM review r
      WHERE r.consultation_id = consultation.id
      ORDER BY r.reviewed_on DESC, r.id DESC LIMIT 1),
    consultation.review_date)
WHERE consultation.status = 'agreed'
  AND consultation.id = (
    SELECT c2.id FROM consultation c2
     WHERE c2.patient_id = consultation.patient_id AND c2.status = 'agreed'
     ORDER BY c2.agreed_at DESC, c2.id DESC LIMIT 1)
"""


def upgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_due", sa.Date()))
        batch_op.drop_index("ix_consultation_review_due")
        batch_op.create_index("ix_consultation_review_due", ["review_due"], unique=False)
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_review_due")
        batch_op.create_index("ix_consultation_review_due", ["status", "review_date"], unique=False)
        batch_op.drop_column("review_due")
