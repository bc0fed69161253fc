"""One open consultation: the plan as last read, its undo stack, and the way edits are run.

Every edit is a core operation run on the one job runner, so a slow disk or a
distant PostgreSQL server never freezes the window. The runner does one job at
a time in the order given, so edits are stored in the order they were made,
and an undo is never run before the edit it undoes.

An edit made here returns what it changed (the record, or the whole plan for
the plan's own fields); the session applies it to the plan on screen
(:func:`careplan.plan_outcomes.applied`) and announces the result with
:attr:`ConsultationSession.plan_changed`, without reading the plan back. A
change made anywhere else (another window, another workstation's edit seen
through a refusal) makes it read the plan back (one keyed job: many quick
changes cause one read). Views redraw from that.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from careplan.changes import Change, Subject
from careplan.plan_outcomes import applied
from careplan.records import ConsultationRecord, GoalRecord
from careplan.services.part_edits import Outcome
from ui import formatting
from ui.context import UiContext

T = TypeVar("T")


class GoalVersions:
    """The version of each goal as this window last saw it, for optimistic locking.

    Written only from jobs, which run one at a time on the worker thread in the
    order they were submitted, so a job always sees the version the previous
    one left; the lock only guards reads from the UI thread.
    """

    def __init__(self) -> None:
        self._versions: dict[int, int] = {}
        self._lock = threading.Lock()

    def __getitem__(self, goal_id: int) -> int:
        with self._lock:
            return self._versions[goal_id]

    def note(self, goal: GoalRecord) -> GoalRecord:
        with self._lock:
            self._versions[goal.id] = goal.version
        return goal

    def absorb(self, plan: ConsultationRecord) -> ConsultationRecord:
        with self._lock:
            self._versions = {g.id: g.version for g in plan.goals}
        return plan


class ConsultationSession(QObject):
    """The consultation being built in one window (and shown in its patient view)."""

    plan_changed = Signal(object)  # ConsultationRecord
    # Something went wrong that belongs to no single field: a message for people.
    problem = Signal(str)
    # A write was submitted (True) or all writes so far have come back (False).
    saving_changed = Signal(bool)

    def __init__(
        self,
        ctx: UiContext,
        plan: ConsultationRecord,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = ctx.services
        self.consultations = ctx.services.consultations
        self.jobs = ctx.jobs
        self.versions = GoalVersions()
        self.versions.absorb(plan)
        self._plan = plan
        self._writes = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        ctx.changes.changed.connect(self._on_change)

    # ----- the plan -------------------------------------------------------------------------------

    @property
    def plan(self) -> ConsultationRecord:
        return self._plan

    @property
    def saving(self) -> bool:
        return self._writes > 0

    def reload(self) -> None:
        """Read the plan again (off the UI thread); :attr:`plan_changed` follows."""
        consultation_id = self._plan.id
        get = self.consultations.get
        versions = self.versions
        self.jobs.submit(
            lambda: versions.absorb(get(consultation_id)),
            self._set_plan,
            self._on_reload_error,
            key=f"consultation/{consultation_id}/read",
            owner=self,
        )

    def switch_to(self, plan: ConsultationRecord) -> None:
        """Carry on with another consultation (a new revision): a fresh undo history."""
        self.undo_stack.clear()
        self.versions.absorb(plan)
        self._plan = plan
        self.plan_changed.emit(plan)

    def _set_plan(self, plan: ConsultationRecord) -> None:
        if plan.id != self._plan.id:
            return  # a late read of a consultation this window has moved on from
        self._plan = plan
        self.plan_changed.emit(plan)

    def _on_reload_error(self, error: Exception) -> None:
        self.problem.emit(formatting.error_message(error))

    def _on_change(self, change: Change) -> None:
        if change.initiated_by(self):
            return  # an edit of this window's: its result is applied where it comes back
        ours = change.subject is Subject.CONSULTATION and change.record_id == self._plan.id
        if ours or change.subject is Subject.DATABASE:
            self.reload()

    def _apply(self, result: Any) -> Any:
        """Show what an edit of this window's returned; the record itself for ``on_done``."""
        if isinstance(result, Outcome):
            plan = applied(self._plan, result)
            if plan is None:
                self.reload()
            else:
                self._set_plan(plan)
            return result.record
        if isinstance(result, ConsultationRecord):
            self._set_plan(result)
        return result

    # ----- running edits --------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run one write on the job runner; ``on_done``/``on_error`` come back on the UI thread."""
        self._writes += 1
        if self._writes == 1:
            self.saving_changed.emit(True)

        def done(result: Any) -> None:
            self._write_back()
            record = self._apply(result)
            if on_done is not None:
                on_done(record)

        def failed(error: Exception) -> None:
            self._write_back()
            if on_error is not None:
                on_error(error)
            else:
                self.problem.emit(formatting.error_message(error))

        self.jobs.submit(fn, done, failed, owner=self)

    def _write_back(self) -> None:
        self._writes = max(0, self._writes - 1)
        if self._writes == 0:
            self.saving_changed.emit(False)
