"""The coming-up window's first screenful: what its first job reads before rows show (the
list's first page, due within 28 days, and the staff for its filter), against the same
page written by hand in SQL: the list's two parts each read along an index up to a page,
merged, then what is missing for those people only.

Interface: ``measure_coming_up_screenful(db, runs, budget)`` returning a
:class:`benchmarks.measure.Measure`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from careplan.clinical_codes import REGISTERS, codes_of
from careplan.services import Services
from careplan.storage import Database

from .measure import Measure, compare, median_seconds

SCREENFUL = 100
WITHIN = 28

PLANNED_SQL = """
SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth,
       c.id, c.review_due, c.clinician_id, s.full_name, p.name_key
  FROM consultation c
  JOIN patient p ON p.id = c.patient_id
  LEFT JOIN staff_member s ON s.id = c.clinician_id
 WHERE c.review_due IS NOT NULL AND c.review_due <= :until
   AND EXISTS (SELECT 1 FROM condition k WHERE k.patient_id = p.id AND k.code IN ({codes}))
 ORDER BY c.review_due, p.name_key{collate}, p.id
 LIMIT {limit}
"""

UNPLANNED_SQL = """
SELECT p.id, p.nhs_number, p.given_name, p.family_name, p.date_of_birth,
       NULL, NULL, NULL, NULL, p.name_key
  FROM patient p
 WHERE NOT EXISTS (SELECT 1 FROM consultation c
                    WHERE c.patient_id = p.id AND c.review_due IS NOT NULL)
   AND EXISTS (SELECT 1 FROM condition k WHERE k.patient_id = p.id AND k.code IN ({codes}))
 ORDER BY p.name_key{collate}, p.id
 LIMIT {limit}
"""

DETAILS_SQL = (
    "SELECT patient_id, code FROM condition WHERE patient_id IN ({ids})",
    "SELECT patient_id, test, max(taken_on) FROM result WHERE patient_id IN ({ids}) "
    "GROUP BY patient_id, test",
    "SELECT patient_id, max(sent_on) FROM preparation_letter WHERE patient_id IN ({ids}) "
    "AND sent_on >= :since GROUP BY patient_id",
    "SELECT g.consultation_id, count(*) FROM goal g WHERE g.consultation_id IN ({plans}) "
    "AND NOT EXISTS (SELECT 1 FROM goal_review gr WHERE gr.goal_id = g.id) "
    "GROUP BY g.consultation_id",
)


def screenful_floor(db: Database, today: dt.date) -> list[Any]:
    """The first page of the coming-up list and what its people miss, by hand."""
    from sqlalchemy import text

    codes = ", ".join(f"'{c}'" for r in REGISTERS for c in codes_of(r))
    names = {
        "codes": codes,
        "collate": "" if db.is_sqlite else ' COLLATE "C"',
        "limit": SCREENFUL + 1,
    }
    until, since = today + dt.timedelta(days=WITHIN), today - dt.timedelta(days=90)
    params: dict[str, Any] = {"until": until, "since": since}
    if db.is_sqlite:
        params = {k: v.isoformat() for k, v in params.items()}
    day: Any = today.isoformat() if db.is_sqlite else today
    with db.engine.connect() as conn:
        rows = [
            *conn.execute(text(PLANNED_SQL.format(**names)), params).all(),
            *conn.execute(text(UNPLANNED_SQL.format(**names)), params).all(),
        ]
        rows.sort(key=lambda r: (r[6] if r[6] is not None else day, r[9], r[0]))
        rows = rows[:SCREENFUL]
        ids = ", ".join(str(r[0]) for r in rows) or "NULL"
        plans = ", ".join(str(r[5]) for r in rows if r[5] is not None) or "NULL"
        details = [
            conn.execute(text(sql.format(ids=ids, plans=plans)), params).all()
            for sql in DETAILS_SQL
        ]
        staff = conn.execute(
            text("SELECT * FROM staff_member WHERE active ORDER BY full_name")
        ).all()
    return [rows, details, staff]


def measure_coming_up_screenful(
    db: Database, runs: int = 15, budget: float = 3.0, *, services: Services | None = None
) -> Measure:
    """The window's first job (the first page, uncounted, and the staff list) against the
    same page by hand; the counts, read after the first rows show, are in the note."""
    services = services or Services(db.session_factory)
    today = dt.datetime.now(dt.UTC).date()

    def work() -> object:
        return services.previsit.page(WITHIN, today=today, limit=SCREENFUL, count=False), (
            services.staff.list()
        )

    page = services.previsit.page(WITHIN, today=today, limit=SCREENFUL, count=False)
    by_hand = screenful_floor(db, today)[0]
    assert [e.patient_id for e in page.entries] == [r[0] for r in by_hand], "the same rows"
    total, _without_letter = services.previsit.counts(WITHIN, today=today)
    counts = median_seconds(lambda: services.previsit.counts(WITHIN, today=today), runs)
    return compare(
        "coming_up_screenful",
        work,
        lambda: screenful_floor(db, today),
        budget,
        runs,
        f"first {SCREENFUL} of {total:,} coming up within {WITHIN} days; "
        f"their counts (aggregate) {counts * 1000:.1f} ms",
    )
