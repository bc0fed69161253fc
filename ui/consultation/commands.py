"""Undo and redo in the consultation: thin commands over the core's operations.

Each command is stored at once: pushing it runs the core operation; undo runs
the inverse core operation (``remove`` for an add, ``restore`` for a remove,
the old values for a change). A removed record comes back under its own id
(:class:`Removal`), so later commands that name it still find it.

``do`` and ``revert`` run on the job runner's worker thread, one at a time in
the order asked for; what they learn (the id of a new record) is there for the
next one. A command whose operation fails is dropped from the history and the
message goes to the field it came from (or to the window). The core's part
edits return an :class:`Outcome` (the record and what changed), which the
session applies to the plan on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtGui import QUndoCommand

from careplan.services.part_edits import Outcome, Removed
from ui import formatting
from ui.consultation.session import ConsultationSession

R = TypeVar("R")

OnError = Callable[[Exception], None]
OnDone = Callable[[Any], None]


class HasId(Protocol):
    @property
    def id(self) -> int: ...


@dataclass(frozen=True)
class Reply:
    """Who hears how an edit went the first time it ran: ``done`` with what its operation
    returned, ``error`` with why it failed (without it the window shows the message)."""

    done: OnDone | None = None
    error: OnError | None = None


# No one waits for the edit: a failure is shown by the window.
NO_REPLY = Reply()


class PlanCommand(QUndoCommand):
    """One stored edit: ``do`` and ``revert`` are the core operations it calls (on the
    worker thread), such as changed fields and the old ones, or a new order and the old."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        do: Callable[[], Any],
        revert: Callable[[], Any],
        reply: Reply = NO_REPLY,
    ) -> None:
        super().__init__(text)
        self._session = session
        self.do, self.revert = do, revert
        self._reply = reply
        self._first = True
        self.failed = False

    def redo(self) -> None:
        if self.failed:
            return
        first, self._first = self._first, False
        self._session.run(
            self.do,
            (self._reply.done if first else None),
            lambda error: self._fail(error, first=first),
        )

    def undo(self) -> None:
        if self.failed:
            return
        self._session.run(self.revert, None, lambda error: self._fail(error, first=False))

    def _fail(self, error: Exception, *, first: bool) -> None:
        self.failed = True
        if first and self._reply.error is not None:
            self._reply.error(error)
        else:
            self._session.problem.emit(formatting.error_message(error))
        if not shiboken6.isValid(self):
            return
        # Obsolete commands are deleted by the stack as it passes them; one just pushed
        # is taken out at once, so "Undo" never offers an edit that was not stored.
        self.setObsolete(True)
        stack = self._session.undo_stack
        if first and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()
        # The plan on screen may be ahead of what is stored: read it again.
        self._session.reload()


class Edit(PlanCommand):
    """A change of stored values: redo stores ``new``, undo stores ``old`` again.

    What is typed into one field carries that field's ``key``: it is stored after each
    pause in typing, and the pauses of one stretch of typing merge into a single undo
    step. Without a key (-1) a change is a step of its own."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        apply: Callable[[Any], Any],
        new: Any,
        old: Any,
        on_error: OnError | None = None,
        key: int = -1,
    ) -> None:
        super().__init__(
            session, text, lambda: apply(self._new), lambda: apply(old), Reply(error=on_error)
        )
        self._new = new
        self._key = key

    def id(self) -> int:
        return self._key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other._key != self._key:
            return False
        if self.failed or other.failed:
            return False
        self._new = other._new
        return True


class Removal(Generic[R]):
    """Takes one record out and puts it back as it was, under its own id, so later
    commands that name it still find it."""

    def __init__(
        self,
        remove: Callable[[int], Outcome[Removed[R]]],
        restore: Callable[[Removed[R]], Any],
        record_id: int | None = None,
    ) -> None:
        self._remove = remove
        self._restore = restore
        self._removed: Removed[R] | None = None
        self.record_id = record_id

    def take_out(self) -> Any:
        assert self.record_id is not None
        outcome = self._remove(self.record_id)
        self._removed = outcome.record
        return outcome

    def put_back(self) -> Any:
        assert self._removed is not None
        removed, self._removed = self._removed, None
        return self._restore(removed)

    def adding(self, add: Callable[[], Outcome[Any]]) -> Callable[[], Any]:
        """The ``do`` of adding a record: ``add`` the first time (noting the new record's
        id), after an undo the same record put back."""

        def do() -> Any:
            if self._removed is not None:
                return self.put_back()
            outcome = add()
            record: HasId = outcome.record
            self.record_id = record.id
            return outcome

        return do
