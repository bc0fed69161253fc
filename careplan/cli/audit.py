"""``careplan-admin audit``: verify the trail, write a checkpoint, export it as CSV."""

from __future__ import annotations

import argparse
import io
from pathlib import Path
from typing import TextIO

from .. import audit_anchor
from ..atomic import write_atomically
from ..i18n import _
from ..keys import KeyringUnavailableError, KeyStore
from .common import EXIT_ERROR, EXIT_OK, Commands, command_adder, opened_database, services_for


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add = command_adder(commands, common)
    aud = add("audit", cmd_audit, _("check or export the audit trail"))
    actions = aud.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        parents=[common],
        help=_(
            "check that no entry was altered, removed or added out of turn, that the "
            "database's protection is in place, and that the trail matches its checkpoints"
        ),
    )
    verify.add_argument(
        "--checkpoint",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=_(
            "also compare with the checkpoint(s) in FILE (e.g. BACKUP.audit-checkpoint, or "
            "one typed from a printout); may be given more than once"
        ),
    )
    actions.add_parser(
        "checkpoint",
        parents=[common],
        help=_("print the trail's checkpoint now, to print or keep away from this computer"),
    )
    exp = actions.add_parser("export", parents=[common], help=_("write the trail as CSV"))
    exp.add_argument("--patient", type=int, metavar="ID", help=_("only this patient's entries"))
    exp.add_argument("--out", type=Path, metavar="FILE", help=_("file to write (default: stdout)"))


def _keystore() -> KeyStore | None:
    try:
        return KeyStore.system()
    except KeyringUnavailableError:
        return None


def cmd_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with opened_database(args.url) as db:
        services = services_for(db)
        keystore = _keystore()
        if args.audit_command == "verify":
            marks = audit_anchor.known(db, keystore, args.checkpoint)
            report = services.audit.verify(marks)
            if report.ok:
                mark = services.audit.checkpoint()
                if mark is not None:
                    audit_anchor.keep(db, mark, keystore)
                out.write(
                    _(
                        "ok: the audit trail is intact ({n:,} entries checked, "
                        "{c} checkpoint(s) kept outside the database compared).\n"
                    ).format(n=report.checked, c=report.checkpoints)
                )
                return EXIT_OK
            out.write(
                _("TAMPERED: {n} problem(s) in the audit trail:\n").format(n=len(report.problems))
            )
            for problem in report.problems:
                out.write(f"  {problem}\n")
            return EXIT_ERROR
        if args.audit_command == "checkpoint":
            mark = services.audit.checkpoint()
            if mark is None:
                err.write(_("careplan-admin: the audit trail is empty; no checkpoint yet.\n"))
                return EXIT_ERROR
            audit_anchor.keep(db, mark, keystore)
            out.write(mark.text() + "\n")
            return EXIT_OK
        if args.out is None:
            services.audit.export_csv(out, args.patient)
            return EXIT_OK
        # Built in memory first: a failure leaves no file, never an empty or partial one.
        buffer = io.StringIO()
        count = services.audit.export_csv(buffer, args.patient)
        written = write_atomically(args.out, buffer.getvalue().encode("utf-8"))
        err.write(_("{n:,} entries written to {path}\n").format(n=count, path=written))
        return EXIT_OK
