"""Observations: what matters, importance and confidence ratings, barriers, results to discuss.

An Observation this app has no place for (a blood pressure, a GAS baseline score, one about
another person) is left out and counted; one it maps is checked as strictly as ever.
"""

from __future__ import annotations

from dataclasses import replace

from ...text import SHORT_MAX, TEXT_MAX
from .. import codes as c
from ..document import BarrierDoc, ResultDoc
from .context import Activity, GoalDraft, Observation, Reading
from .node import Node, codings, concept_words, has_code

GOAL_BARRIER_CODES = frozenset({c.GOAL_BARRIER_CODE, "452341000124107"})


def classify(reading: Reading) -> list[Observation]:
    found: list[Observation] = []
    for entry in reading.index.of_type("Observation"):
        node = entry.node
        status = node.code("status", c.OBSERVATION_STATUSES, required=True)
        code = node.node("code", required=True)
        assert code is not None
        if status in ("entered-in-error", "cancelled") or not reading.about_patient(
            entry, required=False
        ):
            continue
        node.no_modifiers()
        categories = node.nodes("category")
        kind = kind_of(node, code, categories)
        if kind is None:
            continue
        obs = Observation(entry, kind)
        if kind != "what-matters":
            obs.effective = node.partial_date("effectiveDateTime")
            period = node.node("effectivePeriod")
            if obs.effective is None and period is not None:
                obs.effective = period.partial_date("start")
        found.append(obs)
    return found


def kind_of(node: Node, code: Node, categories: list[Node]) -> str | None:
    all_codings = codings(code)
    local = {k for s, k, _d in all_codings if s == c.LOCAL_CODES}
    loinc = {k for s, k, _d in all_codings if s == c.LOINC}
    if c.CODE_PLAN_REVIEW in local:
        return "review"
    if c.CODE_ACTION_REVIEW in local:
        return "action-review"
    if any(has_code(cat, c.LOCAL_CODES, c.CODE_PREPARATION_RESULT) for cat in categories):
        return "result"
    if loinc & c.GAS_FOLLOW_UP_CODES:
        return "gas"
    if has_code(code, c.PCO_READINESS, c.READINESS_CONFIDENCE):
        return "confidence"
    if has_code(code, c.PCO_READINESS, c.READINESS_IMPORTANCE):
        return "importance"
    if has_code(code, c.SNOMED, GOAL_BARRIER_CODES):
        return "barrier"
    if (
        has_code(code, c.PCO_CONCEPTS, c.WHAT_MATTERS)
        or any(has_code(cat, c.PCO_CONCEPTS, c.WHAT_MATTERS) for cat in categories)
    ) and node.has("valueString"):
        return "what-matters"
    return None


def focus_goal(reading: Reading, obs: Observation) -> int | None:
    for ref in obs.entry.node.nodes("focus"):
        reference = ref.string("reference")
        entry = reading.index.lookup(reference, obs.entry) if reference else None
        if entry is not None and entry.index in reading.goal_at:
            return reading.goal_at[entry.index]
    return None


def activity_of(node: Node, activities: dict[str, Activity], goal: int | None) -> Activity | None:
    ext = node.extension(c.EXT_ACTIVITY)
    if ext is None:
        return None
    key = ext.string("valueString", required=True)
    assert key is not None
    where = activities.get(key)
    if where is None or (goal is not None and where.goal != goal):
        return None
    return where


def rating(node: Node) -> int | None:
    return scale(node, c.RATING_BY_CODE, range(0, 11))


def scale(node: Node, by_code: dict[str, int], allowed: range) -> int | None:
    """The rating or level an answer gives; ``None`` when it gives none this app knows."""
    concept = node.node("valueCodeableConcept")
    for system, code, _d in codings(concept):
        if system == c.LOINC and code in by_code:
            return by_code[code]
    value = node.integer("valueInteger")
    if value is not None and value in allowed:
        return value
    return None


def attach(reading: Reading, goals: list[GoalDraft], activities: dict[str, Activity]) -> None:
    """Importance, confidence and barriers onto the goals and actions they are about."""
    importance: dict[int, int] = {}
    for obs in reading.observations:
        if obs.kind not in ("importance", "confidence", "barrier"):
            continue
        node = obs.entry.node
        goal = focus_goal(reading, obs)
        if goal is None:
            continue
        obs.goal = goal
        if obs.kind == "importance":
            value = rating(node)
            if value is None:
                continue
            importance[goal] = value
        elif obs.kind == "confidence":
            value = rating(node)
            where = activity_of(node, activities, goal)
            ext = node.extension(c.EXT_CONFIDENCE_RATING)
            which = (
                ext.code("valueCode", frozenset({"first", "final"}), required=True) if ext else None
            )
            if value is None:
                continue
            if where is None:
                if len(goals[goal].actions) != 1:
                    continue
                where = Activity(goal, 0)
            when = node.string("effectiveDateTime") or ""
            goals[goal].ratings.append((where.action, which, value, when))
        else:
            words = node.string("valueString") or concept_words(node.node("valueCodeableConcept"))
            if not words:
                continue
            notes = [n.string("text") for n in node.nodes("note")]
            where = activity_of(node, activities, goal)
            goals[goal].barriers.append(
                BarrierDoc(
                    barrier=reading.clean_text(
                        words, node.at("valueString"), TEXT_MAX, required=True
                    ),
                    plan_b=reading.clean_text(
                        "\n\n".join(n for n in notes if n), node.at("note"), TEXT_MAX
                    )
                    or None,
                    action=where.action if where else None,
                )
            )
        reading.index.use(obs.entry)
    for g, draft in enumerate(goals):
        if g in importance:
            draft.doc = replace(draft.doc, importance=importance[g])
        by_action: dict[int, list[tuple[str | None, int, str]]] = {}
        for action, which, value, when in draft.ratings:
            by_action.setdefault(action, []).append((which, value, when))
        for action, ratings in by_action.items():
            first = next((v for r, v, _w in ratings if r == "first"), None)
            final = next((v for r, v, _w in ratings if r == "final"), None)
            plain = [v for r, v, _w in sorted(ratings, key=lambda x: x[2]) if r is None]
            if first is None and plain:
                first = plain.pop(0)
            if final is None and plain:
                final = plain[-1]
            draft.actions[action] = replace(
                draft.actions[action], confidence_first=first, confidence_final=final
            )


def results(reading: Reading) -> tuple[ResultDoc, ...]:
    """The results shared before the conversation (this app's preparation results)."""
    out = []
    for obs in reading.observations:
        if obs.kind != "result":
            continue
        node = obs.entry.node
        name = concept_words(node.node("code"))
        if not name:
            continue
        value = node.string("valueString")
        quantity = node.node("valueQuantity")
        if value is None and quantity is not None:
            number = quantity.number("value")
            unit = quantity.string("unit") or quantity.string("code") or ""
            value = f"{number:g} {unit}".strip() if number is not None else None
        meaning = "\n\n".join(n.string("text") or "" for n in node.nodes("note")).strip()
        out.append(
            ResultDoc(
                test_name=reading.clean_short(name, node.at("code"), SHORT_MAX) or "",
                value=reading.clean_short(value, node.at("value"), SHORT_MAX),
                meaning=reading.clean_text(meaning, node.at("note"), TEXT_MAX) or None,
                taken_on=obs.effective,
            )
        )
        reading.index.use(obs.entry)
    return tuple(out)
