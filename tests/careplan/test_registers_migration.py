"""Migration 0007 (conditions, results) upgrades a database that holds real data."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from careplan.register_records import ResultInput
from careplan.storage import alembic_config
from tests.conftest import BACKENDS
from tests.support.migrating import at_revision, upgraded


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_upgrading_to_registers_keeps_people_and_plans_and_adds_the_tables(
    fresh_url: str,
) -> None:
    before = ScriptDirectory.from_config(alembic_config()).get_revision("0007").down_revision
    assert isinstance(before, str)
    with at_revision(fresh_url, before) as conn:
        now = dt.datetime(2025, 1, 1, 9)
        conn.execute(
            text(
                "INSERT INTO patient (id, nhs_number, given_name, family_name, date_of_birth, "
                "name_key, family_key, large_print, easy_read, created_at, updated_at, version) "
                "VALUES (1, '9434765919', 'Zoë', 'Wiśniewska', '1950-02-03', 'zoe wisniewska', "
                "'wisniewska', false, false, :now, :now, 1)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO consultation (id, patient_id, status, consultation_date, revision, "
                "review_date, review_due, started_at, updated_at, agreed_at, version) VALUES "
                "(1, 1, 'agreed', '2025-01-05', 1, '2025-04-05', '2025-04-05', :now, :now, "
                ":now, 1)"
            ),
            {"now": now},
        )

    with upgraded(fresh_url) as services:
        zoe = services.patients.get(1)
        assert zoe.given_name == "Zoë" and zoe.nhs_number == "9434765919"
        record, changed = services.registers.add_condition(zoe.id, "Type 2 diabetes mellitus")
        assert changed and record.code == "44054006" and record.register == "diabetes"
        services.results.add_result(zoe.id, ResultInput("HbA1c", "61", "2025-01-05"))
        (series,) = services.results.results(zoe.id)
        assert (series.code, series.latest.value) == ("59261-8", 61.0)
        (entry,) = services.previsit.coming_up(30, today=dt.date(2025, 4, 1))
        assert entry.due == dt.date(2025, 4, 5) and entry.registers == ("diabetes",)
