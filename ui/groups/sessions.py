"""Group sessions: the list, planning a new one, inviting, letters, and opening the day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from careplan.changes import Change, Subject
from careplan.group_records import GroupSessionRecord, GroupSessionSummary
from careplan.settings import PracticeDetails
from ui import formatting
from ui.context import UiContext
from ui.date_input import DateInput
from ui.flow_layout import flow_of
from ui.i18n import translator
from ui.widgets import column, fix_minimum_size, heading, read_only_table
from ui.window_fit import scroll_layout, size_from_screen

from .invite import Candidate, InviteDialog
from .models import SessionListModel
from .session_window import GroupSessionWindow

_tr = translator("GroupSessions")


class NewSessionDialog(QDialog):
    created = Signal(object)  # GroupSessionRecord

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Plan a group session"))
        self._ctx = ctx
        today = ctx.today()
        self.title = QLineEdit(_tr("Living well with type 2 diabetes"), self)
        self.topic = QLineEdit(self)
        self.date = DateInput(_tr("Date"), self, today=lambda: today)
        self.date.set_date(today)
        self.starts = QTimeEdit(QTime(14, 0), self)
        self.ends = QTimeEdit(QTime(16, 0), self)
        self.place = QLineEdit(self)
        self.lead = QComboBox(self)
        self.facilitator = QComboBox(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 50)
        self.capacity.setValue(12)
        self.series = QComboBox(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.date.problem_changed.connect(self.message.setText)
        form = QFormLayout()
        for label, field in (
            (_tr("&Title"), self.title),
            (_tr("T&opic or condition"), self.topic),
            (_tr("&Date"), self.date),
            (_tr("&Starts"), self.starts),
            (_tr("&Ends"), self.ends),
            (_tr("&Place"), self.place),
            (_tr("&Lead clinician"), self.lead),
            (_tr("&Facilitator"), self.facilitator),
            (_tr("Pla&ces"), self.capacity),
            (_tr("Se&ries"), self.series),
        ):
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.create_session)
        buttons.rejected.connect(self.reject)
        # The form scrolls on a short screen (large text); the message and buttons stay.
        column(self, (scroll_layout(form, self, _tr("Session details")), 1), self.message, buttons)
        fix_minimum_size(self)
        size_from_screen(self, self.sizeHint().expandedTo(QSize(600, 0)))
        self._ctx.jobs.submit(self._choices, self._fill, self._failed, owner=self)

    def _choices(self) -> tuple[list[Any], list[Any]]:
        return self._ctx.services.staff.list(), self._ctx.services.groups.series()

    def _fill(self, choices: tuple[list[Any], list[Any]]) -> None:
        staff, series = choices
        self.lead.addItem(_tr("(nobody yet)"), None)
        self.facilitator.addItem(_tr("(nobody yet)"), None)
        for person in staff:
            label = f"{person.full_name} ({person.job_title or person.role})"
            if person.role in ("clinician", "nurse"):
                self.lead.addItem(label, person.id)
            self.facilitator.addItem(label, person.id)  # any role the practice chooses
        self.series.addItem(_tr("A new series"), None)
        for s in series:
            self.series.addItem(s.title, s.id)

    def create_session(self) -> None:
        g = self._ctx.services.groups
        if not self.date.behaviour.normalise():
            self.date.setFocus()
            return
        values: dict[str, Any] = {
            "title": self.title.text(),
            "session_date": self.date.date(),
            "starts_at": self.starts.time().toPython(),
            "ends_at": self.ends.time().toPython(),
            "place": self.place.text(),
            "topic": self.topic.text(),
            "lead_clinician_id": self.lead.currentData(),
            "facilitator_id": self.facilitator.currentData(),
            "capacity": self.capacity.value(),
        }
        series_id = self.series.currentData()

        def work() -> GroupSessionRecord:
            chosen = series_id
            if chosen is None:
                chosen = g.create_series(values["title"], values["topic"] or None).id
            return g.create_session(**values, series_id=chosen)

        self._ctx.jobs.submit(work, self._created, self._failed, owner=self)

    def _created(self, record: GroupSessionRecord) -> None:
        self.created.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.message.setText(formatting.error_message(error))


class GroupSessionsWindow(QMainWindow):
    """Every group session, newest last, and what can be done with the chosen one."""

    loaded = Signal(object)  # list[GroupSessionSummary]

    def __init__(
        self,
        ctx: UiContext,
        practice: Callable[[], PracticeDetails],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_tr("Group sessions"))
        self._ctx = ctx
        self._practice = practice
        self.session_windows: dict[int, GroupSessionWindow] = {}
        central = QWidget(self)
        self.model = SessionListModel(self)
        self.view = read_only_table(self.model, _tr("Group sessions"), central)
        self.message = QLabel(central)
        self.message.setWordWrap(True)
        self.new_button = QPushButton(_tr("&Plan a session…"), central)
        self.next_button = QPushButton(_tr("Plan the &next in the series"), central)
        self.invite_button = QPushButton(_tr("&Invite…"), central)
        self.letters_button = QPushButton(_tr("&Letters, desk list and calendar…"), central)
        self.open_button = QPushButton(_tr("&Open the session"), central)
        # The buttons wrap onto more rows when the window is narrow (large text).
        buttons = flow_of(
            [
                self.new_button,
                self.next_button,
                self.invite_button,
                self.letters_button,
                self.open_button,
            ]
        )
        layout = QVBoxLayout(central)
        layout.addWidget(heading(_tr("Group sessions"), 1.3, central))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        self.new_button.clicked.connect(self.plan_session)
        self.next_button.clicked.connect(self.plan_next)
        self.invite_button.clicked.connect(self.invite)
        self.letters_button.clicked.connect(self._choose_folder_for_letters)
        self.open_button.clicked.connect(self.open_current)
        self.view.activated.connect(lambda _index: self.open_current())
        ctx.changes.changed.connect(self._on_change)
        fix_minimum_size(self)
        size_from_screen(self, QSize(1000, 560))
        self.reload()

    def reload(self) -> None:
        self._ctx.jobs.submit(
            self._ctx.services.groups.list_sessions,
            self._show,
            self._failed,
            key="groups/list",
            owner=self,
        )

    def _show(self, sessions: list[GroupSessionSummary]) -> None:
        current = self.model.record(self.view.currentIndex().row())
        chosen = current.id if current is not None else None
        self.model.set_rows(sessions)
        for row, s in enumerate(sessions):
            if s.id == chosen:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.resizeColumnsToContents()
        self.loaded.emit(sessions)

    def _on_change(self, change: Change) -> None:
        if change.subject in (Subject.GROUP_SESSION, Subject.GROUP_ATTENDEE, Subject.DATABASE):
            self.reload()

    def current(self) -> GroupSessionSummary | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.message.setText(_tr("Choose a session in the list first."))
            return None
        return self.model.record(index.row())

    def plan_session(self) -> NewSessionDialog:
        dialog = NewSessionDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def plan_next(self) -> None:
        current = self.current()
        if current is None:
            return
        day = current.session_date + dt.timedelta(weeks=4)
        self._ctx.jobs.submit(
            partial(self._ctx.services.groups.schedule_next, current.id, day),
            lambda record: self.message.setText(
                _tr("Planned for {date}.").format(date=formatting.date(record.summary.session_date))
            ),
            self._failed,
            owner=self,
        )

    def invite(self) -> InviteDialog | None:
        current = self.current()
        if current is None:
            return None
        dialog = InviteDialog(self._ctx, current.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def invite_patient(self, patient_id: int) -> None:
        """Invite one person (found in the patient search) to the chosen or next session."""
        self._ctx.jobs.submit(
            partial(self._ctx.services.patients.get, patient_id),
            self._invite_found,
            self._failed,
            owner=self,
        )

    def _invite_found(self, patient: Any) -> None:
        index = self.view.currentIndex()
        chosen = self.model.record(index.row()) if index.isValid() else None
        if chosen is None:
            today = self._ctx.today()
            sessions = self.model.records
            upcoming = [s for s in sessions if s.session_date >= today and s.status == "planned"]
            if not upcoming:
                self.message.setText(_tr("Plan a session first, then invite people to it."))
                return
            chosen = upcoming[0]
            self.view.setCurrentIndex(self.model.index(sessions.index(chosen), 0))
        dialog = InviteDialog(self._ctx, chosen.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.model.set_candidates(
            [Candidate(patient.id, patient.full_name, patient.date_of_birth, _tr("chosen"))]
        )
        dialog.model.tick_all()
        dialog.open()

    def open_current(self) -> GroupSessionWindow | None:
        current = self.current()
        return None if current is None else self.open_session(current.id)

    def open_session(self, session_id: int) -> GroupSessionWindow:
        window = self.session_windows.get(session_id)
        if window is None:
            window = GroupSessionWindow(
                self._ctx, session_id, self._practice(), lambda: dt.datetime.now(dt.UTC)
            )
            self.session_windows[session_id] = window
            window.destroyed.connect(lambda: self.session_windows.pop(session_id, None))
        window.show()
        window.activateWindow()
        return window

    def _choose_folder_for_letters(self) -> None:
        if self.current() is None:
            return
        folder = QFileDialog.getExistingDirectory(self, _tr("Choose the folder for the letters"))
        if folder:
            self.write_letters(Path(folder))

    def write_letters(self, folder: Path) -> None:
        """Each invited person's letter, the front desk list and the calendar file."""
        current = self.current()
        if current is None:
            return
        services, practice = self._ctx.services, self._practice()
        session_id = current.id

        def work() -> list[Path]:
            # Printing (ReportLab) is loaded by the first document, on the worker thread.
            from careplan.printing.group_letters import write_session_letters

            now = dt.datetime.now(dt.UTC)
            return write_session_letters(services, session_id, practice, folder, printed_at=now)

        self._ctx.jobs.submit(
            work,
            lambda paths: self.message.setText(
                _tr("{count} file(s) written into {folder}.").format(
                    count=len(paths), folder=folder
                )
            ),
            self._failed,
            owner=self,
        )

    def _failed(self, error: Exception) -> None:
        self.message.setText(formatting.error_message(error))
