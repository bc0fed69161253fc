"""What the printed documents share: the result type, headings, page information."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from ..i18n import _
from ..records import PatientRecord
from ..settings import PracticeDetails
from . import words
from .document import PageInfo
from .flowables import Block, text
from .styles import ACCENT, Styles


@dataclass(frozen=True)
class PrintedDocument:
    """A rendered PDF, ready to save, preview or print."""

    pdf: bytes
    pages: int
    large_print: bool
    filename: str  # a suggested file name, e.g. "care-plan-ms-5919-2026-03-02.pdf"
    patient_id: int
    consultation_id: int | None  # the plan printed; None for a preparation sheet


def heading(title: str, styles: Styles) -> list[Flowable]:
    return [
        text(title, styles.heading, bold=True),
        HRFlowable(
            width="100%",
            thickness=1.2,
            color=ACCENT,
            spaceBefore=0,
            spaceAfter=styles.body.fontSize * 0.6,
        ),
    ]


def section(title: str, blocks: Iterable[list[Flowable]], styles: Styles) -> list[Flowable]:
    """A heading and its blocks, or nothing at all when there are no blocks."""
    items = [block for block in blocks if block]
    if not items:
        return []
    first, *rest = items
    # A heading never ends a page alone: it travels with its first block, and
    # each block (an action and its details, say) stays on one page if it can.
    return [Block([*heading(title, styles), *first]), *(Block(b) for b in rest)]


def page_info(
    patient: PatientRecord,
    practice: PracticeDetails,
    document: str,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None,
    *,
    draft: bool = False,
    title: str | None = None,
) -> PageInfo:
    """What each page says: whose it is, the practice, the document (``title``, the PDF's
    title, is the document's name unless given) and when it was printed (in ``tz``)."""
    return PageInfo(
        person=patient.full_name,
        born=_("Born {date}").format(date=words.long_date(patient.date_of_birth)),
        practice_name=practice.name,
        practice_phone=_("Phone {number}").format(number=practice.phone) if practice.phone else "",
        document=document,
        printed=words.printed_at(printed_at, tz),
        draft=draft,
        draft_word=_("DRAFT"),
        page_of=words.page_of,
        title=document if title is None else title,
        author=practice.name or "careplan",
    )


def suggested_filename(kind: str, patient: PatientRecord, day: dt.date) -> str:
    """``care-plan-ms-5919-2026-03-02.pdf``: initials and the NHS number's last four digits
    (else the record number), never the full name, which a file name would show to anyone
    who sees the folder; plain ASCII, safe on every system."""
    initials = "".join(
        part[:1] for part in (patient.given_name, patient.family_name) if part.strip()
    )
    folded = unicodedata.normalize("NFKD", initials)
    letters = re.sub(r"[^a-z]+", "", folded.encode("ascii", "ignore").decode().lower())
    number = patient.nhs_number[-4:] if patient.nhs_number else f"id{patient.id}"
    who = f"{letters}-{number}" if letters else number
    return f"{kind}-{who}-{day.isoformat()}.pdf"
