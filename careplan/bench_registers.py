"""Benchmark measures for registers: population measures and the pre-visit list.

Each is compared with the same work written by hand in SQL, in the same run
(DESIGN.md §8: population measures and pre-visit lists within 3× hand-written SQL).
Interface: ``measure_population(db, runs, budget)`` and ``measure_previsit(db, runs,
budget)``, each returning a :class:`careplan.bench.Measure`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .bench import Measure, compare
from .clinical_codes import CONDITIONS, REGISTERS, TEST_BY_KEY, codes_of
from .services import Services
from .storage import Database

# Everyone on each register (and '*' for any register) with their lead clinician.
_SCOPE = """
WITH codes(code, reg) AS (VALUES {codes}),
reg AS (
  SELECT DISTINCT codes.reg AS reg, c.patient_id FROM condition c JOIN codes ON codes.code = c.code
   WHERE c.diagnosed_on IS NULL OR c.diagnosed_on <= :d
  UNION ALL
  SELECT DISTINCT '*', c.patient_id FROM condition c JOIN codes ON codes.code = c.code
   WHERE c.diagnosed_on IS NULL OR c.diagnosed_on <= :d
),
lead AS (
  SELECT c.patient_id, max(c.clinician_id) AS clinician_id FROM consultation c
   WHERE c.status = 'agreed' AND c.consultation_date <= :d AND NOT EXISTS (
     SELECT 1 FROM consultation n WHERE n.patient_id = c.patient_id AND n.status = 'agreed'
        AND n.consultation_date <= :d AND (n.consultation_date > c.consultation_date
        OR (n.consultation_date = c.consultation_date AND n.id > c.id)))
   GROUP BY c.patient_id
)
"""

MAIN_SQL = """
SELECT reg.reg, lead.clinician_id, count(*),
  count(CASE WHEN EXISTS (SELECT 1 FROM consultation c WHERE c.patient_id = reg.patient_id
        AND c.status = 'agreed' AND c.consultation_date > :since
        AND c.consultation_date <= :d) THEN 1 END),
  count(CASE WHEN EXISTS (SELECT 1 FROM consultation c JOIN goal g ON g.consultation_id = c.id
        JOIN action a ON a.goal_id = g.id WHERE c.patient_id = reg.patient_id
        AND c.status = 'agreed' AND c.consultation_date > :since
        AND c.consultation_date <= :d) THEN 1 END),
  count(CASE WHEN EXISTS (SELECT 1 FROM consultation p WHERE p.patient_id = reg.patient_id
        AND p.status = 'agreed' AND p.review_date > :since AND p.review_date <= :due)
        THEN 1 END),
  count(CASE WHEN EXISTS (SELECT 1 FROM consultation p WHERE p.patient_id = reg.patient_id
        AND p.status = 'agreed' AND p.review_date > :since AND p.review_date <= :due
        AND (EXISTS (SELECT 1 FROM review r WHERE r.consultation_id = p.id
                     AND r.reviewed_on >= {early} AND r.reviewed_on <= {late})
          OR EXISTS (SELECT 1 FROM consultation n WHERE n.patient_id = p.patient_id
                     AND n.status = 'agreed' AND n.consultation_date > p.consultation_date
                     AND n.consultation_date <= {late}))) THEN 1 END)
FROM reg LEFT JOIN lead ON lead.patient_id = reg.patient_id
GROUP BY reg.reg, lead.clinician_id
"""

GAS_SQL = """
SELECT reg.reg, lead.clinician_id, count(*), count(CASE WHEN gr.attainment >= 0 THEN 1 END)
  FROM reg JOIN consultation c ON c.patient_id = reg.patient_id
  JOIN review r ON r.consultation_id = c.id JOIN goal_review gr ON gr.review_id = r.id
  LEFT JOIN lead ON lead.patient_id = reg.patient_id
 WHERE r.reviewed_on > :since AND r.reviewed_on <= :d
 GROUP BY reg.reg, lead.clinician_id
"""

TARGET_SQL = """
SELECT reg.reg, lead.clinician_id, count(*)
  FROM reg JOIN (SELECT patient_id, max(taken_on) AS taken_on FROM result
                  WHERE test = '{test}' AND taken_on > :since AND taken_on <= :d
                  GROUP BY patient_id) l ON l.patient_id = reg.patient_id
  JOIN result r ON r.patient_id = l.patient_id AND r.test = '{test}' AND r.taken_on = l.taken_on
  LEFT JOIN result_target t ON t.patient_id = r.patient_id AND t.test = '{test}'
  LEFT JOIN lead ON lead.patient_id = reg.patient_id
 WHERE {ok}
 GROUP BY reg.reg, lead.clinician_id
"""


def _target_condition(test: str) -> str:
    spec = TEST_BY_KEY[test]
    if spec.choices:
        return f"r.value_text = '{spec.choices[0]}'"
    usual = " AND ".join(
        part
        for part in (
            f"r.value >= {spec.target_low}" if spec.target_low is not None else "",
            f"r.value <= {spec.target_high}" if spec.target_high is not None else "",
        )
        if part
    )
    mine = "(t.low IS NULL OR r.value >= t.low) AND (t.high IS NULL OR r.value <= t.high)"
    return f"CASE WHEN t.id IS NOT NULL THEN ({mine}) ELSE ({usual or '1=1'}) END"


def _dates(db: Database, params: dict[str, Any]) -> dict[str, Any]:
    """SQLite keeps dates as ISO text; PostgreSQL takes dates."""
    return {k: v.isoformat() for k, v in params.items()} if db.is_sqlite else params


def population_floor(db: Database, today: dt.date) -> Any:
    """The population measures as of ``today`` for every register, written by hand."""
    from sqlalchemy import text

    codes = ", ".join(f"('{c.code}', '{c.register}')" for c in CONDITIONS)
    scope = _SCOPE.format(codes=codes)
    if db.is_sqlite:
        early, late = "date(p.review_date, '-30 days')", "date(p.review_date, '+14 days')"
    else:
        early, late = "p.review_date - 30", "p.review_date + 14"
    params = {
        "d": today,
        "since": today - dt.timedelta(days=365),
        "due": today - dt.timedelta(days=14),
    }
    tests = sorted({t for r in REGISTERS for t in r.tests})
    params = _dates(db, params)
    with db.engine.connect() as conn:
        main = conn.execute(text(scope + MAIN_SQL.format(early=early, late=late)), params).all()
        gas = conn.execute(text(scope + GAS_SQL), params).all()
        targets = [
            conn.execute(
                text(scope + TARGET_SQL.format(test=test, ok=_target_condition(test))), params
            ).all()
            for test in tests
        ]
    return main, gas, targets


PREVISIT_SQL = """
SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth,
       c.id, c.review_due, c.clinician_id, s.full_name
  FROM patient p
  LEFT JOIN consultation c ON c.patient_id = p.id AND c.review_due IS NOT NULL
  LEFT JOIN staff_member s ON s.id = c.clinician_id
 WHERE p.id IN (SELECT patient_id FROM condition WHERE code IN ({codes}))
   AND (c.review_due IS NULL OR c.review_due <= :until)
"""


def previsit_floor(db: Database, today: dt.date, within: int) -> Any:
    """The coming-up list and what is missing, as hand-written SQL."""
    from sqlalchemy import text

    codes = ", ".join(f"'{c}'" for r in REGISTERS for c in codes_of(r))
    people = PREVISIT_SQL.format(codes=codes)
    params = _dates(
        db, {"until": today + dt.timedelta(days=within), "since": today - dt.timedelta(days=90)}
    )
    with db.engine.connect() as conn:
        rows = conn.execute(text(people), params).all()
        ids = f"SELECT id FROM ({people}) x"
        conditions = conn.execute(
            text(f"SELECT patient_id, code FROM condition WHERE patient_id IN ({ids})"), params
        ).all()
        results = conn.execute(
            text(
                "SELECT patient_id, test, max(taken_on) FROM result "
                f"WHERE patient_id IN ({ids}) GROUP BY patient_id, test"
            ),
            params,
        ).all()
        letters = conn.execute(
            text(
                "SELECT patient_id, max(sent_on) FROM preparation_letter "
                f"WHERE patient_id IN ({ids}) AND sent_on >= :since GROUP BY patient_id"
            ),
            params,
        ).all()
        plans = f"SELECT x.c_id FROM ({people.replace('c.id,', 'c.id AS c_id,', 1)}) x"
        goals = conn.execute(
            text(
                "SELECT g.consultation_id, count(*) FROM goal g "
                f"WHERE g.consultation_id IN ({plans}) AND NOT EXISTS "
                "(SELECT 1 FROM goal_review gr WHERE gr.goal_id = g.id) GROUP BY g.consultation_id"
            ),
            params,
        ).all()
    return rows, conditions, results, letters, goals


def measure_population(db: Database, runs: int = 15, budget: float = 3.0) -> Measure:
    services = Services(db.session_factory)
    today = dt.datetime.now(dt.UTC).date()

    def work() -> object:
        return services.population.report(charts=False, as_of=today)

    report = services.population.report(charts=False, as_of=today)
    main, _gas, _targets = population_floor(db, today)
    by_hand = sum(row[2] for row in main if row[0] == "*")
    (practice,) = [r for r in report.rows if r.register is None and r.clinician_id is None]
    assert practice.counts.on_register == by_hand, "the hand-written SQL must count the same"
    return compare(
        "population",
        work,
        lambda: population_floor(db, today),
        budget,
        runs,
        f"{practice.counts.on_register:,} people on {len(REGISTERS)} registers",
    )


def measure_previsit(db: Database, runs: int = 15, budget: float = 3.0) -> Measure:
    services = Services(db.session_factory)
    today = dt.datetime.now(dt.UTC).date()
    within = 28

    def work() -> object:
        return services.previsit.coming_up(within, today=today)

    count = len(services.previsit.coming_up(within, today=today))
    assert count == len(previsit_floor(db, today, within)[0]), "the same people by hand"
    return compare(
        "previsit",
        work,
        lambda: previsit_floor(db, today, within),
        budget,
        runs,
        f"{count:,} people coming up within {within} days",
    )
