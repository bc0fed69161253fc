"""'Your results' in plain words for the patient view (large print, addressed to the person)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from careplan.register_records import ResultSeries
from careplan.result_lines import (
    latest_results,
    result_name,
    target_words,
    value_words,
)
from ui import formatting
from ui.i18n import translator

_tr = translator("plain_results")


def results_html(series: Sequence[ResultSeries]) -> str:
    """Each latest result, its change since last time, target and meaning; "" if none."""
    shown = latest_results(series)
    if not shown:
        return ""
    out = ['<a name="results"></a>', "<h2>" + _tr("Your results") + "</h2>", "<ul>"]
    for item in shown:
        lines = [
            "<b>"
            + html.escape(result_name(item))
            + ": "
            + html.escape(value_words(item, series))
            + "</b> "
            + html.escape(_tr("on {date}").format(date=formatting.date(item.latest.taken_on)))
        ]
        if item.trend:
            lines.append(html.escape(item.trend))
        if item.target_text:
            whose = _tr("Your own target") if item.own_target else _tr("The usual target")
            lines.append(html.escape(f"{whose}: {target_words(item, series)}"))
        lines.append(html.escape(item.meaning))
        out.append("<li>" + "<br/>".join(lines) + "</li>")
    out.append("</ul>")
    return "".join(out)
