"""Benchmark measures for registers: population measures and the pre-visit list.

Each is compared with the same work written by hand in SQL, in the same run
(DESIGN.md §8: population measures and pre-visit lists within 3× hand-written SQL).
Interface: ``measure_population(db, runs, budget)`` and ``measure_previsit(db, runs,
budget)``, each returning a :class:`benchmarks.measure.Measure`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from careplan.clinical_codes import CONDITIONS, REGISTERS, codes_of
from careplan.services import Services
from careplan.storage import Database

from .measure import Measure, compare

# The population measures' per-person facts, each read by hand: who is on a register,
# their clinician, plan and review flags, goal reviews, results and own targets.
PEOPLE_SQL = """SELECT patient_id FROM condition WHERE code IN ({codes})
   AND (diagnosed_on IS NULL OR diagnosed_on <= :d)"""

POPULATION_SQL = (
    """SELECT patient_id, code FROM condition WHERE code IN ({codes})
   AND (diagnosed_on IS NULL OR diagnosed_on <= :d)""",
    """SELECT patient_id, clinician_id FROM consultation WHERE status = 'agreed'
   AND consultation_date <= :d AND patient_id IN ({people}) ORDER BY consultation_date, id""",
    """SELECT p.id,
  CASE WHEN EXISTS (SELECT 1 FROM consultation c WHERE c.patient_id = p.id
       AND c.status = 'agreed' AND c.consultation_date > :since
       AND c.consultation_date <= :d) THEN 1 ELSE 0 END,
  CASE WHEN EXISTS (SELECT 1 FROM consultation c JOIN goal g ON g.consultation_id = c.id
       JOIN action a ON a.goal_id = g.id WHERE c.patient_id = p.id
       AND c.status = 'agreed' AND c.consultation_date > :since
       AND c.consultation_date <= :d) THEN 1 ELSE 0 END,
  CASE WHEN EXISTS (SELECT 1 FROM consultation q WHERE q.patient_id = p.id
       AND q.status = 'agreed' AND q.review_date > :since AND q.review_date <= :due)
       THEN 1 ELSE 0 END,
  CASE WHEN EXISTS (SELECT 1 FROM consultation q WHERE q.patient_id = p.id
       AND q.status = 'agreed' AND q.review_date > :since AND q.review_date <= :due
       AND (EXISTS (SELECT 1 FROM review r WHERE r.consultation_id = q.id
                    AND r.reviewed_on >= {early} AND r.reviewed_on <= {late})
         OR EXISTS (SELECT 1 FROM consultation n WHERE n.patient_id = q.patient_id
                    AND n.status = 'agreed' AND n.consultation_date > q.consultation_date
                    AND n.consultation_date <= {late}))) THEN 1 ELSE 0 END
FROM patient p WHERE p.id IN ({people})""",
    """SELECT c.patient_id, count(*), count(CASE WHEN gr.attainment >= 0 THEN 1 END)
  FROM consultation c JOIN review r ON r.consultation_id = c.id
  JOIN goal_review gr ON gr.review_id = r.id
 WHERE c.patient_id IN ({people}) AND r.reviewed_on > :since AND r.reviewed_on <= :d
 GROUP BY c.patient_id""",
    """SELECT patient_id, test, taken_on, value, value_text FROM result
 WHERE test IN ({tests}) AND taken_on > :since AND taken_on <= :d
   AND patient_id IN ({people})""",
    """SELECT patient_id, test, low, high FROM result_target
 WHERE test IN ({tests}) AND patient_id IN ({people})""",
)


def _dates(db: Database, params: dict[str, Any]) -> dict[str, Any]:
    """SQLite keeps dates as ISO text; PostgreSQL takes dates."""
    return {k: v.isoformat() for k, v in params.items()} if db.is_sqlite else params


def population_floor(db: Database, today: dt.date) -> list[Any]:
    """The population measures' facts as of ``today`` for every register, by hand."""
    from sqlalchemy import text

    codes = ", ".join(f"'{c.code}'" for c in CONDITIONS)
    tests = {t for r in REGISTERS for t in r.tests} | {"bp_diastolic"}
    if db.is_sqlite:
        early, late = "date(q.review_date, '-30 days')", "date(q.review_date, '+14 days')"
    else:
        early, late = "q.review_date - 30", "q.review_date + 14"
    names = {
        "codes": codes,
        "people": PEOPLE_SQL.format(codes=codes),
        "tests": ", ".join(f"'{t}'" for t in sorted(tests)),
        "early": early,
        "late": late,
    }
    params = _dates(
        db,
        {
            "d": today,
            "since": today - dt.timedelta(days=365),
            "due": today - dt.timedelta(days=14),
        },
    )
    with db.engine.connect() as conn:
        return [conn.execute(text(sql.format(**names)), params).all() for sql in POPULATION_SQL]


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
        # The plan's id named apart from the person's: PostgreSQL refuses an ambiguous "id".
        named = people.replace("c.id,", "c.id AS c_id,", 1)
        ids = f"SELECT x.id FROM ({named}) x"
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
        plans = f"SELECT x.c_id FROM ({named}) x"
        goals = conn.execute(
            text(
                "SELECT g.consultation_id, count(*) FROM goal g "
                f"WHERE g.consultation_id IN ({plans}) AND NOT EXISTS "
                "(SELECT 1 FROM goal_review gr WHERE gr.goal_id = g.id) GROUP BY g.consultation_id"
            ),
            params,
        ).all()
    return rows, conditions, results, letters, goals


def measure_population(
    db: Database, runs: int = 15, budget: float = 3.0, *, services: Services | None = None
) -> Measure:
    services = services or Services(db.session_factory)
    today = dt.datetime.now(dt.UTC).date()

    def work() -> object:
        return services.population.report(charts=False, as_of=today)

    report = services.population.report(charts=False, as_of=today)
    by_hand = len({row[0] for row in population_floor(db, today)[0]})
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


def measure_previsit(
    db: Database, runs: int = 15, budget: float = 3.0, *, services: Services | None = None
) -> Measure:
    services = services or Services(db.session_factory)
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
