"""What careplan-admin's commands share: exit codes, the practice's database opened
with its key from the keyring, services acting as the operating-system user, finding a
patient by NHS number or record number, the practice's details for printed documents,
and whole numbers given on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, TypeAlias

from .. import settings
from ..audit import Actor
from ..encryption import open_practice_database
from ..errors import NotFoundError, ValidationError
from ..i18n import _
from ..keys import KeyStore
from ..records import PatientRecord
from ..services import Services
from ..settings import PracticeDetails
from ..storage import Database

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


def command_adder(commands: Commands, common: argparse.ArgumentParser) -> AddCommand:
    """``add(name, handler, help)``: a command (or an action of one) with the options every
    command takes, run by ``handler``; its own arguments go on the parser it returns."""

    def add(name: str, handler: Handler, what: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, parents=[common], help=what)
        parser.set_defaults(handler=handler)
        return parser

    return add


def whole_number(text: str, low: int, high: int, unit: str = "") -> int:
    """``text`` as a whole number from ``low`` to ``high`` (an argparse type's check)."""
    try:
        value = int(text)
    except ValueError:
        message = (
            _("'{value}' is not a whole number of days")
            if unit == "days"
            else _("'{value}' is not a whole number")
        )
        raise argparse.ArgumentTypeError(message.format(value=text)) from None
    if not low <= value <= high:
        message = (
            _("must be between {low} and {limit} days, not {value}")
            if unit == "days"
            else _("must be between {low} and {limit:,}, not {value}")
        )
        raise argparse.ArgumentTypeError(message.format(low=low, limit=high, value=value))
    return value


def practice_options(parser: argparse.ArgumentParser, name: str, phone: str) -> None:
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


def patient_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--patient",
        required=True,
        metavar="ID",
        help=_("the patient's NHS number, or their record number"),
    )


def out_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help=what)


def open_database(url: str) -> Database:
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


@contextmanager
def opened_database(url: str) -> Iterator[Database]:
    """The practice's database (as :func:`open_database`), closed when the block ends."""
    db = open_database(url)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def opened_services(url: str) -> Iterator[Services]:
    """The services over the practice's database, acting as the operating-system user;
    the database is closed when the block ends."""
    with opened_database(url) as db:
        yield services_for(db)


def database_key(url: str) -> str | None:
    from sqlalchemy import make_url

    database = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not database:
        return None
    return KeyStore.system().database_key(Path(database).absolute())


def services_for(db: Database) -> Services:
    """Commands act as the operating-system user who runs them; the audit trail says so."""
    return Services(db.session_factory, actor=Actor.system("system"))


def find_patient(services: Services, ref: str) -> PatientRecord:
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


def practice_from(args: argparse.Namespace) -> PracticeDetails:
    stored = settings.practice_details()
    return PracticeDetails(
        name=stored.name if args.practice_name is None else args.practice_name.strip(),
        phone=stored.phone if args.practice_phone is None else args.practice_phone.strip(),
    )


def read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")
