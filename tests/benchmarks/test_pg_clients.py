"""The several-workstations measure: client processes writing to one PostgreSQL practice at
once, reported against one client's figure. Timings are not asserted (speed is measured by
running the bench); this checks that it runs and reports, and is left out on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pg_clients import measure_pg_clients
from careplan.audit import Actor
from careplan.services import Services
from careplan.storage import Database


@pytest.mark.postgres
@pytest.mark.parametrize("fresh_url", ["postgresql"], indirect=True)
def test_clients_write_at_once_and_are_reported_against_one_client(fresh_url: str) -> None:
    db = Database.open(fresh_url)
    try:
        measures = measure_pg_clients(db, fresh_url, runs=1, counts=(1, 2))
        assert [m.name for m in measures] == ["pg_clients_1", "pg_clients_2"]
        one, two = measures
        assert one.floor_s == one.median_s and one.ratio == 1.0
        assert two.floor_s == one.median_s and two.ratio == two.median_s / one.median_s
        for m in measures:
            assert m.median_s > 0 and m.runs > 0  # runs: the loops made
            assert "loops/s" in m.note and "p95" in m.note and "lock" in m.note
        # Each client edited a person of its own, whose draft is left as it was.
        services = Services(db.session_factory, actor=Actor.system("system"))
        people = services.patients.search("Bench-Workstation").patients
        assert len(people) == 2
        for person in people:
            draft = services.consultations.start_or_resume(person.id, None)
            assert draft.goals == ()
    finally:
        db.close()


def test_the_measure_is_left_out_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    db = Database.open(url)
    try:
        assert measure_pg_clients(db, url, runs=1) == []
    finally:
        db.close()
