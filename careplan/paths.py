"""Where the app keeps its files, per user (``XDG_DATA_HOME`` is honoured on Linux)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "careplan"
DATABASE_FILENAME = "careplan.sqlite3"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def backup_dir() -> Path:
    return data_dir() / "backups"
