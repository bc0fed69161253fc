"""How follow-up facts are put into words, in one place."""

from __future__ import annotations

from careplan.vocabulary import GAS_LABELS, GoalStatus, ReviewMode
from ui.formatting import number
from ui.i18n import Words, translator

_tr = translator("followup")


def when_due(days_overdue: int) -> str:
    """``12 days overdue``, ``due today``, ``due in 3 days``: never a bare signed number."""
    if days_overdue > 1:
        return _tr("{count} days overdue").format(count=days_overdue)
    if days_overdue == 1:
        return _tr("1 day overdue")
    if days_overdue == 0:
        return _tr("due today")
    if days_overdue == -1:
        return _tr("due tomorrow")
    return _tr("due in {count} days").format(count=-days_overdue)


def score(attainment: int) -> str:
    """``+1``, ``0``, ``−2`` (a true minus sign, which reads better than a hyphen)."""
    if attainment > 0:
        return f"+{attainment}"
    if attainment < 0:
        return f"\u2212{-attainment}"
    return "0"


def score_with_meaning(attainment: int) -> str:
    """``+1 more than expected``."""
    return _tr("{score} {meaning}").format(
        score=score(attainment), meaning=GAS_LABELS.get(attainment, "")
    )


def short_meaning(attainment: int) -> str:
    """The scale's level in two words, where space is short (``much more``)."""
    return {
        2: _tr("much more"),
        1: _tr("more"),
        0: _tr("as expected"),
        -1: _tr("less"),
        -2: _tr("much less"),
    }.get(attainment, "")


def score_short(attainment: int) -> str:
    """``+2 much more``."""
    return _tr("{score} {meaning}").format(
        score=score(attainment), meaning=short_meaning(attainment)
    )


mode = Words(
    ReviewMode,
    lambda: {
        ReviewMode.IN_PERSON: _tr("in person"),
        ReviewMode.PHONE: _tr("by phone"),
        ReviewMode.VIDEO: _tr("by video"),
    },
)

goal_status = Words(
    GoalStatus,
    lambda: {
        GoalStatus.PROPOSED: _tr("proposed"),
        GoalStatus.ACTIVE: _tr("being worked on"),
        GoalStatus.ACHIEVED: _tr("achieved"),
        GoalStatus.REVISED: _tr("reworded"),
        GoalStatus.STOPPED: _tr("stopped"),
    },
)

# What was decided at a review, from the goal's status after it.
decision_after = Words(
    GoalStatus,
    lambda: {
        GoalStatus.ACTIVE: _tr("continue"),
        GoalStatus.ACHIEVED: _tr("achieved"),
        GoalStatus.REVISED: _tr("revised"),
        GoalStatus.STOPPED: _tr("stopped"),
    },
)


def share(part: int, whole: int) -> str:
    """``412 of 530 (78%)``; without a percentage when there is nothing to count."""
    if whole <= 0:
        return _tr("{part} of 0").format(part=number(part))
    percent = round(100 * part / whole)
    return _tr("{part} of {whole} ({percent}%)").format(
        part=number(part), whole=number(whole), percent=percent
    )
