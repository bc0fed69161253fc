"""The schema's revisions read from the migration files themselves, without Alembic.

Opening a database only asks whether its schema is the newest one; answering that
by loading Alembic and every migration script costs a start-up about 17 MiB of
memory for nothing when it is (as it is almost always). The files name their own
revision and the one they follow (``revision = "0010"``, ``down_revision = "0004"``),
which is all that question needs; Alembic is loaded only to upgrade.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).with_name("versions")
_REVISION = re.compile(r"^revision\s*=\s*[\"'](\w+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)
_NAME = re.compile(r"[\"'](\w+)[\"']")


@cache
def graph() -> dict[str, tuple[str, ...]]:
    """Each revision and the revisions it follows."""
    found: dict[str, tuple[str, ...]] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            continue
        found[revision.group(1)] = tuple(_NAME.findall(down.group(1)))
    return found


def known() -> set[str]:
    return set(graph())


def heads() -> set[str]:
    """The revisions no other follows (one, when the migrations are in order)."""
    followed = {parent for parents in graph().values() for parent in parents}
    return known() - followed
