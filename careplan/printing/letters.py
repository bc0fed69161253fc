"""Preparation (results) letters for everyone on a coming-up list, printed in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..audit import AuditAction
from ..services import Services
from ..settings import PracticeDetails
from .common import PrintedDocument
from .documents import preparation_document
from .results_letter import merge_pdfs


@dataclass(frozen=True)
class LetterBatch:
    letters: tuple[PrintedDocument, ...]  # one per person, in the list's order

    def combined(self) -> tuple[bytes, int]:
        """One PDF, each person's letter starting on a new page."""
        return merge_pdfs([letter.pdf for letter in self.letters])


def preparation_letters(
    services: Services,
    patient_ids: Sequence[int],
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> LetterBatch:
    """Every person's results letter (large print where their needs say so)."""
    return LetterBatch(
        tuple(
            preparation_document(services, pid, practice, printed_at=printed_at, tz=tz, letter=True)
            for pid in patient_ids
        )
    )


def record_sent(services: Services, batch: LetterBatch) -> int:
    """Audit each letter as printed and mark it sent, so the list shows it."""
    for letter in batch.letters:
        services.audit.record(AuditAction.PRINT, letter.patient_id, "preparation_letter")
    return services.previsit.mark_letters_sent(letter.patient_id for letter in batch.letters)
