"""``careplan-admin worklist``, ``print``, ``prepare-sheet`` and ``practice``: lists and
documents for the practice."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .. import settings
from ..dates import utcnow
from ..exports import write_worklist
from ..i18n import _
from ..records import WorklistFilter
from ..services.worklist import MAX_WINDOW_DAYS
from . import common as shared
from .common import EXIT_OK


def _days(text: str) -> int:
    return shared.whole_number(text, 0, MAX_WINDOW_DAYS, "days")


def register(commands: shared.Commands, common: argparse.ArgumentParser) -> None:
    add = shared.command_adder(commands, common)
    work = add(
        "worklist", cmd_worklist, _("people whose review is due or overdue, most overdue first")
    )
    work.add_argument(
        "--due-within",
        type=_days,
        default=14,
        metavar="DAYS",
        help=_("include reviews due within DAYS from today (default 14)"),
    )
    work.add_argument("--overdue", action="store_true", help=_("only overdue reviews"))
    work.add_argument(
        "--staff",
        type=int,
        metavar="ID",
        default=None,
        help=_("only plans agreed or last reviewed by this staff member"),
    )
    work.add_argument("--csv", action="store_true", help=_("CSV with a header row"))
    for name, what in (
        ("print", _("print a patient's latest agreed plan to a PDF file")),
        ("prepare-sheet", _("print a preparing-for-your-appointment sheet to a PDF file")),
    ):
        doc = add(name, cmd_print, what)
        shared.patient_option(doc)
        shared.out_option(
            doc, _("PDF file to write (replaced if it exists), or a folder to put it in")
        )
        size = doc.add_mutually_exclusive_group()
        size.add_argument(
            "--large",
            dest="large_print",
            action="store_const",
            const=True,
            default=None,
            help=_("large print (default: as the patient's communication needs say)"),
        )
        size.add_argument(
            "--standard",
            dest="large_print",
            action="store_const",
            const=False,
            help=_("standard print, even if the patient's needs say large print"),
        )
        shared.practice_options(doc, "--practice-name", "--practice-phone")
    practice = add(
        "practice",
        cmd_practice,
        _("show, or set with the options, the practice name and phone printed on plans"),
    )
    shared.practice_options(practice, "--name", "--phone")


def cmd_worklist(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    criteria = WorklistFilter(
        due_within_days=None if args.overdue else args.due_within,
        status="overdue" if args.overdue else "all",
        staff_id=args.staff,
    )
    with shared.opened_services(args.url) as services:
        entries = services.worklist.worklist(criteria)
        services.audit.record_bulk_read("worklist", len(entries))
    write_worklist(entries, out, as_csv=args.csv)
    return EXIT_OK


def cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..printing import (
        NoPlanError,
        latest_plan_document,
        preparation_document,
        record_printed,
        write_atomically,
    )

    practice = shared.practice_from(args)
    with shared.opened_services(args.url) as services:
        patient = shared.find_patient(services, args.patient)
        make = latest_plan_document if args.command == "print" else preparation_document
        try:
            document = make(
                services, patient.id, practice, printed_at=utcnow(), large_print=args.large_print
            )
        except NoPlanError:
            raise NoPlanError(
                _("Patient {ref} has no agreed plan to print yet.").format(ref=args.patient)
                if args.command == "print"
                else _("Patient {ref} has no plan yet to prepare a sheet from.").format(
                    ref=args.patient
                )
            ) from None
        target: Path = args.out / document.filename if args.out.is_dir() else args.out
        written = write_atomically(target, document.pdf)
        record_printed(services, document)
    out.write(
        _("Written {path} ({pages} page(s){large}).\n").format(
            path=written,
            pages=document.pages,
            large=_(", large print") if document.large_print else "",
        )
    )
    return EXIT_OK


def cmd_practice(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    changes = {
        setting: value
        for setting, value in (
            (settings.PRACTICE_NAME, args.practice_name),
            (settings.PRACTICE_PHONE, args.practice_phone),
        )
        if value is not None
    }
    if changes:
        settings.save(changes)
    details = settings.practice_details()
    out.write(_("Practice name") + f": {details.name or '-'}\n")
    out.write(_("Practice phone") + f": {details.phone or '-'}\n")
    out.write(_("Settings file") + f": {settings.settings_path()}\n")
    return EXIT_OK
