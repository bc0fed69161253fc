"""Reading the app's tables in tests as a person reads them: by their columns' titles."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt


def column(model: QAbstractItemModel, title: str) -> int:
    """The column of a table headed ``title``."""
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)
