"""Signing in: argon2id hashes, generic refusals, slow-down, lockout, password changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from careplan import models as m
from careplan.errors import ValidationError
from careplan.services import AuthenticationError, Services
from tests.conftest import FixedClock

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(services: Services) -> int:
    return services.accounts.create_first_admin("Sam Patel", "Sam.Patel", PASSWORD).id


def test_first_start_creates_the_first_admin_once(services: Services) -> None:
    assert services.accounts.needs_first_admin()
    record = services.accounts.create_first_admin("Sam Patel", "sam", PASSWORD)
    assert record.role == "admin"
    assert not services.accounts.needs_first_admin()
    with pytest.raises(ValidationError, match="exists already"):
        services.accounts.create_first_admin("Eve", "eve", PASSWORD)


def test_passwords_are_stored_as_argon2id_hashes_only(services: Services, admin: int) -> None:
    with services.context.session_factory() as session:
        stored = session.scalar(
            select(m.StaffMember.password_hash).where(m.StaffMember.id == admin)
        )
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_sign_in_returns_the_actor_with_its_role(services: Services, admin: int) -> None:
    actor = services.accounts.sign_in("SAM.PATEL ", PASSWORD)
    assert (actor.staff_id, actor.role, actor.username) == (admin, "admin", "sam.patel")


def test_wrong_password_and_unknown_user_get_the_same_message(
    services: Services, admin: int
) -> None:
    with pytest.raises(AuthenticationError) as wrong:
        services.accounts.sign_in("sam.patel", "not the password")
    with pytest.raises(AuthenticationError) as unknown:
        services.accounts.sign_in("nobody", "not the password")
    assert wrong.value.message == unknown.value.message
    assert wrong.value.message.startswith("The username or password is not right.")


def test_repeated_failures_slow_down_then_lock_then_unlock_with_time(
    services: Services, admin: int, clock: FixedClock
) -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="not right"):
            services.accounts.sign_in("sam.patel", "wrong password")
    # Now each attempt must wait, even with the right password.
    with pytest.raises(AuthenticationError, match="not right"):
        services.accounts.sign_in("sam.patel", PASSWORD)
    clock.advance(seconds=2)
    for _ in range(3):
        clock.advance(seconds=60)
        with pytest.raises(AuthenticationError):
            services.accounts.sign_in("sam.patel", "wrong password")
    clock.advance(seconds=60)
    with pytest.raises(AuthenticationError, match="not right"):
        services.accounts.sign_in("sam.patel", PASSWORD)
    clock.advance(minutes=13)
    with pytest.raises(AuthenticationError, match="not right"):
        services.accounts.sign_in("sam.patel", PASSWORD)
    clock.advance(minutes=2)
    assert services.accounts.sign_in("sam.patel", PASSWORD).staff_id == admin
    # Success clears the count.
    with pytest.raises(AuthenticationError, match="not right"):
        services.accounts.sign_in("sam.patel", "wrong password")
    assert services.accounts.sign_in("sam.patel", PASSWORD).staff_id == admin


def test_a_paused_account_is_refused_exactly_like_an_unknown_username(
    services: Services, admin: int
) -> None:
    for _ in range(6):
        with pytest.raises(AuthenticationError):
            services.accounts.sign_in("sam.patel", "wrong password")
    with pytest.raises(AuthenticationError) as paused:
        services.accounts.sign_in("sam.patel", PASSWORD)
    with pytest.raises(AuthenticationError) as unknown:
        services.accounts.sign_in("no.such.person", PASSWORD)
    assert paused.value.message == unknown.value.message
    assert paused.value.retry_after == unknown.value.retry_after


@pytest.mark.parametrize(
    "password, hint",
    [("short", "at least 10"), ("sam.patel", "at least 10"), ("          ", "username")],
)
def test_weak_passwords_are_refused(services: Services, password: str, hint: str) -> None:
    with pytest.raises(ValidationError):
        services.accounts.create_first_admin("Sam Patel", "sam.patel", password)
    assert services.accounts.needs_first_admin()


def test_people_change_their_own_password_and_admins_reset_others(
    services: Services, admin: int
) -> None:
    actor = services.accounts.sign_in("sam.patel", PASSWORD)
    as_admin = Services(services.context.session_factory, clock=services.context.clock, actor=actor)
    nurse = as_admin.accounts.create_account("Priya Shah", "nurse", "priya", "first password 1")
    me = as_admin.accounts.sign_in("priya", "first password 1")
    with pytest.raises(AuthenticationError):
        as_admin.accounts.change_password(me, "wrong old one", "second password 2")
    as_admin.accounts.change_password(me, "first password 1", "second password 2")
    assert as_admin.accounts.sign_in("priya", "second password 2").staff_id == nurse.id
    as_admin.accounts.reset_password(nurse.id, "temporary pass 3")
    with services.context.session_factory() as session:
        row = session.get(m.StaffMember, nurse.id)
        assert row is not None and row.must_change_password
    assert as_admin.accounts.sign_in("priya", "temporary pass 3").staff_id == nurse.id
    with pytest.raises(ValidationError, match="taken"):
        as_admin.accounts.create_account("Other Priya", "nurse", "PRIYA", "another password")
