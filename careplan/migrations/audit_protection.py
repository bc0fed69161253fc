"""The database's own protection of the audit trail, as the migrations create it.

One place for the statements, so that ``audit verify`` can compare what the
database holds with what it should hold, word for word.
"""

from __future__ import annotations

APPEND_ONLY = "BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END"

SEAL_ONLY = """
BEGIN
    IF OLD.hash IS NULL AND OLD.chain_pos IS NULL AND OLD.prev_hash IS NULL
       AND NEW.hash IS NOT NULL AND NEW.chain_pos IS NOT NULL AND NEW.prev_hash IS NOT NULL
       AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id
       AND NEW.os_user IS NOT DISTINCT FROM OLD.os_user
       AND NEW.workstation IS NOT DISTINCT FROM OLD.workstation
       AND NEW.action = OLD.action
       AND NEW.patient_id IS NOT DISTINCT FROM OLD.patient_id
       AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type
       AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id
       AND NEW.outcome = OLD.outcome THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only';
END
"""

SQLITE_TRIGGERS = {
    f"audit_event_no_{verb.lower()}": (
        f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    for verb in ("UPDATE", "DELETE")
}

POSTGRES_STATEMENTS = (
    "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger "
    f"LANGUAGE plpgsql AS $$ {APPEND_ONLY} $$",
    "CREATE TRIGGER audit_event_append_only BEFORE DELETE OR TRUNCATE "
    "ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
    "CREATE OR REPLACE FUNCTION audit_event_seal_only() RETURNS trigger "
    f"LANGUAGE plpgsql AS $${SEAL_ONLY}$$",
    "CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only()",
)


def expected_protection(dialect: str) -> dict[str, str]:
    """Trigger name -> its SQL (SQLite) or its function's body (PostgreSQL)."""
    if dialect == "sqlite":
        return dict(SQLITE_TRIGGERS)
    if dialect == "postgresql":
        return {"audit_event_append_only": APPEND_ONLY, "audit_event_seal_only": SEAL_ONLY}
    return {}


def protection_statements(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return tuple(SQLITE_TRIGGERS.values())
    return POSTGRES_STATEMENTS
