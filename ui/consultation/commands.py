"""Undo and redo in the consultation: thin commands over the core's operations.

Each command is stored at once: pushing it runs the core operation; undo runs
the inverse core operation (``remove_*`` for an add, ``restore_*`` for a
remove, the old values for a change). A removed record comes back under its
own id, so later commands that name it still find it.

``do`` and ``revert`` run on the job runner's worker thread, one at a time in
the order asked for; what they learn (the id of a new record) is there for the
next one. A command whose operation fails is dropped from the history and the
message goes to the field it came from (or to the window). The core's part
edits return an :class:`Outcome` (the record and what changed), which the
session applies to the plan on screen.
"""

from __future__ import annotations

from collections.abc import Callable
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


class PlanCommand(QUndoCommand):
    """One stored edit. Subclasses say what ``do`` and ``revert`` call in the core."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._on_done = on_done
        self._on_error = on_error
        self._first = True
        self.failed = False

    def do(self) -> Any:  # runs on the worker thread
        raise NotImplementedError

    def revert(self) -> Any:  # runs on the worker thread
        raise NotImplementedError

    def redo(self) -> None:
        if self.failed:
            return
        first, self._first = self._first, False
        self._session.run(
            self.do,
            (self._on_done if first else None),
            lambda error: self._fail(error, first=first),
        )

    def undo(self) -> None:
        if self.failed:
            return
        self._session.run(self.revert, None, lambda error: self._fail(error, first=False))

    def _fail(self, error: Exception, *, first: bool) -> None:
        self.failed = True
        if first and self._on_error is not None:
            self._on_error(error)
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


class Call(PlanCommand):
    """An edit whose inverse is another call: changed fields, a new order, a rating."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        do: Callable[[], Any],
        revert: Callable[[], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(session, text, on_done=on_done, on_error=on_error)
        self._do = do
        self._revert = revert

    def do(self) -> Any:
        return self._do()

    def revert(self) -> Any:
        return self._revert()


def edit(
    session: ConsultationSession,
    text: str,
    apply: Callable[[dict[str, Any]], Any],
    new: dict[str, Any],
    old: dict[str, Any],
    *,
    on_done: OnDone | None = None,
    on_error: OnError | None = None,
) -> Call:
    """Change some fields of one record: redo stores ``new``, undo stores ``old`` again."""
    return Call(
        session,
        text,
        lambda: apply(new),
        lambda: apply(old),
        on_done=on_done,
        on_error=on_error,
    )


class FieldEdit(PlanCommand):
    """What was typed into one field. Stored after each pause in typing; the pauses of
    one stretch of typing merge into a single undo step."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        key: int,
        apply: Callable[[Any], Any],
        new: Any,
        old: Any,
        *,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(session, text, on_error=on_error)
        self._key = key
        self._apply = apply
        self._new = new
        self._old = old

    def id(self) -> int:
        return self._key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other._key != self._key:
            return False
        if self.failed or other.failed:
            return False
        self._new = other._new
        return True

    def do(self) -> Any:
        return self._apply(self._new)

    def revert(self) -> Any:
        return self._apply(self._old)


class _TakesOut(PlanCommand, Generic[R]):
    """Takes a record out and puts it back as it was, under its own id."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        remove: Callable[[int], Outcome[Removed[R]]],
        restore: Callable[[Removed[R]], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(session, text, on_done=on_done, on_error=on_error)
        self._remove = remove
        self._restore = restore
        self._removed: Removed[R] | None = None
        self.record_id: int | None = None

    def _take_out(self) -> Any:
        assert self.record_id is not None
        outcome = self._remove(self.record_id)
        self._removed = outcome.record
        return outcome

    def _put_back(self) -> Any:
        assert self._removed is not None
        removed, self._removed = self._removed, None
        return self._restore(removed)


class Add(_TakesOut[R]):
    """Add a record; undo takes it out; redo puts the same record back (same id)."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        add: Callable[[], Outcome[Any]],
        remove: Callable[[int], Outcome[Removed[R]]],
        restore: Callable[[Removed[R]], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(session, text, remove, restore, on_done=on_done, on_error=on_error)
        self._add = add

    def do(self) -> Any:
        if self._removed is not None:
            return self._put_back()
        outcome = self._add()
        record: HasId = outcome.record
        self.record_id = record.id
        return outcome

    def revert(self) -> Any:
        return self._take_out()


class Remove(_TakesOut[R]):
    """Take a record out; undo puts it back as it was, under its own id."""

    def __init__(
        self,
        session: ConsultationSession,
        text: str,
        record_id: int,
        remove: Callable[[int], Outcome[Removed[R]]],
        restore: Callable[[Removed[R]], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        super().__init__(session, text, remove, restore, on_done=on_done, on_error=on_error)
        self.record_id = record_id

    def do(self) -> Any:
        return self._take_out()

    def revert(self) -> Any:
        return self._put_back()
