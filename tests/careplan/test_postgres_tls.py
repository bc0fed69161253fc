"""PostgreSQL over the network: TLS with the certificate and name checked unless the URL
says otherwise; a local server needs none."""

from __future__ import annotations

import pytest

from careplan.postgres import is_loopback, normalise


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://careplan@db.practice.local/careplan",
        "postgresql+psycopg://careplan@10.0.0.5:5433/careplan",
        "postgresql+psycopg://careplan@[2001:db8::1]/careplan",
    ],
)
def test_a_server_on_another_computer_is_reached_with_verify_full(url: str) -> None:
    parsed = normalise(url)
    assert parsed.query["sslmode"] == "verify-full"
    assert parsed.drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://careplan@localhost/careplan",
        "postgresql+psycopg://careplan@127.0.0.1:5432/careplan",
        "postgresql+psycopg://careplan@[::1]/careplan",
        "postgresql+psycopg://careplan@/careplan?host=/var/run/postgresql",
    ],
)
def test_a_server_on_this_computer_needs_no_tls(url: str) -> None:
    assert "sslmode" not in normalise(url).query


def test_turning_tls_checks_off_is_said_in_the_url_and_kept() -> None:
    url = "postgresql+psycopg://careplan@db.practice.local/careplan?sslmode=require"
    assert normalise(url).query["sslmode"] == "require"


def test_loopback_names_and_addresses() -> None:
    assert is_loopback(None) and is_loopback("localhost") and is_loopback("127.0.0.2")
    assert not is_loopback("db.practice.local") and not is_loopback("192.168.1.10")
