"""Reads compiled once and run on the driver's cursor: the same rows, types and errors as
SQLAlchemy's own execution, on a practice's engine (not a test's single connection)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import column, select, table
from sqlalchemy.exc import DBAPIError

from careplan.demo import load_demo
from careplan.records import WorklistFilter
from careplan.services import Services
from careplan.services.driver_reads import DriverRead
from careplan.storage import Database
from tests.conftest import BACKENDS


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_worklist_pages_read_on_the_engine_join_up_to_the_whole_list(fresh_db: Database) -> None:
    load_demo(fresh_db, 60)
    services = Services(fresh_db.session_factory)
    today = dt.date.today()
    lengths: list[int] = []
    for criteria in (
        WorklistFilter(due_within_days=None),
        WorklistFilter(due_within_days=60, status="due"),
        WorklistFilter(due_within_days=None, status="overdue", staff_id=2),
    ):
        whole = services.worklist.worklist(criteria, today)
        first = services.worklist.page(criteria, today, limit=7)
        assert (first.total, first.overdue) == (len(whole), sum(e.is_overdue for e in whole))
        seen, page = list(first.entries), first
        while page.next_after is not None:
            page = services.worklist.page(
                criteria, today, limit=7, after=page.next_after, count=False
            )
            seen += page.entries
        assert seen == whole
        lengths.append(len(whole))
    assert lengths[0] > 7 and lengths[1] > 0  # more than a page; more than nothing
    entry = services.worklist.page(WorklistFilter(due_within_days=None), today).entries[0]
    assert isinstance(entry.due, dt.date) and isinstance(entry.date_of_birth, dt.date)


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_a_driver_error_is_raised_as_sqlalchemys(fresh_db: Database) -> None:
    read = DriverRead(select(table("no_such_table", column("x"))))
    with pytest.raises(DBAPIError) as raised:
        read.rows(fresh_db.session_factory, {})
    assert "no_such_table" in str(raised.value)
    # The connection went back to the pool usable.
    assert Services(fresh_db.session_factory).patients.count() == 0
