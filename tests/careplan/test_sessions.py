"""The core, not only the screens: a temporary password must be changed before anything
else, and signing out or locking acts only on one's own session."""

from __future__ import annotations

import dataclasses

import pytest

from careplan.audit import Actor
from careplan.records import PatientInput
from careplan.services import (
    PasswordChangeRequiredError,
    Services,
    SessionError,
)

PASSWORD = "correct horse battery"


@pytest.fixture
def people(services: Services) -> dict[str, Actor]:
    services.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    sam = services.accounts.sign_in("sam", PASSWORD)
    as_sam = Services(services.context.session_factory, clock=services.context.clock, actor=sam)
    as_sam.accounts.create_account("Priya Shah", "nurse", "priya", PASSWORD)
    return {"sam": sam, "priya": services.accounts.sign_in("priya", PASSWORD)}


def _as(services: Services, actor: Actor) -> Services:
    return Services(services.context.session_factory, clock=services.context.clock, actor=actor)


def test_a_temporary_password_must_be_changed_before_anything_else(
    services: Services, people: dict[str, Actor]
) -> None:
    as_sam = _as(services, people["sam"])
    priya_id = people["priya"].staff_id
    assert priya_id is not None
    as_sam.accounts.reset_password(priya_id, "temporary pass 123")
    priya = services.accounts.sign_in("priya", "temporary pass 123")
    as_priya = _as(services, priya)
    with pytest.raises(PasswordChangeRequiredError, match="temporary password"):
        as_priya.patients.search("")
    with pytest.raises(PasswordChangeRequiredError):
        as_priya.patients.create(PatientInput("Mary", "Seacole", "1956-03-21"))
    as_priya.accounts.change_password(priya, "temporary pass 123", "priya's own password")
    assert as_priya.patients.search("").total == 0


def test_signing_out_or_locking_another_person_s_session_is_refused(
    services: Services, people: dict[str, Actor]
) -> None:
    sam, priya = people["sam"], people["priya"]
    as_priya = _as(services, priya)
    for act in (as_priya.accounts.sign_out, as_priya.accounts.lock):
        with pytest.raises(SessionError):
            act(sam)
    forged = dataclasses.replace(sam, session=None)
    for act in (services.accounts.sign_out, services.accounts.lock):
        with pytest.raises(SessionError):
            act(forged)
    as_priya.accounts.lock(priya)
    as_priya.accounts.sign_out(priya)
    with pytest.raises(SessionError):  # that session is over
        as_priya.accounts.sign_out(priya)
    refusals = [e for e in _as(services, sam).audit.entries() if e.action == "refused"]
    assert len(refusals) >= 5
