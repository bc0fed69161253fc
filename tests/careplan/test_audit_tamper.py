"""Tampering with the audit trail is found: edits, removals (also from the end, and of
every entry), a chain worked out again, entries added with a past date or around the
chain, and the database's protection switched off. Both backends.

Each attempt is made as someone with full access to the database would make it:
the triggers are removed first, then rows are changed with plain SQL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text

from careplan.audit import Actor, Checkpoint, entry_hash
from careplan.records import PatientInput
from careplan.services import Services
from careplan.storage import Database
from tests.conftest import BACKENDS
from tests.support.tampering import protect_trail, unprotect_trail

pytestmark = pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)

# The database and services of a practice whose trail is sound to begin with.
Trail = tuple[Database, Services]


@pytest.fixture
def trail(fresh_db: Database) -> Trail:
    services = Services(fresh_db.session_factory, actor=Actor.system("system"))
    services.accounts.create_first_admin("Sam Patel", "sam", "correct horse battery")
    for i in range(6):
        services.patients.create(PatientInput(f"P{i}", "Test", "1950-01-01"))
    report = services.audit.verify()
    assert report.ok, report.problems
    return fresh_db, services


def _tamper(db: Database, *changes: tuple[str, dict[str, object]]) -> None:
    """Someone with the file in hand switches the protection off and changes the trail."""
    unprotect_trail(db)
    with db.engine.begin() as conn:
        for statement, values in changes:
            conn.execute(text(statement), values)


def _has_positions(db: Database) -> bool:
    return "chain_pos" in {c["name"] for c in inspect(db.engine).get_columns("audit_event")}


def _order(db: Database) -> str:
    return "chain_pos" if _has_positions(db) else "id"


def _rows(db: Database) -> list[dict[str, object]]:
    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM audit_event ORDER BY {_order(db)}"))
        return [dict(r._mapping) for r in result]


def _hash(row: dict[str, object], prev: str) -> str:
    at = row["at"]
    if isinstance(at, str):  # SQLite hands raw SQL results back as text
        at = dt.datetime.fromisoformat(at)
    assert isinstance(at, dt.datetime)
    return entry_hash(
        prev,
        at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at,
        row["staff_id"],  # type: ignore[arg-type]
        row["os_user"],  # type: ignore[arg-type]
        row["workstation"],  # type: ignore[arg-type]
        str(row["action"]),
        row["patient_id"],  # type: ignore[arg-type]
        row["record_type"],  # type: ignore[arg-type]
        row["record_id"],  # type: ignore[arg-type]
        str(row["outcome"]),
    )


def _append_forged(db: Database, at: dt.datetime) -> None:
    """An entry added at the end with a valid hash, as a forger would add it."""
    last = _rows(db)[-1]
    row = {**last, "id": int(last["id"]) + 100, "at": at.replace(tzinfo=None), "action": "open"}  # type: ignore[call-overload]
    row["prev_hash"] = last["hash"]
    row["hash"] = _hash(row, str(last["hash"]))
    if _has_positions(db):
        row["chain_pos"] = int(last["chain_pos"]) + 1  # type: ignore[call-overload]
    columns = ", ".join(row)
    values = ", ".join(f":{c}" for c in row)
    with db.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO audit_event ({columns}) VALUES ({values})"), row)


def _problems(services: Services) -> str:
    return "\n".join(services.audit.verify().problems)


@pytest.fixture
def mark(trail: Trail) -> Checkpoint:
    """A checkpoint kept outside the database before anyone tampers with the trail."""
    checkpoint = trail[1].audit.checkpoint()
    assert checkpoint is not None
    return checkpoint


def _found_only_by(db: Database, services: Services, mark: Checkpoint) -> str:
    """With the protection put back: the problems found by comparing with ``mark``, which
    the chain alone does not show."""
    protect_trail(db)
    assert services.audit.verify().problems == ()
    return "\n".join(services.audit.verify([mark]).problems)


# ----- found by the chain and the database's own state, with no checkpoint -----------


def test_dropped_triggers_are_reported(trail: Trail) -> None:
    db, services = trail
    unprotect_trail(db)
    assert "protection of the audit trail" in _problems(services)


def test_a_switched_off_or_emptied_trigger_is_reported(trail: Trail) -> None:
    db, services = trail
    with db.engine.begin() as conn:
        if db.is_sqlite:  # SQLite cannot switch a trigger off: one that does nothing instead
            conn.execute(text("DROP TRIGGER audit_event_no_delete"))
            conn.execute(
                text(
                    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                    "BEGIN SELECT 1; END"
                )
            )
        else:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"))
    assert (
        "(audit_event_no_delete)" in _problems(services)
        if db.is_sqlite
        else ("(audit_event_append_only)" in _problems(services))
    )


def test_an_entry_added_at_the_end_with_a_past_date_is_reported(trail: Trail) -> None:
    db, services = trail
    unprotect_trail(db)
    _append_forged(db, dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    assert "earlier than the entry before it" in _problems(services)


def test_removing_every_entry_is_reported(trail: Trail) -> None:
    db, services = trail
    _tamper(db, ("DELETE FROM audit_event", {}))
    assert "empty although staff accounts exist" in _problems(services)


def test_an_altered_entry_and_a_removed_middle_entry_are_reported(trail: Trail) -> None:
    db, services = trail
    rows = _rows(db)
    _tamper(
        db,
        ("UPDATE audit_event SET patient_id = 99 WHERE id = :id", {"id": rows[2]["id"]}),
        ("DELETE FROM audit_event WHERE id = :id", {"id": rows[4]["id"]}),
    )
    problems = _problems(services)
    assert f"Entry {rows[2]['id']} was altered" in problems
    assert f"Entry {rows[5]['id']}: the entry before it was removed" in problems


# ----- found by comparing with a checkpoint kept outside the database ------------------


def test_entries_removed_from_the_end_are_found_by_a_checkpoint(
    trail: Trail, mark: Checkpoint
) -> None:
    db, services = trail
    last_two = [r["id"] for r in _rows(db)[-2:]]
    _tamper(db, *(("DELETE FROM audit_event WHERE id = :id", {"id": e}) for e in last_two))
    # The chain that is left is sound in itself: only the checkpoint shows the loss.
    assert "entries were removed from its end" in _found_only_by(db, services, mark)


def test_a_chain_worked_out_again_is_found_by_a_checkpoint(trail: Trail, mark: Checkpoint) -> None:
    db, services = trail
    rows = _rows(db)
    unprotect_trail(db)
    # Entry 3 is changed, and every hash from there on recomputed to match.
    prev = str(rows[1]["hash"])
    with db.engine.begin() as conn:
        for index, row in enumerate(rows[2:], start=2):
            if index == 2:
                row["patient_id"] = 99
            new_hash = _hash(row, prev)
            conn.execute(
                text(
                    "UPDATE audit_event SET patient_id = :patient, prev_hash = :prev, "
                    "hash = :hash WHERE id = :id"
                ),
                {"patient": row["patient_id"], "prev": prev, "hash": new_hash, "id": row["id"]},
            )
            prev = new_hash
    # A rewrite consistent in itself: only the checkpoint shows it.
    assert "differs from the checkpoint" in _found_only_by(db, services, mark)


def test_entries_reordered_or_added_around_the_chain_are_reported(trail: Trail) -> None:
    db, services = trail
    rows = _rows(db)
    _tamper(
        db,
        (
            "UPDATE audit_event SET chain_pos = -chain_pos WHERE id IN (:a, :b)",
            {"a": rows[1]["id"], "b": rows[2]["id"]},
        ),
        ("UPDATE audit_event SET chain_pos = 3 WHERE id = :a", {"a": rows[1]["id"]}),
        ("UPDATE audit_event SET chain_pos = 2 WHERE id = :b", {"b": rows[2]["id"]}),
        (
            "INSERT INTO audit_event (at, action, outcome) VALUES (:at, 'open', 'done')",
            {"at": dt.datetime(2026, 1, 1)},
        ),
    )
    problems = _problems(services)
    assert "the entry before it was removed or altered" in problems
    if db.is_sqlite:
        assert "not in the chain" in problems
    else:  # unsealed entries are sealed first (they may be a write just committed) …
        assert "earlier than the entry before it" in problems  # … and its date gives it away


def test_the_checkpoint_text_reads_back(trail: Trail, mark: Checkpoint) -> None:
    _db, services = trail
    assert Checkpoint.parse(mark.text()) == mark
    assert mark.position == services.audit.verify().checked
