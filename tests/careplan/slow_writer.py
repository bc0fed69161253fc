"""Run as a child process: write a file atomically, but stop for good before the rename
(as a process killed at that moment would), so the test can kill it there."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from careplan import atomic


def main(target: str) -> None:
    def stuck(_src: object, _dst: object) -> None:
        print("written", flush=True)
        time.sleep(600)

    setattr(os, "replace", stuck)  # noqa: B010 - only in this throw-away process
    atomic.write_atomically(Path(target), b"%PDF-1.4 the whole plan, in clear\n" * 100)


if __name__ == "__main__":
    os.umask(0o022)
    main(sys.argv[1])
