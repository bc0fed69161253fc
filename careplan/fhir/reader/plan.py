"""The CarePlan: which one is imported, its activities, escalation steps and review date."""

from __future__ import annotations

import datetime as dt

from ...i18n import _
from ...text import SHORT_MAX, TEXT_MAX
from ...vocabulary import ActionOwner
from .. import codes as c
from ..document import ActionDoc, EscalationDoc
from .context import Activity, GoalDraft, Reading
from .index import Entry, Index, shown
from .node import Node, codings, concept_words
from .reviews import name_of

PLAN_MAPPED = frozenset(
    [
        "identifier",
        "status",
        "intent",
        "title",
        "subject",
        "period",
        "created",
        "author",
        "contributor",
        "careTeam",
        "goal",
        "supportingInfo",
        "activity",
        "replaces",
    ]
)
_DETAIL_MAPPED = frozenset(
    [
        "extension",
        "status",
        "code",
        "description",
        "goal",
        "performer",
        "scheduledString",
        "reasonCode",
        "kind",
    ]
)
_OWNER_BY_TYPE = {
    "Patient": "person",
    "RelatedPerson": "carer",
    "Practitioner": "clinician",
    "PractitionerRole": "clinician",
    "Organization": "community",
    "CareTeam": "community",
}
_PEOPLE = {
    "Practitioner",
    "PractitionerRole",
    "Patient",
    "RelatedPerson",
    "Organization",
    "CareTeam",
}


def choose(index: Index, patient: Entry, about: object) -> tuple[Entry | None, list[Entry]]:
    """The plan to import, and the person's other plans (earlier revisions, other plans).

    One plan is imported at a time: the current one (not replaced by another in the file,
    not entered in error), active before others, newest first.
    """
    plans = []
    for entry in index.of_type("CarePlan"):
        status = entry.node.code("status", c.CAREPLAN_STATUSES, required=True)
        entry.node.code("intent", c.CAREPLAN_INTENTS, required=True)
        if status != "entered-in-error" and about(entry):  # type: ignore[operator]
            plans.append(entry)
    replaced: set[int] = set()
    for entry in plans:
        for ref in entry.node.nodes("replaces"):
            reference = ref.string("reference")
            found = index.lookup(reference, entry) if reference else None
            if found is not None:
                replaced.add(found.index)
    current = [p for p in plans if p.index not in replaced] or plans
    if not current:
        return None, []

    def rank(entry: Entry) -> tuple[bool, dt.date, int]:
        period = entry.node.node("period")
        start = period.partial_date("start") if period is not None else None
        created = entry.node.datetime("created")
        day = start or (created.date() if created else None) or dt.date.min
        return (entry.node.value.get("status") == "active", day, entry.index)

    chosen = max(current, key=rank)
    return chosen, [p for p in plans if p is not chosen]


def plan_date(
    reading: Reading, node: Node, today: dt.date
) -> tuple[dt.date | None, dt.datetime | None]:
    created = node.datetime("created")
    period = node.node("period")
    start = period.partial_date("start") if period is not None else None
    if start is None and created is not None:
        start = created.date()
    if start is not None and start > today:
        start = None
    if created is not None and created.date() > today:
        created = None
    return start, created


def author(reading: Reading, entry: Entry) -> str | None:
    node = entry.node
    ref = node.node("author")
    found = reading.index.resolve(ref, entry, _PEOPLE, "author")
    for other in node.nodes("contributor"):
        reading.index.resolve(other, entry, _PEOPLE, "contributor")
    kind = reading.index.ref_type(ref, found)
    if ref is not None and kind in (None, "Practitioner", "PractitionerRole"):
        return reading.clean_name(name_of(ref, found), node.at("author"))
    return None


def activities(
    reading: Reading, entry: Entry, goals: list[GoalDraft]
) -> tuple[dict[str, Activity], list[EscalationDoc], dt.date | None]:
    found: dict[str, Activity] = {}
    escalation: list[EscalationDoc] = []
    review_date: dt.date | None = None
    for n, activity in enumerate(entry.node.nodes("activity")):
        activity.no_modifiers()
        detail = activity.node("detail")
        for key in ("outcomeCodeableConcept", "outcomeReference", "progress"):
            if activity.has(key):
                reading.element(entry, _("what came of activity {n}").format(n=n + 1))
        if detail is None:
            reading.element(entry, _("activity {n} (given only as a reference)").format(n=n + 1))
            continue
        detail.no_modifiers()
        status = detail.code("status", c.ACTIVITY_STATUSES, required=True)
        code = detail.node("code")
        local = {k for s, k, _d in codings(code) if s == c.LOCAL_CODES}
        if c.CODE_REVIEW_DUE in local and review_date is None:
            scheduled = detail.node("scheduledPeriod")
            review_date = scheduled.partial_date("start") if scheduled else None
            if review_date is not None:
                continue
        levels = [c.ESCALATION_BY_CODE[k] for k in local if k in c.ESCALATION_BY_CODE]
        if levels:
            step = _escalation(reading, entry, detail, levels[0])
            if step is not None:
                escalation.append(step)
            continue
        words = detail.string("description") or concept_words(code)
        name = f"'{shown(words)}'" if words else str(n + 1)
        if not words:
            reading.element(entry, _("activity {name} (no words to show)").format(name=name))
            continue
        if detail.boolean("doNotPerform"):
            reading.element(entry, _("activity {name} (it says what not to do)").format(name=name))
            continue
        if status in ("cancelled", "entered-in-error"):
            reading.element(entry, _("activity {name} ({status})").format(name=name, status=status))
            continue
        goal: int | None = None
        for ref in detail.nodes("goal"):
            reference = ref.string("reference")
            target = reading.index.lookup(reference, entry) if reference else None
            if target is not None and target.index in reading.goal_at and goal is None:
                goal = reading.goal_at[target.index]
        if goal is None:
            reading.element(entry, _("activity {name} (not linked to a goal)").format(name=name))
            continue
        for key in detail.value:
            plain = key[1:] if key.startswith("_") else key
            if plain not in _DETAIL_MAPPED:
                reading.element(
                    entry,
                    _("activity {name}: its {what}").format(name=name, what=_words(plain)),
                )
        where = _action(reading, entry, detail, words, goals, goal)
        activity_id = activity.string("id")
        if activity_id is not None and activity_id not in found:
            found[activity_id] = where
    return found, escalation, review_date


def _words(element: str) -> str:
    from .index import element_words

    return element_words(element)


def _action(
    reading: Reading, entry: Entry, detail: Node, words: str, goals: list[GoalDraft], goal: int
) -> Activity:
    what = reading.clean_text(words, detail.at("description"), TEXT_MAX, required=True)
    owner: str | None = None
    parts: dict[str, str | None] = {}
    plan_ext = detail.extension(c.EXT_ACTION_PLAN)
    if plan_ext is not None:
        for part in plan_ext.extensions():
            url = part.value["url"]
            if url == "owner":
                owner = part.code(
                    "valueCode", frozenset(v.value for v in ActionOwner), required=True
                )
            elif url in ("ownerName", "howMuch", "when", "howOften"):
                parts[url] = part.string("valueString")
    else:
        parts["when"] = detail.string("scheduledString")
    who_name = None
    performer_type = None
    performers = detail.nodes("performer")
    if performers:
        ref = performers[0]
        found = reading.index.resolve(ref, entry, _PEOPLE, "performer")
        performer_type = reading.index.ref_type(ref, found)
        if performer_type != "Patient":
            who_name = name_of(ref, found)
    if owner is None:
        owner = _OWNER_BY_TYPE.get(performer_type or "Patient", "person")
    if plan_ext is not None:
        who_name = parts.get("ownerName")
    elif owner == "person":
        who_name = None
    path = detail.path
    doc = ActionDoc(
        what=what,
        how_much=reading.clean_short(parts.get("howMuch"), f"{path}.howMuch", SHORT_MAX),
        when=reading.clean_short(parts.get("when"), f"{path}.when", SHORT_MAX),
        how_often=reading.clean_short(parts.get("howOften"), f"{path}.howOften", SHORT_MAX),
        who=owner,
        who_name=reading.clean_name(who_name, f"{path}.performer"),
    )
    goals[goal].actions.append(doc)
    return Activity(goal, len(goals[goal].actions) - 1)


def _escalation(reading: Reading, entry: Entry, detail: Node, level: str) -> EscalationDoc | None:
    signs = None
    for reason in detail.nodes("reasonCode"):
        signs = concept_words(reason)
        if signs:
            break
    if not signs:
        reading.element(entry, _("a step of 'if things get worse' without its signs"))
        return None
    contact = None
    performers = detail.nodes("performer")
    if performers:
        found = reading.index.resolve(performers[0], entry, _PEOPLE, "performer")
        contact = name_of(performers[0], found)
    phone_ext = detail.extension(c.EXT_CONTACT_PHONE)
    phone = phone_ext.string("valueString") if phone_ext else None
    path = detail.path
    return EscalationDoc(
        level=level,
        signs=reading.clean_text(signs, f"{path}.reasonCode", TEXT_MAX, required=True),
        what_to_do=reading.clean_text(detail.string("description"), f"{path}.description", TEXT_MAX)
        or None,
        contact=reading.clean_short(contact, f"{path}.performer", SHORT_MAX),
        phone=reading.clean_short(phone, f"{path}.phone", 40),
    )
