"""The worklist query is served from indexes (SQLite's query plan, read in a test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from careplan.demo import load_demo
from careplan.records import WorklistFilter
from careplan.services.worklist import worklist_query
from careplan.storage import Database


@pytest.mark.parametrize(
    "criteria",
    [
        WorklistFilter(),
        WorklistFilter(due_within_days=None, status="overdue"),
        WorklistFilter(due_within_days=30, status="due", staff_id=3),
    ],
)
def test_the_worklist_query_uses_indexes_and_scans_no_table(
    tmp_path: Path, criteria: WorklistFilter
) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    try:
        load_demo(db, 300)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            sql = str(
                worklist_query(criteria, dt.date(2026, 3, 1)).compile(
                    db.engine, compile_kwargs={"literal_binds": True}
                )
            )
            plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
        assert any("USING INDEX ix_consultation_review_due" in step for step in plan), plan
        # A plan's reviews by their plan: either index that starts with the plan will do.
        assert any(
            "INDEX ix_review_consultation_id" in step or "INDEX ix_review_plan_reviewed" in step
            for step in plan
        ), plan
        assert not [step for step in plan if step.startswith("SCAN")], plan
    finally:
        db.close()
