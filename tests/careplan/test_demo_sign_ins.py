"""The demo practice's sign-ins: a clinician and a nurse, only in a demo database."""

from __future__ import annotations

from pathlib import Path

from careplan.demo import load_demo
from careplan.demo_sign_ins import DEMO_SIGN_INS, add_demo_sign_ins
from careplan.services import Services
from careplan.storage import Database


def test_the_demo_clinician_and_nurse_can_sign_in(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        load_demo(db, 3)
        given = add_demo_sign_ins(db)
        assert [s.role for s in given] == ["clinician", "nurse"]
        assert all(s.username.startswith("demo.") for s in given)  # labelled as the demo's
        accounts = Services(db.session_factory).accounts
        for sign_in in DEMO_SIGN_INS:
            actor = accounts.sign_in(sign_in.username, sign_in.password)
            assert actor.role == sign_in.role
        assert add_demo_sign_ins(db) == ()  # once only
    finally:
        db.close()


def test_no_sign_ins_in_a_database_without_the_demo_staff(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'real.sqlite3'}")
    try:
        Services(db.session_factory).accounts.create_first_admin(
            "Dr Amara Okafor", "amara", "correct horse battery"
        )
        assert add_demo_sign_ins(db) == ()
    finally:
        db.close()
