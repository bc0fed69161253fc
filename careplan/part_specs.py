"""What each part of a plan holds: its fields, declared once.

A field declared here is everything the app knows of it: its kind, limits,
vocabulary and label (:class:`careplan.plan_fields.Field`). The table column
that stores it is made from it (:mod:`careplan.models.columns`), the record that
carries it out of the core gets it (:func:`careplan.plan_fields.declared`), and
the core's add, update, remove and restore, the revision routine and the
consultation's undoable edits handle it through the part that holds it
(:mod:`careplan.plan_parts`). A new optional field of a part is one line here
and its migration, plus its place on screen.

A field of kind LINK names the part it points at by that part's key, which is
also the name of its table.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import N_
from .plan_fields import Field, Kind
from .text import NAME_MAX, SHORT_MAX
from .vocabulary import (
    ActionOwner,
    AgendaStatus,
    EscalationLevel,
    GoalStatus,
    ParticipantRole,
    RaisedBy,
    SupportKind,
)

Spec = tuple[Field, ...]


def _choice(
    name: str,
    label: str,
    vocabulary: type[StrEnum],
    default: StrEnum | None = None,
    *,
    max_length: int | None = None,
    on_add: bool = True,
    on_update: bool = True,
) -> Field:
    """One value of ``vocabulary``; ``default``, one of its members, when none is given."""
    return Field(
        name,
        Kind.CHOICE,
        label,
        vocabulary=vocabulary,
        max_length=max_length,
        on_add=on_add,
        on_update=on_update,
        default=None if default is None else default.value,
    )


def _rating(name: str, *, on_add: bool = True) -> Field:
    return Field(name, Kind.RATING, N_("confidence"), on_add=on_add, on_update=False)


ACTION: Spec = (
    Field("what", required=True, label=N_("action")),
    Field("how_much", Kind.LINE, N_("how much"), max_length=SHORT_MAX),
    Field("when", Kind.LINE, N_("when"), max_length=SHORT_MAX),
    Field("how_often", Kind.LINE, N_("how often"), max_length=SHORT_MAX),
    _choice("who", N_("person who does it"), ActionOwner, ActionOwner.PERSON),
    Field("who_name", Kind.LINE, max_length=NAME_MAX),
    # Rated by ``rate_confidence``: the first rating is kept, later ones are final.
    _rating("confidence_first"),
    _rating("confidence_final", on_add=False),
)

BARRIER: Spec = (
    Field("barrier", required=True, label=N_("what might get in the way")),
    Field("plan_b", label=N_("plan B")),
    Field(
        "action_id",
        Kind.LINK,
        target="action",
        message=N_("Link the barrier to an action of this goal."),
        # A barrier of an action goes with it when the goal goes; taking the action out
        # of a draft unlinks its barriers first (``part_edits``).
        on_delete="CASCADE",
    ),
)

WHAT_MATTERS: Spec = (Field("text", required=True, label=N_("what matters")),)

# A goal's measurable targets as another system wrote them (FHIR import): never typed
# here, carried into every revision and back out on export as they came.
GOAL_TARGET: Spec = tuple(
    Field(name, kind, on_add=False, on_update=False)
    for name, kind in (("measure", Kind.TEXT), ("detail", Kind.TEXT), ("due_date", Kind.DATE))
)

GOAL: Spec = (
    Field("text", required=True, label=N_("goal in the person's words")),
    _choice("expressed_by", N_("person whose goal it is"), RaisedBy, RaisedBy.PATIENT),
    Field("importance", Kind.RATING, N_("importance")),
    Field("target", label=N_("target")),
    Field("target_date", Kind.DATE, N_("target date")),
    # Its lifecycle has rules of its own (``set_goal_status``, ``carry_goal``).
    _choice(
        "status", N_("goal status"), GoalStatus, GoalStatus.PROPOSED, on_add=False, on_update=False
    ),
    Field(
        "what_matters_id",
        Kind.LINK,
        target="what_matters",
        message=N_("Link the goal to what matters in this plan."),
    ),
    # What another system said of the goal (FHIR import), carried into every revision
    # so it is neither lost nor changed; never typed here: its lifecycle when ``status``
    # does not say it (on-hold, cancelled, entered-in-error...), start date, status
    # reason, priority and categories (coded, as JSON text).
    Field("lifecycle", Kind.LINE, max_length=20, on_add=False, on_update=False),
    *(
        Field(name, kind, on_add=False, on_update=False)
        for name, kind in (
            ("start_date", Kind.DATE),
            ("status_reason", Kind.TEXT),
            ("priority", Kind.TEXT),
            ("categories", Kind.TEXT),
        )
    ),
)

SUPPORT: Spec = (
    _choice("kind", N_("kind of support"), SupportKind),
    Field("name", Kind.LINE, N_("name of the support"), required=True, max_length=SHORT_MAX),
    Field("contact", Kind.LINE, max_length=SHORT_MAX),
    Field("how_they_help", label=N_("how they help")),
)

ESCALATION_STEP: Spec = (
    _choice("level", N_("level (green, amber or red)"), EscalationLevel, max_length=10),
    Field("signs", required=True, label=N_("what to watch for")),
    Field("what_to_do", label=N_("what to do")),
    Field("contact", Kind.LINE, N_("whom to call"), max_length=SHORT_MAX),
    Field("phone", Kind.LINE, max_length=40),
)

PARTICIPANT: Spec = (
    _choice("role", N_("role of the person present"), ParticipantRole),
    Field("name", Kind.LINE, max_length=NAME_MAX),
)

AGENDA_ITEM: Spec = (
    Field("text", required=True, label=N_("topic")),
    _choice("raised_by", N_("person who raised it"), RaisedBy),
    _choice("status", N_("topic status"), AgendaStatus, AgendaStatus.OPEN, on_add=False),
)

RESULT: Spec = (
    Field("test_name", Kind.LINE, N_("test"), required=True, max_length=SHORT_MAX),
    Field("value", Kind.LINE, max_length=SHORT_MAX),
    Field("meaning"),
    Field(
        "taken_on",
        Kind.DATE,
        N_("date of the test"),
        message=N_("The date of the test cannot be in the future."),
    ),
)
