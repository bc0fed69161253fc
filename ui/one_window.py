"""One window or dialog of a kind at a time: brought forward while it is open, forgotten
when it is destroyed (a closed window with ``WA_DeleteOnClose`` is opened anew)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def bring_forward(widget: QWidget | None) -> bool:
    """Raise ``widget`` if it is open; whether it was."""
    if widget is None or not widget.isVisible():
        return False
    widget.raise_()
    widget.activateWindow()
    return True


def remember(owner: QObject, attribute: str, widget: W) -> W:
    """``owner.<attribute>`` is ``widget`` until the widget is destroyed, then ``None``."""
    setattr(owner, attribute, widget)

    def forget() -> None:
        if getattr(owner, attribute, None) is widget:
            setattr(owner, attribute, None)

    widget.destroyed.connect(forget)
    return widget
