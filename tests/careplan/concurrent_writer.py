"""Run as a child process by test_concurrent_writers: many short read-then-write edits."""

from __future__ import annotations

import sys

from careplan.services import Services
from careplan.storage import Database


def main(url: str, consultation_id: int, tag: str, count: int) -> None:
    db = Database.open(url)
    services = Services(db.session_factory)
    for i in range(count):
        # Each call reads (is the plan still a draft? what is the next rank?) and then writes.
        services.consultations.add_agenda_item(consultation_id, f"{tag} {i}", "patient")
        services.consultations.get(consultation_id)
    db.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
