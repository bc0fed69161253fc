"""Tables people take away: the review worklist as text or CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from .i18n import _
from .records import WorklistEntry
from .text import for_output

WORKLIST_COLUMNS = (
    ("nhs_number", _("NHS number")),
    ("name", _("Name")),
    ("date_of_birth", _("Date of birth")),
    ("phone", _("Phone")),
    ("due", _("Review due")),
    ("days_overdue", _("Days overdue")),
    ("clinician", _("Plan agreed by")),
    ("last_reviewed", _("Last reviewed")),
    ("last_reviewer", _("Last reviewed by")),
    ("plan_id", _("Plan")),
)

# Spreadsheets run a cell that starts with these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> str:
    text = "" if value is None else for_output(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def worklist_rows(entries: Iterable[WorklistEntry]) -> Iterable[list[str]]:
    for e in entries:
        yield [
            _safe(e.nhs_number),
            _safe(e.full_name),
            e.date_of_birth.isoformat(),
            _safe(e.phone),
            e.due.isoformat(),
            str(e.days_overdue),
            _safe(e.clinician_name),
            e.last_reviewed_on.isoformat() if e.last_reviewed_on else "",
            _safe(e.last_reviewer_name),
            str(e.consultation_id),
        ]


def write_worklist(entries: Iterable[WorklistEntry], out: TextIO, *, as_csv: bool) -> None:
    if as_csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([label for _key, label in WORKLIST_COLUMNS])
        writer.writerows(worklist_rows(entries))
        return
    for row in worklist_rows(entries):
        out.write("\t".join(row) + "\n")
