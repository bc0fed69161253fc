"""Goals: the person's words, lifecycle, dates, targets, priority, category, status reason."""

from __future__ import annotations

import datetime as dt

from ...i18n import _
from ...text import TEXT_MAX
from .. import codes as c
from ..document import GoalDoc, TargetDoc
from .context import GoalDraft, Reading, dumps
from .index import Entry, unmapped
from .node import Node, codings, concept_words

GOAL_MAPPED = frozenset(
    [
        "identifier",
        "lifecycleStatus",
        "achievementStatus",
        "category",
        "priority",
        "description",
        "subject",
        "startDate",
        "target",
        "statusReason",
        "expressedBy",
        "addresses",
    ]
)
# FHIR lifecycle -> (this app's goal status, the lifecycle kept beside it when the status
# does not say it).
_STATUS = {
    "proposed": ("proposed", None),
    "planned": ("proposed", "planned"),
    "accepted": ("proposed", "accepted"),
    "active": ("active", None),
    "on-hold": ("active", "on-hold"),
    "completed": ("achieved", None),
    "cancelled": ("stopped", None),
    "rejected": ("stopped", "rejected"),
    "entered-in-error": ("stopped", "entered-in-error"),
}
_EXPRESSED_BY_TYPE = {
    "Patient": "patient",
    "RelatedPerson": "carer",
    "Practitioner": "clinician",
    "PractitionerRole": "clinician",
}
_SHOWN_ACHIEVEMENT = frozenset({"in-progress", "achieved", "not-achieved"})
_DETAIL_TYPES = ("Quantity", "Range", "CodeableConcept", "String", "Boolean", "Integer", "Ratio")


def goal(reading: Reading, entry: Entry) -> GoalDraft | None:
    """The goal, or ``None`` (and said so) when it has no words this app could show."""
    node = entry.node
    node.no_modifiers()
    lifecycle_code = node.code("lifecycleStatus", c.GOAL_LIFECYCLE, required=True)
    assert lifecycle_code is not None
    status, lifecycle = _STATUS[lifecycle_code]
    reason = node.string("statusReason")
    if lifecycle_code == "cancelled" and reason == c.REVISED_REASON:
        status, reason = "revised", None
    achievement = node.node("achievementStatus")
    for system, code, _d in codings(achievement):
        if system == c.GOAL_ACHIEVEMENT and code not in c.GOAL_ACHIEVEMENT_CODES:
            raise node.fail(_("holds a code FHIR R4 does not define."), "achievementStatus")
        if system != c.GOAL_ACHIEVEMENT or code not in _SHOWN_ACHIEVEMENT:
            reading.element(entry, _("its achievement status"))
        elif status == "achieved" and code != "achieved":
            status, lifecycle = "stopped", "completed"
    priority = node.node("priority")
    for system, code, _d in codings(priority):
        if system == c.GOAL_PRIORITY and code not in (
            "high-priority",
            "medium-priority",
            "low-priority",
        ):
            raise node.fail(_("holds a code FHIR R4 does not define."), "priority")
    description = node.node("description", required=True)
    text = reading.clean_text(concept_words(description), node.at("description"), TEXT_MAX)
    if not text:
        reading.element(entry, _("left out: it has no words to show"))
        return None
    target, due, targets = _targets(reading, entry)
    ref = node.node("expressedBy")
    who = reading.index.resolve(
        ref, entry, {"Patient", "RelatedPerson", "Practitioner", "PractitionerRole"}, "expressedBy"
    )
    kind = reading.index.ref_type(ref, who)
    expressed = _EXPRESSED_BY_TYPE.get(kind or "Patient", "patient")
    categories = [reading.concept(cat) for cat in node.nodes("category")]
    if node.has("startCodeableConcept"):
        reading.element(entry, _("its start event"))
    unmapped(reading.index, entry, GOAL_MAPPED | {"startCodeableConcept"})
    concept = reading.concept(priority)
    return GoalDraft(
        entry,
        GoalDoc(
            text=text,
            expressed_by=expressed,
            target=target,
            target_date=due,
            status=status,
            lifecycle=lifecycle,
            start_date=node.partial_date("startDate"),
            status_reason=reading.clean_text(reason, node.at("statusReason"), TEXT_MAX) or None,
            priority=dumps(concept) if concept else None,
            categories=dumps([k for k in categories if k]) if any(categories) else None,
            targets=targets,
        ),
    )


def _targets(
    reading: Reading, entry: Entry
) -> tuple[str | None, dt.date | None, tuple[TargetDoc, ...]]:
    words: str | None = None
    due: dt.date | None = None
    targets: list[TargetDoc] = []
    for t in entry.node.nodes("target"):
        measure = t.node("measure")
        day = t.partial_date("dueDate")
        if t.has("dueDuration"):
            reading.element(entry, _("a target's time allowed"))
        details = [k for k in _DETAIL_TYPES if t.has(f"detail{k}")]
        words_t = _words_target(t, measure, details)
        if words_t is not None and words is None:
            if words_t:
                words = reading.clean_text(words_t, t.path, TEXT_MAX) or None
            if day is not None and due is None:
                due = day
            continue
        if not details and measure is None:
            if day is not None and due is None:
                due = day
            continue
        detail = None
        if details:
            kind = details[0]
            detail = dumps({kind: reading.value(t.value[f"detail{kind}"], t.at("detail"))})
        concept = reading.concept(measure)
        targets.append(TargetDoc(dumps(concept) if concept else None, detail, day))
        if due is None and day is not None:
            due = day
    return words, due, tuple(targets)


def _words_target(t: Node, measure: Node | None, details: list[str]) -> str | None:
    """The target in words ("" for none), if this target is one; else ``None``.

    A target in words is this app's own (measure: the GAS "expected outcome", LOINC
    107332-9) or a text or coded detail with no measure.
    """
    gas = any(s == c.LOINC and k == c.GAS_REPORTED for s, k, _d in codings(measure))
    if measure is not None and not gas:
        return None
    if details == ["String"]:
        return t.string("detailString") or ""
    if details == ["CodeableConcept"]:
        return concept_words(t.node("detailCodeableConcept")) or ""
    if not details and gas:
        return ""
    return None
