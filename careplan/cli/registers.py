"""``careplan-admin import-patients``, ``previsit`` and ``population``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from ..clinical_codes import Register, find_register
from ..dates import utcnow
from ..i18n import _
from .common import (
    EXIT_ERROR,
    EXIT_OK,
    Commands,
    command_adder,
    opened_services,
    practice_from,
    practice_options,
    whole_number,
)


def _register(text: str) -> Register:
    found = find_register(text)
    if found is None:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a register; give its SNOMED CT code or name").format(value=text)
        )
    return found


def _within(text: str) -> int:
    return whole_number(text, 0, 366, "days")


def _as_of(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("give the date as YYYY-MM-DD")) from None
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add = command_adder(commands, common)
    imp = add(
        "import-patients",
        cmd_import_patients,
        _("import a practice's patient list from CSV (all or nothing)"),
    )
    imp.add_argument("file", metavar="FILE", type=Path, help=_("CSV file with a header row"))
    imp.add_argument(
        "--as-of",
        type=_as_of,
        metavar="DATE",
        help=_("the date the file was exported (default: its modification time)"),
    )

    pre = add(
        "previsit",
        cmd_previsit,
        _("print preparation letters for everyone coming up for a care-planning visit"),
    )
    pre.add_argument("--within", type=_within, required=True, metavar="DAYS")
    pre.add_argument("--register", type=_register, metavar="CODE", help=_("only this register"))
    pre.add_argument("--out", type=Path, required=True, metavar="FILE", help=_("PDF to write"))
    pre.add_argument(
        "--list-only", action="store_true", help=_("list who is coming up; print nothing")
    )
    practice_options(pre, "--practice-name", "--practice-phone")

    pop = add(
        "population",
        cmd_population,
        _("population measures per register (people, plans, reviews, results in target)"),
    )
    pop.add_argument("--register", type=_register, metavar="CODE", help=_("only this register"))
    pop.add_argument("--csv", action="store_true", help=_("CSV, one row per register"))
    pop.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        help=_("also write a PDF report with the run charts (of the register, or the practice)"),
    )


def cmd_import_patients(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..imports.patients_csv import PatientImportService
    from ..imports.summary import ImportRefusedError

    shown = [-1]

    def progress(done: int, total: int) -> None:
        step = done * 10 // max(total, 1)
        if step != shown[0]:
            shown[0] = step
            err.write(_("Importing: {pct}%\n").format(pct=step * 10))
            err.flush()

    with opened_services(args.url) as services:
        service = PatientImportService(services.context)
        try:
            summary = service.import_file(args.file, file_date=args.as_of, progress=progress)
        except ImportRefusedError as refused:
            for line in refused.summary.lines():
                out.write(line + "\n")
            return EXIT_ERROR
    for line in summary.lines():
        out.write(line + "\n")
    return EXIT_OK


def cmd_previsit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..atomic import write_atomically
    from ..printing.letters import preparation_letters, record_sent

    with opened_services(args.url) as services:
        entries = services.previsit.coming_up(args.within, args.register)
        # A list of many people, read at once: audited as the worklist is.
        services.audit.record_bulk_read("coming_up", len(entries))
        now = _("now")
        for e in entries:
            out.write(
                f"{e.due.isoformat() if e.due else now}\t{e.nhs_number or ''}\t"
                f"{e.full_name}\t{','.join(e.missing) or '-'}\n"
            )
        if args.list_only:
            return EXIT_OK
        if not entries:
            err.write(_("careplan-admin: nobody is coming up in that window; nothing printed.\n"))
            return EXIT_ERROR
        batch = preparation_letters(
            services, [e.patient_id for e in entries], practice_from(args), printed_at=utcnow()
        )
        pdf, pages = batch.combined()
        write_atomically(args.out, pdf)
        record_sent(services, batch)
    out.write(
        _("Written {path}: {n} letters, {pages} pages; marked as sent.\n").format(
            path=args.out, n=len(batch.letters), pages=pages
        )
    )
    return EXIT_OK


def cmd_population(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..exports_population import write_population

    with opened_services(args.url) as services:
        report = services.population.report(args.register, charts=args.pdf is not None)
    write_population(report, out, as_csv=args.csv)
    if args.pdf is not None:
        from .. import settings
        from ..atomic import write_atomically
        from ..printing.population_report import render_population_report

        pdf, pages = render_population_report(
            report, settings.practice_details().name, printed_at=utcnow()
        )
        write_atomically(args.pdf, pdf)
        err.write(_("Written {path} ({pages} pages).\n").format(path=args.pdf, pages=pages))
    return EXIT_OK
