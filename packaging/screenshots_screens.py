"""The windows a consultation needs, on a 1366x768 screen at 100% and 200% text, to look at.

    python packaging/screenshots_screens.py [OUTDIR] [--scale 1.0 --scale 2.0]

Starts its own Xvfb at 1366x768 when no DISPLAY is set and, for each scale, runs the
screen probe of the tests (tests/ui/screens/probe.py) under it with QT_SCALE_FACTOR
set: the main window, the consultation with the patient view beside it, the print
window, the review dialog, and the group consultation's, registers' and unfinished-drafts
windows, one PNG each in OUTDIR/<scale>/, and the probe's report (what does not fit)
beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from xvfb import rerun_under_xvfb  # packaging/xvfb.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = (
    "MainWindow",
    "ConsultationWindow",
    "PrintDialog",
    "ReviewDialog",
    # The group consultation's and the registers' windows, and the unfinished drafts.
    "GroupSessionsWindow",
    "NewSessionDialog",
    "InviteDialog",
    "GroupSessionWindow",
    "ResultsBoardWindow",
    "ComingUpWindow",
    "PopulationWindow",
    "ImportPatientsDialog",
    "UnfinishedDrafts",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "outdir", nargs="?", type=Path, default=ROOT / "artifacts" / "screenshots" / "screens"
    )
    parser.add_argument("--scale", action="append", default=[])
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    failed = 0
    for scale in args.scale or ["1.0", "2.0"]:
        folder = args.outdir / scale
        folder.mkdir(parents=True, exist_ok=True)
        report = folder / "report.json"
        only = [arg for name in WINDOWS for arg in ("--only", f":{name}")]
        env = {**os.environ, "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.ui.screens.probe",
                str(report),
                "--x11",
                "--shots",
                str(folder),
                *only,
            ],
            cwd=ROOT,
            env=env,
        )
        failed += done.returncode != 0
        problems = json.loads(report.read_text(encoding="utf-8"))["problems"]
        for window, found in problems.items():
            print(f"{scale} {window}: {'fits' if not found else '; '.join(found)}")
        for png in sorted(folder.glob("*.png")):
            print(png)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
