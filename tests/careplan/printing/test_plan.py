"""The take-home plan, read back from the PDF as a person (or pdftotext) reads it."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zlib
from pathlib import Path

import pytest

from careplan.printing import plan_document, render_plan
from careplan.printing.samples import build_typical_plan, sample_patient, typical_plan
from careplan.records import ConsultationRecord, PatientRecord, StaffRecord
from careplan.services import Services

from .conftest import PRACTICE, PRINTED, contains, flat, pdf_text, word_heights

# These plans hold only what each test needs; agreeing them as they are is confirmed.
PARTIAL = "Only the parts this test needs"

SECTIONS = (
    "What matters to you",
    "Your goals",
    "What you will do",
    "What might get in the way, and your plan B",
    "Who will help",
    "What the practice will do",
    "If things get worse",
    "Your named contact",
    "Your next review",
)


@pytest.fixture
def plan(services: Services, patient: PatientRecord, gp: StaffRecord) -> ConsultationRecord:
    return build_typical_plan(services, patient.id, gp.id)


def test_every_stored_part_of_the_plan_is_printed(
    services: Services, plan: ConsultationRecord, tmp_path: Path
) -> None:
    document = plan_document(services, plan.id, PRACTICE, printed_at=PRINTED)
    text = pdf_text(document.pdf, tmp_path)
    expected: list[str] = [w.text for w in plan.what_matters]
    for goal in plan.goals:
        expected += [
            goal.text,
            goal.target or "",
            f"How important this is to you: {goal.importance}",
        ]
        for action in goal.actions:
            expected += [action.what, action.how_much or "", action.when or ""]
            expected.append(action.how_often or "")
            if action.confidence is not None:
                expected.append(f"{action.what}")
                expected.append(f"How sure you are: {action.confidence} out of 10")
        for barrier in goal.barriers:
            expected += [barrier.barrier, barrier.plan_b or ""]
    for support in plan.supports:
        expected += [support.name, support.contact or "", support.how_they_help or ""]
    for step in plan.escalation_steps:
        expected += [step.signs, step.what_to_do or "", step.contact or "", step.phone or ""]
    assert plan.named_contact_name and plan.named_contact_role and plan.named_contact_phone
    expected += [plan.named_contact_name, plan.named_contact_role, plan.named_contact_phone]
    expected.append("Tuesday 2 June 2026")  # the review date
    missing = [e for e in expected if e and not contains(text, e)]
    assert missing == []
    # Every rating, in plain words, and the colours named in words too.
    ratings = [a.confidence for g in plan.goals for a in g.actions if a.confidence is not None]
    assert flat(text).count("How sure you are:") == len(ratings)
    for word in ("Green:", "Amber:", "Red:"):
        assert word in text


def test_sections_come_in_reading_order(
    services: Services, plan: ConsultationRecord, tmp_path: Path
) -> None:
    text = flat(
        pdf_text(plan_document(services, plan.id, PRACTICE, printed_at=PRINTED).pdf, tmp_path)
    )
    positions = [text.index(title) for title in SECTIONS]
    assert positions == sorted(positions)


def test_the_practice_s_actions_are_apart_from_the_person_s(
    services: Services, plan: ConsultationRecord, tmp_path: Path
) -> None:
    text = flat(
        pdf_text(plan_document(services, plan.id, PRACTICE, printed_at=PRINTED).pdf, tmp_path)
    )
    theirs = text.index("What the practice will do")
    mine = text.index("What you will do")
    for goal in plan.goals:
        for action in goal.actions:
            where = text.index(action.what)
            if action.who in ("clinician", "practice"):
                assert where > theirs, action.what
            else:
                assert mine < where < theirs, action.what


def test_empty_sections_are_left_out(
    services: Services, patient: PatientRecord, gp: StaffRecord, tmp_path: Path
) -> None:
    c = services.consultations
    draft = c.start_or_resume(patient.id, gp.id)
    c.add_goal(draft.id, "Sleep through the night", "patient")
    draft = c.get(draft.id)
    agreed = c.agree(draft.id, draft.version, incomplete_reason=PARTIAL)
    text = flat(
        pdf_text(plan_document(services, agreed.id, PRACTICE, printed_at=PRINTED).pdf, tmp_path)
    )
    assert "Your goals" in text and "Sleep through the night" in text
    for title in SECTIONS:
        if title != "Your goals":
            assert title not in text


def test_every_page_names_the_person_the_practice_and_the_page(tmp_path: Path) -> None:
    patient = sample_patient(large_print=True)
    document = render_plan(
        typical_plan(patient.id), patient, PRACTICE, printed_at=PRINTED, tz=dt.UTC
    )
    assert document.pages >= 3
    for page in range(1, document.pages + 1):
        text = pdf_text(document.pdf, tmp_path, page=page)
        assert "Margaret Smith" in text
        assert "Born 21 March 1948" in text
        assert "Ashby Health Centre" in text and "01632 960 000" in text
        assert f"Page {page} of {document.pages}" in text
        assert "Plan version 1, agreed 2 March 2026" in text
        assert "Printed 2 March 2026 at 09:30" in text


def test_printed_time_is_local_time(tmp_path: Path) -> None:
    patient = sample_patient()
    new_york = dt.timezone(dt.timedelta(hours=-5))
    document = render_plan(typical_plan(), patient, PRACTICE, printed_at=PRINTED, tz=new_york)
    assert "Printed 2 March 2026 at 04:30" in pdf_text(document.pdf, tmp_path, page=1)


def test_a_draft_is_marked_draft_on_every_page(
    services: Services, patient: PatientRecord, gp: StaffRecord, tmp_path: Path
) -> None:
    draft = build_typical_plan(services, patient.id, gp.id, agree=False)
    document = plan_document(services, draft.id, PRACTICE, printed_at=PRINTED)
    for page in range(1, document.pages + 1):
        assert "DRAFT" in pdf_text(document.pdf, tmp_path, page=page)
    assert "has not been agreed yet" in flat(pdf_text(document.pdf, tmp_path, page=1))
    agreed = render_plan(typical_plan(), sample_patient(), PRACTICE, printed_at=PRINTED)
    assert "DRAFT" not in pdf_text(agreed.pdf, tmp_path)


def test_large_print_follows_the_person_s_needs_or_the_choice(tmp_path: Path) -> None:
    plan = typical_plan()
    needs = render_plan(plan, sample_patient(large_print=True), PRACTICE, printed_at=PRINTED)
    standard = render_plan(plan, sample_patient(), PRACTICE, printed_at=PRINTED)
    chosen = render_plan(plan, sample_patient(), PRACTICE, printed_at=PRINTED, large_print=True)
    overruled = render_plan(
        plan, sample_patient(large_print=True), PRACTICE, printed_at=PRINTED, large_print=False
    )
    assert (needs.large_print, standard.large_print, chosen.large_print) == (True, False, True)
    assert overruled.large_print is False
    assert needs.pages > standard.pages
    # pdftotext -bbox gives each word's box as tall as its font size.
    large = word_heights(needs.pdf, tmp_path, "breathing")
    small = word_heights(standard.pdf, tmp_path, "breathing")
    assert large and min(large) >= 16
    assert small and max(small) < 16


def test_fonts_are_embedded_and_no_image_is(tmp_path: Path) -> None:
    document = render_plan(typical_plan(), sample_patient(), PRACTICE, printed_at=PRINTED)
    assert b"/FontFile2" in document.pdf
    assert b"/Subtype /Image" not in document.pdf
    # ReportLab lists Helvetica as /F1 on every page; no text may use it (it is
    # not embedded and has no glyphs beyond Latin-1).
    helvetica = re.search(rb"/(F\d+) \d+ 0 R", document.pdf)
    assert helvetica is not None
    names = dict(re.findall(rb"/(F\d+) (\d+) 0 R", document.pdf))
    streams = _streams(document.pdf)
    assert any(b" Tj" in stream for stream in streams), "the pages' text is read"
    for name, ref in names.items():
        if re.search(rb"\n" + ref + rb" 0 obj\n<<[^>]*?/BaseFont /Helvetica", document.pdf):
            for stream in streams:
                # ReportLab selects it at the start of each page ("BT /F1 12 Tf 14.4 TL
                # ET"), drawing nothing; no text may be shown while it is the font.
                font = None
                for token in re.findall(rb"/(F[\d+]+) [\d.]+ Tf|(\) ?Tj|\] ?TJ)", stream):
                    if token[0]:
                        font = token[0]
                    else:
                        assert font != name, "text drawn in Helvetica"


def _streams(pdf: bytes) -> list[bytes]:
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


HOSTILE = [
    '<b>walk <img src="/etc/hostname"/>',
    "&amp; then &lt;rest&gt; & more",
    '<para><font name="Courier">x</font><a href="file:///etc/passwd">link</a></para>',
    "أريد أن أمشي كل يوم مع حفيدتي",
    "Chcę znowu tańczyć z mężem 💃 and 🐕",
    "我想每天散步三十分钟",
]


def test_hostile_text_prints_as_typed_and_embeds_nothing(
    services: Services, patient: PatientRecord, gp: StaffRecord, tmp_path: Path
) -> None:
    c = services.consultations
    draft = c.start_or_resume(patient.id, gp.id)
    long_words = ("walk " * 1000).strip()  # 4,999 characters
    unbroken = "x" * 5000
    c.add_what_matters(draft.id, long_words)
    for text in HOSTILE:
        goal = c.add_goal(draft.id, text, "patient")
        c.add_action(goal.id, text, text[:200], confidence_rating=6)
        c.add_barrier(goal.id, text, text)
    c.add_goal(draft.id, unbroken, "patient")
    c.add_support(draft.id, "person", HOSTILE[0], HOSTILE[1], HOSTILE[2])
    c.add_escalation_step(draft.id, "red", HOSTILE[0], HOSTILE[3], HOSTILE[3], "999")
    c.set_named_contact(draft.id, HOSTILE[3], HOSTILE[0], "01632 960 100")
    draft = c.get(draft.id)
    document = plan_document(services, draft.id, PRACTICE, printed_at=PRINTED)
    assert b"/Subtype /Image" not in document.pdf and b"/XObject" not in document.pdf
    text = pdf_text(document.pdf, tmp_path)
    for typed in HOSTILE[:3] + HOSTILE[4:]:
        assert contains(text, typed), typed
    assert flat(text).count("walk") >= 1000
    # The unbroken 5,000 characters are cut into lines, and every one is printed.
    assert sum(len(run) for run in re.findall("x{10,}", text)) == 5000
    # pdftotext gives right-to-left text back in reading order, as joined letter forms.
    arabic = unicodedata.normalize("NFKC", HOSTILE[3])
    assert all(word in flat(text) for word in arabic.split())


def test_unicode_names_print_in_the_header(tmp_path: Path) -> None:
    base = sample_patient()
    patient = PatientRecord(
        **{**base.__dict__, "given_name": "Zoë 王", "family_name": "Wiśniewska"}
    )
    document = render_plan(typical_plan(), patient, PRACTICE, printed_at=PRINTED)
    assert "Zoë 王 Wiśniewska" in pdf_text(document.pdf, tmp_path, page=2)


def test_a_plan_of_another_patient_is_refused() -> None:
    with pytest.raises(ValueError):
        render_plan(typical_plan(patient_id=2), sample_patient(), PRACTICE, printed_at=PRINTED)
