"""Goal history on the patient page: each goal's progress as a chart, with its reviews listed."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careplan.errors import NotFoundError
from careplan.records import GoalHistory
from ui import formatting
from ui.context import UiContext
from ui.followup import wording
from ui.followup.goal_chart import GoalChart, GoalChartData
from ui.models.goal_history import GoalReviewColumn, GoalReviewsModel
from ui.widgets import column, heading, read_only_table, side_by_side

GOAL_HISTORY_JOB = "patient-page/goal-history"


class GoalCard(QFrame):
    """One goal: its chart beside the list of its reviews."""

    def __init__(self, history: GoalHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(history.text)
        self.chart = GoalChart(self)
        self.chart.set_data(GoalChartData.from_history(history))
        self.model = GoalReviewsModel(self)
        self.model.set_history(history)
        self.table = read_only_table(
            self.model, self.tr("Reviews of “{goal}”").format(goal=history.text), self
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GoalReviewColumn.COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Who reviewed, and what was decided, are in each row's tooltip and the patient's
        # list of reviews; here the room goes to the person's own words.
        self.table.setColumnHidden(GoalReviewColumn.BY, True)
        self.table.setColumnHidden(GoalReviewColumn.DECISION, True)
        self.table.setMinimumWidth(260)
        self.table.setFixedHeight(self.chart.sizeHint().height())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        earlier = history.wordings[:-1]
        agreed = self.tr("{status} · first agreed {date}.").format(
            status=wording.goal_status(history.status).capitalize(),
            date=formatting.date(history.first_agreed_on),
        )
        if earlier:
            agreed += " " + self.tr("Earlier wording: {words}").format(
                words="; ".join(f"“{w}”" for w in earlier)
            )
        self.note.setText(agreed)

        row = side_by_side(None, (self.chart, 1), (self.table, 1), margins=(0, 0, 0, 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.note)


class GoalHistorySection(QWidget):
    """A heading and a card per goal; loads through the job runner."""

    loaded = Signal(object)  # tuple[GoalHistory, ...]

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._patient_id: int | None = None
        self.cards: list[GoalCard] = []
        self.title = heading(self.tr("Goals over time"), parent=self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Goals over time"))
        self._holder = QWidget(self)
        self._cards_layout = QVBoxLayout(self._holder)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._holder)
        self.scroll_area.setAccessibleName(self.tr("Goals over time"))
        # The charts and tables inside take focus; the scrolling frame need not.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column(self, self.title, self.note, (self.scroll_area, 1), margins=(0, 8, 0, 0))
        self._set_note("")

    def show_patient(self, patient_id: int) -> None:
        if patient_id != self._patient_id:
            self._set_cards(())
            self._set_note(self.tr("Loading goals…"))
        self._patient_id = patient_id
        self._ctx.jobs.submit(
            partial(self._ctx.services.history.goal_history, patient_id),
            self._on_loaded,
            self._on_error,
            key=GOAL_HISTORY_JOB,
            owner=self,
        )

    def clear(self) -> None:
        self._ctx.jobs.cancel(GOAL_HISTORY_JOB)
        self._patient_id = None
        self._set_cards(())
        self._set_note("")

    def _on_loaded(self, histories: tuple[GoalHistory, ...]) -> None:
        self._set_cards(histories)
        self._set_note("" if histories else self.tr("No agreed goals yet."))
        self.loaded.emit(histories)

    def _on_error(self, error: Exception) -> None:
        if isinstance(error, NotFoundError):
            self.clear()
            return
        self._set_note(
            self.tr("The goals could not be read: {error}").format(
                error=formatting.error_message(error)
            )
        )

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _set_cards(self, histories: tuple[GoalHistory, ...]) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, history in enumerate(histories):
            card = GoalCard(history, self._holder)
            self._cards_layout.insertWidget(i, card)
            self.cards.append(card)
