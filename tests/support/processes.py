"""Real processes for the tests: careplan-admin as a person runs it, and helper scripts run
side by side (workstations writing or signing in at once)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_env(more: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment, the project importable, with ``more`` on top."""
    return {**os.environ, "PYTHONPATH": str(ROOT), **(more or {})}


def admin(
    *args: str,
    env: dict[str, str] | None = None,
    typed: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``careplan-admin ARGS`` in a process of its own, ``typed`` on its standard input."""
    return subprocess.run(
        [sys.executable, "-m", "careplan.cli", *args],
        input=typed,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(env),
        timeout=timeout,
    )


def run_together(
    script: Path,
    runs: Sequence[Sequence[str]],
    *,
    go: Path | None = None,
    settle: float = 0,
    timeout: float = 300,
) -> list[str]:
    """``script`` run once for each of ``runs`` (its arguments), all at the same time; what
    each wrote to its standard output, once all have ended, each of them successfully.

    With ``go``, the file is made ``settle`` seconds after they start: each script opens its
    database and waits for it, so that they all set to work at the same moment.
    """
    children = [
        subprocess.Popen(
            [sys.executable, str(script), *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for arguments in runs
    ]
    if go is not None:
        time.sleep(settle)
        go.touch()
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=timeout)
        assert child.returncode == 0, err[-2000:]
        outputs.append(out)
    return outputs
