"""The "preparing for your appointment" sheet, printed days before a visit.

It shows the person's recent results with what they mean, the goals of their
last plan, and space to write what matters to them and what they want to talk
about, so they come to the conversation prepared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable

from ..i18n import _
from ..records import ConsultationRecord, PatientRecord, PreparationRecord
from ..register_records import ResultSeries
from ..settings import PracticeDetails
from . import words
from .common import PrintedDocument, page_info, section, suggested_filename
from .document import build_pdf
from .flowables import Line, WritingLines, lines, text
from .results_letter import results_section
from .styles import RULE, Look, Styles, make_styles


def render_preparation_sheet(
    patient: PatientRecord,
    practice: PracticeDetails,
    *,
    printed_at: dt.datetime,
    preparation: PreparationRecord | None = None,
    last_plan: ConsultationRecord | None = None,
    large_print: bool | None = None,
    tz: dt.tzinfo | None = None,
    results: Sequence[ResultSeries] = (),
) -> PrintedDocument:
    """The preparation sheet (the Year of Care results letter) as a PDF.

    ``preparation`` is what was gathered for the coming visit (its results and
    any prompts already answered); ``last_plan`` supplies the goals to look back on;
    ``results`` are the person's coded results over time, shown with their meaning.
    """
    if last_plan is not None and last_plan.patient_id != patient.id:
        raise ValueError("the plan belongs to another patient")
    large = patient.large_print if large_print is None else large_print
    look = Look.choose(large)
    styles = make_styles(look)
    info = page_info(patient, practice, _("Preparing for your appointment"), printed_at, tz)
    story = preparation_story(
        patient, preparation or PreparationRecord(), last_plan, styles, look, results
    )
    pdf, pages = build_pdf(story, info, look)
    local_day = printed_at.astimezone(tz).date()
    name = suggested_filename(_("preparing-for-your-appointment"), patient, local_day)
    return PrintedDocument(pdf, pages, large, name, patient.id, None)


def preparation_story(
    patient: PatientRecord,
    preparation: PreparationRecord,
    last_plan: ConsultationRecord | None,
    styles: Styles,
    look: Look,
    results: Sequence[ResultSeries] = (),
) -> list[Flowable]:
    story: list[Flowable] = [
        text(_("Preparing for your appointment"), styles.title),
        text(_("For {name}").format(name=patient.full_name), styles.subtitle),
        text(
            _(
                "Your appointment to talk about your health and your plan is coming up. "
                "It is your time as much as ours. Use this sheet to think about what you "
                "want from it, write your notes, and bring it with you."
            ),
            styles.note,
        ),
    ]
    story += results_section(results, styles)
    if preparation.results:
        blocks: list[list[Flowable]] = []
        for result in preparation.results:
            rows: list[Line] = [(None, result.test_name, True)]
            if result.value:
                rows.append((_("Your result"), result.value, False))
            if result.taken_on:
                rows.append((_("Taken on"), words.long_date(result.taken_on), False))
            if result.meaning:
                rows.append((_("What this means"), result.meaning, False))
            blocks.append(lines(rows, styles.item, bullet="•"))
        story += section(
            _("Other results to talk about") if results else _("Your recent results"),
            blocks,
            styles,
        )
    goals = last_plan.goals if last_plan is not None else ()
    if goals:
        blocks = []
        for number, goal in enumerate(goals, start=1):
            rows = [(None, goal.text, True)]
            note = words.GOAL_STATUS_NOTES.get(goal.status)
            if note:
                rows.append((None, note, False))
            if goal.target:
                rows.append((_("What you were aiming for"), goal.target, False))
            blocks.append(lines(rows, styles.item, bullet=f"{number}."))
        blocks.append(
            [text(_("How have they gone? Is there anything you want to change?"), styles.key)]
        )
        story += section(_("Your goals from your last plan"), blocks, styles)
    for title, prompt, answered in (
        (
            _("What matters to you"),
            _("What is most important in your life at the moment?"),
            preparation.what_matters_prompt,
        ),
        (
            _("What you want to talk about"),
            _("Write down the things you most want to talk about, most important first."),
            preparation.talk_about_prompt,
        ),
        (
            _("How your health affects your day"),
            _("What is hard for you at the moment, at home, at work or getting about?"),
            preparation.conditions_effect_prompt,
        ),
    ):
        space: list[Flowable] = [text(prompt, styles.body)]
        if answered:
            space.append(text(answered, styles.detail))
        space.append(WritingLines(5, look.writing_gap, RULE))
        story += section(title, [space], styles)
    return story
