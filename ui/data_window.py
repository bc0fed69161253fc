"""A window of its own over what the core holds: a list or a report the main window opens.

Each reads its data again after the core reports a change of what it shows (soon while
it is shown, else when it is next shown), when the person presses F5, and once filters
stop changing (``self._timer.start()``); Ctrl+W closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QWidget

from careplan.changes import Subject
from ui.context import UiContext
from ui.flow_layout import FlowLayout, flow_of, labelled
from ui.refresh import RefreshWhenShown
from ui.widgets import column

Counts = TypeVar("Counts", bound=tuple[int, ...])


class DataWindow(QWidget):
    """Reads in :meth:`refresh`, which calls ``self._refresher.done()`` first."""

    summary: QLabel  # above the table: what the list holds, or why it could not be read

    def __init__(
        self,
        ctx: UiContext,
        subjects: Collection[Subject],
        delay_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self._refresher = RefreshWhenShown(self, self.refresh, ctx.changes, subjects, delay_ms)
        self._timer = self._refresher.timer
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    def refresh(self) -> None:
        raise NotImplementedError

    def _lay_out(
        self, title: QWidget, filters: QLayout, table: QWidget, *below: QWidget | QLayout
    ) -> None:
        """A list's window from the top: its title, its filters, the summary, the table (it
        takes the room there is), then what goes ``below`` it (messages, buttons)."""
        column(self, title, filters, self.summary, (table, 1), *below, margins=(12, 10, 12, 10))

    def _filters(self, *filters: tuple[str, QWidget], spacing: int = 16) -> FlowLayout:
        """Each filter beside its label (``text``, whose ``&`` letter goes to the filter);
        they wrap onto more rows when the window is narrow."""
        fields = [labelled(QLabel(text, self), field, self) for text, field in filters]
        return flow_of(fields, spacing=spacing)

    def _recorded(self, what: str, count: Callable[[], Counts]) -> Callable[[], Counts]:
        """``count`` (the list's counts, read after its first rows, the first being how
        many people it holds) for a job that also records the read of the list in the
        audit trail, as every read of many records is (DESIGN.md §6)."""
        record = self._ctx.services.audit.record_bulk_read

        def counted() -> Counts:
            found = count()
            record(what, found[0])
            return found

        return counted
