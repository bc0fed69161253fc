"""Population measures as a CSV file or a plain table (careplan-admin population)."""

from __future__ import annotations

import csv
from typing import TextIO

from .clinical_codes import TESTS
from .i18n import _
from .register_records import PopulationReport, PopulationRow

COUNT_COLUMNS = (
    ("on_register", "on_register"),
    ("with_plan", "with_current_agreed_plan"),
    ("with_action_plan", "with_goal_and_action_plan"),
    ("reviews_due", "reviews_due"),
    ("reviewed_on_time", "reviewed_on_time"),
    ("goal_reviews", "goal_reviews"),
    ("goal_reviews_at_or_above", "goal_reviews_at_or_above_expected"),
)


def _counts(row: PopulationRow) -> list[str]:
    values = [str(getattr(row.counts, field)) for field, _header in COUNT_COLUMNS]
    targets = dict(row.counts.results_in_target)
    values += [str(targets[t.key]) if t.key in targets else "" for t in TESTS]
    return values


def population_csv(report: PopulationReport, out: TextIO, *, clinicians: bool = False) -> int:
    """One row per register (SNOMED CT code and name first), then the counts.

    With ``clinicians`` also a row per clinician within each register.
    """
    writer = csv.writer(out, lineterminator="\n")
    header = ["snomed_code", "register", "clinician"] if clinicians else ["snomed_code", "register"]
    header += [h for _f, h in COUNT_COLUMNS] + [f"{t.key}_in_target" for t in TESTS]
    writer.writerow(header)
    written = 0
    for row in report.rows:
        if row.register is None or (row.clinician_id is not None and not clinicians):
            continue
        first = [row.code or "", row.name]
        if clinicians:
            first.append(row.clinician_name or "")
        writer.writerow(first + _counts(row))
        written += 1
    return written


def write_population(report: PopulationReport, out: TextIO, *, as_csv: bool) -> None:
    if as_csv:
        population_csv(report, out)
        return
    out.write(
        _("Population measures on {day} (each over the twelve months before it)\n").format(
            day=report.as_of.isoformat()
        )
    )
    heads = [
        _("register"),
        _("clinician"),
        _("people"),
        _("plan"),
        _("action"),
        _("due"),
        _("on time"),
        _("in target"),
    ]
    out.write(
        f"{heads[0]:<34} {heads[1]:<18} {heads[2]:>7} {heads[3]:>7} "
        f"{heads[4]:>7} {heads[5]:>6} {heads[6]:>8}  {heads[7]}\n"
    )
    for row in report.rows:
        c = row.counts
        targets = ", ".join(f"{test} {n}" for test, n in c.results_in_target)
        name = (row.code + " " if row.code else "") + row.name
        out.write(
            f"{name[:34]:<34} {(row.clinician_name or '-')[:18]:<18} {c.on_register:>7} "
            f"{c.with_plan:>7} {c.with_action_plan:>7} {c.reviews_due:>6} "
            f"{c.reviewed_on_time:>8}  {targets}\n"
        )
