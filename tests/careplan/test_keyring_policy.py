"""Only keyrings known to encrypt are used, unless one is named on purpose; a keyring that
cannot even be loaded is a clear message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from careplan.keys import KeyringUnavailableError, KeyStore
from tests.support.processes import admin

FILE_KEYRING = "tests.support.test_keyring.FileKeyring"


def test_a_keyring_not_known_to_encrypt_is_refused_unless_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FILE_KEYRING)
    monkeypatch.delenv("CAREPLAN_ALLOW_KEYRING")
    with pytest.raises(KeyringUnavailableError, match="No usable keyring"):
        KeyStore.system()
    monkeypatch.setenv("CAREPLAN_ALLOW_KEYRING", f"some.other.Keyring, {FILE_KEYRING}")
    assert KeyStore.system().description == FILE_KEYRING


class PlaintextKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


def test_a_plain_text_keyring_is_refused_even_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    name = f"{__name__}.PlaintextKeyring"
    monkeypatch.setenv("CAREPLAN_ALLOW_KEYRING", name)
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyringUnavailableError):
            KeyStore.system()
    finally:
        keyring.set_keyring(previous)


def test_a_keyring_that_cannot_load_is_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    result = admin("patients", "--database", url, env={"PYTHON_KEYRING_BACKEND": "no.such.Keyring"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "keyring" in result.stderr.lower()
    assert not (tmp_path / "k.sqlite3").exists()
