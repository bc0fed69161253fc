"""The results board: a second window for the room's screen or projector.

Large print; only attendees in the room who agreed and consented, by first name
or alias, with their latest results and whether each is in range (in words as
well as colour). It reads nothing but the core's board data, which holds no
NHS numbers, dates of birth or full names. As a top-level window it is hidden
with every other window the moment the screen locks.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from careplan.changes import Change, Subject
from careplan.group_records import BoardEntry
from ui import formatting
from ui.context import UiContext
from ui.i18n import translator
from ui.widgets import column, fix_minimum_size, read_only_table
from ui.window_fit import size_from_screen

from .models import BoardModel

BOARD_POINT_SIZE = 22
MIN_POINT_SIZE, MAX_POINT_SIZE = 18, 40


_tr = translator("ResultsBoard")


class ResultsBoardWindow(QWidget):
    refreshed = Signal(object)  # tuple[BoardEntry, ...]

    def __init__(
        self,
        ctx: UiContext,
        session_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = ctx
        self._session_id = session_id
        self.setObjectName("results-board")
        self.setWindowTitle(_tr("Results board — {title}").format(title=title))
        self.setStyleSheet("QWidget#results-board { background: white; }")
        font = QFont(self.font())
        font.setPointSize(BOARD_POINT_SIZE)
        self.setFont(font)

        self.heading = QLabel(_tr("Our latest results"), self)
        big = QFont(font)
        big.setPointSize(int(BOARD_POINT_SIZE * 1.3))
        big.setBold(True)
        self.heading.setFont(big)
        self.heading.setStyleSheet("color: #1B3A5C;")
        self.note = QLabel(_tr("Only people who said yes are shown, by the name they chose."), self)
        small = QFont(font)
        small.setPointSize(int(BOARD_POINT_SIZE * 0.6))
        self.note.setFont(small)
        self.note.setStyleSheet("color: #333333;")
        self.model = BoardModel(self)
        self.table: QTableView = read_only_table(self.model, _tr("Results board"), self)
        self.table.setFont(font)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(_tr("Nobody has chosen to show their results yet."), self)
        self.empty.setFont(font)
        self.empty.setWordWrap(True)
        column(self, self.heading, self.note, (self.table, 1), self.empty, margins=(32, 24, 32, 24))
        ctx.changes.changed.connect(self._on_change)
        self._point_size = 0
        self._scale(BOARD_POINT_SIZE)
        fix_minimum_size(self)
        size_from_screen(self, QSize(1280, 720))
        self.refresh()

    def _scale(self, points: int) -> None:
        """Type sized to the screen it is on: readable from the back of the room."""
        if points == self._point_size:
            return
        self._point_size = points
        font = QFont(self.font())
        font.setPointSize(points)
        self.table.setFont(font)
        self.empty.setFont(font)
        big = QFont(font)
        big.setPointSize(int(points * 1.3))
        big.setBold(True)
        self.heading.setFont(big)
        small = QFont(font)
        small.setPointSize(max(12, int(points * 0.6)))
        self.note.setFont(small)
        self.table.setStyleSheet(
            "QTableView { border: none; color: black; background: white; }"
            "QTableView::item { border-bottom: 2px solid #8A9BB0; padding: 4px 12px; }"
            f"QHeaderView::section {{ background: #1B3A5C; color: white; padding: 8px 12px;"
            f" border: none; font-weight: bold; font-size: {points}pt; }}"
        )
        # Two lines a cell: the value, and whether it is in range.
        height = int(QFontMetrics(font).height() * 2.6)
        self.table.verticalHeader().setDefaultSectionSize(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        fits = min(size.height() // 36, size.width() // 60)
        self._scale(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, fits)))

    @property
    def session_id(self) -> int:
        return self._session_id

    def refresh(self) -> None:
        self._ctx.jobs.submit(
            partial(self._ctx.services.group_board.board, self._session_id),
            self._show,
            self._failed,
            key=f"group/{self._session_id}/board",
            owner=self,
        )

    def _show(self, entries: tuple[BoardEntry, ...]) -> None:
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.refreshed.emit(entries)

    def _failed(self, error: Exception) -> None:
        # Whatever went wrong, the board shows nothing rather than stale data.
        self.model.set_entries(())
        self.empty.setText(formatting.error_message(error))
        self.empty.show()
        self.table.hide()

    def _on_change(self, change: Change) -> None:
        if change.subject in (Subject.GROUP_ATTENDEE, Subject.DATABASE) or (
            change.subject is Subject.GROUP_SESSION and change.record_id == self._session_id
        ):
            self.refresh()
