"""The first hour as a newcomer, driven with real keystrokes on a 1366x768 X server.

    python packaging/first_hour_walk.py [OUTDIR]

From a clean state (a new data and settings folder): starts the app as the README's run
command does (``careplan``), then only keyboard and mouse: the recovery key, the
administrator, the practice details, the demo practice, its sign-ins; signs out, signs
in as the demo clinician, opens a patient, starts a consultation and opens the print
window. A PNG of the screen after each step goes to OUTDIR (default
artifacts/screenshots/first-hour), to look at. Keys are kept by the test keyring in a file
of the run's own (the machine running this has no desktop keyring).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xvfb import rerun_under_xvfb  # packaging/xvfb.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "first hour pass"


def xdo(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True)
    return done.stdout.strip()


def wait_for_window(name: str, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdo("search", "--onlyvisible", "--name", name).split()
        if found:
            time.sleep(0.8)  # let it paint
            return found[-1]
        time.sleep(0.3)
    raise SystemExit(f"no window named {name!r} within {timeout:.0f} s")


def type_text(text: str) -> None:
    xdo("type", "--delay", "30", text)


def key(*keys: str) -> None:
    for k in keys:
        xdo("key", "--clearmodifiers", k)
        time.sleep(0.25)


def focus(window: str) -> None:
    xdo("windowactivate", "--sync", window)
    xdo("windowfocus", "--sync", window)
    time.sleep(0.3)


def shot(outdir: Path, name: str) -> None:
    path = outdir / name
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtGui import QGuiApplication; "
            "app = QGuiApplication(['shot']); "
            "app.primaryScreen().grabWindow(0).save(sys.argv[1])",
            str(path),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        check=True,
    )
    print(path, flush=True)


def main() -> int:
    outdir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "artifacts/screenshots/first-hour"
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    outdir.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="careplan-first-hour-"))
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "tests.support.test_keyring.FileKeyring",
        "CAREPLAN_TEST_KEYRING_FILE": str(home / "keyring.json"),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "xcb",
    }
    env.pop("CAREPLAN_DATABASE_URL", None)
    env.pop("CAREPLAN_NO_DEMO_OFFER", None)
    careplan = Path(sys.executable).with_name("careplan")
    app = subprocess.Popen([str(careplan)], env=env, cwd=home)
    try:
        # 1. The database key, shown once.
        key_window = wait_for_window("Recovery key")
        shot(outdir, "1-recovery-key.png")
        focus(key_window)
        key("Tab", "Tab", "space", "Tab", "Return")  # "I have written it down", Continue
        time.sleep(2)
        shot(outdir, "1b-after-the-key.png")
        # 2. The administrator.
        sign_in = wait_for_window("sign in")
        focus(sign_in)
        shot(outdir, "2-administrator.png")
        type_text("Sam Patel")
        key("Tab")
        type_text("sam")
        key("Tab")
        type_text(PASSWORD)
        key("Tab")
        type_text(PASSWORD)
        key("Return")
        # 3. The practice's details.
        practice = wait_for_window("Practice details")
        focus(practice)
        type_text("Ashby Health Centre")
        key("Tab")
        type_text("01632 960 000")
        key("Tab")
        type_text("1 High Street, Ashby")
        shot(outdir, "3-practice-details.png")
        key("Return")
        # 4. The demo practice, and its sign-ins.
        offer = wait_for_window("Load the demo practice")
        focus(offer)
        shot(outdir, "4-demo-offer.png")
        key("alt+y")
        ready = wait_for_window("DEMO practice ready", timeout=180)
        shot(outdir, "5-demo-sign-ins.png")
        focus(ready)
        key("Return")
        # 5. Sign out; sign in as the demo clinician.
        main = wait_for_window("Sam Patel")
        focus(main)
        key("alt+s")
        key("o")  # Sign &out
        sign_in = wait_for_window("sign in")
        focus(sign_in)
        type_text("demo.clinician")
        key("Tab")
        type_text("demo clinician")
        key("Return")
        main = wait_for_window("Dr Amara Okafor")
        focus(main)
        shot(outdir, "6-signed-in-as-clinician.png")
        # 6. A patient, a consultation, the print window.
        key("ctrl+f")
        type_text("Green")
        time.sleep(1.5)
        key("Down", "Return")
        time.sleep(2)
        key("ctrl+k")
        consultation = wait_for_window("Consultation")
        focus(consultation)
        key("ctrl+shift+p")  # the patient view beside the form
        time.sleep(1.5)
        shot(outdir, "7-consultation.png")
        key("alt+5")  # the Agree stage
        time.sleep(1)
        shot(outdir, "8-agree.png")
        focus(main)
        key("ctrl+p")
        wait_for_window("Print the plan")
        time.sleep(3)
        shot(outdir, "9-print-window.png")
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
