"""Run as a child process: open the practice database and keep it open until told to stop."""

from __future__ import annotations

import sys

from careplan.encryption import open_practice_database


def main(url: str) -> None:
    db = open_practice_database(url)
    print("open", flush=True)
    sys.stdin.readline()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
