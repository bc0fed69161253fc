"""Connecting to a practice's PostgreSQL server: TLS by default, passwords kept out of URLs.

- A server that is not on this computer (not a loopback address) is reached over TLS
  with the server's certificate and name checked (``sslmode=verify-full``) unless the
  URL itself says otherwise (``?sslmode=require`` etc.): turning it off is explicit.
- The password is given to the driver as a connection argument, never put into the
  URL, so no URL the app keeps, shows or logs carries it.
- A password is checked against the server before it is kept in the keyring.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from .errors import CarePlanError, DatabaseError
from .i18n import _

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
SECURE_SSLMODE = "verify-full"
CONNECT_TIMEOUT_S = 10


class PasswordRejectedError(CarePlanError):
    """The server refused the user name and password; nothing was stored."""


def is_loopback(host: str | None) -> bool:
    """Whether ``host`` is this computer: no host (a local socket), a loopback name or address."""
    if not host or host.startswith("/"):
        return True
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise(url: str | URL) -> URL:
    """The URL the app connects with: the psycopg driver, and TLS for a remote host."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    sslmode = parsed.query.get("sslmode")
    if sslmode is None and not is_loopback(parsed.host):
        parsed = parsed.update_query_dict({"sslmode": SECURE_SSLMODE})
    elif sslmode is not None and sslmode != SECURE_SSLMODE and not is_loopback(parsed.host):
        log.warning("PostgreSQL server reached with sslmode=%s, as its URL asks", sslmode)
    return parsed


def connect_args(password: str | None) -> dict[str, Any]:
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        args["password"] = password
    return args


def _rejected(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None)
    message = str(orig or exc).lower()
    return state in ("28P01", "28000") or "password authentication failed" in message


def check_password(url: str | URL, password: str) -> None:
    """Sign in to the server with ``password``; raise if it is refused or unreachable."""
    parsed = normalise(url)._replace(password=None)
    engine = create_engine(parsed, hide_parameters=True, connect_args=connect_args(password))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        if _rejected(exc):
            raise PasswordRejectedError(
                _(
                    "The server did not accept that password for {user}; nothing was "
                    "stored, and any password kept before is unchanged."
                ).format(user=parsed.username)
            ) from None
        raise DatabaseError(
            _(
                "The server {host} could not be reached to check the password ({error}); "
                "nothing was stored."
            ).format(host=parsed.host or "localhost", error=exc.__class__.__name__)
        ) from None
    finally:
        engine.dispose()
