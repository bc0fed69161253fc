"""Released migrations must keep producing exactly the schema in data/migration_schemas.json.

Practices' databases were made by these migrations, so their code may be tidied only if
what they build stays the same. A fresh database is upgraded one revision at a time from
the first to the newest, then downgraded one at a time back to nothing, on SQLite and on
PostgreSQL; what every step changes in the schema (tables, columns, indexes, constraints,
triggers, functions: lines added and removed) must be what is recorded for that step.

A new migration has no entry yet, and the test says so. Record its entries, and only its,
by running this module with ``CAREPLAN_RECORD_MIGRATION=<its revision>`` (once, which does
both backends), then review and commit the file. An entry already recorded is never
written again that way: a released migration's schema changes only by editing the file
by hand, which a reviewer sees.
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, text

from careplan.storage import alembic_config
from tests.conftest import BACKENDS

RECORDED = Path(__file__).with_name("data") / "migration_schemas.json"
RECORD_ENV = "CAREPLAN_RECORD_MIGRATION"

SQLITE_DUMP = (
    "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '(automatic)') "
    "FROM sqlite_master",
    "SELECT 'pragma application_id = ' || application_id FROM pragma_application_id",
)
# A table SQLite rebuilt (batch mode) lists its constraints in no fixed order.
SQLITE_TABLE_PARTS = ", \n\t"
POSTGRES_DUMP = (
    # Columns in their order, with type (and collation), nullability and default.
    "SELECT format('column %s.%s #%s %s%s%s%s', c.relname, a.attname, a.attnum, "
    "format_type(a.atttypid, a.atttypmod), "
    "CASE WHEN a.attcollation NOT IN (0, t.typcollation) "
    "THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END, "
    "CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END, "
    "coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) "
    "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
    "JOIN pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_collation co ON co.oid = a.attcollation "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped",
    "SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'",
    "SELECT format('constraint %s ON %s: %s', con.conname, c.relname, "
    "pg_get_constraintdef(con.oid)) FROM pg_constraint con "
    "JOIN pg_class c ON c.oid = con.conrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'",
    "SELECT format('sequence %s', c.relname) FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
    "WHERE c.relkind = 'S'",
    "SELECT format('trigger %s', pg_get_triggerdef(tg.oid)) FROM pg_trigger tg "
    "JOIN pg_class c ON c.oid = tg.tgrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
    "WHERE NOT tg.tgisinternal",
    "SELECT format('function %s', pg_get_functiondef(p.oid)) FROM pg_proc p "
    "JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'",
)


def _constraints_in_order(line: str) -> str:
    """A table's columns as they stand, then its constraints sorted."""
    head, opening, body = line.partition(" (\n\t")
    if not line.startswith("table ") or not opening:
        return line
    parts = body.removesuffix("\n)").split(SQLITE_TABLE_PARTS)
    columns = [part for part in parts if not part.startswith("CONSTRAINT ")]
    constraints = sorted(part for part in parts if part.startswith("CONSTRAINT "))
    return head + opening + SQLITE_TABLE_PARTS.join(columns + constraints) + "\n)"


def schema_dump(conn: Connection) -> list[str]:
    """The schema as sorted lines of text, the same whichever database holds it."""
    if conn.dialect.name == "sqlite":
        lines = [_constraints_in_order(line) for q in SQLITE_DUMP for line in conn.scalars(text(q))]
    else:
        lines = [line for query in POSTGRES_DUMP for line in conn.scalars(text(query))]
    return sorted(lines)


def revisions_in_order() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


Change = dict[str, list[str]]  # {"added": lines, "removed": lines}
Walk = dict[str, dict[str, Change]]  # {"upgrade"/"downgrade": {revision: its change}}


def walk_schemas(url: str) -> Walk:
    """What each revision changes in the schema when it is applied, and when it is undone,
    going one revision at a time from nothing to the newest revision and back."""
    order = revisions_in_order()
    engine = create_engine(url)
    with engine.connect() as conn:
        schema = schema_dump(conn)

    def step(move: Callable[[Config, str], None], target: str) -> Change:
        nonlocal schema
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            move(cfg, target)
        with engine.connect() as conn:
            before, schema = set(schema), schema_dump(conn)
        assert len(set(schema)) == len(schema), "each line of a dump names one thing"
        return {"added": sorted(set(schema) - before), "removed": sorted(before - set(schema))}

    try:
        upgrades = {revision: step(command.upgrade, revision) for revision in order}
        below = dict(zip(order, ["base", *order[:-1]], strict=True))
        downgrades = {
            revision: step(command.downgrade, below[revision]) for revision in reversed(order)
        }
    finally:
        engine.dispose()
    return {"upgrade": upgrades, "downgrade": downgrades}


def _record(backend: str, revision: str, walked: Walk) -> None:
    """Adds the entries of ``revision`` (a new migration) for ``backend``; never replaces one."""
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    for direction, changes in recorded[backend].items():
        assert revision not in changes, f"{revision} is recorded already: edit the file by hand"
        changes[revision] = walked[direction][revision]
    RECORDED.write_text(
        json.dumps(recorded, indent=1, ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
    )


def _shown(change: Change | None) -> list[str]:
    return json.dumps(change, indent=1, ensure_ascii=False).splitlines()


@pytest.mark.parametrize("fresh_url", BACKENDS, indirect=True)
def test_every_migration_builds_and_undoes_exactly_the_recorded_schema(fresh_url: str) -> None:
    backend = fresh_url.split(":", 1)[0].split("+", 1)[0]
    walked = walk_schemas(fresh_url)
    new = os.environ.get(RECORD_ENV)
    if new:
        _record(backend, new, walked)
    recorded: Walk = json.loads(RECORDED.read_text(encoding="utf-8"))[backend]
    for direction, changes in walked.items():
        for revision, change in changes.items():
            expected = recorded[direction].get(revision)
            if expected is None:
                pytest.fail(
                    f"{revision} has no recorded schema: run this test with "
                    f"{RECORD_ENV}={revision}, check the new entries and commit them"
                )
            if change != expected:
                diff = difflib.unified_diff(
                    _shown(expected), _shown(change), "recorded", "now", lineterm=""
                )
                pytest.fail(f"{direction} {revision} ({backend}) changed:\n" + "\n".join(diff))
    gone = {d: set(recorded[d]) - set(changes) for d, changes in walked.items()}
    assert gone == {"upgrade": set(), "downgrade": set()}, "recorded revisions that are gone"
