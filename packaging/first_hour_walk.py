"""The first hour as a newcomer, driven with real keystrokes on a 1366x768 X server.

    python packaging/first_hour_walk.py [OUTDIR] [--app "bash packaging/setup.sh run"]
        [--cwd CLONE] [--real-keyring]

From a clean state (a new data and settings folder): starts the app as the README's run
command does (``careplan``, or the command given with ``--app`` in ``--cwd``, such as
``bash packaging/setup.sh run`` in a fresh clone), then only keyboard and mouse: the
recovery key, the administrator, the practice details, the demo practice, its sign-ins;
signs out, signs in as the demo clinician, opens a patient, starts a consultation, opens
the print window and saves the plan as a PDF (read back with pdftotext). A PNG of the
screen after each step goes to OUTDIR (default artifacts/screenshots/first-hour), to look
at. Keys are kept by the test keyring in a file of the run's own, or with
``--real-keyring`` by the Secret Service of the session (run it inside a private D-Bus
session with gnome-keyring unlocked: packaging/newcomer_walk.sh does).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xvfb import rerun_under_xvfb, stop  # packaging/xvfb.py, beside this script

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


def click_in(window: str, x: int, y: int) -> None:
    xdo("mousemove", "--window", window, str(x), str(y))
    xdo("click", "1")
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


def wait_for_pdf(folder: Path, timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(folder.glob("*.pdf"))
        if found and found[0].stat().st_size > 1000:
            time.sleep(0.5)
            return found[0]
        time.sleep(0.3)
    raise SystemExit(f"no PDF saved into {folder} within {timeout:.0f} s")


def step(text: str) -> None:
    print(f"-- {text}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "outdir", nargs="?", type=Path, default=ROOT / "artifacts/screenshots/first-hour"
    )
    parser.add_argument("--app", default="", help="the command that starts the app")
    parser.add_argument("--cwd", type=Path, default=None, help="where the command runs")
    parser.add_argument("--real-keyring", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    outdir: Path = args.outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="careplan-first-hour-"))
    # The person's documents folder, named the freedesktop way (user-dirs.dirs).
    documents = home / "Documents"
    documents.mkdir()
    (home / "config").mkdir()
    (home / "config" / "user-dirs.dirs").write_text(
        f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8"
    )
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "xcb",
    }
    if not args.real_keyring:
        env["HOME"] = str(home)
        env["PYTHON_KEYRING_BACKEND"] = "tests.support.test_keyring.FileKeyring"
        env["CAREPLAN_TEST_KEYRING_FILE"] = str(home / "keyring.json")
        env["PYTHONPATH"] = str(ROOT)
    for name in ("CAREPLAN_DATABASE_URL", "CAREPLAN_NO_DEMO_OFFER", "PYTHON_KEYRING_BACKEND"):
        if args.real_keyring or name != "PYTHON_KEYRING_BACKEND":
            env.pop(name, None)
    command = shlex.split(args.app) or [str(Path(sys.executable).with_name("careplan"))]
    step(f"start: {' '.join(command)} in {args.cwd or home}")
    app = subprocess.Popen(command, env=env, cwd=args.cwd or home)
    try:
        # 1. The database key, shown once.
        key_window = wait_for_window("Recovery key", timeout=900)  # setup.sh may install first
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
        time.sleep(2)  # its stages are built one after another
        focus(consultation)
        click_in(consultation, 200, 20)  # on the person's name: the window takes the keys
        key("ctrl+shift+p")  # the patient view beside the form
        time.sleep(1.5)
        shot(outdir, "7-consultation.png")
        key("alt+5")  # the Agree stage
        time.sleep(1)
        shot(outdir, "8-agree.png")
        focus(main)
        key("ctrl+p")
        printing = wait_for_window("Print the plan")
        time.sleep(3)
        shot(outdir, "9-print-window.png")
        # 7. Save as PDF: the dialog starts in the documents folder with a suggested name.
        focus(printing)
        key("alt+s")
        saving = wait_for_window("Save as PDF")
        shot(outdir, "10-save-as-pdf.png")
        focus(saving)
        key("Return")
        pdf = wait_for_pdf(documents)
        shot(outdir, "11-saved.png")
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        step(f"saved {pdf.name} ({pdf.stat().st_size} bytes); it reads:")
        print("\n".join(line for line in text.splitlines()[:12] if line.strip()), flush=True)
        if "Your care and support plan" not in text or "Ashby Health Centre" not in text:
            raise SystemExit("the saved PDF is not the plan with the practice's details")
    finally:
        stop(app, 15)
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
