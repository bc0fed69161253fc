"""The plan in plain words addressed to the person ("Your goals", "What you will do").

Shown in the patient view and in the Agree stage. The person's own words are
shown as they wrote them, escaped, never rewritten. Empty sections are left out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from careplan.records import ActionRecord, ConsultationRecord, GoalRecord
from careplan.vocabulary import (
    CONFIDENCE_PROMPT_BELOW,
    ActionOwner,
    AgendaStatus,
    EscalationLevel,
    GoalStatus,
)
from ui import formatting
from ui.consultation import words
from ui.i18n import translator

_tr = translator("plain_plan")


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=False)


def _list(items: Iterable[str]) -> str:
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{rows}</ul>" if rows else ""


def who_will(action: ActionRecord, clinician: str | None = None) -> str:
    """Shared execution, named: "Dr Lina Haddad will", "The practice will"."""
    name = _e(action.who_name or (clinician if action.who == ActionOwner.CLINICIAN.value else None))
    if action.who == ActionOwner.PERSON.value:
        return _tr("You will")
    if action.who == ActionOwner.CARER.value:
        return (_tr("{name} (your carer) will") if name else _tr("Your carer will")).format(
            name=name
        )
    if action.who == ActionOwner.CLINICIAN.value:
        return (_tr("{name} will") if name else _tr("Your clinician will")).format(name=name)
    if action.who == ActionOwner.PRACTICE.value:
        return (_tr("The practice ({name}) will") if name else _tr("The practice will")).format(
            name=name
        )
    return (_tr("{name} will") if name else _tr("A community service will")).format(name=name)


def action_line(action: ActionRecord, clinician: str | None = None) -> str:
    details = [_e(x) for x in (action.how_much, action.when, action.how_often) if x]
    text = f"<b>{who_will(action, clinician)}:</b> {_e(action.what)}"
    if details:
        text += " — " + ", ".join(details)
    first, final = action.confidence_first, action.confidence_final
    own = action.who in (ActionOwner.PERSON.value, ActionOwner.CARER.value)
    if first is not None and own:
        if final is None:
            sure = _tr("How sure you are: {n} out of 10").format(n=first)
        else:
            sure = _tr("How sure you are: {final} out of 10 (at first {first})").format(
                final=final, first=first
            )
        if (action.confidence or 0) < CONFIDENCE_PROMPT_BELOW:
            sure += " — " + _tr("let's make it easier")
        text += f"<br/><i>{sure}</i>"
    return text


def _goal_block(goal: GoalRecord, number: int, clinician: str | None = None) -> str:
    goal_n = _tr("Goal {n}").format(n=number)
    parts = [f"<h3>{goal_n}: {_e(goal.text)}</h3>"]
    facts = []
    if goal.importance is not None:
        facts.append(_tr("How important it is to you: {n} out of 10").format(n=goal.importance))
    if goal.target:
        facts.append(_tr("Your target: {target}").format(target=_e(goal.target)))
    if goal.target_date:
        facts.append(_tr("By: {date}").format(date=formatting.date(goal.target_date)))
    if facts:
        parts.append("<p>" + "<br/>".join(facts) + "</p>")
    if goal.actions:
        parts.append("<p><b>" + _tr("What you will do") + "</b></p>")
        parts.append(_list(action_line(a, clinician) for a in goal.actions))
    if goal.barriers:
        parts.append("<p><b>" + _tr("If something gets in the way") + "</b></p>")
        parts.append(
            _list(
                _tr("<b>{barrier}</b> — plan B: {plan_b}").format(
                    barrier=_e(b.barrier), plan_b=_e(b.plan_b) or _tr("(to decide)")
                )
                for b in goal.barriers
            )
        )
    return "".join(parts)


def plan_html(plan: ConsultationRecord, person: str) -> str:
    """The whole plan for ``person`` (their name, as they like to be called).

    Anchors (``agenda``, ``matters``, ``goals``, ``contact``) let a view follow the stage.
    """
    out = ["<h1>" + _tr("Your plan, {name}").format(name=_e(person)) + "</h1>"]
    if plan.is_draft:
        out.append(
            "<p>"
            + _tr("We are writing this together on {date}. It is not agreed yet.").format(
                date=formatting.date(plan.consultation_date)
            )
            + "</p>"
        )
    else:
        when = plan.agreed_at.date() if plan.agreed_at else plan.consultation_date
        out.append(
            "<p><b>"
            + _tr("We agreed this plan on {date}.").format(date=formatting.date(when))
            + "</b></p>"
        )

    today = [a for a in plan.agenda if a.status != AgendaStatus.DEFERRED.value]
    later = [a for a in plan.agenda if a.status == AgendaStatus.DEFERRED.value]
    out.append('<a name="agenda"></a>')
    if today:
        out.append("<h2>" + _tr("What we talk about today") + "</h2>")
        out.append(
            _list(
                _e(a.text) + (" ✓" if a.status == AgendaStatus.DISCUSSED.value else "")
                for a in today
            )
        )
    if later:
        out.append("<h2>" + _tr("What we will talk about next time") + "</h2>")
        out.append(_list(_e(a.text) for a in later))

    out.append('<a name="matters"></a>')
    if plan.what_matters:
        out.append("<h2>" + _tr("What matters to you") + "</h2>")
        out.append(_list(_e(w.text) for w in plan.what_matters))

    goals = [
        g for g in plan.goals if g.status in (GoalStatus.PROPOSED.value, GoalStatus.ACTIVE.value)
    ]
    out.append('<a name="goals"></a>')
    if goals:
        out.append("<h2>" + _tr("Your goals") + "</h2>")
        out.extend(
            _goal_block(goal, number, plan.clinician_name) for number, goal in enumerate(goals, 1)
        )

    if plan.supports:
        out.append("<h2>" + _tr("Who can help you") + "</h2>")
        out.append(
            _list(
                f"<b>{_e(s.name)}</b>"
                + (f" — {_e(s.how_they_help)}" if s.how_they_help else "")
                + (f" ({_e(s.contact)})" if s.contact else "")
                for s in plan.supports
            )
        )

    if plan.escalation_steps:
        out.append("<h2>" + _tr("If things get worse") + "</h2>")
        order = [level.value for level in EscalationLevel]
        steps = sorted(
            plan.escalation_steps,
            key=lambda e: order.index(e.level) if e.level in order else len(order),
        )
        for step in steps:
            colour = words.LEVEL_COLOURS.get(step.level, "#444444")
            label = words.level(step.level)
            line = (
                f'<p><span style="background-color:{colour}; color:#ffffff;">'
                f"&nbsp;<b>{_e(label)}</b>&nbsp;</span><br/>"
                + _tr("If you notice: {signs}").format(signs=_e(step.signs))
            )
            if step.what_to_do:
                line += "<br/>" + _tr("What to do: {todo}").format(todo=_e(step.what_to_do))
            if step.contact or step.phone:
                whom = " ".join(_e(x) for x in (step.contact, step.phone) if x)
                line += "<br/><b>" + _tr("Call: {whom}").format(whom=whom) + "</b>"
            out.append(line + "</p>")

    out.append('<a name="contact"></a>')
    if plan.named_contact_name:
        out.append("<h2>" + _tr("Your contact") + "</h2>")
        contact = f"<b>{_e(plan.named_contact_name)}</b>"
        if plan.named_contact_role:
            contact += f", {_e(plan.named_contact_role)}"
        if plan.named_contact_phone:
            contact += "<br/>" + _tr("Phone: {phone}").format(phone=_e(plan.named_contact_phone))
        out.append(f"<p>{contact}</p>")

    if plan.review_date:
        out.append("<h2>" + _tr("When we will look at your plan again") + "</h2>")
        out.append(f"<p><b>{formatting.date(plan.review_date)}</b></p>")

    if not any(part.startswith("<h2>") for part in out):
        out.append("<p>" + _tr("Your plan will appear here as we write it together.") + "</p>")
    return "".join(out)
