"""Where save and export dialogs start: the person's documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's documents folder (their home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def in_documents(name: str) -> str:
    """``name`` in the documents folder, as the path a file dialog starts from."""
    return str(documents_folder() / name)
