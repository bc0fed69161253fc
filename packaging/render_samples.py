"""Render sample printed documents and their pages as PNG, to look at.

    python packaging/render_samples.py [OUT_FOLDER]      (default: ./artifacts/print)

Builds plans in a temporary database through the core's services, exactly as
the app would, then writes to OUT_FOLDER:

- ``typical.pdf``: a typical agreed plan, standard print;
- ``large-print.pdf``: the same plan for a person who needs large print;
- ``draft.pdf``: a plan still being made (marked DRAFT);
- ``preparation.pdf``: the preparing-for-your-appointment sheet;
- ``languages.pdf``: a plan in Arabic, Polish, Chinese and with emoji, plus text
  that looks like markup, which must print as typed;

and each page as ``NAME-N.png`` (pdftoppm, from poppler-utils, 110 dpi).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from careplan.atomic import write_atomically  # noqa: E402
from careplan.printing import (  # noqa: E402
    PrintedDocument,
    latest_plan_document,
    plan_document,
    preparation_document,
)
from careplan.printing.samples import add_sample_results, build_typical_plan  # noqa: E402
from careplan.records import PatientInput  # noqa: E402
from careplan.services import Services  # noqa: E402
from careplan.settings import PracticeDetails  # noqa: E402
from careplan.storage import Database  # noqa: E402

PRACTICE = PracticeDetails("Ashby Health Centre", "01632 960 000")
NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
HOSTILE = '<b>walk <img src="/etc/hostname"/> &amp; rest'


def _languages_plan(services: Services, clinician_id: int) -> int:
    patient = services.patients.create(
        PatientInput("فاطمة", "الزهراء", "1961-05-04", preferred_name="Fatima")
    )
    c = services.consultations
    plan = c.start_or_resume(patient.id, clinician_id, NOW.date())
    c.add_what_matters(plan.id, "أن أمشي مع أحفادي إلى الحديقة كل يوم جمعة")
    c.add_what_matters(plan.id, "Chcę znowu tańczyć z mężem na weselu wnuczki 💃")
    goal = c.add_goal(plan.id, "我想每天散步三十分钟，这样我可以和孙子一起去公园", "patient", 8)
    c.add_action(
        goal.id,
        "أمشي حول الحديقة (٣٠ دقيقة) بعد صلاة العصر",
        "30 دقيقة",
        "بعد العصر",
        "5 أيام في الأسبوع",
        "person",
        None,
        7,
    )
    c.add_action(
        goal.id,
        "Spacer z psem 🐕 po śniadaniu",
        "20 minut",
        "rano",
        "codziennie",
        "carer",
        "Łukasz Wiśniewski",
        9,
    )
    c.add_barrier(goal.id, "下雨天不能出门 ☔", "在家里做伸展运动 🙂")
    hostile = c.add_goal(plan.id, HOSTILE, "patient", 5)
    c.add_action(
        hostile.id,
        "x" * 300 + " " + "long words " * 120,
        "<i>lots</i>",
        None,
        None,
        "person",
        None,
        4,
    )
    c.add_support(plan.id, "person", "ابنتي مريم", "07700 900456", "تأتي معي إلى المواعيد")
    c.add_escalation_step(
        plan.id,
        "amber",
        "ضيق في التنفس أكثر من المعتاد",
        "اتصل بالعيادة",
        "العيادة",
        "01632 960 100",
    )
    c.set_named_contact(plan.id, "Siobhán Kelly", "Pielęgniarka / 护士", "01632 960 100")
    plan = c.set_review_date(plan.id, NOW.date() + dt.timedelta(days=90))
    return c.agree(plan.id, plan.version).id


def _save(folder: Path, name: str, document: PrintedDocument) -> Path:
    path = write_atomically(folder / f"{name}.pdf", document.pdf)
    for old in folder.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "110", "-png", str(path), str(folder / name)], check=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("artifacts/print"))
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("render_samples: pdftoppm is missing; apt-get install poppler-utils", file=sys.stderr)
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = Database.open(f"sqlite:///{Path(scratch) / 'samples.sqlite3'}")
        try:
            services = Services(db.session_factory, clock=lambda: NOW)
            gp = services.staff.create("Dr Amara Okafor", "clinician", "GP partner")
            margaret = services.patients.create(
                PatientInput("Margaret", "Smith", "1948-03-21", "943 476 5919", "Peggy")
            )
            arthur = services.patients.create(
                PatientInput("Arthur", "Pendleton", "1936-11-09", large_print=True)
            )
            plan = build_typical_plan(services, margaret.id, gp.id, consultation_date=NOW.date())
            build_typical_plan(services, arthur.id, gp.id, consultation_date=NOW.date())
            draft = services.consultations.revise(plan.id, gp.id)
            add_sample_results(services, draft.id)
            languages = _languages_plan(services, gp.id)
            when = {"printed_at": NOW}
            written = [
                _save(
                    out, "typical", latest_plan_document(services, margaret.id, PRACTICE, **when)
                ),
                _save(
                    out, "large-print", latest_plan_document(services, arthur.id, PRACTICE, **when)
                ),
                _save(out, "draft", plan_document(services, draft.id, PRACTICE, **when)),
                _save(
                    out,
                    "preparation",
                    preparation_document(services, margaret.id, PRACTICE, **when),
                ),
                _save(out, "languages", plan_document(services, languages, PRACTICE, **when)),
            ]
        finally:
            db.close()
    for path in written:
        pages = sorted(out.glob(f"{path.stem}-*.png"))
        print(f"{path}  ({len(pages)} page{'s' if len(pages) != 1 else ''} as PNG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
