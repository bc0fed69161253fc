"""What keeps ``plan_figures`` (one row per agreed plan) true, as the migrations create it.

The practice overview counts plans, people, actions, confidence and reviews due
over a period. Worked out from the plans themselves that means, for every plan,
a walk over its goals and actions and a look for the person's next plan: close
to a million index look-ups at 100,000 patients. ``plan_figures`` keeps those
per-plan facts instead, so the overview reads one row per plan:

- ``actions``, ``rated`` and ``rated_sum``: how many actions the plan's goals
  have, how many have a standing confidence (final rating, else the first),
  and the sum of those ratings;
- ``next_plan_on``: the date of the person's next agreed plan (the first agreed
  plan on a later date), if there is one;
- ``earlier_plan_on``, ``earlier_action_plan_on``, ``earlier_clinician_plan_on``
  and ``earlier_clinician_action_plan_on``: the date of the person's plan just
  before this one (plans in date order, then in the order they were made): of
  all their plans, of those with an action, of the same clinician's, and of the
  same clinician's with an action. A plan is the person's first in a period when
  the one before it came before the period, so the overview counts people (for
  the practice and per clinician) by adding up, without a DISTINCT over plans.

``review_due_figures`` holds every date a plan fell due for review (the plan's
review date, and the next date each review of it set) with two facts that do
not depend on the period asked about: whether it *counts* (no newer plan was
agreed before its on-time window opened, which would have replaced the plan)
and whether it was met *on time* (a review of the plan recorded in the window,
or the next plan agreed by the window's end).

The database keeps the rows itself, with triggers on ``consultation``, ``goal``,
``action``, ``review`` and ``plan_figures`` itself, so every way of writing a
plan (the services, imports, the demo practice's bulk load) keeps them true.
Each trigger works out the figures of the one plan (or the one person's plans)
it touched afresh, so the order in which cascading deletes reach them does not
matter.
"""

from __future__ import annotations

AGREED = "'agreed'"
# A review may come this many days before the date it was due, and this many after.
EARLY_DAYS = 30
GRACE_DAYS = 14

# The figures of one plan, worked out afresh from its goals and actions.
_RATING = "coalesce(a.confidence_final, a.confidence_first)"
_TOTALS = (
    "UPDATE plan_figures SET (actions, rated, rated_sum) = ("
    f"SELECT count(a.id), count({_RATING}), coalesce(sum({_RATING}), 0) "
    "FROM goal AS g JOIN action AS a ON a.goal_id = g.id "
    "WHERE g.consultation_id = plan_figures.consultation_id) "
    "WHERE consultation_id = {plan}"
)


def _earlier(also: str = "") -> str:
    """The date of the person's latest plan before this one (by date, then by id)."""
    return (
        "(SELECT max(n.agreed_on) FROM plan_figures AS n "
        "WHERE n.patient_id = plan_figures.patient_id AND (n.agreed_on < plan_figures.agreed_on "
        "OR (n.agreed_on = plan_figures.agreed_on "
        f"AND n.consultation_id < plan_figures.consultation_id)){also})"
    )


_SAME_CLINICIAN = " AND n.clinician_id IS NOT DISTINCT FROM plan_figures.clinician_id"
_WITH_ACTION = " AND n.actions > 0"
# Each of one person's plans learns the date of their next agreed plan and of the one
# before (of all, and of the same clinician's): a plan is the person's first in a period
# when the one before it came before the period, so people are counted without DISTINCT.
_PLANS = (
    "UPDATE plan_figures SET next_plan_on = ("
    "SELECT min(n.agreed_on) FROM plan_figures AS n "
    "WHERE n.patient_id = plan_figures.patient_id AND n.agreed_on > plan_figures.agreed_on), "
    f"earlier_plan_on = {_earlier()}, "
    f"earlier_clinician_plan_on = {_earlier(_SAME_CLINICIAN)} "
    "WHERE patient_id = {person}"
)
# The same for the plans with an action, which change with the plans' actions.
_ACTION_PLANS = (
    f"UPDATE plan_figures SET earlier_action_plan_on = {_earlier(_WITH_ACTION)}, "
    f"earlier_clinician_action_plan_on = {_earlier(_WITH_ACTION + _SAME_CLINICIAN)} "
    "WHERE patient_id = {person}"
)
# A plan's row, if it is agreed (its totals follow from _TOTALS).
_ADD = (
    "INSERT INTO plan_figures (consultation_id, patient_id, clinician_id, agreed_on, "
    "review_date, actions, rated, rated_sum) "
    "SELECT id, patient_id, clinician_id, consultation_date, review_date, 0, 0, 0 "
    f"FROM consultation WHERE id = {{plan}} AND status = {AGREED}"
)
_DROP = "DELETE FROM plan_figures WHERE consultation_id = {plan}"
_PLAN_OF_GOAL = "(SELECT consultation_id FROM goal WHERE id = {goal})"
# What a plan's figures are made of: a change to anything else leaves them as they are.
_CONSULTATION_COLUMNS = "status, consultation_date, review_date, clinician_id, patient_id"
_ACTION_COLUMNS = "goal_id, confidence_first, confidence_final"


def _statements(*parts: str) -> str:
    return " ".join(f"{part};" for part in parts)


def _totals(plan: str) -> tuple[str, str]:
    """A plan's totals afresh, and its person's plans with an action."""
    person = f"(SELECT patient_id FROM plan_figures WHERE consultation_id = {plan})"
    return _TOTALS.format(plan=plan), _ACTION_PLANS.format(person=person)


def _person(person: str) -> tuple[str, str]:
    return _PLANS.format(person=person), _ACTION_PLANS.format(person=person)


def _add(plan: str, person: str) -> tuple[str, ...]:
    return (_ADD.format(plan=plan), _TOTALS.format(plan=plan), *_person(person))


def _dues(plan: str, dialect: str) -> tuple[str, str]:
    """Work out the review dates of one plan afresh, with whether each counts and was met."""
    if dialect == "sqlite":
        opens, closes = (f"date(d.due_on, '{days:+d} days')" for days in (-EARLY_DAYS, GRACE_DAYS))
    else:
        opens, closes = f"(d.due_on - {EARLY_DAYS})", f"(d.due_on + {GRACE_DAYS})"
    return (
        f"DELETE FROM review_due_figures WHERE plan_id = {plan}",
        "INSERT INTO review_due_figures (plan_id, due_on, clinician_id, counts, on_time) "
        "SELECT d.plan_id, d.due_on, f.clinician_id, "
        f"CASE WHEN f.next_plan_on IS NULL OR f.next_plan_on >= {opens} THEN 1 ELSE 0 END, "
        f"CASE WHEN f.next_plan_on <= {closes} OR EXISTS (SELECT 1 FROM review AS r "
        f"WHERE r.consultation_id = d.plan_id AND r.reviewed_on >= {opens} "
        f"AND r.reviewed_on <= {closes}) THEN 1 ELSE 0 END "
        "FROM (SELECT consultation_id AS plan_id, review_date AS due_on FROM plan_figures "
        f"WHERE consultation_id = {plan} AND review_date IS NOT NULL "
        "UNION ALL SELECT consultation_id, next_review_date FROM review "
        f"WHERE consultation_id = {plan} AND next_review_date IS NOT NULL) AS d "
        "JOIN plan_figures AS f ON f.consultation_id = d.plan_id",
    )


_FIGURE_COLUMNS = "review_date, next_plan_on, clinician_id"
_REVIEW_COLUMNS = "consultation_id, reviewed_on, next_review_date"

SQLITE_TRIGGERS = {
    "plan_figures_consultation_insert": (
        "CREATE TRIGGER plan_figures_consultation_insert AFTER INSERT ON consultation "
        f"WHEN NEW.status = {AGREED} BEGIN {_statements(*_add('NEW.id', 'NEW.patient_id'))} END"
    ),
    "plan_figures_consultation_update": (
        "CREATE TRIGGER plan_figures_consultation_update "
        f"AFTER UPDATE OF {_CONSULTATION_COLUMNS} ON consultation "
        f"WHEN OLD.status = {AGREED} OR NEW.status = {AGREED} BEGIN "
        + _statements(
            _DROP.format(plan="OLD.id"),
            *_add("NEW.id", "NEW.patient_id"),
            *_person("OLD.patient_id"),
        )
        + " END"
    ),
    "plan_figures_consultation_delete": (
        "CREATE TRIGGER plan_figures_consultation_delete AFTER DELETE ON consultation "
        f"WHEN OLD.status = {AGREED} BEGIN "
        + _statements(_DROP.format(plan="OLD.id"), *_person("OLD.patient_id"))
        + " END"
    ),
    "plan_figures_goal_delete": (
        "CREATE TRIGGER plan_figures_goal_delete AFTER DELETE ON goal BEGIN "
        + _statements(*_totals("OLD.consultation_id"))
        + " END"
    ),
    "plan_figures_goal_update": (
        "CREATE TRIGGER plan_figures_goal_update AFTER UPDATE OF consultation_id ON goal BEGIN "
        + _statements(*_totals("OLD.consultation_id"), *_totals("NEW.consultation_id"))
        + " END"
    ),
    "plan_figures_action_insert": (
        "CREATE TRIGGER plan_figures_action_insert AFTER INSERT ON action BEGIN "
        + _statements(*_totals(_PLAN_OF_GOAL.format(goal="NEW.goal_id")))
        + " END"
    ),
    "plan_figures_action_delete": (
        "CREATE TRIGGER plan_figures_action_delete AFTER DELETE ON action BEGIN "
        + _statements(*_totals(_PLAN_OF_GOAL.format(goal="OLD.goal_id")))
        + " END"
    ),
    "plan_figures_action_update": (
        f"CREATE TRIGGER plan_figures_action_update AFTER UPDATE OF {_ACTION_COLUMNS} "
        "ON action BEGIN "
        + _statements(
            *_totals(_PLAN_OF_GOAL.format(goal="OLD.goal_id")),
            *_totals(_PLAN_OF_GOAL.format(goal="NEW.goal_id")),
        )
        + " END"
    ),
    "review_due_figures_plan_insert": (
        "CREATE TRIGGER review_due_figures_plan_insert AFTER INSERT ON plan_figures BEGIN "
        + _statements(*_dues("NEW.consultation_id", "sqlite"))
        + " END"
    ),
    "review_due_figures_plan_update": (
        "CREATE TRIGGER review_due_figures_plan_update "
        f"AFTER UPDATE OF {_FIGURE_COLUMNS} ON plan_figures BEGIN "
        + _statements(*_dues("NEW.consultation_id", "sqlite"))
        + " END"
    ),
    "review_due_figures_plan_delete": (
        "CREATE TRIGGER review_due_figures_plan_delete AFTER DELETE ON plan_figures BEGIN "
        + _statements(_dues("OLD.consultation_id", "sqlite")[0])
        + " END"
    ),
    "review_due_figures_review_insert": (
        "CREATE TRIGGER review_due_figures_review_insert AFTER INSERT ON review BEGIN "
        + _statements(*_dues("NEW.consultation_id", "sqlite"))
        + " END"
    ),
    "review_due_figures_review_update": (
        "CREATE TRIGGER review_due_figures_review_update "
        f"AFTER UPDATE OF {_REVIEW_COLUMNS} ON review BEGIN "
        + _statements(
            *_dues("OLD.consultation_id", "sqlite"), *_dues("NEW.consultation_id", "sqlite")
        )
        + " END"
    ),
    "review_due_figures_review_delete": (
        "CREATE TRIGGER review_due_figures_review_delete AFTER DELETE ON review BEGIN "
        + _statements(*_dues("OLD.consultation_id", "sqlite"))
        + " END"
    ),
}

_PG_CONSULTATION = f"""
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = {AGREED} THEN
        {_statements(_DROP.format(plan="OLD.id"), *_person("OLD.patient_id"))}
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = {AGREED} THEN
        {_statements(_DROP.format(plan="NEW.id"), *_add("NEW.id", "NEW.patient_id"))}
    END IF;
    RETURN NULL;
END
"""
_PG_GOAL = f"""
BEGIN
    {_statements(*_totals("OLD.consultation_id"))}
    IF TG_OP = 'UPDATE' THEN
        {_statements(*_totals("NEW.consultation_id"))}
    END IF;
    RETURN NULL;
END
"""
_PG_ACTION = f"""
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {_statements(*_totals(_PLAN_OF_GOAL.format(goal="OLD.goal_id")))}
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {_statements(*_totals(_PLAN_OF_GOAL.format(goal="NEW.goal_id")))}
    END IF;
    RETURN NULL;
END
"""
_PG_FIGURES = f"""
BEGIN
    IF TG_OP = 'DELETE' THEN
        {_statements(_dues("OLD.consultation_id", "postgresql")[0])}
    ELSE
        {_statements(*_dues("NEW.consultation_id", "postgresql"))}
    END IF;
    RETURN NULL;
END
"""
_PG_REVIEW = f"""
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {_statements(*_dues("OLD.consultation_id", "postgresql"))}
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {_statements(*_dues("NEW.consultation_id", "postgresql"))}
    END IF;
    RETURN NULL;
END
"""


def _pg_trigger(name: str, body: str, events: str, table: str) -> tuple[str, str]:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$",
        f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    )


POSTGRES_STATEMENTS = (
    *_pg_trigger(
        "plan_figures_consultation",
        _PG_CONSULTATION,
        f"INSERT OR DELETE OR UPDATE OF {_CONSULTATION_COLUMNS}",
        "consultation",
    ),
    *_pg_trigger("plan_figures_goal", _PG_GOAL, "DELETE OR UPDATE OF consultation_id", "goal"),
    *_pg_trigger(
        "plan_figures_action",
        _PG_ACTION,
        f"INSERT OR DELETE OR UPDATE OF {_ACTION_COLUMNS}",
        "action",
    ),
    *_pg_trigger(
        "review_due_figures_plan",
        _PG_FIGURES,
        f"INSERT OR DELETE OR UPDATE OF {_FIGURE_COLUMNS}",
        "plan_figures",
    ),
    *_pg_trigger(
        "review_due_figures_review",
        _PG_REVIEW,
        f"INSERT OR DELETE OR UPDATE OF {_REVIEW_COLUMNS}",
        "review",
    ),
)
POSTGRES_TRIGGERS = {
    "plan_figures_consultation": "consultation",
    "plan_figures_goal": "goal",
    "plan_figures_action": "action",
    "review_due_figures_plan": "plan_figures",
    "review_due_figures_review": "review",
}


def backfill(dialect: str) -> tuple[str, ...]:
    """Fill both tables for the plans agreed before the triggers existed (the migration)."""
    every_plan = "plan_figures.consultation_id"
    return (
        _ADD.replace("WHERE id = {plan} AND", "WHERE"),
        _TOTALS.replace(" WHERE consultation_id = {plan}", ""),
        _PLANS.replace(" WHERE patient_id = {person}", ""),
        _ACTION_PLANS.replace(" WHERE patient_id = {person}", ""),
        _dues(every_plan, dialect)[1].replace(
            f"WHERE consultation_id = {every_plan} AND ", "WHERE "
        ),
    )


def trigger_statements(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return tuple(SQLITE_TRIGGERS.values())
    return POSTGRES_STATEMENTS


def drop_statements(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return tuple(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS)
    return tuple(
        statement
        for name, table in POSTGRES_TRIGGERS.items()
        for statement in (
            f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"DROP FUNCTION IF EXISTS {name}()",
        )
    )
