"""Run as a child process by test_first_admin_race: set up the first administrator."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from careplan.errors import ValidationError
from careplan.services import Services
from careplan.storage import Database


def main(url: str, go: str, tag: str) -> None:
    db = Database.open(url, migrate=False)
    accounts = Services(db.session_factory).accounts
    accounts.needs_first_admin()
    while not Path(go).exists():
        time.sleep(0.005)
    try:
        accounts.create_first_admin(f"Admin {tag}", f"admin{tag}", "correct horse battery")
        print("created", flush=True)
    except ValidationError:
        print("refused", flush=True)
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
