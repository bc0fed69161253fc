"""Smoke test: the real app under a real X server, with a screenshot to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from benchmarks.x_server import INSTALL_XVFB, xvfb
from careplan.services import Services
from tests.ui.conftest import SEED_PATIENTS
from ui.main_window_sizes import default_size

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)


@pytest.fixture
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip(INSTALL_XVFB)
    with xvfb(f"{SCREEN[0]}x{SCREEN[1]}x24") as number:
        yield number


def test_the_app_shows_the_patient_list_under_x11(display: str, tmp_path: Path) -> None:
    from careplan.encryption import open_practice_database

    xdotool = shutil.which("xdotool")
    if xdotool is None:
        pytest.skip("xdotool is not installed (apt-get install xdotool)")
    database = tmp_path / "care.sqlite3"
    db = open_practice_database(f"sqlite:///{database}")
    services = Services(db.session_factory)
    services.accounts.create_first_admin("Sam Patel", "sam.patel", "correct horse battery")
    for patient in SEED_PATIENTS:
        services.patients.create(patient)
    db.close()

    shot = tmp_path / "smoke-patient-list.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "CAREPLAN_SCREENSHOT": str(shot),
        "CAREPLAN_NO_DEMO_OFFER": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("WAYLAND_DISPLAY", None)
    with subprocess.Popen(
        [sys.executable, "-m", "ui.app", "--database", f"sqlite:///{database}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        # A person types their name and password into the sign-in window.
        keys = {**env}
        # No window manager runs here, so the window is given the keyboard focus first.
        subprocess.run(
            [
                xdotool,
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "sign in",
                "windowfocus",
                "--sync",
            ],
            env=keys,
            check=True,
            timeout=60,
            capture_output=True,
        )
        subprocess.run([xdotool, "type", "--delay", "30", "sam.patel"], env=keys, check=True)
        subprocess.run([xdotool, "key", "Tab"], env=keys, check=True)
        subprocess.run(
            [xdotool, "type", "--delay", "30", "correct horse battery"], env=keys, check=True
        )
        subprocess.run([xdotool, "key", "Return"], env=keys, check=True)
        try:
            _stdout, stderr = app.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            app.kill()
            _stdout, stderr = app.communicate()
            pytest.fail(f"the app did not show its window and quit: {stderr}")
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert shot.exists()
    image = QImage(str(shot))
    assert not image.isNull()
    # The picture is of the whole window, at its first-run size for this screen.
    assert image.size() == default_size(QSize(*SCREEN))

    artifacts = os.environ.get("CAREPLAN_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / "smoke-patient-list.png")
