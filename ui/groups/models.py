"""Item models of group sessions: the sessions, the attendees, the group agenda, the board.

The attendee model's tick boxes do not write to the database themselves: a
tick asks (``tick_requested``) and the window runs the core operation, then
refills the model from what the core returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from careplan.group_records import (
    BoardEntry,
    BoardResult,
    GroupAttendeeRecord,
    GroupSessionSummary,
    GroupTopicRecord,
)
from ui import formatting
from ui.i18n import translator
from ui.models.table import RECORD_ROLE, Column, TableModel

__all__ = ["RECORD_ROLE", "AttendeeModel", "BoardModel", "SessionListModel", "TopicModel"]

ModelIndex = QModelIndex | QPersistentModelIndex
LONG_VALUE = 13
BOARD_COLUMNS = 4  # kinds of result on the board: what fits, large, on a 1366 screen

IN_RANGE = QColor(0x1E, 0x6B, 0x2E)  # dark green on white: 6.6:1
OUT_OF_RANGE = QColor(0xA4, 0x00, 0x00)  # dark red on white: 7.9:1
NO_TARGET = QColor(0x40, 0x40, 0x40)


_tr = translator("GroupModels")


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


def status_words(value: str | None) -> str:
    return _status_words().get(value, value or "")


class SessionListModel(TableModel[GroupSessionSummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_tr("Date"), lambda s: formatting.date(s.session_date)),
                Column(_tr("Time"), lambda s: f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"),
                Column(_tr("Session"), lambda s: s.title),
                Column(_tr("Place"), lambda s: s.place or ""),
                Column(
                    _tr("Invited"),
                    lambda s: _tr("{invited} of {places}").format(
                        invited=s.invited, places=s.capacity
                    ),
                ),
                Column(_tr("Attending"), lambda s: str(s.attending)),
                Column(_tr("Status"), lambda s: status_words(s.status)),
            ],
            parent,
        )


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


class AttendeeModel(TableModel[GroupAttendeeRecord]):
    """Who is in the session; the tick columns are what is ticked off on the day."""

    # (attendee record, column, ticked): the window runs the matching core operation.
    tick_requested = Signal(object, int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        titles = {
            AttendeeColumn.ARRIVED: _tr("Here"),
            AttendeeColumn.AGREED: _tr("Agreed"),
            AttendeeColumn.CARER_AGREED: _tr("Carer agreed"),
            AttendeeColumn.BOARD: _tr("Board"),
            AttendeeColumn.ONE_TO_ONE: _tr("1-to-1"),
        }
        super().__init__(
            [
                Column(_tr("Name"), self._name, spoken=lambda a: a.full_name),
                *(self._tick_column(title, column) for column, title in titles.items()),
                Column(
                    _tr("Own plan"),
                    lambda a: (
                        _tr("not started") if a.plan_status is None else status_words(a.plan_status)
                    ),
                ),
                Column(_tr("Reply"), lambda a: status_words(a.invitation)),
            ],
            parent,
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def _tick_column(self, title: str, column: AttendeeColumn) -> Column[GroupAttendeeRecord]:
        def absent(a: GroupAttendeeRecord) -> bool:
            return column is AttendeeColumn.ARRIVED and a.attendance not in (None, "arrived")

        def text(a: GroupAttendeeRecord) -> str:
            # The tick says yes or no; words only where there is no tick to read.
            if absent(a):
                return status_words(a.attendance)
            return "–" if self.ticked(a, column) is None else ""

        def spoken(a: GroupAttendeeRecord) -> str:
            if absent(a):
                return status_words(a.attendance)
            state = self.ticked(a, column)
            if state is None:
                return _tr("no carer")
            answer = _tr("yes") if state else _tr("no")
            return f"{title}: {answer}"

        return Column(
            title,
            text,
            spoken=spoken,
            tip=lambda a: _tr("no carer") if self.ticked(a, column) is None else None,
            check=lambda a: self.ticked(a, column),
        )

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

    @staticmethod
    def _name(a: GroupAttendeeRecord) -> str:
        name = a.full_name
        if a.alias:
            name += _tr(" (in the group: {alias})").format(alias=a.alias)
        if a.carer_name:
            name += _tr(", with {carer}").format(carer=a.carer_name)
        return name

    def tick(self, record: GroupAttendeeRecord, column: int, ticked: bool) -> bool:
        self.tick_requested.emit(record, column, ticked)
        return False  # shown as ticked once the core has stored it

    def _extra(self, record: GroupAttendeeRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and column == AttendeeColumn.NAME:
            return self._bold
        return None


class TopicModel(TableModel[GroupTopicRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(_tr("#"), lambda t: str(self._rank(t))),
                Column(
                    _tr("Topic"),
                    lambda t: t.text + (_tr(" (from last time)") if t.carried_from_id else ""),
                ),
                Column(_tr("Raised by"), lambda t: t.raised_by or _tr("anonymous")),
                Column(_tr("Status"), lambda t: status_words(t.status)),
            ],
            parent,
        )

    def _rank(self, topic: GroupTopicRecord) -> int:
        return next(row for row, t in enumerate(self._records) if t is topic) + 1


class BoardModel(TableModel[BoardEntry]):
    """One row per person shown; one column per kind of result, each cell its latest value.

    A cell reads "71 mmol/mol" over "out of range": in words as well as colour.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self._name_column()], parent)
        self._tests: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    @staticmethod
    def _name_column() -> Column[BoardEntry]:
        return Column(_tr("Name"), lambda e: e.label, tip=lambda e: None)

    def set_entries(self, entries: Sequence[BoardEntry]) -> None:
        # The few kinds of result most of the room has, in the core's order.
        counts: dict[str, int] = {}
        for entry in entries:
            for result in entry.results:
                counts[result.name] = counts.get(result.name, 0) + 1
        order = list(counts)
        chosen = sorted(order, key=lambda name: (-counts[name], order.index(name)))
        self._tests = [name for name in order if name in chosen[:BOARD_COLUMNS]]
        columns = [self._name_column(), *(self._test_column(name) for name in self._tests)]
        self.set_rows(entries, columns=columns)

    def _test_column(self, name: str) -> Column[BoardEntry]:
        def result(entry: BoardEntry) -> BoardResult | None:
            return next((r for r in entry.results if r.name == name), None)

        def text(entry: BoardEntry) -> str:
            found = result(entry)
            if found is None:
                return "–"
            value = found.value
            if len(value) > LONG_VALUE:
                # A long unit (eGFR's mL/min/1.73m2) would push the words out of sight;
                # the number is what the room reads (the unit is in the tooltip).
                value = value.split(" ", 1)[0]
            return f"{value}\n{self.range_words(found)}"

        def words(entry: BoardEntry) -> str | None:
            found = result(entry)
            if found is None:
                return None
            target = self.target_words(found)
            return f"{found.name}: {found.value}, {self.range_words(found)}" + (
                f" ({target})" if target else ""
            )

        return Column(name, text, tip=words, spoken=words)

    @property
    def tests(self) -> tuple[str, ...]:
        return tuple(self._tests)

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
        return next((r for r in self._records[index.row()].results if r.name == name), None)

    def _extra(self, record: BoardEntry, column: int, role: int) -> object:
        if column == 0:
            return self._bold if role == Qt.ItemDataRole.FontRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            name = self._tests[column - 1]
            found = next((r for r in record.results if r.name == name), None)
            if found is None:
                return None
            if found.in_range is None:
                return QBrush(NO_TARGET)
            return QBrush(IN_RANGE if found.in_range else OUT_OF_RANGE)
        return None
