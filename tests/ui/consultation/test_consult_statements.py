"""What one edit in the consultation costs in SQL: its own write, and no read-back.

The window's edit path (PlanEditor → undo command → job → core) applies the
record the core returns instead of reading the whole plan back. Counted with
SQLAlchemy's ``before_cursor_execute`` event on the workstation's engine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from careplan.plan_parts import GOAL
from careplan.services import Services
from careplan.storage import Database
from tests.ui.consultation.helpers import settle
from ui.consultation.window import ConsultationWindow
from ui.jobs import JobRunner


@contextmanager
def counted(database: Database, *, this_thread: bool = False) -> Iterator[list[str]]:
    """The statements run meanwhile (``this_thread``: only those of the calling thread)."""
    statements: list[str] = []
    caller = threading.get_ident()

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not this_thread or threading.get_ident() == caller:
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", note)


def reads_whole_plan(statements: list[str]) -> bool:
    # Reading a plan back loads every part, the agenda's topics among them.
    return any("FROM agenda_item" in s for s in statements)


def test_consult_one_edit_costs_its_own_write_and_no_read_back(
    qtbot: QtBot,
    workspace: ConsultationWindow,
    jobs: JobRunner,
    services: Services,
    database: Database,
) -> None:
    w = workspace
    c = services.consultations
    for text in ("Walk to the park", "Sleep through the night"):
        w.editor.add(GOAL, w.plan.id, {"text": text, "expressed_by": "patient"})
        settle(qtbot, jobs)
    first, second = w.plan.goals

    # The core's own write, called directly: the floor an edit cannot go under. (The
    # window reads the plan back meanwhile, on its worker thread: a change it did not make.)
    with counted(database, this_thread=True) as own:
        c.update(GOAL, second.id, {"text": "Sleep well"}, expected_version=second.version)
    assert not reads_whole_plan(own)
    settle(qtbot, jobs)

    # The same edit typed in the window: its write, plus at most one targeted read.
    w.editor.update(GOAL, first, {"text": "Walk to the park and back"})
    with counted(database) as edit_path:
        settle(qtbot, jobs)
        qtbot.wait(50)  # any read-back the change would start
        settle(qtbot, jobs)
    assert w.plan.goals[0].text == "Walk to the park and back"
    assert not reads_whole_plan(edit_path), edit_path
    assert len(edit_path) <= len(own) + 1, (len(own), edit_path)

    # What a read-back would have cost on top: the whole plan.
    with counted(database) as read_back:
        c.get(w.plan.id)
    assert len(read_back) > 1
    print(
        f"statements: core write {len(own)}, edit path {len(edit_path)}, "
        f"a read-back of the plan {len(read_back)}"
    )
