"""Secrets in the operating system's keyring, never in plain files.

Service name ``careplan``; entries:

- ``database-key:<absolute path>`` — the embedded database's 256-bit key, hex;
- ``postgresql:<user>@<host>:<port>/<database>`` — a PostgreSQL password.

With no usable keyring (none installed, or only one that would keep secrets
in a plain file) the app and careplan-admin stop and say what to do.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
from pathlib import Path
from typing import Any

from .errors import CarePlanError
from .i18n import _

SERVICE = "careplan"
KEY_BYTES = 32


class KeyringUnavailableError(CarePlanError):
    """No keyring that can keep a secret safely; nothing was created or written."""


NO_KEYRING = _(
    "No usable keyring was found, so the database key cannot be kept safely. On Linux, "
    "sign in to a desktop session with GNOME Keyring or KWallet running (or install "
    "gnome-keyring and unlock it); on Windows and macOS the system keychain is used. "
    "A key is never written to a plain file, so nothing was created."
)


# Keyrings that keep secrets encrypted (by the desktop session or the operating system).
ENCRYPTING_BACKENDS = (
    "keyring.backends.SecretService.",
    "keyring.backends.libsecret.",
    "keyring.backends.kwallet.",
    "keyring.backends.macOS.",
    "keyring.backends.Windows.",
)
# A documented way to accept another keyring on purpose: its full class name(s),
# comma-separated (e.g. keyrings.alt.file.EncryptedKeyring). Plain-text ones never.
ALLOW_ENV = "CAREPLAN_ALLOW_KEYRING"


def backend_name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _unsafe(backend: Any) -> bool:
    from keyring.backends import fail, null

    name = backend_name(backend)
    if isinstance(backend, (fail.Keyring, null.Keyring)) or "plaintext" in name.lower():
        return True
    if name.startswith(ENCRYPTING_BACKENDS):
        return bool(backend.priority <= 0)
    allowed = {entry.strip() for entry in os.environ.get(ALLOW_ENV, "").split(",")}
    return name not in allowed


class KeyStore:
    """The keyring entries this app uses."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend

    @classmethod
    def system(cls) -> KeyStore:
        try:
            import keyring
            from keyring.backends.chainer import ChainerBackend

            backend = keyring.get_keyring()
        except Exception as exc:  # a backend named in the environment that cannot load
            raise KeyringUnavailableError(
                _(
                    "The keyring could not be loaded ({error}); check PYTHON_KEYRING_BACKEND "
                    "and the keyring's installation. Nothing was created."
                ).format(error=type(exc).__name__)
            ) from None
        if isinstance(backend, ChainerBackend):
            usable = [b for b in backend.backends if not _unsafe(b)]
            if not usable:
                raise KeyringUnavailableError(NO_KEYRING)
            backend = usable[0]
        elif _unsafe(backend):
            raise KeyringUnavailableError(NO_KEYRING)
        return cls(backend)

    @property
    def description(self) -> str:
        return f"{type(self.backend).__module__}.{type(self.backend).__name__}"

    def _get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            value = self.backend.get_password(SERVICE, name)
        except KeyringError as exc:
            raise KeyringUnavailableError(
                _("The keyring could not be read ({error}); is it unlocked?").format(
                    error=type(exc).__name__
                )
            ) from None
        return str(value) if value is not None else None

    def _set(self, name: str, value: str) -> None:
        from keyring.errors import KeyringError

        try:
            self.backend.set_password(SERVICE, name, value)
        except KeyringError as exc:
            raise KeyringUnavailableError(
                _("The keyring refused to store the key ({error}); is it unlocked?").format(
                    error=type(exc).__name__
                )
            ) from None
        if self._get(name) != value:
            raise KeyringUnavailableError(
                _("The keyring did not keep the key; nothing was created.")
            )

    def get(self, name: str) -> str | None:
        """Any entry of this app's service (for the audit checkpoints)."""
        return self._get(name)

    def put(self, name: str, value: str) -> None:
        self._set(name, value)

    # ----- the embedded database's key ---------------------------------------------

    @staticmethod
    def database_entry(path: Path) -> str:
        return f"database-key:{path.absolute()}"

    def database_key(self, path: Path) -> str | None:
        return self._get(self.database_entry(path))

    def store_database_key(self, path: Path, key_hex: str) -> None:
        self._set(self.database_entry(path), key_hex)

    # ----- PostgreSQL passwords ------------------------------------------------------

    @staticmethod
    def postgres_entry(user: str, host: str, port: int | None, database: str) -> str:
        return f"postgresql:{user}@{host}:{port or 5432}/{database}"

    def postgres_password(
        self, user: str, host: str, port: int | None, database: str
    ) -> str | None:
        return self._get(self.postgres_entry(user, host, port, database))

    def store_postgres_password(
        self, user: str, host: str, port: int | None, database: str, password: str
    ) -> None:
        self._set(self.postgres_entry(user, host, port, database), password)


def new_key() -> str:
    return secrets.token_hex(KEY_BYTES)


def sqlcipher_passphrase(key_hex: str) -> str:
    """SQLCipher's raw-key form: no key derivation on every connection."""
    return f"x'{key_hex}'"


def recovery_key(key_hex: str) -> str:
    """The key as a person can write it down: base32 in groups of four."""
    text = base64.b32encode(bytes.fromhex(key_hex)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery(text: str) -> str:
    cleaned = re.sub(r"[\s\-]", "", text).upper()
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != KEY_BYTES:
        from .errors import ValidationError

        raise ValidationError(
            "recovery_key",
            _(
                "That is not a recovery key: it has 13 groups of four letters and digits. "
                "Please check it and type it again."
            ),
        )
    return raw.hex()
