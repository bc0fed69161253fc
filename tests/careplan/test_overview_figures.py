"""The practice overview read from ``plan_figures``: the same figures as working them out
plan by plan (the earlier queries, kept in :mod:`tests.careplan.overview_reference`), and
the table kept true by the database whatever writes a plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from alembic import command
from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session, aliased

from careplan import models as m
from careplan.demo import load_demo
from careplan.migrations.plan_figures import POSTGRES_TRIGGERS, SQLITE_TRIGGERS
from careplan.records import (
    ActionOutcomeInput,
    GoalProgressInput,
    NewActionInput,
    NewGoalInput,
    PracticeOverview,
    ReviewInput,
)
from careplan.services import Services
from careplan.storage import Database, alembic_config
from tests.careplan.overview_reference import reference_rows
from tests.conftest import BACKENDS, FixedClock
from tests.support.plans import PARTIAL, agreed_plan, patient_named


def fresh_figures(session: Session) -> list[tuple[Any, ...]]:
    """Every agreed plan's figures worked out from the plans, goals and actions."""
    c, n = m.Consultation, aliased(m.Consultation)
    rating = func.coalesce(m.Action.confidence_final, m.Action.confidence_first)
    of_plan = and_(m.Goal.consultation_id == c.id, m.Action.goal_id == m.Goal.id)
    next_on = (
        select(func.min(n.consultation_date))
        .where(
            n.patient_id == c.patient_id,
            n.status == "agreed",
            n.consultation_date > c.consultation_date,
        )
        .scalar_subquery()
    )
    query = select(
        c.id,
        c.patient_id,
        c.clinician_id,
        c.consultation_date,
        c.review_date,
        next_on,
        select(func.count(m.Action.id)).where(of_plan).scalar_subquery(),
        select(func.count(rating)).where(of_plan).scalar_subquery(),
        select(func.coalesce(func.sum(rating), 0)).where(of_plan).scalar_subquery(),
    ).where(c.status == "agreed")
    plans = sorted(session.execute(query).tuples(), key=lambda p: (p[1], p[3], p[0]))
    out = []
    for i, (pid, person, clinician, on, review, next_on_, actions, rated, rated_sum) in enumerate(
        plans
    ):
        before = [p for p in plans[:i] if p[1] == person]  # the person's plans before, in order
        mine = [p for p in before if p[2] == clinician]
        earlier = [
            dates[-1] if dates else None
            for dates in (
                [p[3] for p in before],
                [p[3] for p in before if p[6] > 0],
                [p[3] for p in mine],
                [p[3] for p in mine if p[6] > 0],
            )
        ]
        out.append(
            (pid, person, clinician, on, review, next_on_, *earlier, actions, rated, rated_sum)
        )
    return sorted(out)


def kept_figures(session: Session) -> list[tuple[Any, ...]]:
    f = m.PlanFigures
    query = select(
        f.consultation_id,
        f.patient_id,
        f.clinician_id,
        f.agreed_on,
        f.review_date,
        f.next_plan_on,
        f.earlier_plan_on,
        f.earlier_action_plan_on,
        f.earlier_clinician_plan_on,
        f.earlier_clinician_action_plan_on,
        f.actions,
        f.rated,
        f.rated_sum,
    )
    return sorted(tuple(row) for row in session.execute(query))


def fresh_dues(session: Session) -> list[tuple[Any, ...]]:
    """Every date an agreed plan fell due, whether it counts and whether it was met, in Python."""
    plans = {row[0]: row for row in fresh_figures(session)}
    reviews = session.execute(
        select(m.Review.consultation_id, m.Review.reviewed_on, m.Review.next_review_date)
    ).all()
    dates = [(plan, row[4]) for plan, row in plans.items() if row[4] is not None]
    dates += [(plan, due) for plan, _on, due in reviews if plan in plans and due is not None]
    out = []
    for plan, due in dates:
        opens, closes = due - dt.timedelta(days=30), due + dt.timedelta(days=14)
        next_on = plans[plan][5]
        counts = next_on is None or next_on >= opens
        reviewed = any(p == plan and opens <= on <= closes for p, on, _due in reviews)
        on_time = (next_on is not None and next_on <= closes) or reviewed
        out.append((plan, due, plans[plan][2], int(counts), int(on_time)))
    return sorted(out)


def kept_dues(session: Session) -> list[tuple[Any, ...]]:
    d = m.ReviewDueFigures
    query = select(d.plan_id, d.due_on, d.clinician_id, d.counts, d.on_time)
    return sorted(tuple(row) for row in session.execute(query))


def assert_kept(services: Services) -> None:
    with services.context.session_factory() as session:
        assert kept_figures(session) == fresh_figures(session)
        assert kept_dues(session) == fresh_dues(session)


def assert_as_reference(services: Services, start: dt.date, end: dt.date) -> PracticeOverview:
    overview = services.overview.overview(start, end)
    today = services.context.clock().date()
    with services.context.session_factory() as session:
        (overall,) = reference_rows(session, start, end, today, by_staff=False)
        by_staff = reference_rows(session, start, end, today, by_staff=True)
    assert overview.overall == overall
    assert list(overview.by_staff) == by_staff
    return overview


def phone_review(
    services: Services,
    clock: FixedClock,
    plan_id: int,
    on: dt.date,
    next_on: dt.date | None,
    *,
    reviewer: int | None = None,
    attainment: int = 0,
    first_action: tuple[str, int] | None = None,
    new_goals: tuple[NewGoalInput, ...] = (),
) -> None:
    """A phone review of the plan at 10:00 ``on`` that day: every goal at ``attainment``, and
    the first goal's first action, when given, with its outcome and confidence."""
    clock.now = dt.datetime.combine(on, dt.time(10), tzinfo=dt.UTC)
    plan = services.consultations.get(plan_id)
    actions: tuple[ActionOutcomeInput, ...] = ()
    if first_action is not None:
        actions = (ActionOutcomeInput(plan.goals[0].actions[0].id, *first_action),)
    services.reviews.record(
        ReviewInput(
            plan_id,
            plan.version,
            reviewer,
            "phone",
            on,
            next_on,
            goals=tuple(GoalProgressInput(g.id, attainment) for g in plan.goals),
            actions=actions,
            new_goals=new_goals,
        )
    )


def test_review_windows_replaced_plans_and_plans_on_one_day_worked_by_hand(
    services: Services, clock: FixedClock
) -> None:
    d = dt.date
    gp = services.staff.create("Dr Amara Okafor", "clinician").id
    nurse = services.staff.create("Priya Shah", "nurse").id
    # Eve: plan A is replaced by B before A's review window opens (11 Mar): A is not due.
    agreed_plan(services, clock, "Eve", gp, d(2025, 1, 10), d(2025, 4, 10), (6,))
    agreed_plan(services, clock, "Eve", gp, d(2025, 3, 5), d(2025, 6, 5))
    # B falls due on 5 Jun and C is agreed on the last day of B's window (19 Jun): on time.
    c = agreed_plan(services, clock, "Eve", gp, d(2025, 6, 19), d(2025, 9, 19), (4,))
    # C's final confidence is 9; it is reviewed on the first day of its window (30 days
    # early), and that review's next date (20 Dec) passes without a review.
    plan = services.consultations.get(c)
    with services.context.session_factory.begin() as session:
        session.get(m.Action, plan.goals[0].actions[0].id).confidence_final = 9  # type: ignore[union-attr]
    phone_review(services, clock, c, d(2025, 8, 20), d(2025, 12, 20))
    # Fay (no clinician): reviewed 15 days late (missed), then 14 days late (on time).
    fay = agreed_plan(services, clock, "Fay", None, d(2025, 2, 1), d(2025, 5, 1), (None,))
    phone_review(services, clock, fay, d(2025, 5, 16), d(2025, 8, 16))
    phone_review(services, clock, fay, d(2025, 8, 30), d(2026, 2, 28))
    # Gus: two plans on one day; neither replaces the other, neither is reviewed.
    agreed_plan(services, clock, "Gus", nurse, d(2025, 7, 1), d(2025, 8, 1), (7,))
    agreed_plan(services, clock, "Gus", nurse, d(2025, 7, 1), d(2025, 10, 1), ())

    clock.now = dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    o = assert_as_reference(services, d(2025, 1, 1), d(2025, 12, 31))
    total = o.overall
    assert (total.plans_agreed, total.people_with_plan, total.people_with_action_plan) == (6, 3, 3)
    # Due: Eve B, C, 20 Dec; Fay 1 May, 16 Aug; Gus 1 Aug, 1 Oct. On time: Eve B, C; Fay 16 Aug.
    assert (total.reviews_due, total.reviews_on_time) == (7, 3)
    assert total.average_confidence == round((6 + 9 + 7) / 3, 2)
    by = {row.staff_name: row for row in o.by_staff}
    assert (by["Dr Amara Okafor"].reviews_due, by["Dr Amara Okafor"].reviews_on_time) == (3, 2)
    assert by["Dr Amara Okafor"].average_confidence == 7.5
    assert (by[None].plans_agreed, by[None].reviews_due, by[None].reviews_on_time) == (1, 2, 1)
    assert by[None].average_confidence is None
    assert (by["Priya Shah"].plans_agreed, by["Priya Shah"].people_with_plan) == (2, 1)
    assert (by["Priya Shah"].reviews_due, by["Priya Shah"].reviews_on_time) == (2, 0)
    # A period that ends before today's grace counts only the windows already closed.
    clock.now = dt.datetime(2025, 9, 1, 10, tzinfo=dt.UTC)
    o = assert_as_reference(services, d(2025, 1, 1), d(2025, 12, 31))
    assert (o.overall.reviews_due, o.overall.reviews_on_time) == (4, 2)  # to 18 Aug
    assert_kept(services)


def test_the_figures_follow_every_kind_of_write(services: Services, clock: FixedClock) -> None:
    d = dt.date
    gp = services.staff.create("Dr Amara Okafor", "clinician").id
    first = agreed_plan(services, clock, "Hal", gp, d(2025, 1, 10), d(2025, 4, 10), (5, 8))
    assert_kept(services)
    # A draft's goals and actions come and go: no figures until it is agreed.
    clock.now = dt.datetime(2025, 2, 1, 10, tzinfo=dt.UTC)
    draft = services.consultations.start_or_resume(patient_named(services, "Hal"), gp)
    goal = services.consultations.add_goal(draft.id, "Sleep well", "patient")
    action = services.consultations.add_action(goal.id, "No screens", confidence_rating=3)
    services.consultations.rate_confidence(action.id, 6)
    removed = services.consultations.remove_action(action.id)
    services.consultations.restore_action(removed)
    gone = services.consultations.remove_goal(goal.id)
    assert_kept(services)
    services.consultations.restore_goal(gone)
    draft = services.consultations.set_review_date(draft.id, d(2025, 5, 1))
    # Agreed: the later plan is Hal's next plan for the first one.
    second = services.consultations.agree(draft.id, draft.version, incomplete_reason=PARTIAL).id
    assert_kept(services)
    # A review adds a goal with an action to the plan it reviews.
    phone_review(
        services,
        clock,
        second,
        d(2025, 4, 12),
        d(2025, 7, 12),
        reviewer=gp,
        attainment=1,
        first_action=("done", 9),
        new_goals=(NewGoalInput("Cook twice a week", actions=(NewActionInput("Buy vegetables"),)),),
    )
    assert_kept(services)
    # A discarded draft and one brought back count for nothing until agreed.
    clock.now = dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC)
    other = services.consultations.start_or_resume(patient_named(services, "Hal"), gp)
    services.consultations.discard(other.id)
    services.consultations.undo_discard(other.id)
    assert_kept(services)
    # Changes the services never make are kept too: a plan moved to another day,
    # clinician or person, a goal moved between plans, and plans deleted.
    with services.context.session_factory.begin() as session:
        row = session.get(m.Consultation, first)
        assert row is not None
        row.consultation_date = d(2025, 3, 1)
        row.clinician_id = None
        session.flush()
        session.execute(
            text(
                "UPDATE goal SET consultation_id = :to, position = position + 100 "
                "WHERE consultation_id = :plan"
            ),
            {"to": draft.id, "plan": first},
        )
    assert_kept(services)
    with services.context.session_factory.begin() as session:
        session.execute(text("DELETE FROM consultation WHERE id = :id"), {"id": draft.id})
    assert_kept(services)
    clock.now = dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    assert_as_reference(services, d(2025, 1, 1), d(2025, 12, 31))


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_a_demo_practice_has_the_reference_figures_in_every_period(fresh_db: Database) -> None:
    load_demo(fresh_db, 150)
    services = Services(fresh_db.session_factory)
    assert_kept(services)
    today = services.context.clock().date()
    for days_back, length in ((365, 365), (30, 30), (800, 200), (3000, 3000), (10, 40)):
        start = today - dt.timedelta(days=days_back)
        o = assert_as_reference(services, start, start + dt.timedelta(days=length))
        if days_back == 365:
            assert o.overall.plans_agreed > 0 and o.overall.reviews_due > 0


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_the_migration_fills_the_figures_of_plans_agreed_before_it(fresh_db: Database) -> None:
    load_demo(fresh_db, 40)
    with fresh_db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        command.upgrade(cfg, "head")
    assert_kept(Services(fresh_db.session_factory))


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_every_trigger_keeping_the_figures_is_in_place_at_the_head(fresh_db: Database) -> None:
    """A later migration that rebuilds consultation, goal or action must make them again."""
    with fresh_db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            found = conn.execute(
                text("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
            ).all()
            expected = set(SQLITE_TRIGGERS)
        else:
            found = conn.execute(
                text(
                    "SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
                    "WHERE NOT tgisinternal AND tgenabled <> 'D'"
                )
            ).all()
            expected = set(POSTGRES_TRIGGERS)
    names = {name for name, _table in found}
    assert expected <= names
