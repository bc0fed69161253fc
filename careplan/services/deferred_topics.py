"""A topic deferred at one meeting comes back at the next: a person's agenda item at
their next consultation, a group's topic at the next session of its series."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from ..models import Base
from ..vocabulary import AgendaStatus

T = TypeVar("T", bound=Base)


def brought_back(
    model: type[T], item: Any, rank: int, now: dt.datetime, *kept: str, **given: Any
) -> T:
    """``item``, deferred at an earlier meeting, brought into this one: open, at ``rank``,
    linked to it (``carried_from_id``); its text and the ``kept`` fields (who raised it)
    as they were, ``given`` the new meeting's."""
    return model(
        **{name: getattr(item, name) for name in ("text", *kept)},
        **given,
        rank=rank,
        status=AgendaStatus.OPEN.value,
        carried_from_id=item.id,
        created_at=now,
    )
