"""Reading FHIR R4 into a :class:`~careplan.fhir.document.PlanDocument`, leniently and honestly.

The file may be a Bundle of any type or a single resource, from this app or from any other
software that writes R4. Everything this app has a place for is mapped and checked (JSON
types, R4 codes of required bindings, real dates); text is cleaned exactly as if a person
had typed it. What it has no place for — whole resources, single elements, references to
resources that are not in the file — is left out and listed in plain words
(:attr:`PlanDocument.left_out`). A file is refused only when it is not FHIR R4 JSON, breaks
the size and depth limits, or cannot be attached to a person safely.

One module per resource: :mod:`.person`, :mod:`.plan`, :mod:`.goals`, :mod:`.observations`,
:mod:`.reviews`, :mod:`.teams`, :mod:`.agenda`, :mod:`.records` (the person's
conditions and results); :mod:`.index` collects the resources and
resolves references.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from typing import Any

from ...i18n import _
from ...progress import Progress
from ...text import TEXT_MAX
from .. import codes as c
from ..document import GoalDoc, PlanDoc, PlanDocument
from ..reading import BundleError
from . import agenda, goals, observations, plan, records, reviews, teams
from .context import GoalDraft, Reading, dumps
from .index import BUNDLE_ELEMENTS, ENTRY_ELEMENTS, Collector, Entry, Index, source_key, unmapped
from .node import Node, key_of
from .person import person

__all__ = ["BUNDLE_ELEMENTS", "ENTRY_ELEMENTS", "parse_document"]


def parse_document(
    value: Any, progress: Progress | None = None, today: dt.date | None = None
) -> PlanDocument:
    """Read a parsed JSON value (a Bundle or a single resource) as one person's plan."""
    today = today or dt.date.today()
    if not isinstance(value, dict):
        raise BundleError("file", _("The file does not hold a FHIR resource (a JSON object)."))
    kind = value.get("resourceType")
    if not isinstance(kind, str):
        raise BundleError("resourceType", _("The file is not a FHIR resource (no resourceType)."))
    collector = Collector()
    collector.add(Node(value, "Bundle" if kind == "Bundle" else "file"), None, None)
    if not collector.entries:
        raise BundleError("entry", _("The bundle holds no resources."))
    _step(progress, 1)
    index = Index(collector.entries)
    patient = _patient(index)
    index.use(patient)
    reading = Reading(index, patient)
    who = person(index, patient)
    _step(progress, 2)
    chosen, others = plan.choose(index, patient, reading.about_patient)
    if others:
        for other in others:
            index.use(other)
        index.left.note(
            _("{count} other CarePlan(s): one plan is imported at a time, the current one").format(
                count=len(others)
            )
        )
    drafts = _goals(reading, chosen, others)
    doc = None
    if chosen is not None or drafts:
        doc = _plan(reading, chosen, drafts, today)
    # The person's own conditions and results, after the plan has taken its observations.
    found_conditions = records.conditions(reading, who, today)
    found_results = records.measurements(reading, who, today)
    _step(progress, 3)
    index.leave_out_unused()
    return PlanDocument(
        who,
        doc,
        index.left.lines(),
        source=_source(chosen, drafts, patient),
        conditions=found_conditions,
        measurements=found_results,
    )


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, 3)


def _patient(index: Index) -> Entry:
    patients = index.of_type("Patient")
    if len(patients) == 1:
        return patients[0]
    if not patients:
        raise BundleError(
            "entry",
            _(
                "The file holds no Patient (a name and a date of birth), so it cannot be "
                "attached to anyone safely; nothing was imported."
            ),
        )
    subjects = set()
    for entry in [*index.of_type("CarePlan"), *index.of_type("Goal")]:
        ref = entry.node.node("subject")
        reference = ref.string("reference") if ref is not None else None
        found = index.lookup(reference, entry) if reference else None
        if found is not None and found.type == "Patient":
            subjects.add(found.index)
    if len(subjects) == 1:
        (only,) = subjects
        return index.entries[only]
    raise BundleError(
        "entry",
        _(
            "The file holds {count} people; import one person's plan at a time. "
            "Nothing was imported."
        ).format(count=len(patients)),
    )


def _goals(reading: Reading, chosen: Entry | None, others: list[Entry]) -> list[GoalDraft]:
    index = reading.index
    listed: list[Entry] = []
    if chosen is not None:
        for ref in chosen.node.nodes("goal"):
            reference = ref.string("reference")
            found = index.lookup(reference, chosen) if reference else None
            if found is not None and found.type == "Goal":
                listed.append(found)
            else:
                reading.element(chosen, _("a goal that is not in the file"))
    theirs = set()
    for other in [*others, *_in_error(reading)]:
        for ref in other.node.nodes("goal"):
            reference = ref.string("reference")
            found = index.lookup(reference, other) if reference else None
            if found is not None:
                theirs.add(found.index)
    free = [g for g in index.of_type("Goal") if g.index not in theirs]
    drafts: list[GoalDraft] = []
    for entry in dict.fromkeys([*listed, *free]):
        if not reading.about_patient(entry):
            continue
        index.use(entry)
        draft = goals.goal(reading, entry)
        if draft is not None:
            reading.goal_at[entry.index] = len(drafts)
            reading.goal_entries.append(entry)
            drafts.append(draft)
    return drafts


def _in_error(reading: Reading) -> list[Entry]:
    """The person's plans marked entered in error: left out, with their goals."""
    found = []
    for entry in reading.index.of_type("CarePlan"):
        if entry.node.value.get("status") == "entered-in-error" and reading.about_patient(entry):
            reading.index.use(entry)
            reading.left.note(_("a CarePlan marked as entered in error, with its goals"))
            found.append(entry)
    return found


def _what_matters(reading: Reading, chosen: Entry | None) -> tuple[str, ...]:
    matters = {o.entry.index: o for o in reading.observations if o.kind == "what-matters"}
    listed = []
    if chosen is not None:
        for ref in chosen.node.nodes("supportingInfo"):
            reference = ref.string("reference")
            entry = reading.index.lookup(reference, chosen) if reference else None
            if entry is not None and entry.index in matters:
                listed.append(matters[entry.index])
    ordered = list(dict.fromkeys([*listed, *matters.values()]))
    reading.matters_at = {o.entry.index: i for i, o in enumerate(ordered)}
    out = []
    for o in ordered:
        reading.index.use(o.entry)
        out.append(
            reading.text(o.entry.node, "valueString", TEXT_MAX, required=True, multiline=True) or ""
        )
    return tuple(out)


def _plan(
    reading: Reading, chosen: Entry | None, drafts: list[GoalDraft], today: dt.date
) -> PlanDoc:
    reading.observations = observations.classify(reading)
    what_matters = _what_matters(reading, chosen)
    # Goals name what matters by Goal.addresses: map it now the statements are known.
    for draft in drafts:
        for address in draft.entry.node.nodes("addresses"):
            reference = address.string("reference")
            found = reading.index.lookup(reference, draft.entry) if reference else None
            if found is not None and found.index in reading.matters_at:
                if draft.doc.what_matters is None:
                    draft.doc = replace(draft.doc, what_matters=reading.matters_at[found.index])
            else:
                reading.element(draft.entry, _("what it addresses"))
    status = "draft"
    start = created = None
    clinician = None
    activities: dict[str, Any] = {}
    escalation: list[Any] = []
    review_date = None
    if chosen is not None:
        reading.index.use(chosen)
        node = chosen.node
        node.no_modifiers()
        if node.has("implicitRules"):
            raise node.fail(_("has implicit rules this app cannot follow."), "implicitRules")
        plan_status = node.value.get("status")
        status = "agreed" if plan_status in ("active", "completed") else "draft"
        if plan_status not in ("active", "completed", "draft"):
            reading.element(chosen, _("its status ({status})").format(status=plan_status))
        start, created = plan.plan_date(reading, node, today)
        clinician = plan.author(reading, chosen)
        activities, escalation, review_date = plan.activities(reading, chosen, drafts)
        unmapped(reading.index, chosen, plan.PLAN_MAPPED)
    observations.attach(reading, drafts, activities)
    named, supports, present = teams.care_teams(reading, chosen)
    day = start or today
    found_reviews = (
        reviews.reviews(reading, drafts, activities, day, today) if status == "agreed" else []
    )
    results = observations.results(reading)
    return PlanDoc(
        status=status,
        consultation_date=start,
        created=created,
        clinician_name=clinician,
        named_contact_name=named[0],
        named_contact_role=named[1],
        named_contact_phone=named[2],
        review_date=review_date if review_date is None or review_date >= day else None,
        what_matters=what_matters,
        goals=tuple(_final(d, day) for d in drafts),
        supports=tuple(supports),
        escalation_steps=tuple(escalation),
        reviews=tuple(found_reviews),
        agenda=agenda.agenda(reading),
        participants=tuple(present),
        preparation=agenda.preparation(reading, results),
    )


def _final(draft: GoalDraft, day: dt.date) -> GoalDoc:
    doc = draft.doc
    priority = doc.priority
    if priority is not None and doc.importance is not None:
        derived = {"coding": [{"code": _priority(doc.importance), "system": c.GOAL_PRIORITY}]}
        if priority == dumps(derived):
            priority = None
    return replace(
        doc,
        actions=tuple(draft.actions),
        barriers=tuple(draft.barriers),
        priority=priority,
        start_date=None if doc.start_date == day else doc.start_date,
    )


def _priority(importance: int) -> str:
    if importance >= 7:
        return "high-priority"
    return "medium-priority" if importance >= 4 else "low-priority"


def _source(chosen: Entry | None, drafts: list[GoalDraft], patient: Entry) -> str | None:
    """What names this plan in the system that wrote it (a CarePlan, else its goals), as a
    fixed-length key; ``None`` when nothing names it."""
    if chosen is None:
        keys = sorted(k for k in (_source(d.entry, [], patient) for d in drafts) if k)
        if not keys:
            return None
        return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()
    where = patient.full_url or f"Patient/{patient.id or ''}"
    return source_key(chosen, lambda: f"id:{key_of(where)}|{chosen.type}/{chosen.id}")
