"""A table column whose editor (a drop-down) shows in every row, not only on double-click.

For short choices that are part of reading the row, such as the green / amber / red level
of an "if things get worse" step: the person sees and changes it like any drop-down, with
the mouse or the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView


def always_show_editor(view: QAbstractItemView, column: int) -> None:
    model = view.model()

    def open_all(*_args: object) -> None:
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if not view.isPersistentEditorOpen(index):
                view.openPersistentEditor(index)

    def open_new(parent: QModelIndex | QPersistentModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            view.openPersistentEditor(model.index(row, column, parent))

    model.rowsInserted.connect(open_new)
    model.modelReset.connect(open_all)
    model.layoutChanged.connect(open_all)
    open_all()
