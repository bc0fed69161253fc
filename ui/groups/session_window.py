"""The session window: the day of a group consultation, on the facilitator's screen.

Attendance and agreements are ticks in one table (Space ticks the current
cell); the group agenda beside it; each person's own plan one after another
(F8 moves to the next person in the room); the results board opens as a
second window; at the end everyone's plan is agreed and printed in one step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careplan.atomic import write_atomically
from careplan.changes import Change, Subject
from careplan.group_records import GroupAttendeeRecord, GroupSessionRecord
from careplan.permissions import Permission
from careplan.settings import PracticeDetails
from ui import formatting
from ui.column_priority import NameFirst
from ui.context import UiContext
from ui.flow_layout import FlowLayout, flow_of, labelled
from ui.i18n import translator
from ui.roles import forbid_unless, role_of
from ui.widgets import column, fix_minimum_size, heading, read_only_table
from ui.window_fit import CappedScroll, size_from_screen

from .board import ResultsBoardWindow
from .models import AttendeeColumn, AttendeeModel, TopicModel
from .plan_panel import PlanPanel

if TYPE_CHECKING:
    from careplan.printing.group_plans import GroupPrintRun


_tr = translator("GroupSessionWindow")


class GroupSessionWindow(QMainWindow):
    loaded = Signal(object)  # GroupSessionRecord
    printed = Signal(object)  # GroupPrintRun

    def __init__(
        self,
        ctx: UiContext,
        session_id: int,
        practice: PracticeDetails,
        now: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ctx = ctx
        self._practice = practice
        self._now = now
        self.session_id = session_id
        self.record: GroupSessionRecord | None = None
        self.board: ResultsBoardWindow | None = None
        self.setObjectName("group-session-window")
        self.setWindowTitle(_tr("Group session"))

        central = QWidget(self)
        self.title = heading(_tr("Group session"), 1.3, central)
        self.title.setWordWrap(True)
        self.details = QLabel(central)
        self.details.setWordWrap(True)
        self.board_button = QPushButton(_tr("Show results &board"), central)
        self.print_button = QPushButton(_tr("Agree and &print everyone's plans…"), central)
        self.message = QLabel(central)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_tr("Messages"))

        self.attendees = AttendeeModel(self)
        self.attendee_view = read_only_table(self.attendees, _tr("Attendees"), central)
        self.attendee_view.setEditTriggers(self.attendee_view.EditTrigger.NoEditTriggers)
        self.attendee_view.setSelectionBehavior(self.attendee_view.SelectionBehavior.SelectItems)
        header = self.attendee_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendeeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # People are told apart by name: on a narrow window the least needed columns go.
        self.name_first = NameFirst(
            self.attendee_view,
            AttendeeColumn.NAME,
            give_way=[
                AttendeeColumn.REPLY,
                AttendeeColumn.PLAN,
                AttendeeColumn.CARER_AGREED,
                AttendeeColumn.ONE_TO_ONE,
            ],
        )
        self.one_to_one_label = QLabel(central)
        self.one_to_one_label.setWordWrap(True)
        self.one_to_one_label.setAccessibleName(_tr("One-to-one list"))

        self.tabs = QTabWidget(central)
        self.tabs.addTab(self._build_agenda(), _tr("Group &agenda"))
        self.plan_panel = PlanPanel(ctx, self.tabs)
        self.tabs.addTab(self.plan_panel, _tr("&Own plans"))

        left = QWidget(central)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        attendees_label = QLabel(_tr("A&ttendees (Space ticks; Enter opens their plan)"), left)
        attendees_label.setBuddy(self.attendee_view)
        attendees_label.setWordWrap(True)
        left_layout.addWidget(attendees_label)
        left_layout.addWidget(self.attendee_view, 1)
        left_layout.addWidget(self.one_to_one_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1, 1])  # half each, whatever the width

        # The title scrolls rather than squeeze the session below it on a short screen;
        # the board and print buttons stay in view at the foot, wrapping at large text.
        top = QWidget(central)
        column(top, self.title, self.details, margins=(0, 0, 0, 0))
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        footer = FlowLayout(spacing=8)
        for widget in (self.message, self.board_button, self.print_button):
            footer.addWidget(widget)
        column(central, CappedScroll(top, central, share=0.3), (splitter, 1), footer)
        self.setCentralWidget(central)

        self.next_action = QAction(_tr("Next person"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.next_action.triggered.connect(self.next_person)
        self.addAction(self.next_action)
        self.plan_panel.next_button.clicked.connect(self.next_person)
        self.plan_panel.problem.connect(self.show_problem)
        self.plan_panel.plan_shown.connect(lambda _plan: self.reload())
        self.plan_panel.one_to_one.toggled.connect(self._one_to_one_toggled)
        self.board_button.clicked.connect(self.show_board)
        self.print_button.clicked.connect(self._choose_folder_and_print)
        self.attendees.tick_requested.connect(self.tick)
        self.attendee_view.activated.connect(self._open_plan_of)
        ctx.changes.changed.connect(self._on_change)
        # Own plans are care plans: a role that may not build them sees why, before a click.
        plan = self.plan_panel
        role = role_of(ctx.services)
        if not forbid_unless(
            role,
            Permission.EDIT_PLANS,
            self.print_button,
            *(plan.what_matters, plan.goal, plan.action, plan.confidence, plan.contact),
        ):
            plan.refusal = self.print_button.toolTip()
        fix_minimum_size(self)
        size_from_screen(self, QSize(1280, 720))
        self.attendee_view.setFocus(Qt.FocusReason.OtherFocusReason)  # Space ticks at once
        self.reload()

    def _build_agenda(self) -> QWidget:
        page = QWidget(self)
        self.topic_text = QLineEdit(page)
        self.topic_text.setAccessibleName(_tr("New topic"))
        self.topic_text.setPlaceholderText(_tr("A topic the group wants to talk about"))
        self.raised_by = QComboBox(page)
        self.raised_by.setAccessibleName(_tr("Raised by"))
        self.raised_by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.topics = TopicModel(self)
        self.topic_view = read_only_table(self.topics, _tr("Group agenda"), page)
        topic_header = self.topic_view.horizontalHeader()
        topic_header.setStretchLastSection(False)
        topic_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        topic_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.topic_view.setWordWrap(True)
        self.up_button = QPushButton(_tr("&Up"), page)
        self.down_button = QPushButton(_tr("Do&wn"), page)
        self.discussed_button = QPushButton(_tr("&Discussed"), page)
        self.defer_button = QPushButton(_tr("Next &time"), page)
        # Rows that wrap when the pane is narrow (large text).
        buttons = flow_of(
            [self.up_button, self.down_button, self.discussed_button, self.defer_button]
        )
        layout = QVBoxLayout(page)
        topic = labelled(QLabel(_tr("&Topic"), page), self.topic_text, page)
        topic.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addLayout(flow_of([topic, self.raised_by]))
        layout.addWidget(self.topic_view, 1)
        layout.addLayout(buttons)
        self.topic_text.returnPressed.connect(self.add_topic)
        self.up_button.clicked.connect(lambda: self.move_topic(-1))
        self.down_button.clicked.connect(lambda: self.move_topic(1))
        self.discussed_button.clicked.connect(lambda: self.set_topic_status("discussed"))
        self.defer_button.clicked.connect(lambda: self.set_topic_status("deferred"))
        return page

    # ----- reading -------------------------------------------------------------------

    def reload(self) -> None:
        self._ctx.jobs.submit(
            partial(self._ctx.services.groups.get, self.session_id),
            self._show,
            self.show_problem_error,
            key=f"group/{self.session_id}/read",
            owner=self,
        )

    def _show(self, record: GroupSessionRecord) -> None:
        self.record = record
        s = record.summary
        self.title.setText(s.title)
        self.setWindowTitle(_tr("Group session — {title}").format(title=s.title))
        place = f", {s.place}" if s.place else ""
        staff = ", ".join(n for n in (s.lead_clinician_name, s.facilitator_name) if n)
        self.details.setText(
            _tr(
                "{date}, {start}–{end}{place}. {staff}. {attending} here of {invited} invited."
            ).format(
                date=formatting.date(s.session_date),
                start=f"{s.starts_at:%H:%M}",
                end=f"{s.ends_at:%H:%M}",
                place=place,
                staff=staff,
                attending=s.attending,
                invited=s.invited,
            )
        )
        current = self.attendee_view.currentIndex()
        self.attendees.set_rows(record.attendees)
        if current.isValid():
            self.attendee_view.setCurrentIndex(
                self.attendees.index(current.row(), current.column())
            )
        self.topics.set_rows(record.topics)
        self.topic_view.resizeRowsToContents()
        wanted = [a.full_name for a in record.attendees if a.wants_one_to_one]
        self.one_to_one_label.setText(
            _tr("One-to-one after the group: {names}").format(names=", ".join(wanted))
            if wanted
            else _tr("Nobody has asked for a one-to-one yet.")
        )
        chosen = self.raised_by.currentData()
        self.raised_by.clear()
        self.raised_by.addItem(_tr("Anonymous"), None)
        for a in record.attendees:
            if a.agreement_complete and a.attendance == "arrived":
                self.raised_by.addItem(a.group_name, a.id)
        index = self.raised_by.findData(chosen)
        self.raised_by.setCurrentIndex(max(0, index))
        self.loaded.emit(record)

    def _on_change(self, change: Change) -> None:
        if (
            change.subject is Subject.DATABASE
            or (change.subject is Subject.GROUP_SESSION and change.record_id == self.session_id)
            or (
                change.subject is Subject.GROUP_ATTENDEE
                and self.record is not None
                and any(a.id == change.record_id for a in self.record.attendees)
            )
        ):
            self.reload()

    # ----- ticks -------------------------------------------------------------------------

    def tick(self, attendee: GroupAttendeeRecord, column: int, ticked: bool) -> None:
        g = self._ctx.services.groups
        attendee_id = attendee.id
        operations: dict[AttendeeColumn, Callable[[], Any]] = {
            AttendeeColumn.ARRIVED: lambda: g.set_attendance(
                attendee_id, "arrived" if ticked else None
            ),
            AttendeeColumn.AGREED: (
                (lambda: g.record_agreement(attendee_id))
                if ticked
                else (lambda: g.withdraw_agreement(attendee_id))
            ),
            AttendeeColumn.CARER_AGREED: (
                (lambda: g.record_agreement(attendee_id, person=False, carer=True))
                if ticked
                else (lambda: g.withdraw_agreement(attendee_id))
            ),
            AttendeeColumn.BOARD: lambda: g.set_board_consent(attendee_id, ticked),
            AttendeeColumn.ONE_TO_ONE: lambda: g.set_one_to_one(attendee_id, ticked),
        }
        self._run(operations[AttendeeColumn(column)])

    def _one_to_one_toggled(self, wanted: bool) -> None:
        attendee = self.plan_panel.attendee
        if attendee is not None:
            set_wanted = self._ctx.services.groups.set_one_to_one
            attendee_id = attendee.id
            self._run(lambda: set_wanted(attendee_id, wanted))

    # ----- agenda ------------------------------------------------------------------------

    def add_topic(self) -> None:
        text = self.topic_text.text()
        if not text.strip():
            return
        add = self._ctx.services.group_agenda.add_topic
        session_id = self.session_id
        raiser = self.raised_by.currentData()
        self.topic_text.clear()
        self._run(lambda: add(session_id, text, raised_by_attendee_id=raiser))

    def _current_topic_row(self) -> int | None:
        index = self.topic_view.currentIndex()
        return index.row() if index.isValid() else None

    def move_topic(self, step: int) -> None:
        row = self._current_topic_row()
        if row is None or self.record is None:
            return
        ids = [t.id for t in self.record.topics]
        target = row + step
        if not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        rank = self._ctx.services.group_agenda.rank_topics
        session_id = self.session_id
        self._run(
            lambda: rank(session_id, ids),
            lambda _r: self.topic_view.setCurrentIndex(self.topics.index(target, 1)),
        )

    def set_topic_status(self, status: str) -> None:
        row = self._current_topic_row()
        if row is None:
            return
        topic = self.topics.record(row)
        if topic is None:
            return
        topic_id = topic.id
        set_status = self._ctx.services.group_agenda.set_topic_status
        self._run(lambda: set_status(topic_id, status))

    # ----- own plans ---------------------------------------------------------------------

    def _open_plan_of(self, index: QModelIndex) -> None:
        attendee = self.attendees.record(index.row())
        if attendee is not None:
            self.open_plan(attendee)

    def open_plan(self, attendee: GroupAttendeeRecord) -> None:
        self.tabs.setCurrentWidget(self.plan_panel)
        row = self.attendees.row_of(attendee.id)
        if row is not None:
            self.attendee_view.setCurrentIndex(self.attendees.index(row, AttendeeColumn.NAME))
        self.plan_panel.show_attendee(attendee)

    def next_person(self) -> None:
        """The next attendee in the room after the one whose plan is shown (F8)."""
        if self.record is None:
            return
        present = [a for a in self.record.attendees if a.attendance == "arrived"]
        if not present:
            self.show_problem(_tr("Tick who has arrived first."))
            return
        current = self.plan_panel.attendee
        ids = [a.id for a in present]
        following = 0 if current is None or current.id not in ids else ids.index(current.id) + 1
        self.open_plan(present[following % len(present)])

    # ----- board and printing ------------------------------------------------------------

    def show_board(self) -> ResultsBoardWindow:
        if self.board is None:
            title = self.record.summary.title if self.record else ""
            self.board = ResultsBoardWindow(self._ctx, self.session_id, title)
            self.board.destroyed.connect(self._board_closed)
        self.board.show()
        return self.board

    def _board_closed(self) -> None:
        self.board = None

    def _choose_folder_and_print(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _tr("Choose the folder for everyone's plans")
        )
        if folder:
            self.agree_and_print(Path(folder))

    def agree_and_print(self, folder: Path) -> None:
        """Agree every attendee's plan and write each one's PDF into ``folder``."""
        services, practice, session_id = self._ctx.services, self._practice, self.session_id
        now = self._now()

        def work() -> tuple[GroupPrintRun, list[Path]]:
            # Printing (ReportLab) is loaded by the first document, on the worker thread.
            from careplan.printing.group_plans import print_session_plans

            run = print_session_plans(services, session_id, practice, printed_at=now)
            paths = [write_atomically(folder / d.filename, d.pdf) for d in run.documents]
            return run, paths

        self._run(work, self._printed)

    def _printed(self, result: tuple[GroupPrintRun, list[Path]]) -> None:
        run, paths = result
        text = _tr("{count} plan(s) agreed and printed into {folder}.").format(
            count=len(paths), folder=paths[0].parent if paths else "-"
        )
        if run.skipped:
            text += " " + _tr("{count} person(s) had nothing recorded.").format(
                count=len(run.skipped)
            )
        self.message.setText(text)
        self.reload()
        self.printed.emit(run)

    # ----- running -----------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def finished(result: Any) -> None:
            self.message.clear()
            self.reload()
            if done is not None:
                done(result)

        self._ctx.jobs.submit(fn, finished, self.show_problem_error, owner=self)

    def show_problem_error(self, error: Exception) -> None:
        self.show_problem(formatting.error_message(error))

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

    def closeEvent(self, event: Any) -> None:
        if self.board is not None:
            self.board.close()
        super().closeEvent(event)
