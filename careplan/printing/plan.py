"""The take-home plan: the agreed plan in plain words, addressed to the person.

Sections come in the order a person reads them; a section with nothing in it
is left out. The person's own words are printed exactly as stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from reportlab.platypus import Flowable

from ..i18n import _
from ..records import (
    ActionRecord,
    ConsultationRecord,
    EscalationStepRecord,
    GoalRecord,
    PatientRecord,
    SupportRecord,
)
from ..register_records import ResultSeries
from ..settings import PracticeDetails
from ..vocabulary import ActionOwner, AgendaStatus
from . import words
from .common import PrintedDocument, page_info, section, suggested_filename
from .document import PageInfo, build_pdf
from .flowables import ColourKey, Line, lines, text
from .shaping import has_rtl
from .styles import LEVEL_COLOURS, Look, Styles, make_styles

PERSON_SIDE = frozenset({ActionOwner.PERSON, ActionOwner.CARER, ActionOwner.COMMUNITY})
PRACTICE_SIDE = frozenset({ActionOwner.CLINICIAN, ActionOwner.PRACTICE})


def render_plan(
    plan: ConsultationRecord,
    patient: PatientRecord,
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    large_print: bool | None = None,
    tz: dt.tzinfo | None = None,
    results: Sequence[ResultSeries] = (),
) -> PrintedDocument:
    """The take-home plan as a PDF (with "your results" when ``results`` are given).

    ``large_print`` ``None`` follows the person's communication needs
    (``patient.large_print``); ``printed_at`` is shown in local time (or ``tz``).
    """
    if plan.patient_id != patient.id:
        raise ValueError("the plan belongs to another patient")
    large = patient.large_print if large_print is None else large_print
    look = Look.choose(large)
    styles = make_styles(look)
    info = plan_page_info(
        plan, patient, practice, printed_at, tz, agreed=_("Plan version {version}, agreed {date}")
    )
    story = plan_story(plan, patient, styles) + practice_story(practice, styles)
    if results:
        from .results_letter import results_section

        story += results_section(results, styles)
    pdf, pages = build_pdf(story, info, look)
    name = suggested_filename(_("care-plan"), patient, plan.consultation_date)
    return PrintedDocument(pdf, pages, large, name, patient.id, plan.id)


def plan_page_info(
    plan: ConsultationRecord,
    patient: PatientRecord,
    practice: PracticeDetails,
    printed_at: dt.datetime,
    tz: dt.tzinfo | None,
    *,
    agreed: str,
) -> PageInfo:
    """What each page of a plan says of it: DRAFT and its version, or the version and the
    day it was agreed (``agreed``, with ``{version}`` and ``{date}``)."""
    if plan.is_draft:
        document = _("DRAFT plan, version {version}, not agreed yet").format(version=plan.revision)
    else:
        day = (plan.agreed_at or plan.started_at).astimezone(tz).date()
        document = agreed.format(version=plan.revision, date=words.long_date(day))
    return page_info(
        patient,
        practice,
        document,
        printed_at,
        tz,
        draft=plan.is_draft,
        title=_("Care and support plan"),
    )


def plan_story(plan: ConsultationRecord, patient: PatientRecord, styles: Styles) -> list[Flowable]:
    made = (
        _("Made with {clinician} on {date}.").format(
            clinician=plan.clinician_name, date=words.long_date(plan.consultation_date)
        )
        if plan.clinician_name
        else _("Made on {date}.").format(date=words.long_date(plan.consultation_date))
    )
    story: list[Flowable] = [
        text(_("Your care and support plan"), styles.title),
        *lines(
            [(None, _("For {name}").format(name=_person(patient)), False), (None, made, False)],
            styles.subtitle,
        ),
    ]
    if plan.is_draft:
        story.append(
            text(
                _(
                    "DRAFT: this plan has not been agreed yet and may still change. "
                    "You will get a final copy once you have agreed it."
                ),
                styles.banner,
                bold=True,
            )
        )
    story.append(
        text(
            _(
                "This plan is yours. It sets out what matters to you, what you want to "
                "achieve, and what you and the practice will do. Keep it where you can find it."
            ),
            styles.note,
        )
    )
    goals = plan.goals
    numbers = {goal.id: index for index, goal in enumerate(goals, start=1)}
    several = len(goals) > 1
    # What was talked about today (every topic kept for today) and what comes back.
    story += section(
        _("What we talked about today"),
        (
            [text(item.text, styles.item, bullet="•")]
            for item in plan.agenda
            if item.status != AgendaStatus.DEFERRED.value
        ),
        styles,
    )
    story += section(
        _("What we will talk about next time"),
        (
            [text(item.text, styles.item, bullet="•")]
            for item in plan.agenda
            if item.status == AgendaStatus.DEFERRED.value
        ),
        styles,
    )

    story += section(
        _("What matters to you"),
        ([text(item.text, styles.item, bullet="•")] for item in plan.what_matters),
        styles,
    )
    story += section(
        _("Your goals"), (_goal(goal, numbers[goal.id], styles) for goal in goals), styles
    )
    story += section(
        _("What you will do"),
        _actions(goals, PERSON_SIDE, numbers if several else None, styles),
        styles,
    )
    story += section(
        _("What might get in the way, and your plan B"),
        (
            _barrier(
                barrier.barrier,
                barrier.plan_b,
                numbers[goal.id] if several and index == 0 else None,
                styles,
            )
            for goal in goals
            for index, barrier in enumerate(goal.barriers)
        ),
        styles,
    )
    story += section(
        _("Who will help"), (_support(support, styles) for support in plan.supports), styles
    )
    story += section(
        _("What the practice will do"),
        _actions(goals, PRACTICE_SIDE, numbers if several else None, styles, plan.clinician_name),
        styles,
    )
    story += section(
        _("If things get worse"), (_step(step, styles) for step in plan.escalation_steps), styles
    )
    if plan.named_contact_name:
        rows: list[Line] = [(None, plan.named_contact_name, True)]
        if plan.named_contact_role:
            rows.append((None, plan.named_contact_role, False))
        if plan.named_contact_phone:
            rows.append((_("Phone"), plan.named_contact_phone, False))
        story += section(_("Your named contact"), [lines(rows, styles.item, bullet="•")], styles)
    if plan.review_date:
        review = [
            text(
                _("We will look at this plan with you again on {date}.").format(
                    date=words.day_and_date(plan.review_date)
                ),
                styles.body,
                bold=True,
            )
        ]
        if plan.named_contact_name:
            review.append(
                text(
                    _("If you want to talk about your plan before then, call your named contact."),
                    styles.body,
                )
            )
        story += section(_("Your next review"), [review], styles)
    return story


def practice_story(practice: PracticeDetails, styles: Styles) -> list[Flowable]:
    """The practice's name, address and phone, for writing to or calling the practice."""
    rows: list[Line] = [(None, practice.name, True)] if practice.name else []
    if practice.address:
        rows.append((None, practice.address, False))
    if practice.phone:
        rows.append((_("Phone"), practice.phone, False))
    return section(_("Your practice"), [lines(rows, styles.item)] if rows else [], styles)


def _person(patient: PatientRecord) -> str:
    if patient.preferred_name and patient.preferred_name != patient.given_name:
        return _("{name} (known as {preferred})").format(
            name=patient.full_name, preferred=patient.preferred_name
        )
    return patient.full_name


def _whom_to_call(contact: str | None, phone: str | None) -> str:
    if contact and phone and has_rtl(contact):
        # A phone number reads left to right even after right-to-left words.
        phone = f"\u202a{phone}\u202c"
    return ", ".join(p for p in (contact, phone) if p)


def _goal(goal: GoalRecord, number: int, styles: Styles) -> list[Flowable]:
    rows: list[Line] = [(None, goal.text, True)]
    note = words.GOAL_STATUS_NOTES.get(goal.status)
    if note:
        rows.append((None, note, False))
    if goal.target:
        rows.append((_("What you are aiming for"), goal.target, False))
    if goal.target_date:
        rows.append((_("By when"), words.long_date(goal.target_date), False))
    if goal.importance is not None:
        rows.append((_("How important this is to you"), words.out_of_ten(goal.importance), False))
    return lines(rows, styles.item, bullet=f"{number}.")


def _for_goal(number: int, styles: Styles) -> Flowable:
    return text(_("For goal {number}").format(number=number), styles.subheading, bold=True)


def _actions(
    goals: tuple[GoalRecord, ...],
    owners: frozenset[ActionOwner],
    numbers: dict[int, int] | None,
    styles: Styles,
    clinician: str | None = None,
) -> Iterable[list[Flowable]]:
    """One block per action; with several goals, each goal's first one says which goal."""
    for goal in goals:
        mine = [action for action in goal.actions if action.who in owners]
        for index, action in enumerate(mine):
            block = _action(action, styles, clinician)
            if numbers and index == 0:
                block.insert(0, _for_goal(numbers[goal.id], styles))
            yield block


def doer(action: ActionRecord, clinician: str | None) -> str | None:
    """Who does the practice's side by name: "Dr Lina Haddad", "The practice" (None: you)."""
    if action.who_name:
        return action.who_name
    if action.who == ActionOwner.CLINICIAN:
        return clinician or _("Your doctor or nurse")
    if action.who == ActionOwner.PRACTICE:
        return _("The practice")
    return None


def _action(action: ActionRecord, styles: Styles, clinician: str | None = None) -> list[Flowable]:
    ours = action.who in PRACTICE_SIDE
    if ours:
        # Shared execution, named: "Dr Lina Haddad will: phone you in two weeks".
        what = _("{who} will: {what}").format(who=doer(action, clinician), what=action.what)
    else:
        what = action.what
    rows: list[Line] = [(None, what, True)]
    for label, value in (
        (_("How much"), action.how_much),
        (_("When"), action.when),
        (_("How often"), action.how_often),
    ):
        if value:
            rows.append((label, value, False))
    if action.who != ActionOwner.PERSON and not ours:
        rows.append((_("Who"), action.who_name or words.WHO[action.who], False))
    # Confidence is the person's (or carer's) own: never asked about the practice's side.
    if action.confidence is not None and not ours:
        rows.append((_("How sure you are"), words.out_of_ten(action.confidence), False))
    return lines(rows, styles.item, bullet="•")


def _support(support: SupportRecord, styles: Styles) -> list[Flowable]:
    rows: list[Line] = [(None, support.name, True)]
    if support.how_they_help:
        rows.append((None, support.how_they_help, False))
    if support.contact:
        rows.append((_("Contact"), support.contact, False))
    return lines(rows, styles.item, bullet="•")


def _step(step: EscalationStepRecord, styles: Styles) -> list[Flowable]:
    colour = LEVEL_COLOURS.get(step.level, LEVEL_COLOURS["amber"])
    rows: list[Line] = [(_("Watch for"), step.signs, False)]
    if step.what_to_do:
        rows.append((_("What to do"), step.what_to_do, False))
    if step.contact or step.phone:
        rows.append((_("Call"), _whom_to_call(step.contact, step.phone), False))
    key = ColourKey(words.LEVELS.get(step.level, step.level), colour, styles.key)
    return [key, *lines(rows, styles.detail)]


def _barrier(
    barrier: str, plan_b: str | None, goal_number: int | None, styles: Styles
) -> list[Flowable]:
    rows: list[Line] = [(_("If this happens"), barrier, False)]
    if plan_b:
        rows.append((_("Your plan B"), plan_b, False))
    block = lines(rows, styles.item, bullet="•")
    if goal_number is not None:
        block.insert(0, _for_goal(goal_number, styles))
    return block
