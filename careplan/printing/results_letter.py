"""Results in print: "your results" in plain words, and the Year of Care results letter.

The preparation sheet is the results letter: the person's latest results, what each
means, how it changed since last time, their target, and the prompts to think about
before the conversation. Letters for a whole coming-up list print as one PDF (each
person's letter starts on a new page and keeps its own page numbers) or one file each.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.platypus import Flowable

from ..i18n import _
from ..register_records import ResultSeries

# The lines themselves live with the other result words (no ReportLab needed to show them).
from ..result_lines import latest_results as latest_results
from ..result_lines import result_name as result_name
from ..result_lines import target_words as target_words
from ..result_lines import value_words as value_words
from . import words
from .common import PrintedDocument, section
from .flowables import Line, lines
from .styles import Styles


def result_blocks(series: Sequence[ResultSeries], styles: Styles) -> list[list[Flowable]]:
    blocks: list[list[Flowable]] = []
    for item in latest_results(series):
        rows: list[Line] = [(None, result_name(item), True)]
        rows.append(
            (
                _("Your result"),
                _("{value} on {date}").format(
                    value=value_words(item, series), date=words.long_date(item.latest.taken_on)
                ),
                False,
            )
        )
        if item.trend:
            rows.append((_("Since last time"), item.trend, False))
        if item.target_text:
            whose = _("Your own target") if item.own_target else _("Usual target")
            rows.append((whose, target_words(item, series), False))
        if item.meaning:
            rows.append((_("What this means"), item.meaning, False))
        blocks.append(lines(rows, styles.item, bullet="•"))
    return blocks


def results_section(series: Sequence[ResultSeries], styles: Styles) -> list[Flowable]:
    return section(_("Your results"), result_blocks(series, styles), styles)


def merge_pdfs(documents: Sequence[bytes]) -> tuple[bytes, int]:
    """Several PDFs as one, in order (pdfium keeps each one's fonts and pages intact)."""
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    try:
        for data in documents:
            part = pdfium.PdfDocument(data)
            try:
                merged.import_pages(part)
            finally:
                part.close()
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue(), len(merged)
    finally:
        merged.close()


def combined(letters: Sequence[PrintedDocument], day: dt.date) -> tuple[bytes, int, str]:
    pdf, pages = merge_pdfs([letter.pdf for letter in letters])
    name = _("preparation-letters")
    return pdf, pages, f"{name}-{day.isoformat()}.pdf"
