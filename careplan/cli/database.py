"""``careplan-admin demo``, ``patients``, ``check``, ``backup``, ``restore``,
``recovery-key`` and ``postgres-password``: the database itself."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ..backup import backup, default_backup_name, restore
from ..dates import utcnow
from ..demo import MAX_PATIENTS, load_demo
from ..demo_sign_ins import add_demo_sign_ins
from ..i18n import _
from ..keys import KeyStore, key_from_recovery
from ..storage import describe_url, inspect_sqlite_file
from .common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    Commands,
    command_adder,
    database_key,
    open_database,
    opened_database,
    opened_services,
    read_secret,
    services_for,
    whole_number,
)


def _count(text: str) -> int:
    return whole_number(text, 1, MAX_PATIENTS)


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    add = command_adder(commands, common)
    demo = add("demo", cmd_demo, _("fill an empty database with a demo practice"))
    demo.add_argument(
        "--patients",
        type=_count,
        default=200,
        metavar="N",
        help=_("how many demo patients (default 200)"),
    )
    demo.add_argument("--seed", type=int, default=1, help=_("random seed (default 1)"))
    patients = add(
        "patients",
        cmd_patients,
        _("list patients: identifier, name and date of birth, tab-separated"),
    )
    patients.add_argument(
        "--search", metavar="TEXT", default="", help=_("name, NHS number or date of birth")
    )
    add("check", cmd_check, _("check the database's integrity"))
    back = add("backup", cmd_backup, _("write a consistent backup of the embedded database"))
    back.add_argument(
        "path",
        metavar="PATH",
        type=Path,
        help=_("backup file, or a folder to put a dated backup in"),
    )
    back.add_argument(
        "--force", action="store_true", help=_("replace PATH if it is an existing file")
    )
    rest = add("restore", cmd_restore, _("replace the embedded database with a backup"))
    rest.add_argument("path", metavar="PATH", type=Path, help=_("backup file"))
    add(
        "recovery-key",
        cmd_recovery_key,
        _(
            "store the recovery key of a database moved from another computer in this "
            "computer's keyring (read from standard input)"
        ),
    )
    add(
        "postgres-password",
        cmd_postgres_password,
        _("keep the PostgreSQL password for --database in the keyring (read from standard input)"),
    )


def cmd_demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with opened_database(args.url) as db:
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
            "Demo practice ready: {staff} staff, {patients:,} patients, {consultations:,} "
            "consultations, {reviews:,} reviews ({overdue_reviews:,} reviews overdue).\n"
        ).format(**vars(summary))
    )
    return EXIT_OK


def cmd_patients(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with opened_services(args.url) as services:
        result = services.patients.search(args.search, limit=None)
        services.audit.record_bulk_read("patient_list", len(result.patients))
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
        report = inspect_sqlite_file(path, full=True, key=database_key(args.url))
    else:
        with opened_database(args.url) as db:
            report = db.check()
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

    with opened_database(args.url) as db:
        services = services_for(db)
        # The trail's head, taken before the copy: the backup holds at least this much,
        # and the checkpoint beside it shows later whether the trail lost its end.
        mark = services.audit.checkpoint()
        written = backup(db, target)
        services.audit.record_bulk_read("backup", services.patients.count())
        if mark is not None:
            audit_anchor.write_beside(written, mark)
            audit_anchor.keep(db, mark, KeyStore.system())
    out.write(_("Backup written to {path}\n").format(path=written))
    if mark is not None:
        out.write(
            _("Audit trail checkpoint (also in {path}):\n{line}\n").format(
                path=audit_anchor.beside(written), line=mark.text()
            )
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kept = restore(args.url, args.path, key=database_key(args.url))
    out.write(
        _("Restored {source} into {where}.\n").format(
            source=args.path, where=describe_url(args.url)
        )
    )
    if kept:
        out.write(_("The previous database was kept as {path}\n").format(path=kept))
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import make_url

    database = make_url(args.url).database
    if make_url(args.url).get_backend_name() != "sqlite" or not database:
        err.write(_("careplan-admin: recovery keys are for the embedded database.\n"))
        return EXIT_ERROR
    path = Path(database).absolute()
    key = key_from_recovery(read_secret(_("Recovery key: ")))
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
    password = read_secret(_("PostgreSQL password: "))
    # Checked against the server first: a rejected password never replaces a working one.
    check_password(url, password)
    store.store_postgres_password(
        url.username, url.host or "localhost", url.port, url.database or "", password
    )
    db = open_database(args.url)
    db.close()
    out.write(_("The server accepted the password, and it is now in the keyring.\n"))
    return EXIT_OK
