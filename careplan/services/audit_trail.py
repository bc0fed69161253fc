"""The audit trail for administrators: view, verify, export, and record prints/exports."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from .. import audit
from ..audit import AuditAction, AuditRecord, VerifyReport
from ..permissions import Permission
from .base import Service

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str | None) -> str | None:
    """A cell a spreadsheet will not run as a formula (a leading ' makes it text)."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class AuditService(Service):
    def record(
        self,
        action: AuditAction,
        patient_id: int | None,
        record_type: str | None = None,
        record_id: int | None = None,
    ) -> None:
        """Record that a patient's plan was printed, exported or imported here."""
        permission = Permission.IMPORT if action is AuditAction.IMPORT else Permission.PRINT_EXPORT
        self._require(permission, patient_id)
        self._audit_now(action, patient_id=patient_id, record_type=record_type, record_id=record_id)

    def record_bulk_read(self, what: str, count: int) -> None:
        """Record a read of many records at once: a full list, a CSV, a backup."""
        self._audit_now(AuditAction.BULK_READ, record_type=what, record_id=count)

    def entries(self, patient_id: int | None = None, limit: int | None = 1000) -> list[AuditRecord]:
        self._require(Permission.VIEW_AUDIT)
        with self._read() as session:
            return list(audit.entries(session, patient_id, limit))

    def verify(self, checkpoints: Sequence[audit.Checkpoint] = ()) -> VerifyReport:
        """Check the chain, the database's triggers, the order of time, and that the chain
        still matches ``checkpoints`` kept outside the database."""
        self._require(Permission.VIEW_AUDIT)
        self._seal_pending()
        with self._read() as session:
            return audit.verify(session, checkpoints)

    def checkpoint(self) -> audit.Checkpoint | None:
        """The chain's head now, to keep outside the database."""
        self._require(Permission.VIEW_AUDIT)
        self._seal_pending()
        with self._read() as session:
            return audit.checkpoint(session)

    def _seal_pending(self) -> None:
        """Entries a killed process left unsealed (PostgreSQL) join the chain first."""
        with self.context.session_factory() as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                audit.seal_pending(session)

    def export_csv(self, out: TextIO, patient_id: int | None = None) -> int:
        rows = self.entries(patient_id, limit=None)
        self._audit_now(AuditAction.EXPORT, patient_id=patient_id, record_type="audit")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "id",
                "at_utc",
                "staff_id",
                "os_user",
                "workstation",
                "action",
                "patient_id",
                "record_type",
                "record_id",
                "outcome",
            ]
        )
        for r in reversed(rows):
            writer.writerow(
                [
                    r.id,
                    r.at.isoformat(),
                    r.staff_id,
                    spreadsheet_safe(r.os_user),
                    spreadsheet_safe(r.workstation),
                    r.action,
                    r.patient_id,
                    spreadsheet_safe(r.record_type),
                    r.record_id,
                    spreadsheet_safe(r.outcome),
                ]
            )
        return len(rows)
