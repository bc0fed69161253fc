"""The page for one patient: who they are, how to reach them, their plans and reviews."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan.changes import Change
from careplan.errors import NotFoundError
from careplan.records import PatientHistory, PatientRecord
from ui import formatting
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.followup.actions import PatientFollowUp
from ui.models.history import PlanHistoryModel, ReviewHistoryModel, overdue_items
from ui.settings import PATIENT_PAGE_SPLITTER_STATE
from ui.widgets import column, heading, read_only_table, scaled_font
from ui.window_fit import scrolling

HISTORY_JOB = "patient-page/history"


class _TableSection(QWidget):
    """A heading, a table and a line saying why the table is empty."""

    def __init__(self, title: str, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.title = heading(title, parent=self)
        self.title.setBuddy(table)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(title)
        column(self, self.title, self.note, (table, 1), margins=(0, 8, 0, 0))

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class PatientPage(QWidget):
    """Shows the chosen patient; loads their history through the job runner."""

    # The patient's record as last read from the database.
    patient_loaded = Signal(object)
    history_loaded = Signal(object)  # PatientHistory
    # "Start or resume consultation" was pressed for this patient (PatientRecord).
    consultation_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._patient: PatientRecord | None = None
        self._history: PatientHistory | None = None
        self.setAccessibleName(self.tr("Patient"))

        self.plan_model = PlanHistoryModel(self)
        self.review_model = ReviewHistoryModel(self)

        self._stack = QStackedWidget(self)
        self.placeholder = QLabel(
            self.tr("Choose a patient from the list to see their details, plans and reviews."),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self._build_content())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        ctx.changes.changed.connect(self._on_change)
        self._restore_state()

    # ----- building -------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        self.header = QFrame(content)
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.header.setAccessibleName(self.tr("Patient details"))

        self.name_label = QLabel(self.header)
        self.name_label.setFont(scaled_font(self.name_label, 1.6, bold=True))
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preferred_label = QLabel(self.header)
        self.preferred_label.setFont(scaled_font(self.preferred_label, 1.15))

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.nhs_value = self._value_label()
        self.born_value = self._value_label()
        self.needs_value = self._value_label()
        self.phone_value = self._value_label()
        self.email_value = self._value_label()
        self.address_value = self._value_label()
        rows = [
            (self.tr("NHS number"), self.nhs_value, self.tr("Phone"), self.phone_value),
            (self.tr("Date of birth"), self.born_value, self.tr("Email"), self.email_value),
            (
                self.tr("Communication needs"),
                self.needs_value,
                self.tr("Address"),
                self.address_value,
            ),
        ]
        self._details_grid = grid
        self._details: list[tuple[QLabel, QLabel]] = []
        for left_title, left, right_title, right in rows:
            for title, value in ((left_title, left), (right_title, right)):
                caption = QLabel(title, self.header)
                caption.setBuddy(value)
                caption.setFont(scaled_font(caption, 1.0, bold=True))
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setAccessibleName(title)
                self._details.append((caption, value))
        self._narrow: bool | None = None
        self._arrange_details(narrow=False)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addWidget(self.preferred_label, 1, Qt.AlignmentFlag.AlignBaseline)
        self.followup = PatientFollowUp(self._ctx, self)
        self._title_row = title_row
        # On a narrow page (large text) the preferred name goes under the name, and the
        # buttons onto rows of their own that wrap.
        self.preferred_label.setWordWrap(True)
        self._known_row = QHBoxLayout()
        self._button_row = FlowLayout(spacing=8)
        self.consult_button = QPushButton(self.tr("Start or resume &consultation"), self.header)
        self.consult_button.setAccessibleName(self.tr("Start or resume consultation"))
        self.consult_button.clicked.connect(self._request_consultation)
        self._buttons = (self.followup.record_button, self.consult_button)
        header_layout = column(
            self.header, title_row, self._known_row, self._button_row, margins=(16, 12, 16, 12)
        )
        header_layout.addSpacing(4)
        header_layout.addLayout(grid)

        self.plans_table = read_only_table(self.plan_model, self.tr("Plans"), content)
        self.reviews_table = read_only_table(self.review_model, self.tr("Reviews"), content)
        for table in (self.plans_table, self.reviews_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.plans = _TableSection(self.tr("Plans"), self.plans_table, content)
        self.reviews = _TableSection(self.tr("Reviews"), self.reviews_table, content)

        self.splitter = QSplitter(Qt.Orientation.Vertical, content)
        self.splitter.setObjectName("patient-page-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.plans)
        self.splitter.addWidget(self.reviews)
        self.splitter.addWidget(self.followup.goal_history)

        for table in (self.plans_table, self.reviews_table):
            # A few rows of each stay in view; the page scrolls when the window is small.
            rows_high = table.verticalHeader().defaultSectionSize() * 3
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows_high)
        self.splitter.setMinimumHeight(
            self.plans_table.minimumHeight() + self.reviews_table.minimumHeight() + 120
        )

        column(content, self.header, (self.splitter, 1), margins=(0, 0, 0, 0))
        self.setTabOrder(self.plans_table, self.reviews_table)
        self.setTabOrder(self.reviews_table, self.consult_button)
        self._arrange_buttons(narrow=False)
        return scrolling(content, self, self.tr("Patient"))

    # Narrower than this, the details show in one column and the buttons on a row of
    # their own (a 1366×768 screen at 150% or 200% text).
    def _wide_enough(self) -> bool:
        """Room for the name (its longest word, or nine letters), the preferred name and
        the buttons on one row, besides the margins and a scroll bar."""
        wanted = sum(button.sizeHint().width() + 8 for button in self._buttons)
        wanted += max(
            self.name_label.minimumSizeHint().width(),
            self.name_label.fontMetrics().horizontalAdvance("M" * 9),
        )
        wanted += self.preferred_label.minimumSizeHint().width() + 16
        return self.width() >= wanted + 80

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rearrange()

    def _rearrange(self) -> None:
        narrow = not self._wide_enough()
        if narrow != self._narrow:
            self._arrange_details(narrow)
            self._arrange_buttons(narrow)

    def _arrange_buttons(self, narrow: bool) -> None:
        if narrow:
            self._title_row.removeWidget(self.preferred_label)
            self._known_row.addWidget(self.preferred_label)
        else:
            self._known_row.removeWidget(self.preferred_label)
            self._title_row.insertWidget(1, self.preferred_label, 1, Qt.AlignmentFlag.AlignBaseline)
        for button in self._buttons:
            if narrow:
                self._title_row.removeWidget(button)
                self._button_row.addWidget(button)
            else:
                self._button_row.removeWidget(button)
                self._title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _arrange_details(self, narrow: bool) -> None:
        grid = self._details_grid
        for caption, value in self._details:
            grid.removeWidget(caption)
            grid.removeWidget(value)
        columns = 1 if narrow else 2
        for index, (caption, value) in enumerate(self._details):
            # Two columns read across: NHS number, phone; date of birth, email; ...
            row, column = divmod(index, columns)
            grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column in (1, 3) and column // 2 < columns else 0)
        self._narrow = narrow

    def _value_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    # ----- what is shown --------------------------------------------------------------

    @property
    def patient(self) -> PatientRecord | None:
        return self._patient

    @property
    def history(self) -> PatientHistory | None:
        return self._history

    def show_patient(self, patient: PatientRecord) -> None:
        """Show ``patient`` at once and load their plans and reviews."""
        current = self._patient
        self._stack.setCurrentIndex(1)
        if current is not None and current.id == patient.id and self._history is not None:
            # Already shown; changes to this patient reload the page by themselves.
            if patient.version > current.version:
                self._patient = patient
                self._show_details(patient)
            return
        self._patient = patient
        self._history = None
        self._show_details(patient)
        self.plan_model.set_plans((), None)
        self.review_model.set_reviews((), None)
        self.followup.clear()
        self.plans.set_note(self.tr("Loading plans…"))
        self.reviews.set_note(self.tr("Loading reviews…"))
        self.reload()

    def clear(self, message: str | None = None) -> None:
        self._ctx.jobs.cancel(HISTORY_JOB)
        self._patient = None
        self._history = None
        self.plan_model.set_plans((), None)
        self.review_model.set_reviews((), None)
        self.followup.clear()
        self.placeholder.setText(
            message
            or self.tr("Choose a patient from the list to see their details, plans and reviews.")
        )
        self._stack.setCurrentIndex(0)

    def reload(self) -> None:
        if self._patient is None:
            return
        self._ctx.jobs.submit(
            partial(self._ctx.services.history.patient_history, self._patient.id),
            self._on_history,
            self._on_history_error,
            key=HISTORY_JOB,
            owner=self,
        )

    def focus_plans(self) -> None:
        self.plans_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _request_consultation(self) -> None:
        if self._patient is not None:
            self.consultation_requested.emit(self._patient)

    def _show_details(self, patient: PatientRecord) -> None:
        self.name_label.setText(formatting.banner_name(patient))
        self.preferred_label.setText(
            self.tr("known as {name}").format(name=patient.preferred_name)
            if formatting.shows_preferred_name(patient)
            else ""
        )
        self._rearrange()  # a long name may need the buttons on a row of their own
        self.nhs_value.setText(formatting.nhs_number(patient.nhs_number) or self.tr("not recorded"))
        self.born_value.setText(
            self.tr("{date} (age {age})").format(
                date=formatting.date(patient.date_of_birth),
                age=formatting.age(patient.date_of_birth, self._ctx.today()),
            )
        )
        needs = []
        if patient.large_print:
            needs.append(self.tr("Large print"))
        if patient.easy_read:
            needs.append(self.tr("Easy read"))
        if patient.interpreter_language:
            needs.append(
                self.tr("Interpreter: {language}").format(language=patient.interpreter_language)
            )
        text = " · ".join(needs) if needs else self.tr("none recorded")
        if patient.communication_notes:
            text += "\n" + patient.communication_notes
        self.needs_value.setText(text)
        not_recorded = self.tr("not recorded")
        self.phone_value.setText(patient.phone or not_recorded)
        self.email_value.setText(patient.email or not_recorded)
        self.address_value.setText(patient.address or not_recorded)

    def _on_history(self, history: PatientHistory) -> None:
        if self._patient is None or history.patient.id != self._patient.id:
            return
        self._patient = history.patient
        self._history = history
        self._show_details(history.patient)
        overdue_plan, overdue_review = overdue_items(
            history.plans, history.reviews, self._ctx.today()
        )
        self.plan_model.set_plans(history.plans, overdue_plan)
        self.review_model.set_reviews(history.reviews, overdue_review)
        self.plans.set_note("" if history.plans else self.tr("No plans yet."))
        self.reviews.set_note("" if history.reviews else self.tr("No reviews yet."))
        self.patient_loaded.emit(history.patient)
        self.followup.show_history(history)
        self.history_loaded.emit(history)

    def _on_history_error(self, error: Exception) -> None:
        if isinstance(error, NotFoundError):
            self.clear(error.message)
            return
        text = self.tr("The plans and reviews could not be read: {error}").format(
            error=formatting.error_message(error)
        )
        self.plans.set_note(text)
        self.reviews.set_note("")

    def _on_change(self, change: Change) -> None:
        if self._patient is not None and change.touches_patient(self._patient.id):
            self.reload()

    # ----- remembered layout ----------------------------------------------------------

    def _restore_state(self) -> None:
        state = PATIENT_PAGE_SPLITTER_STATE.read(self._ctx.settings)
        if state.isEmpty() or not self.splitter.restoreState(state):
            # Plans and reviews first: a few rows of each, the goal charts below.
            self.splitter.setSizes([220, 180, 260])

    def save_state(self) -> None:
        PATIENT_PAGE_SPLITTER_STATE.write(self._ctx.settings, self.splitter.saveState())
