"""``careplan-admin groups``: group consultation sessions without a screen."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ..atomic import write_atomically
from ..dates import utcnow
from ..errors import ValidationError
from ..group_vocabulary import ATTENDED
from ..i18n import _
from . import common as shared


def _line(label: str, value: object) -> str:
    """``Label: value``, one line of a listing (the label translated where it is written)."""
    return f"{label}: {value}\n"


def _session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{value}' is not a session number").format(value=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("a session number is 1 or more"))
    return value


def register(commands: shared.Commands, common: argparse.ArgumentParser) -> None:
    groups = commands.add_parser(
        "groups", parents=[common], help=_("group consultation sessions: list, show, print")
    )
    sub = groups.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    add_action = shared.command_adder(sub, common)
    add_action(
        "list",
        cmd_list,
        _("one session a line: id, date, title and number attending, tab-separated"),
    )
    show = add_action("show", cmd_show, _("a session and who is invited"))
    show.add_argument("session", metavar="SESSION_ID", type=_session_id)
    for name, what, handler in (
        ("print", _("write each attendee's agreed plan as a PDF into FOLDER"), cmd_print),
        (
            "letters",
            _("write the invitation letters, the front desk list and a calendar file into FOLDER"),
            cmd_letters,
        ),
    ):
        doc = add_action(name, handler, what)
        doc.add_argument("session", metavar="SESSION_ID", type=_session_id)
        doc.add_argument("--out", required=True, type=Path, metavar="FOLDER", help=_("a folder"))
        shared.practice_options(doc, "--practice-name", "--practice-phone")


def _folder(path: Path) -> Path:
    if not path.is_dir():
        raise ValidationError("out", _("{path} is not a folder.").format(path=path))
    return path


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with shared.opened_services(args.url) as services:
        sessions = services.groups.list_sessions()
    for s in sessions:
        out.write(f"{s.id}\t{s.session_date.isoformat()}\t{s.title}\t{s.attending}\n")
    return shared.EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with shared.opened_services(args.url) as services:
        record = services.groups.get(args.session)
    s = record.summary
    hours = f"{s.starts_at.strftime('%H:%M')}-{s.ends_at.strftime('%H:%M')}"
    out.write(_line(_("Session"), s.id) + _line(_("Title"), s.title))
    out.write(_line(_("Date"), f"{s.session_date.isoformat()} {hours}"))
    out.write(_line(_("Place"), s.place or "-") + _line(_("Status"), s.status))
    out.write(_line(_("Lead clinician"), s.lead_clinician_name or "-"))
    out.write(_line(_("Facilitator"), s.facilitator_name or "-"))
    out.write(
        _("Places: {capacity}, invited: {invited}, attending: {attending}\n").format(
            capacity=s.capacity, invited=s.invited, attending=s.attending
        )
    )
    if record.next_session_date:
        out.write(_line(_("Next session"), record.next_session_date.isoformat()))
    out.write(
        "\t".join(
            (
                _("attendee"),
                _("patient"),
                _("name"),
                _("invitation"),
                _("attendance"),
                _("agreement"),
                _("board"),
                _("one-to-one"),
                _("plan"),
            )
        )
        + "\n"
    )
    for a in record.attendees:
        out.write(
            "\t".join(
                (
                    str(a.id),
                    str(a.patient_id),
                    a.full_name,
                    a.invitation,
                    a.attendance or "-",
                    _("yes") if a.agreement_complete else _("no"),
                    _("yes") if a.board_consent else _("no"),
                    _("yes") if a.wants_one_to_one else _("no"),
                    a.plan_status or "-",
                )
            )
            + "\n"
        )
    topic = _("Topic")
    for t in record.topics:
        out.write(f"{topic} {t.rank} ({t.status}): {t.text}\n")
    return shared.EXIT_OK


def cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..printing.group_plans import print_session_plans

    practice = shared.practice_from(args)
    folder = _folder(args.out)
    with shared.opened_services(args.url) as services:
        record = services.groups.get(args.session)
        run = print_session_plans(
            services, args.session, practice, printed_at=utcnow(), agree=False
        )
        written = [write_atomically(folder / d.filename, d.pdf) for d in run.documents]
    _say_written(written, out)
    came = sum(1 for a in record.attendees if a.attendance in ATTENDED)
    out.write(
        _("{count} plan(s) printed; {came} attended the session.\n").format(
            count=len(written), came=came
        )
    )
    return shared.EXIT_OK


def cmd_letters(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..printing.group_letters import write_session_letters

    practice = shared.practice_from(args)
    folder = _folder(args.out)
    with shared.opened_services(args.url) as services:
        written = write_session_letters(
            services, args.session, practice, folder, printed_at=utcnow()
        )
    _say_written(written, out)
    return shared.EXIT_OK


def _say_written(written: list[Path], out: TextIO) -> None:
    for path in written:
        out.write(_("Written {path}.\n").format(path=path))
