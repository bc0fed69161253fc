"""What someone with direct access to the database file does to the audit trail."""

from __future__ import annotations

from sqlalchemy import text

from careplan.storage import Database


def unprotect_trail(db: Database) -> None:
    """Drop the triggers that keep the trail append-only."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_event_no_update"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_event_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event"))
            conn.execute(text("DROP TRIGGER IF EXISTS audit_event_seal_only ON audit_event"))


def protect_trail(db: Database) -> None:
    """A careful tamperer puts the protection back afterwards."""
    from careplan.migrations.audit_protection import protection_statements

    with db.engine.begin() as conn:
        for statement in protection_statements(db.engine.dialect.name):
            conn.execute(text(statement))
