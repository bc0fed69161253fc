"""Inviting people to a group session: from a patient search or the review worklist.

Candidates are ticked in a list; the core invites them in order while places
last and says who did not fit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from careplan.clinical_codes import REGISTER_BY_KEY, REGISTERS, register_label
from careplan.group_records import InviteResult
from careplan.records import WorklistFilter
from ui import formatting
from ui.column_priority import NameFirst
from ui.context import UiContext
from ui.flow_layout import flow_of
from ui.i18n import translator
from ui.models.table import Column, TableModel
from ui.widgets import column, fix_minimum_size, read_only_table
from ui.window_fit import size_from_screen

ModelIndex = QModelIndex | QPersistentModelIndex
WORKLIST_DAYS = 56


_tr = translator("InviteDialog")


@dataclass(frozen=True)
class Candidate:
    patient_id: int
    name: str
    born: dt.date
    why: str  # e.g. "review due 4 May 2026"


class CandidateModel(TableModel[Candidate]):
    """People who could be invited; tick the ones to invite."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    _tr("Invite"),
                    lambda c: "",
                    spoken=lambda c: _tr("Invite {name}").format(name=c.name),
                    check=lambda c: c.patient_id in self._ticked,
                ),
                Column(_tr("Name"), lambda c: c.name),
                Column(_tr("Born"), lambda c: formatting.date(c.born)),
                Column(_tr("Why"), lambda c: c.why),
            ],
            parent,
        )
        self._ticked: set[int] = set()

    def set_candidates(self, rows: Sequence[Candidate]) -> None:
        self._ticked &= {c.patient_id for c in rows}
        self.set_rows(rows)

    def ticked(self) -> list[int]:
        return [c.patient_id for c in self._records if c.patient_id in self._ticked]

    def tick_all(self) -> None:
        self._ticked = {c.patient_id for c in self._records}
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 0))

    def tick(self, record: Candidate, column: int, ticked: bool) -> bool:
        if ticked:
            self._ticked.add(record.patient_id)
        else:
            self._ticked.discard(record.patient_id)
        row = self._records.index(record)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        return True


class InviteDialog(QDialog):
    invited = Signal(object)  # InviteResult

    def __init__(
        self,
        ctx: UiContext,
        session_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Invite people to the group session"))
        self._ctx = ctx
        self.session_id = session_id
        self.search = QLineEdit(self)
        self.search.setAccessibleName(_tr("Find people to invite"))
        self.search.setPlaceholderText(_tr("Name, NHS number or date of birth"))
        self.worklist_button = QPushButton(_tr("From the review &worklist"), self)
        self.register_choice = QComboBox(self)
        self.register_choice.setAccessibleName(_tr("Register"))
        for register in REGISTERS:
            self.register_choice.addItem(register_label(register), register.key)
        self.register_button = QPushButton(_tr("From the &register"), self)
        self.all_button = QPushButton(_tr("Tick &all"), self)
        self.model = CandidateModel(self)
        self.view = read_only_table(self.model, _tr("People who could be invited"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.invite_button = QPushButton(_tr("&Invite the ticked people"), self)
        close = QPushButton(_tr("&Close"), self)
        row = QHBoxLayout()
        find = QLabel(_tr("&Find"), self)
        find.setBuddy(self.search)
        row.addWidget(find)
        row.addWidget(self.search, 1)
        # The other sources, and the buttons, wrap onto more rows on a narrow window.
        sources = flow_of([self.worklist_button, self.register_choice, self.register_button])
        buttons = flow_of([self.all_button, self.invite_button, close])
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.resizeSection(0, header.fontMetrics().horizontalAdvance(_tr("Invite")) + 24)
        born = self.view.fontMetrics().horizontalAdvance("30 Sep 2000") + 24
        header.resizeSection(2, max(born, header.sectionSize(2)))
        header.resizeSection(3, self.view.fontMetrics().averageCharWidth() * 30)
        self.name_first = NameFirst(self.view, 1, give_way=[3])
        column(self, row, sources, (self.view, 1), self.message, buttons)
        self.search.returnPressed.connect(self.find_people)
        self.worklist_button.clicked.connect(self.from_worklist)
        self.register_button.clicked.connect(self.from_register)
        self.all_button.clicked.connect(self.model.tick_all)
        self.invite_button.clicked.connect(self.invite)
        close.clicked.connect(self.close)
        # Enter in the search box searches; it never presses a button.
        for button in (
            self.worklist_button,
            self.register_button,
            self.all_button,
            self.invite_button,
            close,
        ):
            button.setAutoDefault(False)
        fix_minimum_size(self)
        size_from_screen(self, QSize(900, 560))

    def find_people(self) -> None:
        search = self._ctx.services.patients.search
        text = self.search.text()
        self._ctx.jobs.submit(
            lambda: [
                Candidate(p.id, p.full_name, p.date_of_birth, _tr("found by search"))
                for p in search(text, 200).patients
            ],
            self.model.set_candidates,
            self._failed,
            key="group-invite/candidates",
            owner=self,
        )

    def from_worklist(self) -> None:
        """Everyone whose review falls due in the next eight weeks (or is overdue)."""
        worklist = self._ctx.services.worklist.worklist
        today = self._ctx.today()
        self._ctx.jobs.submit(
            lambda: [
                Candidate(
                    e.patient_id,
                    e.full_name,
                    e.date_of_birth,
                    _tr("review due {date}").format(date=formatting.date(e.due)),
                )
                for e in worklist(WorklistFilter(due_within_days=WORKLIST_DAYS), today)
            ],
            self.model.set_candidates,
            self._failed,
            key="group-invite/candidates",
            owner=self,
        )

    def from_register(self) -> None:
        """People on the chosen register coming up for a care-planning conversation."""
        register = REGISTER_BY_KEY[self.register_choice.currentData()]
        coming_up = self._ctx.services.previsit.coming_up
        today = self._ctx.today()

        def why(due: dt.date | None) -> str:
            if due is None:
                return _tr("on the register, no plan yet")
            return _tr("on the register, review due {date}").format(date=formatting.date(due))

        self._ctx.jobs.submit(
            lambda: [
                Candidate(e.patient_id, e.full_name, e.date_of_birth, why(e.due))
                for e in coming_up(WORKLIST_DAYS, register, today=today)
            ],
            self.model.set_candidates,
            self._failed,
            key="group-invite/candidates",
            owner=self,
        )

    def invite(self) -> None:
        chosen = self.model.ticked()
        if not chosen:
            self.message.setText(_tr("Tick the people to invite first."))
            return
        invite = self._ctx.services.groups.invite
        session_id = self.session_id
        self._ctx.jobs.submit(
            lambda: invite(session_id, chosen), self._done, self._failed, owner=self
        )

    def _done(self, result: InviteResult) -> None:
        text = _tr("{count} invited.").format(count=len(result.invited))
        if result.already:
            text += " " + _tr("{count} already invited.").format(count=len(result.already))
        if result.over_capacity:
            text += " " + _tr("{count} did not fit: the session is full.").format(
                count=len(result.over_capacity)
            )
        self.message.setText(text)
        self.invited.emit(result)

    def _failed(self, error: Exception) -> None:
        self.message.setText(formatting.error_message(error))
