"""The population measures as a PDF report: the table, then each run chart with its signals."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..clinical_codes import TEST_BY_KEY
from ..i18n import _
from ..register_records import PopulationReport, RunChart
from ..runchart import describe
from ..services.population import measure_label
from . import words
from .document import PageInfo, build_pdf
from .flowables import text
from .fonts import body_font
from .styles import ACCENT, INK, RULE, Look, make_styles

SIGNAL = HexColor("#B33C00")


def _share(top: int, bottom: int) -> str:
    return f"{top:,} ({round(100 * top / bottom)}%)" if bottom else f"{top:,}"


def run_chart_drawing(chart: RunChart, title: str, width: float = 170 * mm) -> Drawing:
    """A run chart: monthly points, the median as a line, signal points as squares."""
    height = 55 * mm
    drawing = Drawing(width, height)
    font = body_font()
    drawing.add(String(0, height - 10, title, fontName=body_font(bold=True), fontSize=10))
    left, bottom, right, top = 28, 16, width - 6, height - 18
    values = [v for v in chart.values if v is not None]
    low, high = 0.0, 100.0
    if values and max(values) <= 100 and min(values) >= 0:
        low, high = max(0.0, min(values) - 10), min(100.0, max(values) + 10)

    def x_of(i: int) -> float:
        n = len(chart.values)
        return left + (right - left) * (0.5 if n == 1 else i / (n - 1))

    def y_of(v: float) -> float:
        return float(bottom + (top - bottom) * ((v - low) / ((high - low) or 1)))

    drawing.add(Rect(left, bottom, right - left, top - bottom, strokeColor=RULE, fillColor=None))
    for v in (low, high):
        drawing.add(String(2, y_of(v) - 3, f"{v:.0f}%", fontName=font, fontSize=7))
    if chart.median is not None:
        y = y_of(chart.median)
        drawing.add(Line(left, y, right, y, strokeColor=INK, strokeWidth=1))
        drawing.add(
            String(
                right - 60,
                y + 2,
                _("median {v:.1f}%").format(v=chart.median),
                fontName=font,
                fontSize=7,
            )
        )
    flagged = {i for a, b in (*chart.shifts, *chart.trends) for i in range(a, b + 1)}
    points = [(x_of(i), y_of(v)) for i, v in enumerate(chart.values) if v is not None]
    if len(points) > 1:
        drawing.add(PolyLine([c for p in points for c in p], strokeColor=ACCENT, strokeWidth=1.5))
    for i, value in enumerate(chart.values):
        if value is None:
            continue
        x, y = x_of(i), y_of(value)
        if i in flagged:
            drawing.add(Rect(x - 2.5, y - 2.5, 5, 5, fillColor=SIGNAL, strokeColor=SIGNAL))
        else:
            drawing.add(Circle(x, y, 2, fillColor=ACCENT, strokeColor=ACCENT))
    for i, month in enumerate(chart.months):
        if i % 3 == 0 or i == len(chart.months) - 1:
            drawing.add(String(x_of(i) - 10, 4, month.strftime("%b %y"), fontName=font, fontSize=7))
    return drawing


def render_population_report(
    report: PopulationReport, practice_name: str, *, printed_at: dt.datetime
) -> tuple[bytes, int]:
    look = Look.standard()
    styles = make_styles(look)
    story: list[Flowable] = [
        text(_("Population measures"), styles.title),
        text(
            _("{practice} — on {day}, each measure over the twelve months before it.").format(
                practice=practice_name or _("The practice"), day=words.long_date(report.as_of)
            ),
            styles.subtitle,
        ),
    ]
    header = [
        _("Register"),
        _("Clinician"),
        _("People"),
        _("With a plan"),
        _("Goal and action"),
        _("Reviewed on time"),
        _("GAS ≥ expected"),
        _("In target"),
    ]
    rows = [header]
    for row in report.rows:
        c = row.counts
        rows.append(
            [
                f"{row.name}\n{row.code}" if row.code else row.name,
                row.clinician_name or _("all"),
                f"{c.on_register:,}",
                _share(c.with_plan, c.on_register),
                _share(c.with_action_plan, c.on_register),
                _share(c.reviewed_on_time, c.reviews_due) if c.reviews_due else "-",
                _share(c.goal_reviews_at_or_above, c.goal_reviews) if c.goal_reviews else "-",
                "\n".join(
                    f"{TEST_BY_KEY[t].name} {_share(n, c.on_register)}"
                    for t, n in c.results_in_target
                ),
            ]
        )
    table = Table(
        rows,
        repeatRows=1,
        colWidths=[38 * mm, 24 * mm, 14 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm, 28 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), body_font(), 7),
                ("FONT", (0, 0), (-1, 0), body_font(bold=True), 7),
                ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Spacer(1, 6 * mm)]
    if report.charts:
        story.append(
            text(_("Run charts: {scope}").format(scope=report.chart_scope), styles.heading)
        )
        story.append(
            text(
                _(
                    "Monthly points for 24 months. Signals of change that is not chance: a "
                    "shift (six or more points on one side of the median) and a trend (five or "
                    "more going up or down) are drawn as squares and named under each chart."
                ),
                styles.note,
            )
        )
        for key, chart in report.charts.items():
            story.append(run_chart_drawing(chart, measure_label(key)))
            signals = describe(chart) or [_("No shift or trend: the points vary as chance would.")]
            for line in signals:
                story.append(text(line, styles.detail))
            story.append(Spacer(1, 4 * mm))
    info = PageInfo(
        person=_("Population measures"),
        born="",
        practice_name=practice_name,
        practice_phone="",
        document=_("Population measures"),
        printed=words.printed_at(printed_at),
        draft=False,
        draft_word=_("DRAFT"),
        page_of=words.page_of,
        title=_("Population measures"),
        author=practice_name or "careplan",
    )
    return build_pdf(story, info, look)
