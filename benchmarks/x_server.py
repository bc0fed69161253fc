"""An X server of our own for what needs a real display without the session's: the
benchmarks' whole processes, the screenshot scripts (packaging/xvfb.py) and the smoke test.

Xvfb on a free display number, ready once its socket is there, stopped afterwards.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

INSTALL_XVFB = "Xvfb is not installed (apt-get install xvfb)"


def free_display() -> int:
    for number in range(90, 300):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def stop(process: subprocess.Popen[str] | subprocess.Popen[bytes], seconds: float) -> None:
    """Ask ``process`` to end; killed if it has not within ``seconds``."""
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def xvfb(screen: str = "1366x768x24", seconds: float = 20) -> Iterator[str]:
    """A new Xvfb with one screen of ``screen`` (width x height x depth); its display
    (``":93"``) once it takes clients, within ``seconds``."""
    server_path = shutil.which("Xvfb")
    if server_path is None:
        raise RuntimeError(INSTALL_XVFB)
    number = free_display()
    # What it says goes to a file: a pipe nobody reads would stall a talkative server.
    with tempfile.TemporaryFile() as said:
        server = subprocess.Popen(
            [server_path, f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=said,
        )
        try:
            socket = Path(f"/tmp/.X11-unix/X{number}")
            deadline = time.monotonic() + seconds
            while not socket.exists():
                if server.poll() is not None:
                    said.seek(0)
                    raise RuntimeError(f"Xvfb stopped: {said.read().decode()}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Xvfb did not start within {seconds:g} s")
                time.sleep(0.05)
            yield f":{number}"
        finally:
            stop(server, 10)
