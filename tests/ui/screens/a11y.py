"""Walking a window's accessibility tree (what a screen reader is told)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
# Inputs, buttons and lists: each must have a name a screen reader can say.
NAMED_ROLES = {
    Role.EditableText,
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTabList,
}


def _walk(interface: QAccessibleInterface, depth: int = 0) -> list[QAccessibleInterface]:
    found = [interface]
    if depth > 60 or interface.role() in (Role.Table, Role.List, Role.Tree):
        return found  # rows and cells are the model's, named by their data
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            found.extend(_walk(child, depth + 1))
    return found


def unnamed_controls(window: QWidget) -> list[str]:
    """Visible inputs, buttons and lists in ``window`` whose accessible name is empty."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    missing = []
    for interface in _walk(root):
        if interface.role() not in NAMED_ROLES or interface.state().invisible:
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            obj = interface.object()
            where = type(obj).__name__ if obj is not None else "?"
            parent = obj.parent() if obj is not None else None
            missing.append(
                f"{interface.role().name} {where} {obj.objectName() if obj else ''!r} "
                f"in {type(parent).__name__ if parent is not None else '-'}"
            )
    return missing
