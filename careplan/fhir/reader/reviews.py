"""Reviews: a panel of Goal Attainment Scale scores and action outcomes, or loose GAS scores."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...text import TEXT_MAX
from .. import codes as c
from ..document import ActionOutcomeDoc, GoalProgressDoc, ReviewDoc
from .context import Activity, GoalDraft, Observation, Reading
from .index import Entry
from .node import Node, codings, has_code, human_name
from .observations import activity_of, focus_goal, rating, scale

_PERFORMERS = {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson", "Organization"}


def name_of(ref: Node | None, entry: Entry | None) -> str | None:
    """The name of the person or organisation a reference points to, else its display."""
    if entry is not None and entry.type != "Patient":
        node = entry.node
        name = node.string("name") if entry.type == "Organization" else human_name(node)
        if name:
            return name
    return ref.string("display") if ref is not None else None


def _reviewer(reading: Reading, obs: Observation) -> str | None:
    for ref in obs.entry.node.nodes("performer"):
        entry = reading.index.resolve(ref, obs.entry, _PERFORMERS, "performer")
        kind = reading.index.ref_type(ref, entry)
        if kind in (None, "Practitioner", "PractitionerRole"):
            return name_of(ref, entry)
    return None


def reviews(
    reading: Reading,
    goals: list[GoalDraft],
    activities: dict[str, Activity],
    since: dt.date,
    until: dt.date,
) -> list[ReviewDoc]:
    """The plan's reviews dated from ``since`` (the plan's date) to ``until`` (today); a
    score dated outside them is left out with its Observation."""
    by_entry = {
        o.entry.index: o
        for o in reading.observations
        if o.effective is None or since <= o.effective <= until
    }
    found: list[tuple[dt.date, int, ReviewDoc, dict[int, bool]]] = []
    for order, panel in enumerate(o for o in reading.observations if o.kind == "review"):
        node = panel.entry.node
        if panel.effective is None or panel.entry.index not in by_entry:
            continue
        members: list[Observation] = []
        for ref in node.nodes("hasMember"):
            reference = ref.string("reference")
            entry = reading.index.lookup(reference, panel.entry) if reference else None
            member = by_entry.get(entry.index) if entry is not None else None
            if member is not None and member.kind in ("gas", "action-review") and not member.used:
                member.used = True
                members.append(member)
        mode = "in_person"
        for system, code, _d in codings(node.node("method")):
            if system == c.PARTICIPATION_MODE and code in c.REVIEW_MODE_BY_CODE:
                mode = c.REVIEW_MODE_BY_CODE[code]
        next_date = None
        for comp in node.nodes("component"):
            if has_code(comp.node("code", required=True), c.LOCAL_CODES, c.CODE_NEXT_REVIEW):
                next_date = comp.partial_date("valueDateTime")
        notes = "\n\n".join(n.string("text") or "" for n in node.nodes("note")).strip()
        doc, explicit = review_doc(
            reading,
            panel.effective,
            mode,
            _reviewer(reading, panel),
            next_date,
            notes,
            members,
            goals,
            activities,
            node.path,
        )
        reading.index.use(panel.entry)
        found.append((panel.effective, order, doc, explicit))
    loose: dict[dt.date, list[Observation]] = {}
    for obs in reading.observations:
        if obs.kind == "gas" and not obs.used and obs.entry.index in by_entry and obs.effective:
            loose.setdefault(obs.effective, []).append(obs)
    for day, members in sorted(loose.items()):
        reviewer = next((r for r in (_reviewer(reading, o) for o in members) if r), None)
        doc, explicit = review_doc(
            reading, day, "in_person", reviewer, None, "", members, goals, activities, "entry"
        )
        if doc.progress:
            found.append((day, len(found), doc, explicit))
    found.sort(key=lambda r: (r[0], r[1]))
    # A progress score without a stated "status after" leaves the goal active, except
    # the goal's last score when the goal has since been closed.
    last_seen: dict[int, tuple[int, int]] = {}
    for r, (_day, _o, doc, _e) in enumerate(found):
        for p, scored in enumerate(doc.progress):
            last_seen[scored.goal] = (r, p)
    out: list[ReviewDoc] = []
    for r, (_day, _o, doc, explicit) in enumerate(found):
        progress = []
        for p, item in enumerate(doc.progress):
            if not explicit.get(p, False):
                status = goals[item.goal].doc.status
                closing = last_seen[item.goal] == (r, p) and status != "active"
                item = replace(item, status_after=status if closing else "active")
            progress.append(item)
        out.append(replace(doc, progress=tuple(progress)))
    return out


def review_doc(
    reading: Reading,
    day: dt.date,
    mode: str,
    reviewer: str | None,
    next_date: dt.date | None,
    notes: str,
    members: list[Observation],
    goals: list[GoalDraft],
    activities: dict[str, Activity],
    path: str,
) -> tuple[ReviewDoc, dict[int, bool]]:
    progress: list[GoalProgressDoc] = []
    explicit: dict[int, bool] = {}
    outcomes: list[ActionOutcomeDoc] = []
    for member in members:
        node = member.entry.node
        goal = focus_goal(reading, member)
        if goal is None:
            continue
        comment = "\n\n".join(n.string("text") or "" for n in node.nodes("note")).strip()
        comment_doc = reading.clean_text(comment, node.at("note"), TEXT_MAX) or None
        if member.kind == "gas":
            level = scale(node, c.GAS_BY_CODE, range(-2, 3))
            if level is None or any(p.goal == goal for p in progress):
                continue
            ext = node.extension(c.EXT_STATUS_AFTER)
            after = (
                ext.code(
                    "valueCode",
                    frozenset({"active", "achieved", "revised", "stopped"}),
                    required=True,
                )
                if ext
                else None
            )
            explicit[len(progress)] = after is not None
            progress.append(GoalProgressDoc(goal, level, comment_doc, after or "active"))
        else:
            where = activity_of(node, activities, goal)
            outcome = next(
                (
                    c.OUTCOME_BY_CODE[k]
                    for s, k, _d in codings(node.node("valueCodeableConcept"))
                    if s == c.LOCAL_CODES and k in c.OUTCOME_BY_CODE
                ),
                None,
            )
            if where is None or outcome is None:
                continue
            confidence = None
            for comp in node.nodes("component"):
                if has_code(
                    comp.node("code", required=True), c.PCO_READINESS, c.READINESS_CONFIDENCE
                ):
                    confidence = rating(comp)
            if any(o.goal == where.goal and o.action == where.action for o in outcomes):
                continue
            outcomes.append(
                ActionOutcomeDoc(where.goal, where.action, outcome, confidence, comment_doc)
            )
        reading.index.use(member.entry)
    return (
        ReviewDoc(
            reviewed_on=day,
            mode=mode,
            reviewer_name=reading.clean_name(reviewer, path),
            next_review_date=next_date,
            notes=reading.clean_text(notes, f"{path}.note", TEXT_MAX) or None,
            progress=tuple(progress),
            outcomes=tuple(outcomes),
        ),
        explicit,
    )
