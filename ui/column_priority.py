"""Columns that identify a person keep their room: others make way when space is short.

On a narrow window (a 1366×768 screen at 200% text is 683 points wide) a table of
people would otherwise squeeze the name to "A…". :class:`NameFirst` hides the
least important columns, one by one, until the name column has room for at least
``characters`` characters, and shows them again when the room comes back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

NAME_CHARACTERS = 20


class NameFirst(QObject):
    def __init__(
        self,
        view: QTableView,
        name_column: int,
        give_way: Sequence[int],
        characters: int = NAME_CHARACTERS,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._name = name_column
        self._give_way = list(give_way)  # least important first
        self._characters = characters
        header = view.horizontalHeader()
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
        self._widths: dict[int, int] = {}
        self.remember_widths()
        view.viewport().installEventFilter(self)

    def remember_widths(self) -> None:
        """Take the other columns' widths as set now (after the text size changed).

        A hidden column reports a width of 0, so the widths are kept here.
        """
        header = self._view.horizontalHeader()
        for column in self._give_way:
            hidden = header.isSectionHidden(column)
            if hidden:
                header.showSection(column)
            self._widths[column] = header.sectionSize(column)
            if hidden:
                header.hideSection(column)
        view = self._view
        view.setMinimumWidth(self.needed_width() + view.verticalScrollBar().sizeHint().width() + 4)
        self.arrange()

    def needed_width(self) -> int:
        """Room the name column must have, in pixels of the view's font."""
        return self._characters * self._view.fontMetrics().averageCharWidth() + 8

    def arrange(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        room = view.viewport().width()
        others = self._widths
        visible = list(self._give_way)
        fixed = sum(
            0 if header.isSectionHidden(c) else header.sectionSize(c)
            for c in range(header.count())
            if c != self._name and c not in self._give_way and not header.isSectionHidden(c)
        )
        # Show as many columns as leave the name its room, most important kept longest.
        while visible and room - fixed - sum(others[c] for c in visible) < self.needed_width():
            visible.pop(0)
        for column in self._give_way:
            hidden = column not in visible
            if view.isColumnHidden(column) != hidden:
                view.setColumnHidden(column, hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.arrange()
        return False
