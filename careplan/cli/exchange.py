"""``careplan-admin export``, ``import`` and ``calendar``: a plan as FHIR R4, and a
review as a calendar file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ..dates import utcnow
from ..i18n import _
from . import common as shared
from .common import EXIT_ERROR, EXIT_OK


def register(commands: shared.Commands, common: argparse.ArgumentParser) -> None:
    add = shared.command_adder(commands, common)
    export = add("export", cmd_export, _("export a patient's latest agreed plan as FHIR R4 JSON"))
    shared.patient_option(export)
    export.add_argument(
        "--format", choices=("fhir",), default="fhir", help=_("file format (default fhir)")
    )
    export.add_argument(
        "--all-revisions",
        action="store_true",
        help=_("also write every earlier agreed revision of the plan"),
    )
    shared.out_option(export, _("file to write (replaced if it exists), or a folder to put it in"))
    imp = add(
        "import",
        cmd_import,
        _(
            "import one person's plan from a FHIR R4 JSON file (a bundle of any type or one "
            "resource), all or nothing; says what it leaves out"
        ),
    )
    imp.add_argument("file", metavar="FILE", type=Path, help=_("FHIR R4 JSON file"))
    imp.add_argument(
        "--check",
        action="store_true",
        help=_("only say what importing would do and what it would leave out"),
    )
    cal = add(
        "calendar", cmd_calendar, _("write a calendar file (.ics) for a patient's next review")
    )
    shared.patient_option(cal)
    shared.out_option(cal, _("file to write (replaced if it exists), or a folder to put it in"))
    shared.practice_options(cal, "--practice-name", "--practice-phone")


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..fhir import FhirExchange

    with shared.opened_services(args.url) as services:
        patient = shared.find_patient(services, args.patient)
        target: Path = args.out
        if target.is_dir():
            who = patient.nhs_number or str(patient.id)
            target = target / f"care-plan-{who}-{utcnow().date().isoformat()}.json"
        result = FhirExchange(services.context).export_file(
            patient.id, target, all_revisions=args.all_revisions
        )
    out.write(
        _("Written {path}: plan {plan} of patient {ref} as FHIR R4 ({count} resources).\n").format(
            path=result.path, plan=result.consultation_id, ref=args.patient, count=result.resources
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..fhir import FhirExchange, PersonMismatch

    with shared.opened_services(args.url) as services:
        exchange = FhirExchange(services.context)
        try:
            preview = exchange.preview_file(args.file)
            # The person's name stays off the command's output (it may be logged); their
            # record number and NHS number are said below.
            for line in preview.summary(with_person=False):
                out.write(line + "\n")
            if args.check:
                out.write(_("Checked only: nothing was imported.\n"))
                return EXIT_OK
            result = exchange.import_preview(preview)
        except PersonMismatch as exc:
            err.write(f"careplan-admin: {exc.explained()}\n")
            return EXIT_ERROR
        patient = services.patients.get(result.patient_id)
    nhs = f" (NHS number {patient.nhs_number_display})" if patient.nhs_number else ""
    if result.already_imported:
        out.write(
            (
                _("Already imported as plan {plan} of patient {patient}{nhs}: not added again.\n")
                if result.conditions or result.results
                else _(
                    "Already imported as plan {plan} of patient {patient}{nhs}: nothing added.\n"
                )
            ).format(plan=result.consultation_id, patient=result.patient_id, nhs=nhs)
        )
    elif result.consultation_id is None:
        out.write(
            _("Imported patient {patient}{nhs}; the file held no plan.\n").format(
                patient=result.patient_id, nhs=nhs
            )
        )
    else:
        out.write(
            _(
                "Imported {path} as plan {plan} ({status}) of patient {patient}{nhs}: "
                "{goals} goal(s), {actions} action(s), {reviews} review(s).\n"
            ).format(
                path=args.file,
                plan=result.consultation_id,
                status=result.status,
                patient=result.patient_id,
                nhs=nhs,
                goals=result.goals,
                actions=result.actions,
                reviews=result.reviews,
            )
        )
    if result.conditions or result.results:
        out.write(
            _("Added or corrected {conditions} condition(s) and {results} result(s).\n").format(
                conditions=result.conditions, results=result.results
            )
        )
    if result.patient_created:
        out.write(_("The patient was not registered here and has been added.\n"))
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..fhir import FhirExchange

    practice = shared.practice_from(args)
    with shared.opened_services(args.url) as services:
        patient = shared.find_patient(services, args.patient)
        target: Path = args.out / "care-plan-review.ics" if args.out.is_dir() else args.out
        result = FhirExchange(services.context).review_calendar_file(
            patient.id, target, practice.name, practice.phone
        )
    out.write(
        _("Written {path}: review on {date}.\n").format(
            path=result.path, date=result.review_date.isoformat()
        )
    )
    return EXIT_OK
