"""The group item models, without widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from careplan.group_records import (
    BoardEntry,
    BoardResult,
    GroupAttendeeRecord,
    GroupSessionSummary,
    GroupTopicRecord,
)
from ui.groups.models import (
    IN_RANGE,
    OUT_OF_RANGE,
    AttendeeColumn,
    AttendeeModel,
    BoardModel,
    SessionListModel,
    TopicModel,
)

AT = dt.datetime(2026, 3, 2, 14, 5, tzinfo=dt.UTC)


def _attendee(n: int, **changes: object) -> GroupAttendeeRecord:
    values: dict[str, object] = {
        "id": n,
        "session_id": 1,
        "patient_id": 100 + n,
        "full_name": f"Person {n} Surname",
        "first_name": f"Person{n}",
        "nhs_number": None,
        "date_of_birth": dt.date(1960, 1, n),
        "phone": None,
        "carer_name": None,
        "invitation": "invited",
        "attendance": None,
        "agreement_at": None,
        "agreement_by_id": None,
        "carer_agreement_at": None,
        "board_consent": False,
        "alias": None,
        "wants_one_to_one": False,
        "consultation_id": None,
        "plan_status": None,
        "position": n,
    }
    values.update(changes)
    return GroupAttendeeRecord(**values)  # type: ignore[arg-type]


def test_attendee_ticks_ask_the_window_and_show_what_is_stored(app: QApplication) -> None:
    model = AttendeeModel()
    model.set_rows(
        [_attendee(1), _attendee(2, carer_name="Jo", attendance="arrived", agreement_at=AT)]
    )
    asked: list[tuple[int, int, bool]] = []
    model.tick_requested.connect(lambda a, column, on: asked.append((a.id, column, on)))
    arrived = model.index(0, AttendeeColumn.ARRIVED)
    assert model.flags(arrived) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(arrived, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert (
        model.setData(arrived, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole) is False
    )
    assert asked == [(1, AttendeeColumn.ARRIVED, True)]
    # Still unticked until the core says so.
    assert model.data(arrived, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # No carer: nothing to tick in the carer column.
    carer = model.index(0, AttendeeColumn.CARER_AGREED)
    assert not model.flags(carer) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(carer) == "–"
    assert model.data(carer, Qt.ItemDataRole.AccessibleTextRole) == "no carer"
    second = model.index(1, AttendeeColumn.CARER_AGREED)
    assert model.data(second, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(1, AttendeeColumn.NAME)) == "Person 2 Surname, with Jo"
    assert model.data(model.index(1, AttendeeColumn.PLAN)) == "not started"


def test_topics_and_sessions_read_plainly(app: QApplication) -> None:
    topics = TopicModel()
    topics.set_rows(
        [
            GroupTopicRecord(1, 1, "Feet", None, True, 1, "open", None),
            GroupTopicRecord(2, 1, "Food", "Aisha", False, 2, "deferred", 7),
        ]
    )
    assert [topics.data(topics.index(0, c)) for c in range(4)] == ["1", "Feet", "anonymous", "open"]
    assert topics.data(topics.index(1, 1)) == "Food (from last time)"
    assert topics.data(topics.index(1, 3)) == "deferred to next time"
    sessions = SessionListModel()
    summary = GroupSessionSummary(
        1,
        1,
        "Diabetes group",
        None,
        dt.date(2026, 3, 2),
        dt.time(14),
        dt.time(16),
        "Room 1",
        None,
        None,
        None,
        None,
        12,
        "planned",
        8,
        0,
        1,
    )
    sessions.set_rows([summary])
    assert sessions.data(sessions.index(0, 1)) == "14:00–16:00"
    assert sessions.data(sessions.index(0, 4)) == "8 of 12"


def test_the_board_says_in_range_in_words_and_colour(app: QApplication) -> None:
    board = BoardModel()
    board.set_entries(
        [
            BoardEntry(
                "Aisha",
                (
                    BoardResult("HbA1c", "52 mmol/mol", None, True, "up to 58"),
                    BoardResult("Blood pressure", "150/90", None, False, "below 140/80"),
                ),
            ),
            BoardEntry("CB", (BoardResult("Weight", "80 kg", None, None, None),)),
            BoardEntry("Deepak", ()),
        ]
    )
    rows = [
        [board.data(board.index(r, c)) for c in range(board.columnCount())]
        for r in range(board.rowCount())
    ]
    assert [board.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "HbA1c",
        "Blood pressure",
        "Weight",
    ]
    assert rows == [
        ["Aisha", "52 mmol/mol\nin range", "150/90\nout of range", "–"],
        ["CB", "–", "–", "80 kg\nno target"],
        ["Deepak", "–", "–", "–"],
    ]
    tip = board.data(board.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "HbA1c: 52 mmol/mol, in range (target up to 58)"
    colour = board.data(board.index(0, 1), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color() == IN_RANGE
    colour = board.data(board.index(0, 2), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color() == OUT_OF_RANGE
