"""The consultation as the pair feel it: the longest time one event keeps the window busy.

Runs ``packaging/consultation_latency.py`` (the real app driving a whole consultation,
every event dispatch timed) as a process of its own, and reports the longest single
dispatch against DESIGN.md §8's 100 ms. There is no floor: the budget is the time a person
notices. The probe drives a demo practice of its own (an unencrypted file it may change),
of the practice's size up to ``LARGEST``: a consultation reads one person's plan, so its
time does not grow with the practice (opening a patient is measured at full size).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .core import Context
from .measure import Measure

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "consultation_latency.py"
LARGEST = 10_000


def measure_consultation(ctx: Context) -> Measure:
    with tempfile.TemporaryDirectory(prefix="careplan-bench-consult-") as folder:
        out = Path(folder) / "latency.json"
        args = [sys.executable, str(SCRIPT), "--rounds", str(max(1, min(ctx.runs, 5)))]
        size = min(ctx.patients, LARGEST)
        args += ["--patients", str(size)]
        note = f"longest event dispatch of a whole consultation ({size:,} patients)"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("DISPLAY", None)
        done = subprocess.run(
            [*args, "--json", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if done.returncode not in (0, 1) or not out.exists():  # 1: over the budget
            raise RuntimeError(f"the consultation probe failed:\n{done.stderr[-2000:]}")
        figures = json.loads(out.read_text(encoding="utf-8"))
    worst = max(figures["rows"], key=lambda row: row["max_ms"])
    return Measure(
        "consult_dispatch",
        figures["max_ms"] / 1000,
        None,
        None,
        figures["budget_ms"] / 1000,
        1,
        f"{note} (slowest: {worst['interaction']}, of which {worst.get('max_cpu_ms', 0):.0f} ms "
        "the UI thread's own processor time)",
    )
