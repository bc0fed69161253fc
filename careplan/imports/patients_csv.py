"""Bringing a practice's patient list in from CSV: all or nothing.

Every row is checked first; if any row is refused, nothing is stored and every refused
row is reported with its line number and reason. A person already registered with the
same NHS number is recognised: their name and date of birth must agree (nothing is ever
attached to a different person); their phone is updated only when the file is newer than
their record; conditions and results they do not have yet are added. Importing the same
file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text, update

from .. import models as m
from .. import register_checks as checks
from ..audit import AUDIT_LOCK_KEY, AuditAction, current_os_user, entry_hash
from ..audit import head as audit_head
from ..clinical_codes import TEST_BY_KEY, TESTS
from ..dates import check_birth_date
from ..errors import ValidationError
from ..i18n import _
from ..identifiers import format_nhs_number, normalise_nhs_number
from ..models.registers import Condition, Result
from ..permissions import Permission
from ..progress import Progress
from ..register_records import ResultInput
from ..search_index import TERMS, term_rows
from ..services.base import Service
from ..services.results import checked_result, result_columns
from ..text import NAME_MAX, clean, name_key
from .csv_file import REQUIRED, CsvFile, all_fields, read_csv
from .summary import ImportRefusedError, ImportSummary, RefusedRow

CHUNK = 500
_PHONE = re.compile(r"[\d\s+()\-.]+(?:\s*(?:ext|x)\.?\s*\d+)?")


@dataclass
class _Row:
    line: int
    nhs: str
    given: str
    family: str
    born: dt.date
    phone: str | None
    conditions: list[tuple[str, str]]  # (code, term)
    results: list[tuple[str, float | None, str | None, dt.date]]


def _cell(cells: tuple[str, ...], mapping: Mapping[str, int], key: str) -> str:
    index = mapping.get(key)
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def check_row(
    line: int, cells: tuple[str, ...], mapping: Mapping[str, int], today: dt.date, as_of: dt.date
) -> _Row | RefusedRow:
    problems: list[str] = []

    def attempt(work: Callable[[], Any]) -> Any:
        try:
            return work()
        except ValidationError as exc:
            problems.append(exc.message)
            return None

    nhs = attempt(lambda: normalise_nhs_number(_cell(cells, mapping, "nhs_number")))
    if nhs is None and not problems:
        problems.append(_("The NHS number is missing."))

    def name(field: str, label: str) -> Any:
        return attempt(
            lambda: clean(
                _cell(cells, mapping, field),
                field,
                max_length=NAME_MAX,
                required=True,
                multiline=False,
                label=label,
            )
        )

    given = name("given_name", _("given name"))
    family = name("family_name", _("family name"))
    label = _("date of birth")
    born = attempt(
        lambda: check_birth_date(
            checks.parse_day(_cell(cells, mapping, "date_of_birth"), "date_of_birth", label),
            today,
        )
    )
    phone = _cell(cells, mapping, "phone") or None
    if phone is not None and (len(phone) > 40 or not _PHONE.fullmatch(phone)):
        problems.append(_("The phone number has characters other than digits, spaces, + and -."))
    conditions = []
    for part in _cell(cells, mapping, "conditions").split(";"):
        if part.strip():
            found = attempt(partial(checks.condition, part))
            if found is not None and (found.code, found.term) not in conditions:
                conditions.append((found.code, found.term))
    results = []
    for test in TESTS:
        raw = _cell(cells, mapping, test.key)
        if not raw:
            continue
        written = _cell(cells, mapping, f"{test.key}_date")
        if not written and test.key == "bp_diastolic":  # taken with the systolic, as a pair
            written = _cell(cells, mapping, "bp_systolic_date")
        day: str | dt.date = written or as_of
        checked = attempt(partial(checked_result, ResultInput(test.key, raw, day), today, born))
        if checked is not None:
            spec, value, words, taken = checked
            results.append((spec.key, value, words, taken))
    if problems:
        return RefusedRow(line, tuple(problems))
    return _Row(line, nhs, given, family, born, phone, conditions, results)


class PatientImportService(Service):
    def read(self, path: Path) -> CsvFile:
        return read_csv(path)

    def import_file(
        self,
        path: Path,
        mapping: Mapping[str, int] | None = None,
        *,
        file_date: dt.datetime | None = None,
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Import ``path`` (see the module's notes). The file's date is its modification time."""
        if file_date is None:
            file_date = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        return self.import_csv(read_csv(path), mapping, file_date=file_date, progress=progress)

    def import_csv(
        self,
        data: CsvFile,
        mapping: Mapping[str, int] | None = None,
        *,
        file_date: dt.datetime,
        progress: Progress | None = None,
    ) -> ImportSummary:
        self._require(Permission.IMPORT_PATIENTS)
        started = time.perf_counter()
        mapping = dict(data.default_mapping() if mapping is None else mapping)
        known = {key for key, _name in all_fields()}
        for key, index in mapping.items():
            if key not in known or not 0 <= index < len(data.headers):
                raise ValidationError("mapping", _("The column mapping does not fit the file."))
        missing = [name for key, name in all_fields() if key in REQUIRED and key not in mapping]
        if missing:
            raise ValidationError(
                "mapping",
                _("No column is chosen for: {fields}.").format(fields=", ".join(missing)),
            )
        today = self._today()
        as_of = min(file_date.date(), today)
        total = len(data.rows)
        steps = total * 2 or 1
        checked: list[_Row] = []
        refused: list[RefusedRow] = []
        seen: dict[str, int] = {}
        for n, (line, cells) in enumerate(data.rows, 1):
            row = check_row(line, cells, mapping, today, as_of)
            if isinstance(row, _Row):
                if row.nhs in seen:
                    row = RefusedRow(
                        line,
                        (
                            _("NHS number {nhs} is also on line {other}.").format(
                                nhs=format_nhs_number(row.nhs), other=seen[row.nhs]
                            ),
                        ),
                    )
                else:
                    seen[row.nhs] = line
            (checked if isinstance(row, _Row) else refused).append(row)  # type: ignore[arg-type]
            if progress and (n % CHUNK == 0 or n == total):
                progress(n, steps)
        with self._write() as session:
            counts = _Writer(self, session, file_date).write(checked, refused, progress, total)
            if refused:
                summary = ImportSummary(
                    total, 0, 0, 0, 0, 0, tuple(refused), time.perf_counter() - started
                )
                raise ImportRefusedError(summary)
        return ImportSummary(total, *counts, (), time.perf_counter() - started)


class _Writer:
    """Writes checked rows in bulk inside the import's one transaction."""

    def __init__(self, service: PatientImportService, session: Any, file_date: dt.datetime) -> None:
        self.service = service
        self.session = session
        self.file_date = file_date
        self.now = service.context.clock()

    def write(
        self,
        rows: list[_Row],
        refused: list[RefusedRow],
        progress: Progress | None,
        total: int,
    ) -> tuple[int, int, int, int, int]:
        session = self.session
        existing: dict[str, tuple[int, str, dt.date, str | None, dt.datetime]] = {}
        numbers = [r.nhs for r in rows]
        for start in range(0, len(numbers), CHUNK):
            for pid, nhs, key, born, phone, updated in session.execute(
                select(
                    m.Patient.id,
                    m.Patient.nhs_number,
                    m.Patient.name_key,
                    m.Patient.date_of_birth,
                    m.Patient.phone,
                    m.Patient.updated_at,
                ).where(m.Patient.nhs_number.in_(numbers[start : start + CHUNK]))
            ):
                existing[nhs] = (pid, key, born, phone, updated)
        new_rows = [r for r in rows if r.nhs not in existing]
        taken = set()
        if new_rows:
            keys = {(name_key(r.given, r.family), r.born) for r in new_rows}
            births = sorted({born for _k, born in keys})
            for start in range(0, len(births), CHUNK):
                for key, born in session.execute(
                    select(m.Patient.name_key, m.Patient.date_of_birth).where(
                        m.Patient.date_of_birth.in_(births[start : start + CHUNK])
                    )
                ):
                    if (key, born) in keys:
                        taken.add((key, born))
        for r in rows:
            old = existing.get(r.nhs)
            if old is not None and (old[1] != name_key(r.given, r.family) or old[2] != r.born):
                refused.append(
                    RefusedRow(
                        r.line,
                        (
                            _(
                                "NHS number {nhs} is registered here to a person with another "
                                "name or date of birth; nothing is attached to them."
                            ).format(nhs=format_nhs_number(r.nhs)),
                        ),
                    )
                )
            elif old is None and (name_key(r.given, r.family), r.born) in taken:
                refused.append(
                    RefusedRow(
                        r.line,
                        (
                            _(
                                "A person with this name and date of birth is registered here "
                                "with another NHS number."
                            ),
                        ),
                    )
                )
        if refused:
            refused.sort(key=lambda x: x.line)
            return 0, 0, 0, 0, 0
        ids = {nhs: v[0] for nhs, v in existing.items()}
        created = self._create(new_rows, ids)
        touched: set[int] = set()
        for r in rows:
            old = existing.get(r.nhs)
            if old and r.phone and r.phone != old[3] and self.file_date > old[4]:
                session.execute(
                    update(m.Patient)
                    .where(m.Patient.id == old[0])
                    .values(phone=r.phone, updated_at=self.now, version=m.Patient.version + 1)
                )
                touched.add(old[0])
        conditions = self._conditions(rows, ids, touched)
        results = self._results(rows, ids, touched)
        new_ids = {ids[r.nhs] for r in new_rows}
        updated = len(touched - new_ids)
        self._audit(sorted(touched | new_ids))
        if progress:
            progress(total * 2 or 1, total * 2 or 1)
        return created, updated, len(rows) - created - updated, conditions, results

    def _create(self, rows: list[_Row], ids: dict[str, int]) -> int:
        table: Any = m.Patient.__table__
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            values = [
                {
                    "nhs_number": r.nhs,
                    "given_name": r.given,
                    "family_name": r.family,
                    "date_of_birth": r.born,
                    "name_key": name_key(r.given, r.family),
                    "family_key": name_key(r.family),
                    "phone": r.phone,
                    "large_print": False,
                    "easy_read": False,
                    "created_at": self.now,
                    "updated_at": self.now,
                    "version": 1,
                }
                for r in chunk
            ]
            result = self.session.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                values,
            )
            for r, (pid,) in zip(chunk, result, strict=True):
                ids[r.nhs] = pid
            # Bulk inserts pass the ORM by, so the search index is written here too.
            terms = term_rows((ids[r.nhs], name_key(r.given, r.family)) for r in chunk)
            if terms:
                self.session.execute(insert(TERMS), terms)
        return len(rows)

    def _conditions(self, rows: list[_Row], ids: dict[str, int], touched: set[int]) -> int:
        have: set[tuple[int, str]] = set()
        pids = sorted({ids[r.nhs] for r in rows if r.conditions})
        for start in range(0, len(pids), CHUNK):
            have |= set(
                self.session.execute(
                    select(Condition.patient_id, Condition.code).where(
                        Condition.patient_id.in_(pids[start : start + CHUNK])
                    )
                ).tuples()
            )
        new = []
        for r in rows:
            pid = ids[r.nhs]
            for code, term in r.conditions:
                if (pid, code) not in have:
                    have.add((pid, code))
                    touched.add(pid)
                    new.append(
                        {
                            "patient_id": pid,
                            "code": code,
                            "term": term,
                            "diagnosed_on": None,
                            "source": "csv",
                            "source_id": None,
                            "created_at": self.now,
                        }
                    )
        for start in range(0, len(new), CHUNK):
            self.session.execute(insert(Condition), new[start : start + CHUNK])
        return len(new)

    def _results(self, rows: list[_Row], ids: dict[str, int], touched: set[int]) -> int:
        have: dict[tuple[int, str, dt.date], tuple[int, float | None, str | None, dt.datetime]] = {}
        pids = sorted({ids[r.nhs] for r in rows if r.results})
        for start in range(0, len(pids), CHUNK):
            for rid, pid, test, day, value, words, created in self.session.execute(
                select(
                    Result.id,
                    Result.patient_id,
                    Result.test,
                    Result.taken_on,
                    Result.value,
                    Result.value_text,
                    Result.created_at,
                ).where(Result.patient_id.in_(pids[start : start + CHUNK]))
            ):
                have[(pid, test, day)] = (rid, value, words, created)
        new = []
        for r in rows:
            pid = ids[r.nhs]
            for test, value, words, day in r.results:
                old = have.get((pid, test, day))
                if old is None:
                    touched.add(pid)
                    have[(pid, test, day)] = (0, value, words, self.now)
                    new.append(
                        result_columns(
                            pid, TEST_BY_KEY[test], (value, words), day, ("csv", None), self.now
                        )
                    )
                elif (old[1], old[2]) != (value, words) and old[0] and self.file_date > old[3]:
                    touched.add(pid)
                    self.session.execute(
                        update(Result)
                        .where(Result.id == old[0])
                        .values(value=value, value_text=words, source="csv", created_at=self.now)
                    )
        for start in range(0, len(new), CHUNK):
            self.session.execute(insert(Result), new[start : start + CHUNK])
        return len(new)

    def _audit(self, patient_ids: list[int]) -> None:
        """One audit entry per person the import changed, chained like every other entry."""
        if not patient_ids:
            return
        session = self.session
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
        position, prev = audit_head(session)
        actor = self.service.context.actor
        staff_id = actor.staff_id if actor else None
        os_user = actor.os_user if actor else current_os_user()
        workstation = self.service.context.workstation
        rows = []
        for pid in patient_ids:
            digest = entry_hash(
                prev,
                self.now,
                staff_id,
                os_user,
                workstation,
                AuditAction.IMPORT.value,
                pid,
                "patient",
                pid,
                "done",
            )
            position += 1
            rows.append(
                {
                    "chain_pos": position,
                    "at": self.now,
                    "staff_id": staff_id,
                    "os_user": os_user,
                    "workstation": workstation,
                    "action": AuditAction.IMPORT.value,
                    "patient_id": pid,
                    "record_type": "patient",
                    "record_id": pid,
                    "outcome": "done",
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(m.AuditEvent), rows[start : start + CHUNK])
