"""No event handler in the workspace keeps the event loop busy for more than 100 ms.

Runs packaging/consultation_latency.py (the real app, timed at every event
dispatch) against a small demo practice; the figures for the 10,000-patient
practice come from running the script by hand (see its docstring).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_consult_no_event_handler_blocks_for_more_than_100_ms(tmp_path: Path) -> None:
    figures = tmp_path / "latency.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "consultation_latency.py"),
            "--patients",
            "300",
            "--rounds",
            "1",
            "--json",
            str(figures),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode in (0, 1), run.stderr[-2000:]
    result = json.loads(figures.read_text())
    kinds = {row["interaction"] for row in result["rows"]}
    assert {"add a topic", "rate confidence (and again)", "undo", "agree the plan"} <= kinds
    assert result["max_ms"] <= result["budget_ms"], run.stdout
