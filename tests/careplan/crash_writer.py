"""Run as a child process by test_crash: writes goal edits until it is killed.

After each commit it prints the value it committed, so the test knows the
last write that must survive.
"""

from __future__ import annotations

import sys

from careplan.services import Services
from careplan.storage import Database


def open_database(url: str, encrypted: bool) -> Database:
    """As the app opens it (SQLCipher, key from the keyring), or plain SQLite."""
    if encrypted:
        from careplan.encryption import open_practice_database

        return open_practice_database(url)
    return Database.open(url)


def main(url: str, goal_id: int, encrypted: bool) -> None:
    db = open_database(url, encrypted)
    services = Services(db.session_factory)
    goal = services.consultations.get(services.consultations.start_or_resume(1, None).id).goals[0]
    assert goal.id == goal_id
    n = 0
    while True:
        n += 1
        goal = services.consultations.update_goal(
            goal.id, goal.version, text=f"edit {n} " + "x" * 2000
        )
        c = services.consultations.get(goal.consultation_id)
        services.consultations.add_agenda_item(c.id, f"topic {n}", "patient")
        print(n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3:] == ["encrypted"])
