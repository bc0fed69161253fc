"""Lineage of actions, one draft per person, positions that cannot collide, discarded drafts

- ``action.carried_from_id``: the action a revised plan's action continues (goals have
  had this since 0001). Backfilled: goals that were retyped at a later visit are linked
  to the same goal of the person's previous agreed plan when their words match, and the
  actions of linked goals to the actions with the same words.
- ``action_review.outcome`` may also be done, partly done or not done.
- ``consultation.incomplete_reason``: why a plan lacking a goal, an action, a contact or a
  review date was agreed as it was.
- ``consultation.status`` may be ``discarded`` (a draft set aside, kept, never current);
  where a person has several drafts, all but the newest become ``discarded``.
- Unique positions within each part of a plan, after numbering them again in their
  present order (ties by id), and at most one draft per person (partial unique index).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"

OUTCOMES_NOW = "'done', 'partly_done', 'not_done', 'changed', 'dropped', 'kept'"

# (table, parent column, order column)
ORDERED = (
    ("preparation_result", "preparation_id", "position"),
    ("agenda_item", "consultation_id", "rank"),
    ("what_matters", "consultation_id", "position"),
    ("goal", "consultation_id", "position"),
    ("action", "goal_id", "position"),
    ("barrier", "goal_id", "position"),
    ("support", "consultation_id", "position"),
    ("escalation_step", "consultation_id", "position"),
)


def _fold(words: str) -> str:
    return " ".join(unicodedata.normalize("NFC", words).casefold().split())


def _renumber(conn: sa.Connection, table: str, parent: str, order: str) -> None:
    rows = conn.execute(
        sa.text(f"SELECT id, {parent}, {order} FROM {table} ORDER BY {parent}, {order}, id")
    ).all()
    counters: dict[int, int] = defaultdict(int)
    changes = []
    for row_id, parent_id, value in rows:
        wanted = counters[parent_id]
        counters[parent_id] += 1
        if value != wanted:
            changes.append({"id": row_id, "v": wanted})
    if changes:
        # Moved out of the way first, so no two rows ever share a number on the way.
        conn.execute(
            sa.text(f"UPDATE {table} SET {order} = -1 - {order} WHERE id = :id"),
            [{"id": c["id"]} for c in changes],
        )
        conn.execute(sa.text(f"UPDATE {table} SET {order} = :v WHERE id = :id"), changes)


def _one_draft_each(conn: sa.Connection) -> None:
    drafts = conn.execute(
        sa.text(
            "SELECT id, patient_id FROM consultation WHERE status = 'draft' "
            "ORDER BY patient_id, started_at DESC, id DESC"
        )
    ).all()
    seen: set[int] = set()
    older = []
    for consultation_id, patient_id in drafts:
        if patient_id in seen:
            older.append({"id": consultation_id})
        seen.add(patient_id)
    if older:
        conn.execute(sa.text("UPDATE consultation SET status = 'discarded' WHERE id = :id"), older)


def _link_lineage(conn: sa.Connection) -> None:
    plans = conn.execute(
        sa.text(
            "SELECT id, patient_id, status, revision_of_id FROM consultation "
            "WHERE status IN ('agreed', 'draft') "
            "ORDER BY patient_id, CASE WHEN status = 'agreed' THEN 0 ELSE 1 END, "
            "agreed_at, started_at, id"
        )
    ).all()
    goals: dict[int, list[tuple[int, int | None, str]]] = defaultdict(list)
    for goal_id, consultation_id, carried, words in conn.execute(
        sa.text("SELECT id, consultation_id, carried_from_id, text FROM goal ORDER BY position, id")
    ):
        goals[consultation_id].append((goal_id, carried, words))
    goal_links = []
    previous_agreed: dict[int, int] = {}
    continued = {carried for rows in goals.values() for _g, carried, _w in rows if carried}
    for consultation_id, patient_id, status, revision_of in plans:
        before = revision_of or previous_agreed.get(patient_id)
        if before is not None:
            earlier: dict[str, int] = {}
            for goal_id, _carried, words in goals.get(before, ()):
                if goal_id not in continued:
                    earlier.setdefault(_fold(words), goal_id)
            for goal_id, carried, words in goals.get(consultation_id, ()):
                match = earlier.pop(_fold(words), None) if carried is None else None
                if match is not None:
                    goal_links.append({"id": goal_id, "up": match})
                    continued.add(match)
        if status == "agreed":
            previous_agreed[patient_id] = consultation_id
    if goal_links:
        conn.execute(sa.text("UPDATE goal SET carried_from_id = :up WHERE id = :id"), goal_links)

    actions: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for action_id, goal_id, words in conn.execute(
        sa.text("SELECT id, goal_id, what FROM action ORDER BY position, id")
    ):
        actions[goal_id].append((action_id, words))
    action_links = []
    for goal_id, up in conn.execute(
        sa.text("SELECT id, carried_from_id FROM goal WHERE carried_from_id IS NOT NULL")
    ):
        before_actions: dict[str, int] = {}
        for action_id, words in actions.get(up, ()):
            before_actions.setdefault(_fold(words), action_id)
        for action_id, words in actions.get(goal_id, ()):
            match = before_actions.pop(_fold(words), None)
            if match is not None:
                action_links.append({"id": action_id, "up": match})
    if action_links:
        conn.execute(
            sa.text("UPDATE action SET carried_from_id = :up WHERE id = :id"), action_links
        )


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_consultation_status"), type_="check")
        batch_op.create_check_constraint("status", "status IN ('draft', 'agreed', 'discarded')")
        batch_op.add_column(sa.Column("incomplete_reason", sa.Text()))
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_action_review_outcome"), type_="check")
        batch_op.create_check_constraint("outcome", f"outcome IN ({OUTCOMES_NOW})")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer()))
        batch_op.create_index(
            batch_op.f("ix_action_carried_from_id"), ["carried_from_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_action_carried_from_id_action"),
            "action",
            ["carried_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for table, parent, order in ORDERED:
        _renumber(conn, table, parent, order)
    _one_draft_each(conn)
    _link_lineage(conn)
    for table, parent, order in ORDERED:
        op.create_index(f"uq_{table}_{order}", table, [parent, order], unique=True)
    op.create_index(
        "uq_consultation_one_draft",
        "consultation",
        ["patient_id"],
        unique=True,
        sqlite_where=sa.text("status = 'draft'"),
        postgresql_where=sa.text("status = 'draft'"),
    )


def downgrade() -> None:
    op.drop_index("uq_consultation_one_draft", table_name="consultation")
    for table, _parent, order in ORDERED:
        op.drop_index(f"uq_{table}_{order}", table_name=table)
    op.execute(
        "UPDATE action_review SET outcome = 'kept' WHERE outcome NOT IN ('kept', 'changed', "
        "'dropped')"
    )
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_action_review_outcome"), type_="check")
        batch_op.create_check_constraint("outcome", "outcome IN ('kept', 'changed', 'dropped')")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_action_carried_from_id_action"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_action_carried_from_id"))
        batch_op.drop_column("carried_from_id")
    op.execute("UPDATE consultation SET status = 'draft' WHERE status = 'discarded'")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("incomplete_reason")
        batch_op.drop_constraint(batch_op.f("ck_consultation_status"), type_="check")
        batch_op.create_check_constraint("status", "status IN ('draft', 'agreed')")
