"""The consultation's item models, tested without widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from careplan.records import (
    ActionRecord,
    AgendaItemRecord,
    EscalationStepRecord,
    SupportRecord,
)
from ui.consultation.models import (
    AGENDA_MIME_TYPE,
    RECORD_ROLE,
    ActionsModel,
    AgendaModel,
    EscalationModel,
    supports_model,
)

Mode = QAbstractItemModelTester.FailureReportingMode


def item(
    id: int, text: str, by: str = "patient", status: str = "open", carried: int | None = None
) -> AgendaItemRecord:
    return AgendaItemRecord(id, text, by, id, status, carried)


class Recorder:
    def __init__(self) -> None:
        self.orders: list[tuple[list[int], list[int]]] = []
        self.edits: list[tuple[Any, str, Any]] = []

    def reorder(self, new: list[int], old: list[int]) -> None:
        self.orders.append((new, old))

    def edit(self, record: Any, field: str, value: Any) -> None:
        self.edits.append((record, field, value))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def agenda(app: QApplication, recorder: Recorder) -> AgendaModel:
    model = AgendaModel(recorder.edit, recorder.reorder)
    QAbstractItemModelTester(model, Mode.Fatal, model)
    model.set_records(
        [item(1, "My sleep"), item(2, "Money"), item(3, "Blood pressure", "clinician")]
    )
    return model


def texts(model: AgendaModel) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]  # type: ignore[misc]


def test_consult_agenda_shows_who_raised_each_topic_and_what_happens_to_it(
    agenda: AgendaModel,
) -> None:
    agenda.set_records(
        [
            item(1, "My sleep"),
            item(2, "Money", status="deferred"),
            item(3, "Knee", "carer", "discussed", carried=77),
        ]
    )
    assert texts(agenda) == ["My sleep", "Money", "Knee (from last time)"]
    assert [agenda.data(agenda.index(r, 1)) for r in range(3)] == [
        "The person",
        "The person",
        "Carer",
    ]
    assert [agenda.data(agenda.index(r, 2)) for r in range(3)] == [
        "For today",
        "Next visit (deferred)",
        "Discussed ✓",
    ]
    font = agenda.data(agenda.index(1, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert agenda.data(agenda.index(2, 0), Qt.ItemDataRole.EditRole) == "Knee"
    record = agenda.data(agenda.index(2, 1), RECORD_ROLE)
    assert isinstance(record, AgendaItemRecord) and record.id == 3


def test_consult_agenda_reorders_by_keyboard_moves(agenda: AgendaModel, recorder: Recorder) -> None:
    persistent = QPersistentModelIndex(agenda.index(2, 0))
    assert agenda.move_up(2)
    assert texts(agenda) == ["My sleep", "Blood pressure", "Money"]
    assert persistent.row() == 1  # the view keeps its place on the moved topic
    assert recorder.orders == [([1, 3, 2], [1, 2, 3])]
    assert agenda.move_down(0)
    assert texts(agenda) == ["Blood pressure", "My sleep", "Money"]
    assert not agenda.move_up(0)
    assert not agenda.move_down(2)
    assert len(recorder.orders) == 2


def test_consult_agenda_reorders_by_drag_and_drop(agenda: AgendaModel, recorder: Recorder) -> None:
    assert agenda.supportedDropActions() == Qt.DropAction.MoveAction
    assert agenda.flags(agenda.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert agenda.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    data = agenda.mimeData([agenda.index(2, 0), agenda.index(2, 1)])
    assert data.hasFormat(AGENDA_MIME_TYPE)
    assert agenda.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert texts(agenda) == ["Blood pressure", "My sleep", "Money"]
    # Dropped onto a topic: before it.
    data = agenda.mimeData([agenda.index(0, 0)])
    assert agenda.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, agenda.index(2, 0))
    assert texts(agenda) == ["My sleep", "Blood pressure", "Money"]
    # Onto empty space: to the end.
    data = agenda.mimeData([agenda.index(0, 0)])
    assert agenda.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert texts(agenda) == ["Blood pressure", "Money", "My sleep"]
    assert [new for new, _old in recorder.orders] == [[3, 1, 2], [1, 3, 2], [3, 2, 1]]
    # Foreign or broken data is refused.
    foreign = QMimeData()
    foreign.setText("3,2,1")
    assert not agenda.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    broken = QMimeData()
    broken.setData(AGENDA_MIME_TYPE, b"x,y")
    assert not agenda.dropMimeData(broken, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not agenda.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert len(recorder.orders) == 3


def test_consult_agreed_agenda_cannot_be_moved_or_edited(
    agenda: AgendaModel, recorder: Recorder
) -> None:
    agenda.editable = False
    assert not agenda.move_up(1)
    assert not agenda.flags(agenda.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not agenda.setData(agenda.index(0, 0), "Changed")
    data = agenda.mimeData([agenda.index(2, 0)])
    assert not agenda.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert recorder.orders == [] and recorder.edits == []


def test_consult_editing_a_topic_goes_to_the_callback_and_shows_at_once(
    agenda: AgendaModel, recorder: Recorder
) -> None:
    index = agenda.index(1, 0)
    assert agenda.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not agenda.flags(agenda.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    assert agenda.setData(index, "Money worries")
    assert recorder.edits[0][1:] == ("text", "Money worries")
    assert agenda.data(index) == "Money worries"
    assert not agenda.setData(index, "Money worries")  # nothing changed: nothing stored


def test_consult_new_plans_merge_rows_and_keep_the_place(agenda: AgendaModel) -> None:
    on_blood = QPersistentModelIndex(agenda.index(2, 0))
    agenda.set_records(
        [item(3, "Blood pressure", "clinician"), item(4, "Knee"), item(1, "My sleep (changed)")]
    )
    assert texts(agenda) == ["Blood pressure", "Knee", "My sleep (changed)"]
    assert on_blood.isValid() and on_blood.row() == 0
    agenda.set_records([])
    assert agenda.rowCount() == 0 and not on_blood.isValid()


def test_consult_actions_show_both_confidence_ratings(app: QApplication) -> None:
    model = ActionsModel()
    QAbstractItemModelTester(model, Mode.Fatal, model)

    def action(id: int, first: int | None, final: int | None) -> ActionRecord:
        return ActionRecord(
            id, 1, "Walk", "10 minutes", "after lunch", "daily", "practice", "Priya", first, final
        )

    model.set_records([action(1, None, None), action(2, 5, None), action(3, 5, 8)])
    assert [model.data(model.index(r, 5)) for r in range(3)] == [
        "not asked yet",
        "5 of 10",
        "8 of 10 (first 5)",
    ]
    assert model.data(model.index(0, 4)) == "The practice (Priya)"
    low = model.data(model.index(1, 5), Qt.ItemDataRole.FontRole)
    assert isinstance(low, QFont) and low.bold()
    assert model.data(model.index(2, 5), Qt.ItemDataRole.FontRole) is None


def test_consult_support_and_steps_edit_their_fields(app: QApplication, recorder: Recorder) -> None:
    supports = supports_model(recorder.edit)
    QAbstractItemModelTester(supports, Mode.Fatal, supports)
    supports.set_records([SupportRecord(1, "community", "Walking group", None, "Tuesdays")])
    assert supports.data(supports.index(0, 0)) == "Community service"
    assert supports.data(supports.index(0, 0), Qt.ItemDataRole.EditRole) == "community"
    assert supports.setData(supports.index(0, 0), "person")
    assert supports.setData(supports.index(0, 2), "01632 960 111")
    assert [(f, v) for _r, f, v in recorder.edits] == [
        ("kind", "person"),
        ("contact", "01632 960 111"),
    ]

    steps = EscalationModel(recorder.edit)
    QAbstractItemModelTester(steps, Mode.Fatal, steps)
    steps.set_records(
        [EscalationStepRecord(1, "red", "Chest pain", "Call 999", "Emergency", "999")]
    )
    assert steps.data(steps.index(0, 0)) == "Red"
    assert steps.data(steps.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert steps.headerData(1, Qt.Orientation.Horizontal) == "What to watch for"
