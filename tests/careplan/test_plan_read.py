"""A plan read in one statement per kind of part is the plan the object graph gives."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from careplan import models as m
from careplan.demo import load_demo
from careplan.services import convert
from careplan.services.plan_base import FULL_PLAN
from careplan.services.plan_read import PRINTED_PARTS, read_plan
from careplan.storage import Database
from tests.conftest import BACKENDS


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_every_plan_reads_the_same_as_through_the_object_graph(fresh_db: Database) -> None:
    load_demo(fresh_db, 40)
    _add_results_and_targets(fresh_db)
    with fresh_db.session_factory() as session:
        ids = session.scalars(select(m.Consultation.id)).all()
        kinds = {"preparation results": 0, "targets": 0, "barriers": 0, "agenda": 0}
        for consultation_id in ids:
            row = session.scalar(
                select(m.Consultation)
                .where(m.Consultation.id == consultation_id)
                .options(*FULL_PLAN)
            )
            assert row is not None
            expected = convert.consultation(row)
            found = read_plan(session, consultation_id)
            assert found == (expected, row.version)
            kinds["preparation results"] += len(expected.preparation.results)
            kinds["targets"] += sum(len(g.targets) for g in expected.goals)
            kinds["barriers"] += sum(len(g.barriers) for g in expected.goals)
            kinds["agenda"] += len(expected.agenda)
            session.expunge_all()
        assert read_plan(session, max(ids) + 1) is None
    assert len(ids) > 40 and all(kinds.values()), kinds


def _add_results_and_targets(db: Database) -> None:
    """Results gathered in preparation, and measurable targets (which the demo has not)."""
    with db.session_factory() as session, session.begin():
        goals = session.scalars(select(m.Goal).order_by(m.Goal.id)).all()
        # The first goal of three plans.
        for goal in list({g.consultation_id: g for g in reversed(goals)}.values())[:3]:
            for position in (1, 0):  # stored out of order: read in their order
                session.add(
                    m.GoalTarget(
                        goal_id=goal.id,
                        measure=f'{{"text": "HbA1c {position}"}}',
                        due_date=dt.date(2027, 1, 1 + position),
                        position=position,
                    )
                )
            plan = session.get(m.Consultation, goal.consultation_id)
            assert plan is not None
            preparation = plan.preparation or m.Preparation(consultation_id=plan.id)
            preparation.what_matters_prompt = "Sleep"
            session.add(preparation)
            session.flush()
            for position in (1, 0):
                session.add(
                    m.PreparationResult(
                        preparation_id=preparation.id,
                        test_name=f"HbA1c {position}",
                        value="48 mmol/mol",
                        taken_on=dt.date(2026, 1, 1 + position),
                        position=position,
                    )
                )


def test_the_printed_parts_are_read_in_fewer_statements(tmp_path: object) -> None:
    db = Database.open(f"sqlite:///{tmp_path}/read.sqlite3")
    try:
        load_demo(db, 20)
        sent: list[str] = []
        event.listen(db.engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
        with db.session_factory() as session:
            # A plan with goals, so that their actions and barriers are read too.
            plan_id = session.scalar(select(m.Goal.consultation_id).limit(1))
            assert plan_id is not None
            sent.clear()
            whole, _version = read_plan(session, plan_id) or (None, 0)
            every = len(sent)
            sent.clear()
            printed, _version = read_plan(session, plan_id, PRINTED_PARTS) or (None, 0)
        assert whole is not None and printed is not None
        assert len(sent) < every
        assert not any("participant" in s or "preparation" in s or "goal_target" in s for s in sent)
        assert printed.goals == tuple(
            g.__class__(**{**g.__dict__, "targets": ()}) for g in whole.goals
        )
        assert (printed.agenda, printed.supports) == (whole.agenda, whole.supports)
        assert printed.participants == () and printed.preparation.results == ()
    finally:
        db.close()
