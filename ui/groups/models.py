"""Item models of group sessions: the sessions, the attendees, the group agenda, the board.

The attendee model's tick boxes do not write to the database themselves: a
tick asks (``tick_requested``) and the window runs the core operation, then
refills the model from what the core returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.group_records import (
    BoardEntry,
    BoardResult,
    GroupAttendeeRecord,
    GroupSessionSummary,
    GroupTopicRecord,
)
from ui import formatting

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
LONG_VALUE = 13
BOARD_COLUMNS = 4  # kinds of result on the board: what fits, large, on a 1366 screen

IN_RANGE = QColor(0x1E, 0x6B, 0x2E)  # dark green on white: 6.6:1
OUT_OF_RANGE = QColor(0xA4, 0x00, 0x00)  # dark red on white: 7.9:1
NO_TARGET = QColor(0x40, 0x40, 0x40)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupModels", text)


def _status_words() -> dict[str | None, str]:
    return {
        None: _tr("not marked"),
        "arrived": _tr("arrived"),
        "did_not_attend": _tr("did not attend"),
        "left_early": _tr("left early"),
        "invited": _tr("invited"),
        "confirmed": _tr("coming"),
        "declined": _tr("not coming"),
        "planned": _tr("planned"),
        "held": _tr("held"),
        "cancelled": _tr("cancelled"),
        "open": _tr("open"),
        "discussed": _tr("discussed"),
        "deferred": _tr("deferred to next time"),
        "draft": _tr("being written"),
        "agreed": _tr("agreed"),
    }


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class SessionColumn(IntEnum):
    DATE = 0
    TIME = 1
    TITLE = 2
    PLACE = 3
    INVITED = 4
    ATTENDING = 5
    STATUS = 6


class SessionListModel(_Table):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            _tr("Date"),
            _tr("Time"),
            _tr("Session"),
            _tr("Place"),
            _tr("Invited"),
            _tr("Attending"),
            _tr("Status"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s: GroupSessionSummary = self._rows[index.row()]
        if role == RECORD_ROLE:
            return s
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = SessionColumn(index.column())
        if column is SessionColumn.DATE:
            return formatting.date(s.session_date)
        if column is SessionColumn.TIME:
            return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        if column is SessionColumn.TITLE:
            return s.title
        if column is SessionColumn.PLACE:
            return s.place or ""
        if column is SessionColumn.INVITED:
            return _tr("{invited} of {places}").format(invited=s.invited, places=s.capacity)
        if column is SessionColumn.ATTENDING:
            return str(s.attending)
        return _status_words().get(s.status, s.status)


class AttendeeColumn(IntEnum):
    NAME = 0
    ARRIVED = 1
    AGREED = 2
    CARER_AGREED = 3
    BOARD = 4
    ONE_TO_ONE = 5
    PLAN = 6
    REPLY = 7


TICKS = (
    AttendeeColumn.ARRIVED,
    AttendeeColumn.AGREED,
    AttendeeColumn.CARER_AGREED,
    AttendeeColumn.BOARD,
    AttendeeColumn.ONE_TO_ONE,
)


class AttendeeModel(_Table):
    """Who is in the session; the tick columns are what is ticked off on the day."""

    # (attendee record, column, ticked): the window runs the matching core operation.
    tick_requested = Signal(object, int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            _tr("Name"),
            _tr("Here"),
            _tr("Agreed"),
            _tr("Carer agreed"),
            _tr("Board"),
            _tr("1-to-1"),
            _tr("Own plan"),
            _tr("Reply"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def row_of(self, attendee_id: int) -> int | None:
        for row, a in enumerate(self._rows):
            if a.id == attendee_id:
                return row
        return None

    @staticmethod
    def ticked(a: GroupAttendeeRecord, column: AttendeeColumn) -> bool | None:
        """The tick's state; ``None`` where there is nothing to tick."""
        if column is AttendeeColumn.ARRIVED:
            return a.attendance == "arrived"
        if column is AttendeeColumn.AGREED:
            return a.agreement_at is not None
        if column is AttendeeColumn.CARER_AGREED:
            return None if a.carer_name is None else a.carer_agreement_at is not None
        if column is AttendeeColumn.BOARD:
            return a.board_consent
        if column is AttendeeColumn.ONE_TO_ONE:
            return a.wants_one_to_one
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in TICKS:
            a: GroupAttendeeRecord = self._rows[index.row()]
            if self.ticked(a, AttendeeColumn(index.column())) is not None:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a: GroupAttendeeRecord = self._rows[index.row()]
        column = AttendeeColumn(index.column())
        if role == RECORD_ROLE:
            return a
        if column in TICKS:
            state = self.ticked(a, column)
            if role == Qt.ItemDataRole.CheckStateRole and state is not None:
                return Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
            absent = column is AttendeeColumn.ARRIVED and a.attendance not in (None, "arrived")
            if role == Qt.ItemDataRole.DisplayRole:
                # The tick says yes or no; words only where there is no tick to read.
                if absent:
                    return _status_words()[a.attendance]
                return "–" if state is None else None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if absent:
                    return _status_words()[a.attendance]
                if state is None:
                    return _tr("no carer")
                answer = _tr("yes") if state else _tr("no")
                return f"{self.headers[column]}: {answer}"
            if role == Qt.ItemDataRole.ToolTipRole and state is None:
                return _tr("no carer")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column is AttendeeColumn.NAME:
                name = a.full_name
                if a.alias:
                    name += _tr(" (in the group: {alias})").format(alias=a.alias)
                if a.carer_name:
                    name += _tr(", with {carer}").format(carer=a.carer_name)
                return name
            if column is AttendeeColumn.PLAN:
                if a.plan_status is None:
                    return _tr("not started")
                return _status_words().get(a.plan_status, a.plan_status)
            return _status_words().get(a.invitation, a.invitation)
        if role == Qt.ItemDataRole.FontRole and column is AttendeeColumn.NAME:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole and column is AttendeeColumn.NAME:
            return a.full_name
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() not in TICKS:
            return False
        ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.tick_requested.emit(self._rows[index.row()], index.column(), ticked)
        return False  # shown as ticked once the core has stored it


class TopicColumn(IntEnum):
    RANK = 0
    TOPIC = 1
    RAISED_BY = 2
    STATUS = 3


class TopicModel(_Table):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("#"), _tr("Topic"), _tr("Raised by"), _tr("Status"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t: GroupTopicRecord = self._rows[index.row()]
        if role == RECORD_ROLE:
            return t
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = TopicColumn(index.column())
        if column is TopicColumn.RANK:
            return str(index.row() + 1)
        if column is TopicColumn.TOPIC:
            return t.text + (_tr(" (from last time)") if t.carried_from_id else "")
        if column is TopicColumn.RAISED_BY:
            return t.raised_by or _tr("anonymous")
        return _status_words().get(t.status, t.status)


class BoardModel(QAbstractTableModel):
    """One row per person shown; one column per kind of result, each cell its latest value.

    A cell reads "71 mmol/mol" over "out of range": in words as well as colour.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[BoardEntry, ...] = ()
        self._tests: list[str] = []

    def set_entries(self, entries: Sequence[BoardEntry]) -> None:
        self.beginResetModel()
        self._entries = tuple(entries)
        # The few kinds of result most of the room has, in the core's order.
        counts: dict[str, int] = {}
        for entry in entries:
            for result in entry.results:
                counts[result.name] = counts.get(result.name, 0) + 1
        order = list(counts)
        chosen = sorted(order, key=lambda name: (-counts[name], order.index(name)))
        self._tests = [name for name in order if name in chosen[:BOARD_COLUMNS]]
        self.endResetModel()

    @property
    def tests(self) -> tuple[str, ...]:
        return tuple(self._tests)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._tests)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr("Name") if section == 0 else self._tests[section - 1]
        return None

    @staticmethod
    def range_words(result: BoardResult) -> str:
        if result.in_range is None:
            return _tr("no target")
        return _tr("in range") if result.in_range else _tr("out of range")

    @staticmethod
    def target_words(result: BoardResult) -> str:
        return _tr("target {target}").format(target=result.target) if result.target else ""

    def result(self, index: ModelIndex) -> BoardResult | None:
        if not index.isValid() or index.column() == 0:
            return None
        name = self._tests[index.column() - 1]
        return next((r for r in self._entries[index.row()].results if r.name == name), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
            return entry.label if role == Qt.ItemDataRole.DisplayRole else None
        result = self.result(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if result is None:
                return "–"
            value = result.value
            if len(value) > LONG_VALUE:
                # A long unit (eGFR's mL/min/1.73m2) would push the words out of sight;
                # the number is what the room reads (the unit is in the tooltip).
                value = value.split(" ", 1)[0]
            return f"{value}\n{self.range_words(result)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole) and result:
            target = self.target_words(result)
            return f"{result.name}: {result.value}, {self.range_words(result)}" + (
                f" ({target})" if target else ""
            )
        if role == Qt.ItemDataRole.ForegroundRole and result is not None:
            if result.in_range is None:
                return QBrush(NO_TARGET)
            return QBrush(IN_RANGE if result.in_range else OUT_OF_RANGE)
        return None
