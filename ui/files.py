"""Files the person chooses: the system's file dialogs, and where save and export dialogs
start (the person's documents folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder (their home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def in_documents(name: str) -> str:
    """``name`` in the documents folder, as the path a file dialog starts from."""
    return str(documents_folder() / name)


def save_path(parent: QWidget | None, title: str, suggested: str, files: str) -> Path | None:
    """Where to save, asked in the system's dialog; ``None`` if the person cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, files)
    return Path(chosen) if chosen else None


def open_path(parent: QWidget | None, title: str, folder: str, files: str) -> Path | None:
    """A file to read, asked in the system's dialog; ``None`` if the person cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, folder, files)
    return Path(chosen) if chosen else None
