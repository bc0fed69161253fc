"""``careplan-admin``: the jobs that need no screen, over the same core as the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from .. import __version__
from ..errors import CarePlanError, DamagedDatabaseError, ForeignDatabaseError, ValidationError
from ..i18n import _
from ..storage import resolve_url
from .common import EXIT_ERROR, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


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

    for module in _command_modules():
        module.register(commands, common)
    return parser


def _command_modules() -> list[ModuleType]:
    """Commands that live in modules of their own (careplan/cli/<topic>.py).

    Each module has ``register(commands, common)``, which adds its sub-parsers and sets
    ``handler`` on each (``parser.set_defaults(handler=...)``), a function
    ``(args, out, err) -> exit code``. What they share is in ``careplan/cli/common.py``.
    """
    import importlib

    return [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]


# One line per command module (careplan/cli/<name>.py), in the order of the help.
COMMAND_MODULES: tuple[str, ...] = (
    "database",
    "documents",
    "exchange",
    "audit",
    # "topic",  (careplan/cli/topic.py)
    "groups",
    "registers",
    "bench",
)


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
        return int(args.handler(args, out, err))
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
