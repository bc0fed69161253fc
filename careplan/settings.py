"""Settings the core needs, each declared once with its type and default.

They live in a small JSON file in the per-user settings folder
(``settings.json`` in ``platformdirs.user_config_dir("careplan")``). An
environment variable named with each setting overrides the file, which suits
a practice that sets them once for every workstation. Nothing here is secret:
secrets live in the keyring, never in this file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs

from .atomic import write_atomically
from .errors import CarePlanError, ValidationError
from .i18n import _
from .paths import APP_NAME
from .text import SHORT_MAX, clean

T = TypeVar("T")

SETTINGS_FILENAME = "settings.json"


class SettingsError(CarePlanError):
    """The settings file cannot be read; nothing in it was changed."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    env: str
    label: str
    max_length: int = SHORT_MAX

    def parse(self, value: object, where: str) -> T:
        """``value`` as this setting's type, cleaned like any text a person typed."""
        if self.type is str:
            if not isinstance(value, str):
                raise SettingsError(
                    _("The setting '{key}' in {where} must be text.").format(
                        key=self.key, where=where
                    )
                )
            try:
                cleaned: Any = clean(
                    value,
                    self.key,
                    max_length=self.max_length,
                    multiline=False,
                    label=self.label,
                )
            except ValidationError as exc:
                raise SettingsError(f"{where}: {exc.message}") from None
            return cleaned  # type: ignore[no-any-return]
        if not isinstance(value, self.type):  # pragma: no cover - only text settings so far
            raise SettingsError(
                _("The setting '{key}' in {where} has the wrong type.").format(
                    key=self.key, where=where
                )
            )
        return value


PRACTICE_NAME = Setting("practice_name", str, "", "CAREPLAN_PRACTICE_NAME", _("practice name"))
PRACTICE_PHONE = Setting(
    "practice_phone", str, "", "CAREPLAN_PRACTICE_PHONE", _("practice phone"), max_length=40
)

PRACTICE_ADDRESS = Setting(
    "practice_address", str, "", "CAREPLAN_PRACTICE_ADDRESS", _("practice address"), max_length=200
)

SETTINGS: tuple[Setting[Any], ...] = (PRACTICE_NAME, PRACTICE_PHONE, PRACTICE_ADDRESS)


@dataclass(frozen=True)
class PracticeDetails:
    """The practice as printed on every page of a plan."""

    name: str = ""
    phone: str = ""
    address: str = ""


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILENAME


def _read_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(
            _("The settings file {path} cannot be read: {reason}").format(
                path=path, reason=getattr(exc, "strerror", None) or exc.__class__.__name__
            )
        ) from None
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            _(
                "The settings file {path} is not valid JSON (line {line}); "
                "correct it or delete it to start again."
            ).format(path=path, line=exc.lineno)
        ) from None
    if not isinstance(data, dict):
        raise SettingsError(
            _("The settings file {path} must hold a JSON object.").format(path=path)
        )
    return data


def load(
    setting: Setting[T], *, path: Path | None = None, environ: Mapping[str, str] | None = None
) -> T:
    """The setting's value: the environment, else the settings file, else its default."""
    return _load(setting, path or settings_path(), os.environ if environ is None else environ)


def _load(
    setting: Setting[T],
    path: Path,
    environ: Mapping[str, str],
    data: dict[str, Any] | None = None,
) -> T:
    from_env = environ.get(setting.env)
    if from_env is not None and from_env.strip():
        return setting.parse(from_env, setting.env)
    stored = (_read_file(path) if data is None else data).get(setting.key)
    if stored is None:
        return setting.default
    return setting.parse(stored, str(path))


def practice_details(
    *, path: Path | None = None, environ: Mapping[str, str] | None = None
) -> PracticeDetails:
    """The practice's name, phone and address."""
    where = path or settings_path()
    env = os.environ if environ is None else environ
    data = _read_file(where)
    return PracticeDetails(
        name=_load(PRACTICE_NAME, where, env, data),
        phone=_load(PRACTICE_PHONE, where, env, data),
        address=_load(PRACTICE_ADDRESS, where, env, data),
    )


def save(values: Mapping[Setting[Any], object], *, path: Path | None = None) -> None:
    """Store ``values`` in the settings file, keeping every other setting in it."""
    where = path or settings_path()
    data = _read_file(where)
    for setting, value in values.items():
        data[setting.key] = setting.parse(value, setting.key)
    where.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(where, text.encode("utf-8"))
