"""Start-up and memory as a person sees them: whole processes under an X server.

Each run starts a process (never a child that shares the benchmark's Python)
and takes the time from just before exec to the moment it reports on the
system-wide monotonic clock: the bare window's first paint (the floor), the
app's sign-in window's first paint, and the app's patient list painted with
rows after an automated sign-in. Without a ``DISPLAY`` an Xvfb is started for
the run. Memory is each process's own resident size at that moment (the app's
with the list open, the bare window's once painted), the same way; the peaks are
reported beside it.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .measure import Measure
from .x_server import xvfb

BENCH_USER = "bench-admin"
# The clinician whose screens the in-process measures time: the core checks a signed-in
# person on every call (role, temporary password), as it does in the app.
BENCH_CLINICIAN = "bench-clinician"
BENCH_PASSWORD = "bench-password-not-secret"  # a demo practice made for the benchmark


@contextlib.contextmanager
def x_server() -> Iterator[dict[str, str]]:
    """The environment for Qt under X: the session's display, else an Xvfb of our own."""
    if os.environ.get("DISPLAY"):
        yield {"DISPLAY": os.environ["DISPLAY"], "QT_QPA_PLATFORM": "xcb"}
        return
    with xvfb() as display:
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def _timed(args: list[str], env: dict[str, str], out: Path) -> dict[str, Any]:
    out.unlink(missing_ok=True)
    full_env = {**os.environ, **env}
    full_env.pop("CAREPLAN_QUIT_WHEN_SHOWN", None)
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args], env=full_env, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["start"] = start
    return result


def byte_compiled() -> None:
    """The app's modules byte-compiled, as an installed app's are (pip compiles them as it
    installs; a first start writes them): run from a checkout with PYTHONDONTWRITEBYTECODE
    set, every start would otherwise compile each module from its source."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("careplan", "ui", "benchmarks"):
        compileall.compile_dir(root / package, quiet=2)


def _probed_app(display: dict[str, str], out: Path, **more: str) -> dict[str, str]:
    """The app's environment for benchmarks.app_probe: timed into ``out``, signing in as
    the benchmark's account at once."""
    return {
        **display,
        "CAREPLAN_STARTUP_PROBE": str(out),
        "CAREPLAN_NO_DEMO_OFFER": "1",
        "CAREPLAN_PROBE_SIGN_IN": f"{BENCH_USER}:{BENCH_PASSWORD}",
        **more,
    }


def measure_startup(url: str, patients: int, runs: int) -> list[Measure]:
    """Exec to painted sign-in window, and to the filled patient list, against a bare window."""
    byte_compiled()
    with x_server() as display, tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        app_env = _probed_app(display, out)
        bare, shown, filled, bare_mem, app_mem, bare_peak, app_peak = [], [], [], [], [], [], []
        for _ in range(runs):
            floor = _timed(["-m", "benchmarks.probe", "bare-window", str(out)], display, out)
            bare.append(floor["first_paint"] - floor["start"])
            bare_mem.append(floor["resident_bytes"])
            bare_peak.append(floor["peak_bytes"])
            app = _timed(["-m", "ui.app", "--database", url], app_env, out)
            shown.append(app["first_paint"] - app["start"])
            filled.append(app["list_painted"] - app["start"])
            app_mem.append(app["resident_bytes"])
            app_peak.append(app["peak_bytes"])
    base = statistics.median(bare)
    startup, to_list = statistics.median(shown), statistics.median(filled)
    memory, memory_floor = statistics.median(app_mem), statistics.median(bare_mem)
    peak, peak_floor = statistics.median(app_peak), statistics.median(bare_peak)
    return [
        Measure(
            "startup",
            startup,
            base,
            startup / base,
            1.5,
            runs,
            "exec to the sign-in window's first paint, against a bare window's, under X",
            patients,
        ),
        Measure(
            "startup_to_list",
            to_list,
            base,
            to_list / base,
            None,
            runs,
            "exec to the patient list painted with rows, signing in at once (the database "
            "opens and is checked meanwhile; the first write waits for the check)",
            patients,
        ),
        Measure(
            "memory",
            memory,
            memory_floor,
            memory / memory_floor,
            2.5,
            runs,
            "resident memory with the practice's list open, against the bare window's once "
            "painted, each process measuring itself; peaks "
            f"{peak / 2**20:.0f} MiB and {peak_floor / 2**20:.0f} MiB "
            "(signing in checks the password with argon2id, which takes 64 MiB for a moment)",
            patients,
            unit="bytes",
        ),
    ]


def measure_open_patient(url: str, patient_id: int, patients: int, runs: int) -> Measure:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", "open-patient", url, str(patient_id), str(runs)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"open-patient failed: {done.stderr[-2000:]}")
    result = json.loads(done.stdout.splitlines()[-1])
    return Measure(
        "open_patient",
        result["median_s"],
        None,
        None,
        0.050,
        runs,
        f"core call and the patient page's models, {result['records']} plans and reviews "
        "over ten years",
        patients,
    )


SEARCH_TYPED = "margaret sm"  # as the in-process search measure types it (benchmarks.core)


def measure_search_redrawn(url: str, patients: int, runs: int) -> Measure:
    """The real app under X: a name typed into the search box at ten key presses a second,
    from the last key press to the list painted with that search's people."""
    with x_server() as display, tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        app_env = _probed_app(display, out, CAREPLAN_PROBE_SEARCH=f"{runs}:{SEARCH_TYPED}")
        app = _timed(["-m", "ui.app", "--database", url], app_env, out)
    times: list[float] = app["search_redrawn"]
    return Measure(
        "search_redrawn",
        statistics.median(times),
        None,
        None,
        0.100,
        runs,
        f"'{SEARCH_TYPED}' typed in the real app; the slowest of {len(times)} rounds "
        f"{max(times) * 1000:.0f} ms (the search waits for a pause in typing; each key "
        "press searches when a tenth of a second apart)",
        patients,
    )
