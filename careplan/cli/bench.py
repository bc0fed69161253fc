"""careplan-admin bench: every speed budget of DESIGN.md §8, at one or more practice sizes.

The measures themselves live in the ``benchmarks`` package (shipped with the
app, imported only by this command).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from ..i18n import _


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "").replace(",", "")) for part in text.split("+")]
    except ValueError:
        raise argparse.ArgumentTypeError(_("sizes like 10000 or 10000+100000")) from None
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(_("sizes like 10000 or 10000+100000"))
    return sizes


def _names(text: str) -> list[str]:
    from benchmarks.run import measure_names

    known = measure_names()
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in known]
    if not names or unknown:
        raise argparse.ArgumentTypeError(
            _("measures among: {names}").format(names=", ".join(known))
        )
    return names


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    from .common import command_adder

    add = command_adder(commands, common)
    bench = add(
        "bench", cmd_bench, _("measure speed against floors taken in the same run (DESIGN.md §8)")
    )
    bench.add_argument(
        "--out", type=Path, metavar="FILE", help=_("also write the results as JSON to FILE")
    )
    bench.add_argument(
        "--runs", type=int, default=15, metavar="N", help=_("runs per measure (default 15)")
    )
    bench.add_argument(
        "--patients",
        type=_sizes,
        default=[10_000, 100_000],
        metavar="N[+N…]",
        help=_(
            "practice sizes to measure when --database is not given; each demo practice is "
            "made once and kept in the data folder (default 10000+100000)"
        ),
    )
    bench.add_argument(
        "--only",
        type=_names,
        metavar="NAME[,NAME…]",
        help=_(
            "take only these measures, by the names the table shows (startup also gives "
            "startup_to_list and memory)"
        ),
    )


def cmd_bench(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from benchmarks.measure import table
    from benchmarks.run import run_benchmark

    from .. import paths
    from ..atomic import write_atomically
    from ..demo import load_demo
    from .common import EXIT_ERROR, EXIT_OK, opened_database, services_for

    if getattr(args, "database", None) is not None:
        targets = [(args.url, None)]
    else:
        targets = [
            (f"sqlite:///{paths.data_dir() / 'bench' / f'bench-{n}.sqlite3'}", n)
            for n in args.patients
        ]
    measures = []
    for url, size in targets:
        with opened_database(url) as db:
            count = services_for(db).patients.count()
            if count == 0 and size is not None:
                err.write(_("Making the benchmark practice of {n:,} patients…\n").format(n=size))
                load_demo(db, size)
                count = size
            err.write(_("Measuring with {n:,} patients…\n").format(n=count))
            measures += run_benchmark(
                db, url, count, runs=max(1, args.runs), only=getattr(args, "only", None)
            )
    order = list(dict.fromkeys(m.name for m in measures))
    measures.sort(key=lambda m: order.index(m.name))  # each measure's sizes together
    out.write(table(measures) + "\n")
    if args.out is not None:
        payload = {"measures": [m.as_json() for m in measures]}
        write_atomically(args.out, json.dumps(payload, indent=2).encode("utf-8"))
        out.write(_("Written to {path}\n").format(path=args.out))
    return EXIT_OK if all(m.within_budget is not False for m in measures) else EXIT_ERROR
