"""The review worklist as the window fills it, timed against hand-written SQL (DESIGN.md §8).

    python -m ui.followup.bench sqlite:////path/to/demo.sqlite3 [--runs N]

One run measures, on the same database and machine:

- the core's worklist against the hand-written query (``careplan.bench``);
- what the window does for one refresh — the core's worklist and filling the
  table model with it — against the same hand-written query;
- filling the model alone (texts are worked out as a view shows rows), and
  working out every row's texts, as a view showing all rows at once would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from careplan.bench import WORKLIST_SQL, Measure, compare, measure_worklist, median_seconds
from careplan.records import WorklistFilter
from careplan.services import Services
from careplan.storage import Database
from ui.models.worklist import WorklistModel


def measure_worklist_window(
    db: Database, runs: int = 15, budget: float = 3.0, window_days: int = 14
) -> list[Measure]:
    """Needs a QApplication (the model makes fonts and brushes)."""
    services = Services(db.session_factory)
    criteria = WorklistFilter(due_within_days=window_days)
    today = dt.datetime.now(dt.UTC).date()
    until = today + dt.timedelta(days=window_days)
    sql = WORKLIST_SQL.format(until="?" if db.is_sqlite else "%s")
    model = WorklistModel()
    raw = db.engine.raw_connection()
    try:

        def floor() -> list[Any]:
            cursor = raw.cursor()
            cursor.execute(sql, (until.isoformat() if db.is_sqlite else until,))
            rows = list(cursor.fetchall())
            cursor.close()
            raw.commit()
            return rows

        def refresh() -> None:
            model.set_entries(services.worklist.worklist(criteria, today))

        entries = services.worklist.worklist(criteria, today)
        count = len(entries)
        assert count == len(floor()), "the hand-written query must return the same rows"
        note = f"{count:,} people due within {window_days} days"
        window = compare("worklist window refresh", refresh, floor, budget, runs, note)
        fill = median_seconds(lambda: model.set_entries(entries), runs)

        def every_row() -> None:  # what a view showing every row at once would ask for
            model.set_entries(entries)
            for row in range(model.rowCount()):
                model.texts(row)

        all_texts = median_seconds(every_row, runs)
        return [
            window,
            Measure("worklist model fill", fill, None, None, None, runs, note),
            Measure("worklist model, every row's texts", all_texts, None, None, None, runs, note),
        ]
    finally:
        raw.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="a database holding a demo practice")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--window", type=int, default=14, help="days ahead (default 14)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench", "-platform", "offscreen"])
    db = Database.open(args.url)
    try:
        patients = Services(db.session_factory).patients.search("", limit=1).total
        measures = [measure_worklist(db, args.runs)]
        measures += measure_worklist_window(db, args.runs, window_days=args.window)
    finally:
        db.close()
    for m in measures:
        print(json.dumps({**m.as_json(), "patients": patients}))
    del app
    return 0 if all(m.within_budget is not False for m in measures) else 1


if __name__ == "__main__":
    sys.exit(main())
