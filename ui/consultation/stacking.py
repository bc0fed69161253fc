"""A stage's columns side by side where there is room, one under the other where not.

Stages sit in a scroll area. Beside the patient view, or at large text, the form is
narrower than two columns need; rather than cut the right-hand column off (to be
reached by scrolling sideways), the columns go one under the other and the stage
scrolls down, as everything else in it does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

Direction = QBoxLayout.Direction


def columns(stage: QWidget) -> QBoxLayout:
    """A row of columns for ``stage`` that stacks when its scroll area is too narrow."""
    layout = QBoxLayout(Direction.LeftToRight, stage)
    StackWhenNarrow(stage, layout)
    return layout


class StackWhenNarrow(QObject):
    def __init__(self, stage: QWidget, layout: QBoxLayout) -> None:
        super().__init__(stage)
        self._stage = stage
        self._layout = layout
        self._watched: QWidget | None = None
        stage.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._stage and kind == QEvent.Type.Show:
            viewport = self._stage.parentWidget()  # the room there is: the scroll area's
            if viewport is not None and viewport is not self._watched:
                self._watched = viewport
                viewport.installEventFilter(self)
                self.fit(viewport.width())
        elif watched is self._watched and kind == QEvent.Type.Resize:
            self.fit(self._watched.width())
        return False

    def fit(self, width: int) -> None:
        layout = self._layout
        margins = layout.contentsMargins()
        needed = margins.left() + margins.right() + layout.spacing() * (layout.count() - 1)
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None:
                needed += item.minimumSize().width()
        direction = Direction.LeftToRight if width >= needed else Direction.TopToBottom
        if direction != layout.direction():
            layout.setDirection(direction)
