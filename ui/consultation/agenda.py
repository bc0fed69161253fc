"""Stage 2, Agenda: both add topics; the person orders them; pick what fits today; defer the rest.

A topic is never dropped without a word: deferring is a visible status, and
deferred topics come back at the next visit. Remove is only for a topic
added by mistake.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careplan import plan_parts as parts
from careplan.records import AgendaItemRecord, ConsultationRecord
from careplan.vocabulary import AgendaStatus
from ui.consultation import words
from ui.consultation.editing import PlanEditor
from ui.consultation.models import AgendaModel, RecordTableModel
from ui.consultation.stage import Stage, chosen, select_row, selected_row, table
from ui.consultation.widgets import (
    TextScale,
    choice_box,
    hint_label,
    pressed_key,
    section,
)


class AgendaStage(Stage):
    def __init__(self, editor: PlanEditor, scale: TextScale, parent: QWidget | None = None) -> None:
        super().__init__(editor, scale, parent)
        self.setAccessibleName(self.tr("Agenda"))
        self.model = AgendaModel(self._on_edit, self._on_reorder, self)

        frame, layout = section(self.tr("What shall we talk about today?"), scale, self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Both of you add topics. The person puts them in order: drag a topic, or "
                    "press Alt+Up / Alt+Down. Pick what fits today; defer the rest — deferred "
                    "topics come back at the next visit."
                ),
                frame,
            )
        )

        # Adding comes first: it is what the pair does most.
        self.topic = QLineEdit(frame)
        self.topic.setAccessibleName(self.tr("New topic"))
        self.topic.setPlaceholderText(self.tr("A topic, in the words of whoever raises it"))
        self.topic.returnPressed.connect(self.add_topic)
        self.raised_by = choice_box(self.tr("Raised by"), words.raised_by.choices(), frame)
        self.add_button = self.edit_button(self.tr("&Add topic"), self.tr("Add topic"))
        self.add_button.clicked.connect(self.add_topic)
        new_label = QLabel(self.tr("&New topic"), frame)
        new_label.setBuddy(self.topic)
        by_label = QLabel(self.tr("raised &by"), frame)
        by_label.setBuddy(self.raised_by)
        row = (new_label, self.topic, by_label, self.raised_by, self.add_button)
        self.topic_error = self.entry_line(layout, row, self.tr("New topic"))

        self.view = table(self.model, self.tr("Topics, in the person's order"), frame)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().show()  # the numbers are the person's order
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.RAISED_BY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.up_button = self.edit_button(self.tr("Move &up"), self.tr("Move the topic up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.up_button.clicked.connect(self.move_up)
        self.down_button = self.edit_button(self.tr("Move &down"), self.tr("Move the topic down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.down_button.clicked.connect(self.move_down)
        self.today_button = self.edit_button(self.tr("For &today"), self.tr("Keep for today"))
        self.today_button.clicked.connect(lambda: self.set_status(AgendaStatus.OPEN.value))
        self.discussed_button = self.edit_button(
            self.tr("Di&scussed"), self.tr("Mark as discussed")
        )
        self.discussed_button.clicked.connect(lambda: self.set_status(AgendaStatus.DISCUSSED.value))
        self.defer_button = self.edit_button(
            self.tr("De&fer to next visit"), self.tr("Defer to the next visit")
        )
        self.defer_button.clicked.connect(lambda: self.set_status(AgendaStatus.DEFERRED.value))
        self.remove_button = self.edit_button(
            self.tr("Remove (added by mistake)"), self.tr("Remove the topic")
        )
        self.remove_button.clicked.connect(self.remove_topic)

        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        for button in (
            self.up_button,
            self.down_button,
            self.today_button,
            self.discussed_button,
            self.defer_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(buttons)
        layout.addLayout(middle, 1)

        self.summary = QLabel(frame)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Agenda summary"))
        scale.register(self.summary, 1.05, bold=True)
        layout.addWidget(self.summary)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame, 1)
        self._enable()

    # ----- showing --------------------------------------------------------------------------------

    def show_plan(self, plan: ConsultationRecord) -> None:
        self.model.set_records(plan.agenda)
        today = sum(1 for a in plan.agenda if a.status == AgendaStatus.OPEN.value)
        done = sum(1 for a in plan.agenda if a.status == AgendaStatus.DISCUSSED.value)
        later = sum(1 for a in plan.agenda if a.status == AgendaStatus.DEFERRED.value)
        if not plan.agenda:
            self.summary.setText(self.tr("No topics yet."))
        else:
            self.summary.setText(
                self.tr(
                    "{today} for today · {done} discussed · {later} deferred to next visit"
                ).format(today=today, done=done, later=later)
            )
        self._enable()

    def _models(self) -> list[RecordTableModel[Any]]:
        return [self.model]

    def _after_read_only(self) -> None:
        self._enable()

    def _current(self) -> AgendaItemRecord | None:
        return chosen(self.view, self.model)

    def _enable(self) -> None:
        item = self._current()
        row = selected_row(self.view)
        editable = item is not None and not self.read_only
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(
            editable and row is not None and row < self.model.rowCount() - 1
        )
        status = item.status if item is not None else None
        self.today_button.setEnabled(editable and status != AgendaStatus.OPEN.value)
        self.discussed_button.setEnabled(editable and status != AgendaStatus.DISCUSSED.value)
        self.defer_button.setEnabled(editable and status != AgendaStatus.DEFERRED.value)
        # A topic brought back from last time is deferred again or discussed, never removed.
        self.remove_button.setEnabled(
            editable and item is not None and item.carried_from_id is None
        )
        self.add_button.setEnabled(not self.read_only)

    # ----- editing --------------------------------------------------------------------------------

    def add_topic(self) -> None:
        values = {"text": self.topic.text(), "raised_by": str(self.raised_by.currentData())}
        # Each new topic starts again from "the person" (never the last choice).
        self.add_typed(
            parts.AGENDA_ITEM,
            self.plan.id,
            values,
            (self.topic, self.topic_error),
            [self.raised_by],
            lambda item: self.select_when_shown(self.view, self.model, item.id),
        )

    def set_status(self, status: str) -> None:
        item = self._current()
        if item is None or self.read_only or item.status == status:
            return
        self.editor.set_agenda_status(item, status)

    def remove_topic(self) -> None:
        item = self._current()
        if item is None or self.read_only or item.carried_from_id is not None:
            return
        self.editor.remove(parts.AGENDA_ITEM, item)

    def move_up(self) -> None:
        row = selected_row(self.view)
        if row is not None and self.model.move_up(row):
            select_row(self.view, row - 1)

    def move_down(self) -> None:
        row = selected_row(self.view)
        if row is not None and self.model.move_down(row):
            select_row(self.view, row + 1)

    def _on_edit(self, item: AgendaItemRecord, field: str, value: object) -> None:
        self.topic_error.clear_message()
        self.editor.update(
            parts.AGENDA_ITEM, item, {"text": str(value)}, self.reporter({}, self.topic_error)
        )

    def _on_reorder(self, new: list[int], old: list[int]) -> None:
        self.editor.rank_agenda(new, old)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed_key(event) if watched is self.view else None
        if key is not None and key.modifiers() == Qt.KeyboardModifier.AltModifier:
            moves = {Qt.Key.Key_Up: self.move_up, Qt.Key.Key_Down: self.move_down}
            move = moves.get(Qt.Key(key.key()))
            if move is not None:
                move()
                return True
        return super().eventFilter(watched, event)
