"""What the desktop client remembers between runs, through ``QSettings``.

Each setting is declared once, with its type and default. Window state
(geometry, splitter positions) lives in a group of its own, apart from the
person's own choices, so that resetting one never touches the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "careplan"
APPLICATION = "careplan"

# Window state only; the person's own choices, when there are some, get a group of their own.
WINDOW_STATE_GROUP = "window-state"


@dataclass(frozen=True)
class Setting(Generic[T]):
    group: str
    name: str
    type: type[T]
    default: T

    @property
    def key(self) -> str:
        return f"{self.group}/{self.name}"

    def read(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default, type=self.type)
        return value if isinstance(value, self.type) else self.default

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


MAIN_WINDOW_GEOMETRY = Setting(WINDOW_STATE_GROUP, "main-window-geometry", QByteArray, QByteArray())
MAIN_SPLITTER_STATE = Setting(WINDOW_STATE_GROUP, "main-splitter", QByteArray, QByteArray())
PATIENT_PAGE_SPLITTER_STATE = Setting(
    WINDOW_STATE_GROUP, "patient-page-splitter", QByteArray, QByteArray()
)

# The person's own choices.
CHOICES_GROUP = "choices"
# Minutes without keyboard or mouse input before the screen locks (1 to 60).
IDLE_LOCK_MINUTES = Setting(CHOICES_GROUP, "idle-lock-minutes", int, 5)
