"""How long printing a plan takes, against a bare ReportLab document (DESIGN.md §8).

The floor is the plainest ReportLab can do with the same text on the same
number of A4 pages: every line the plan prints (headings, labels and the
person's words, and each page's header and footer) as simple paragraphs in
a built-in font, with page breaks to match the page count. Budget: 3x.

The real path (:func:`measure_print_path`) is what the app does when a plan is
printed: read the person and their latest plan, render, write the PDF file
(atomically) and add the audit entry; its floor is a bare document of the same
words and pages written to a file the same way.

    python -m benchmarks.printing [--runs N] [--large]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from careplan.printing.flowables import BidiParagraph, Block, ColourKey
from careplan.printing.markup import escape
from careplan.printing.plan import plan_story, render_plan
from careplan.printing.samples import sample_patient, typical_plan
from careplan.printing.styles import Look, make_styles
from careplan.settings import PracticeDetails

from .measure import Measure, compare

PRACTICE = PracticeDetails("Ashby Health Centre", "01632 960 000")
PRINTED = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def printed_words(story: Sequence[Flowable]) -> list[str]:
    """The text a story prints, one string per paragraph, for the floor's paragraphs."""
    out: list[str] = []
    for item in story:
        if isinstance(item, Block):
            out += printed_words(item.items)
        elif isinstance(item, Paragraph):
            out.append(item.getPlainText())
        elif isinstance(item, BidiParagraph):
            out.append(f"{item.label or ''} {item.value}")
        elif isinstance(item, ColourKey):
            out.append(item.label)
    return [w for w in out if w.strip()]


def bare_document(words: Sequence[str], pages: int) -> tuple[bytes, int]:
    """The floor: ``words`` as plain paragraphs spread over exactly ``pages`` A4 pages."""
    style = getSampleStyleSheet()["Normal"]
    story: list[Flowable] = []
    per_page = -(-len(words) // pages)
    for index, word in enumerate(words):
        if index and index % per_page == 0:
            story.append(PageBreak())
        story.append(Paragraph(escape(word), style))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build(story)
    return buffer.getvalue(), doc.page


def measure_printing(runs: int = 15, budget: float = 3.0, *, large_print: bool = False) -> Measure:
    """Median time to render the typical plan, and its ratio to the bare floor."""
    patient = sample_patient(large_print=large_print)
    plan = typical_plan(patient.id)

    def work() -> object:
        return render_plan(plan, patient, PRACTICE, printed_at=PRINTED, tz=dt.UTC)

    pages = render_plan(plan, patient, PRACTICE, printed_at=PRINTED, tz=dt.UTC).pages
    # The same words the plan prints, headings and labels included, and the
    # header and footer of every page.
    words = printed_words(plan_story(plan, patient, make_styles(Look.choose(large_print))))
    words += [patient.full_name, PRACTICE.name, PRACTICE.phone, "Page 1 of 3"] * pages
    floor_pages = bare_document(words, pages)[1]
    assert floor_pages == pages, "the floor must have the plan's page count"

    def floor() -> object:
        return bare_document(words, pages)

    kind = "large print" if large_print else "standard print"
    return compare(
        "print_plan_large" if large_print else "print_plan",
        work,
        floor,
        budget,
        runs,
        f"typical plan, {kind}, {pages} A4 pages, {sum(map(len, words)):,} characters of text",
    )


def measure_print_path(
    services: object, patient_id: int, folder: Path, runs: int = 15, budget: float = 3.0
) -> Measure:
    """Printing as the app does it, against a bare document of the same words and pages."""
    from careplan.atomic import write_atomically
    from careplan.printing import latest_plan_document, record_printed
    from careplan.services import Services

    assert isinstance(services, Services)
    target, bare_target = folder / "plan.pdf", folder / "bare.pdf"

    def work() -> object:
        document = latest_plan_document(services, patient_id, PRACTICE, printed_at=PRINTED)
        write_atomically(target, document.pdf)
        record_printed(services, document)
        return document

    patient = services.patients.get(patient_id)
    plan = services.consultations.latest_agreed(patient_id)
    assert plan is not None
    document = latest_plan_document(services, patient_id, PRACTICE, printed_at=PRINTED)
    pages = document.pages
    words = printed_words(plan_story(plan, patient, make_styles(Look.choose(document.large_print))))
    words += [patient.full_name, PRACTICE.name, PRACTICE.phone, "Page 1 of 3"] * pages

    def floor() -> object:
        pdf, _pages = bare_document(words, pages)
        write_atomically(bare_target, pdf)
        return pdf

    return compare(
        "print",
        work,
        floor,
        budget,
        runs,
        f"read, render, write and audit the latest plan of a person with ten years of plans, "
        f"{pages} A4 page(s), {statements(work)} SQL statements",
    )


def statements(work: Callable[[], object]) -> int:
    """How many SQL statements one run of ``work`` sends to the database."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    sent: list[str] = []

    def count(*args: object) -> None:
        sent.append("")

    event.listen(Engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    return len(sent)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.printing")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--large", action="store_true", help="large print")
    args = parser.parse_args(argv)
    measure = measure_printing(args.runs, large_print=args.large)
    print(json.dumps(measure.as_json(), indent=2))
    return 0 if measure.within_budget else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
