"""``careplan-admin``: the jobs that need no screen, over the same core as the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from .. import __version__, settings
from ..audit import Actor
from ..backup import backup, default_backup_name, restore
from ..dates import utcnow
from ..demo import MAX_PATIENTS, load_demo
from ..demo_sign_ins import add_demo_sign_ins
from ..encryption import open_practice_database
from ..errors import (
    CarePlanError,
    DamagedDatabaseError,
    ForeignDatabaseError,
    NotFoundError,
    ValidationError,
)
from ..exports import write_worklist
from ..i18n import _
from ..keys import KeyStore, key_from_recovery
from ..records import PatientRecord, WorklistFilter
from ..services import Services
from ..services.worklist import MAX_WINDOW_DAYS
from ..settings import PracticeDetails
from ..storage import Database, describe_url, inspect_sqlite_file, resolve_url

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a whole number").format(value=text)
        ) from None
    if not 1 <= value <= MAX_PATIENTS:
        raise argparse.ArgumentTypeError(
            _("must be between 1 and {limit:,}, not {value}").format(
                limit=MAX_PATIENTS, value=value
            )
        )
    return value


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a whole number of days").format(value=text)
        ) from None
    if not 0 <= value <= MAX_WINDOW_DAYS:
        raise argparse.ArgumentTypeError(
            _("must be between 0 and {limit} days, not {value}").format(
                limit=MAX_WINDOW_DAYS, value=value
            )
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=_(
            "database URL (default: $CAREPLAN_DATABASE_URL, else the file in your "
            "data folder); e.g. postgresql+psycopg://user@host/careplan"
        ),
    )
    parser = argparse.ArgumentParser(
        prog="careplan-admin",
        parents=[common],
        description=_("Administer the care-planning database without a screen."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser(
        "demo", parents=[common], help=_("fill an empty database with a demo practice")
    )
    demo.add_argument(
        "--patients",
        type=_count,
        default=200,
        metavar="N",
        help=_("how many demo patients (default 200)"),
    )
    demo.add_argument("--seed", type=int, default=1, help=_("random seed (default 1)"))

    patients = commands.add_parser(
        "patients",
        parents=[common],
        help=_("list patients: identifier, name and date of birth, tab-separated"),
    )
    patients.add_argument(
        "--search", metavar="TEXT", default="", help=_("name, NHS number or date of birth")
    )

    commands.add_parser("check", parents=[common], help=_("check the database's integrity"))

    back = commands.add_parser(
        "backup", parents=[common], help=_("write a consistent backup of the embedded database")
    )
    back.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        help=_("backup file, or a folder to put a dated backup in"),
    )
    back.add_argument(
        "--force", action="store_true", help=_("replace PATH if it is an existing file")
    )

    rest = commands.add_parser(
        "restore", parents=[common], help=_("replace the embedded database with a backup")
    )
    rest.add_argument("path", metavar="PATH", type=Path, help=_("backup file"))

    commands.add_parser(
        "recovery-key",
        parents=[common],
        help=_(
            "store the recovery key of a database moved from another computer in this "
            "computer's keyring (read from standard input)"
        ),
    )
    commands.add_parser(
        "postgres-password",
        parents=[common],
        help=_(
            "keep the PostgreSQL password for --database in the keyring (read from standard input)"
        ),
    )

    work = commands.add_parser(
        "worklist",
        parents=[common],
        help=_("people whose review is due or overdue, most overdue first"),
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
        doc = commands.add_parser(name, parents=[common], help=what)
        doc.add_argument(
            "--patient",
            required=True,
            metavar="ID",
            help=_("the patient's NHS number, or their record number"),
        )
        doc.add_argument(
            "--out",
            required=True,
            type=Path,
            metavar="FILE",
            help=_("PDF file to write (replaced if it exists), or a folder to put it in"),
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
        _practice_options(doc, "--practice-name", "--practice-phone")

    practice = commands.add_parser(
        "practice",
        parents=[common],
        help=_("show, or set with the options, the practice name and phone printed on plans"),
    )
    _practice_options(practice, "--name", "--phone")

    export = commands.add_parser(
        "export", parents=[common], help=_("export a patient's latest agreed plan as FHIR R4 JSON")
    )
    export.add_argument(
        "--patient",
        required=True,
        metavar="ID",
        help=_("the patient's NHS number, or their record number"),
    )
    export.add_argument(
        "--format", choices=("fhir",), default="fhir", help=_("file format (default fhir)")
    )
    export.add_argument(
        "--all-revisions",
        action="store_true",
        help=_("also write every earlier agreed revision of the plan"),
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=_("file to write (replaced if it exists), or a folder to put it in"),
    )
    imp = commands.add_parser(
        "import",
        parents=[common],
        help=_(
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
    cal = commands.add_parser(
        "calendar",
        parents=[common],
        help=_("write a calendar file (.ics) for a patient's next review"),
    )
    cal.add_argument(
        "--patient",
        required=True,
        metavar="ID",
        help=_("the patient's NHS number, or their record number"),
    )
    cal.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=_("file to write (replaced if it exists), or a folder to put it in"),
    )
    _practice_options(cal, "--practice-name", "--practice-phone")
    for module in _command_modules():
        module.register(commands, common)
    return parser


def _command_modules() -> list[ModuleType]:
    """Commands that live in modules of their own (careplan/cli/<topic>.py).

    Each module has ``register(commands, common)``, which adds its sub-parsers and sets
    ``handler`` on each (``parser.set_defaults(handler=...)``), a function
    ``(args, out, err) -> exit code``. Imported here, not at the top, so the modules can
    use this one's helpers (``_open``, ``_services``) without an import cycle.
    """
    import importlib

    return [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]


# One line per command module (careplan/cli/<name>.py), in the order of the help.
COMMAND_MODULES: tuple[str, ...] = (
    "audit",
    # "topic",  (careplan/cli/topic.py)
    "groups",
    "registers",
    "bench",
)


def _practice_options(parser: argparse.ArgumentParser, name: str, phone: str) -> None:
    parser.add_argument(
        name,
        dest="practice_name",
        metavar="NAME",
        help=_("the practice's name (default: from the settings file)"),
    )
    parser.add_argument(
        phone,
        dest="practice_phone",
        metavar="PHONE",
        help=_("the practice's phone number (default: from the settings file)"),
    )


def _open(url: str) -> Database:
    """The practice's database, encrypted at rest, its key from the keyring."""

    def show_recovery_key(recovery: str) -> None:
        sys.stderr.write(
            _(
                "A new encrypted database was created. Its recovery key is shown only this once;\n"
                "write it down or print it, and keep it somewhere safe. It reopens the database\n"
                "on another computer (careplan-admin recovery-key --database URL):\n\n    {key}\n\n"
            ).format(key=recovery)
        )

    return open_practice_database(url, on_new_key=show_recovery_key)


def _database_key(url: str) -> str | None:
    from sqlalchemy import make_url

    database = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not database:
        return None
    return KeyStore.system().database_key(Path(database).absolute())


def _services(db: Database) -> Services:
    """Commands act as the operating-system user who runs them; the audit trail says so."""
    return Services(db.session_factory, actor=Actor.system("system"))


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    db = _open(args.url)
    try:
        interactive = err.isatty()
        step = max(1, args.patients // 10)
        shown = [-1]

        creating = _("Creating demo practice")

        def progress(done: int, total: int) -> None:
            if interactive:
                err.write(f"\r{creating}: {done:,}/{total:,} ({done * 100 // total}%)")
                if done == total:
                    err.write("\n")
            elif done == total or done // step != shown[0]:
                shown[0] = done // step
                err.write(f"{creating}: {done:,}/{total:,}\n")
            err.flush()

        summary = load_demo(db, args.patients, seed=args.seed, progress=progress)
        sign_ins = add_demo_sign_ins(db)
    finally:
        db.close()
    for sign_in in sign_ins:
        out.write(
            _("Demo sign-in ({role}, {name}): username {username}, password {password}\n").format(
                role=sign_in.role,
                name=sign_in.full_name,
                username=sign_in.username,
                password=sign_in.password,
            )
        )
    out.write(
        _(
            "Demo practice ready: {staff} staff, {patients:,} patients, {plans:,} "
            "consultations, {reviews:,} reviews ({overdue:,} reviews overdue).\n"
        ).format(
            staff=summary.staff,
            patients=summary.patients,
            plans=summary.consultations,
            reviews=summary.reviews,
            overdue=summary.overdue_reviews,
        )
    )
    return EXIT_OK


def cmd_patients(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    db = _open(args.url)
    try:
        services = _services(db)
        result = services.patients.search(args.search, limit=None)
        services.audit.record_bulk_read("patient_list", len(result.patients))
    finally:
        db.close()
    for p in result.patients:
        out.write(f"{p.nhs_number or ''}\t{p.full_name}\t{p.date_of_birth.isoformat()}\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import make_url

    url = make_url(args.url)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists():
            err.write(_("careplan-admin: there is no database at {path}\n").format(path=path))
            return EXIT_ERROR
        report = inspect_sqlite_file(path, full=True, key=_database_key(args.url))
    else:
        db = _open(args.url)
        try:
            report = db.check()
        finally:
            db.close()
    if report.ok:
        out.write(
            _("ok: {where} passed the integrity check (schema {rev}).\n").format(
                where=describe_url(args.url), rev=report.revision or "-"
            )
        )
        return EXIT_OK
    out.write(
        _("DAMAGED: {where} failed the integrity check:\n").format(where=describe_url(args.url))
    )
    for problem in report.problems:
        out.write(f"  {problem}\n")
    out.write(_("Restore from a backup with: careplan-admin restore BACKUP_FILE\n"))
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target: Path = args.path
    if target.is_dir():
        target = target / default_backup_name(utcnow())
    if target.exists() and not args.force:
        err.write(
            _(
                "careplan-admin: {path} exists already; choose another name or add "
                "--force to replace it.\n"
            ).format(path=target)
        )
        return EXIT_ERROR
    from .. import audit_anchor

    db = _open(args.url)
    try:
        services = _services(db)
        # The trail's head, taken before the copy: the backup holds at least this much,
        # and the checkpoint beside it shows later whether the trail lost its end.
        mark = services.audit.checkpoint()
        written = backup(db, target)
        services.audit.record_bulk_read("backup", services.patients.count())
        if mark is not None:
            audit_anchor.write_beside(written, mark)
            audit_anchor.keep(db, mark, KeyStore.system())
    finally:
        db.close()
    out.write(_("Backup written to {path}\n").format(path=written))
    if mark is not None:
        out.write(
            _("Audit trail checkpoint (also in {path}):\n{line}\n").format(
                path=audit_anchor.beside(written), line=mark.text()
            )
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kept = restore(args.url, args.path, key=_database_key(args.url))
    out.write(
        _("Restored {source} into {where}.\n").format(
            source=args.path, where=describe_url(args.url)
        )
    )
    if kept:
        out.write(_("The previous database was kept as {path}\n").format(path=kept))
    return EXIT_OK


def cmd_worklist(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    criteria = WorklistFilter(
        due_within_days=None if args.overdue else args.due_within,
        status="overdue" if args.overdue else "all",
        staff_id=args.staff,
    )
    db = _open(args.url)
    try:
        services = _services(db)
        entries = services.worklist.worklist(criteria)
        services.audit.record_bulk_read("worklist", len(entries))
    finally:
        db.close()
    write_worklist(entries, out, as_csv=args.csv)
    return EXIT_OK


def _find_patient(services: Services, ref: str) -> PatientRecord:
    """A patient by NHS number (10 digits) or record number."""
    digits = ref.replace(" ", "").replace("-", "")
    if not digits.isdigit():
        raise ValidationError(
            "patient",
            _("Give the patient's NHS number or record number, not '{value}'.").format(
                value=ref[:20]
            ),
        )
    if len(digits) == 10:
        found = services.patients.search(digits, limit=5).patients
        for patient in found:
            if patient.nhs_number == digits:
                return patient
        raise NotFoundError(_("No patient has the NHS number {number}.").format(number=digits))
    try:
        return services.patients.get(int(digits))
    except NotFoundError:
        raise NotFoundError(
            _("There is no patient with record number {number}.").format(number=int(digits))
        ) from None


def _practice(args: argparse.Namespace) -> PracticeDetails:
    stored = settings.practice_details()
    return PracticeDetails(
        name=stored.name if args.practice_name is None else args.practice_name.strip(),
        phone=stored.phone if args.practice_phone is None else args.practice_phone.strip(),
    )


def cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..printing import (
        NoPlanError,
        latest_plan_document,
        preparation_document,
        record_printed,
        write_atomically,
    )

    practice = _practice(args)
    db = _open(args.url)
    try:
        services = _services(db)
        patient = _find_patient(services, args.patient)
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
    finally:
        db.close()
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


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..fhir import FhirExchange

    db = _open(args.url)
    try:
        services = _services(db)
        patient = _find_patient(services, args.patient)
        target: Path = args.out
        if target.is_dir():
            who = patient.nhs_number or str(patient.id)
            target = target / f"care-plan-{who}-{utcnow().date().isoformat()}.json"
        result = FhirExchange(services.context).export_file(
            patient.id, target, all_revisions=args.all_revisions
        )
    finally:
        db.close()
    out.write(
        _("Written {path}: plan {plan} of patient {ref} as FHIR R4 ({count} resources).\n").format(
            path=result.path, plan=result.consultation_id, ref=args.patient, count=result.resources
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..fhir import FhirExchange, PersonMismatch

    db = _open(args.url)
    try:
        services = _services(db)
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
    finally:
        db.close()
    nhs = f" (NHS number {patient.nhs_number_display})" if patient.nhs_number else ""
    if result.already_imported:
        out.write(
            _("Already imported as plan {plan} of patient {patient}{nhs}: nothing added.\n").format(
                plan=result.consultation_id, patient=result.patient_id, nhs=nhs
            )
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

    practice = _practice(args)
    db = _open(args.url)
    try:
        services = _services(db)
        patient = _find_patient(services, args.patient)
        target: Path = args.out / "care-plan-review.ics" if args.out.is_dir() else args.out
        result = FhirExchange(services.context).review_calendar_file(
            patient.id, target, practice.name, practice.phone
        )
    finally:
        db.close()
    out.write(
        _("Written {path}: review on {date}.\n").format(
            path=result.path, date=result.review_date.isoformat()
        )
    )
    return EXIT_OK


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def cmd_recovery_key(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import make_url

    database = make_url(args.url).database
    if make_url(args.url).get_backend_name() != "sqlite" or not database:
        err.write(_("careplan-admin: recovery keys are for the embedded database.\n"))
        return EXIT_ERROR
    path = Path(database).absolute()
    key = key_from_recovery(_read_secret(_("Recovery key: ")))
    if not inspect_sqlite_file(path, key=key).ok:
        err.write(
            _(
                "careplan-admin: that recovery key does not open {path}; nothing was stored.\n"
            ).format(path=path)
        )
        return EXIT_ERROR
    KeyStore.system().store_database_key(path, key)
    out.write(_("The key for {path} is now in this computer's keyring.\n").format(path=path))
    return EXIT_OK


def cmd_postgres_password(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import make_url

    url = make_url(args.url)
    if url.get_backend_name() != "postgresql" or not url.username:
        err.write(
            _(
                "careplan-admin: give a PostgreSQL URL with a user name, e.g. "
                "--database postgresql+psycopg://careplan@db.practice.local/careplan\n"
            )
        )
        return EXIT_ERROR
    if url.password is not None:
        err.write(
            _(
                "careplan-admin: leave the password out of the URL; it is read from "
                "standard input and kept in the keyring.\n"
            )
        )
        return EXIT_USAGE
    from ..postgres import check_password

    store = KeyStore.system()
    password = _read_secret(_("PostgreSQL password: "))
    # Checked against the server first: a rejected password never replaces a working one.
    check_password(url, password)
    store.store_postgres_password(
        url.username, url.host or "localhost", url.port, url.database or "", password
    )
    db = _open(args.url)
    db.close()
    out.write(_("The server accepted the password, and it is now in the keyring.\n"))
    return EXIT_OK


COMMANDS = {
    "demo": cmd_demo,
    "patients": cmd_patients,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "worklist": cmd_worklist,
    "recovery-key": cmd_recovery_key,
    "postgres-password": cmd_postgres_password,
    "print": cmd_print,
    "prepare-sheet": cmd_print,
    "practice": cmd_practice,
    "export": cmd_export,
    "import": cmd_import,
    "calendar": cmd_calendar,
}


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    args.url = resolve_url(getattr(args, "database", None))
    try:
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        return int(handler(args, out, err))
    except DamagedDatabaseError as exc:
        err.write(f"careplan-admin: {exc.message}\n")
        return EXIT_ERROR
    except ValidationError as exc:
        err.write(f"careplan-admin: {exc.message}\n")
        return EXIT_ERROR
    except (ForeignDatabaseError, CarePlanError) as exc:
        err.write(f"careplan-admin: {exc.message}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write(_("careplan-admin: interrupted; nothing was half-written.\n"))
        return 130
    except Exception as exc:  # never a traceback: a clear message and a non-zero exit
        err.write(f"careplan-admin: {_unexpected(exc, args.url)}\n")
        return EXIT_ERROR


def _unexpected(exc: Exception, url: str) -> str:
    """A message for an error no command expected: a full disk or an I/O error named as
    such; otherwise the kind of error only (its text may hold patient data)."""
    from sqlalchemy import make_url

    from ..storage_errors import storage_error

    parsed = make_url(url)
    where = (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )
    found = storage_error(where, exc)
    if found is not None:
        return found.message
    if isinstance(exc, OSError):
        return _("{reason}: {path}").format(
            reason=exc.strerror or type(exc).__name__, path=exc.filename or "-"
        )
    return _(
        "the command stopped on an unexpected error ({kind}); nothing was half-written. "
        "Please report it with the command you ran."
    ).format(kind=type(exc).__name__)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
