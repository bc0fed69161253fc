"""Run as a child process by test_concurrent_writers: many short read-then-write edits."""

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


def main(url: str, consultation_id: int, tag: str, count: int, encrypted: bool = False) -> None:
    db = open_database(url, encrypted)
    services = Services(db.session_factory)
    for i in range(count):
        # Each call reads (is the plan still a draft? what is the next rank?) and then writes.
        services.consultations.add_agenda_item(consultation_id, f"{tag} {i}", "patient")
        services.consultations.get(consultation_id)
    db.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(
        sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5:] == ["encrypted"]
    )
