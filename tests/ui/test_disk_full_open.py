"""Starting the app on a full disk: the person is told the disk is full, and is never
offered a restore from a backup."""

from __future__ import annotations

from pathlib import Path

from careplan.encryption import open_practice_database
from careplan.records import PatientInput
from careplan.services import Services
from tests.support.small_disk import fill, mounted
from ui.app import open_database


def test_a_full_disk_at_start_is_told_and_no_restore_is_offered(tmp_path: Path) -> None:
    with mounted(tmp_path / "small") as disk:
        url = f"sqlite:///{disk / 'practice.sqlite3'}"
        db = open_practice_database(url)
        Services(db.session_factory).patients.create(PatientInput("Ann", "Lee", "1950-01-01"))
        db.close()
        fill(disk)
        offered: list[object] = []
        told: list[str] = []
        opened = open_database(url, ask=lambda error: offered.append(error), tell=told.append)
        assert opened is None
        assert offered == []
        assert len(told) == 1 and "full" in told[0] and "damaged" not in told[0]
