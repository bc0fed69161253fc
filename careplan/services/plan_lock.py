"""Optimistic locking of a whole plan, and positions that cannot collide.

Every edit of any part of a draft (an action, a barrier, a support, a step,
what matters, an agenda topic, a goal) goes through :class:`PlanVersions`: it
takes the plan's row lock, checks that the plan is still at the version this
workstation last saw, and bumps it. A second workstation's edit made on an
older reading is refused with a :class:`ConflictError` that says what is
stored now; nothing is overwritten. The row lock also serialises position
allocation, and unique indexes make a collision impossible rather than rare.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import ConflictError, FieldChange
from ..i18n import _

_PENDING = "careplan.plan_versions"


def lock_plan(session: Session, consultation_id: int) -> m.Consultation | None:
    """The plan's row, locked until the transaction ends (PostgreSQL; SQLite's writer lock
    already serialises writes)."""
    return session.scalar(
        select(m.Consultation)
        .where(m.Consultation.id == consultation_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def next_position(session: Session, column: Any, parent: Any, parent_id: int) -> int:
    current = session.scalar(select(func.max(column)).where(parent == parent_id))
    return 0 if current is None else int(current) + 1


def make_room(
    session: Session, model: type[m.Base], parent: str, order: str, parent_id: int, at: int
) -> int:
    """Free the position ``at`` under ``parent_id`` by moving the rows from it on one down.

    Two steps through negative numbers, so no two rows share a position at any moment
    (the unique index is checked row by row).
    """
    table = cast(Table, model.__table__)
    column, owner = table.c[order], table.c[parent]
    if session.scalar(select(func.count()).where(owner == parent_id, column == at)) == 0:
        return at
    session.execute(
        update(table).where(owner == parent_id, column >= at).values({order: -column - 2})
    )
    session.execute(
        update(table).where(owner == parent_id, column < 0).values({order: -column - 1})
    )
    return at


def conflict(
    plan: m.Consultation, row: Any = None, values: Mapping[str, Any] | None = None
) -> ConflictError:
    changes: tuple[FieldChange, ...] = ()
    if row is not None and values:
        changes = tuple(
            FieldChange(k, v, getattr(row, k)) for k, v in values.items() if getattr(row, k) != v
        )
    return ConflictError(
        _(
            "This plan was changed on another computer at {time} (UTC), after this one last "
            "read it. Nothing was saved and nothing was overwritten; the plan is shown again "
            "as it is now: look at it and make your change again if it is still needed."
        ).format(time=plan.updated_at.strftime("%H:%M:%S")),
        changes,
    )


class PlanVersions:
    """The version of each plan this workstation (this service) last read or wrote."""

    def __init__(self) -> None:
        self._seen: dict[int, int] = {}
        self._lock = threading.Lock()

    def saw(self, consultation_id: int, version: int) -> None:
        with self._lock:
            self._seen[consultation_id] = version

    def expected(self, consultation_id: int) -> int | None:
        with self._lock:
            return self._seen.get(consultation_id)

    def check_and_bump(
        self,
        session: Session,
        plan: m.Consultation,
        now: Any,
        *,
        expected: int | None = None,
        row: Any = None,
        values: Mapping[str, Any] | None = None,
        check: bool = True,
    ) -> None:
        """Refuse an edit made on an older reading of the plan; count this edit as a change."""
        wanted = expected if expected is not None else self.expected(plan.id)
        if check and wanted is not None and plan.version != wanted:
            raise conflict(plan, row, values)
        plan.updated_at = now  # the update bumps ``version`` (SQLAlchemy's version counter)
        # An addition made on an older reading does not make this workstation up to date.
        up_to_date = wanted is None or plan.version == wanted
        session.info.setdefault(_PENDING, {})[plan.id] = (plan, up_to_date)

    def committed(self, session: Session) -> dict[int, int]:
        """After the edit is flushed: the plans' new versions (to remember once committed)."""
        session.flush()
        plans: dict[int, tuple[m.Consultation, bool]] = session.info.pop(_PENDING, {})
        return {pid: plan.version for pid, (plan, current) in plans.items() if current}
