"""Sign-ins for trying the demo practice as a clinician and as a nurse.

Only ever given to staff of a demo practice that was just loaded into an empty
database (:func:`careplan.demo.load_demo` refuses any other), and the usernames say
"demo" so that nobody mistakes them for real accounts. The passwords are printed in
the README and shown by the app after loading the demo; they are not secret, which is
why no real practice may have them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from . import models as m
from .services.accounts import hash_password
from .storage import WRITE_OPTION, Database


@dataclass(frozen=True)
class DemoSignIn:
    full_name: str
    role: str
    username: str
    password: str


DEMO_SIGN_INS = (
    DemoSignIn("Dr Amara Okafor", "clinician", "demo.clinician", "demo clinician"),
    DemoSignIn("Priya Shah", "nurse", "demo.nurse", "demo nurse pass"),
)


def add_demo_sign_ins(database: Database) -> tuple[DemoSignIn, ...]:
    """Give the demo practice's clinician and nurse their sign-ins; what was given."""
    given = []
    with database.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        for sign_in in DEMO_SIGN_INS:
            staff_id = conn.scalar(
                select(m.StaffMember.id).where(
                    m.StaffMember.full_name == sign_in.full_name,
                    m.StaffMember.role == sign_in.role,
                    m.StaffMember.username.is_(None),
                )
            )
            taken = conn.scalar(
                select(m.StaffMember.id).where(m.StaffMember.username == sign_in.username)
            )
            if staff_id is None or taken is not None:
                continue
            conn.execute(
                update(m.StaffMember)
                .where(m.StaffMember.id == staff_id)
                .values(
                    username=sign_in.username,
                    password_hash=hash_password(sign_in.password),
                    must_change_password=False,
                    failed_sign_ins=0,
                )
            )
            given.append(sign_in)
    return tuple(given)
