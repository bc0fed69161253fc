"""Where measures plug in: one entry per measure taken on an open practice.

Each entry is a function ``(Context) -> Measure`` (see :mod:`benchmarks.core`);
``careplan-admin bench`` runs every entry at each practice size, in this
order. Measures that start processes of their own (start-up, memory, opening
a patient) are run by :mod:`benchmarks.run` around these.
"""

from __future__ import annotations

from collections.abc import Callable

from .core import Context, measure_fhir_export, measure_overview, measure_search, measure_worklist
from .measure import Measure

MeasureFn = Callable[[Context], Measure]


def _population(ctx: Context) -> Measure:
    from .registers import measure_population

    return measure_population(ctx.db, ctx.runs, services=ctx.services)


def _coming_up(ctx: Context) -> Measure:
    from .coming_up import measure_coming_up_screenful

    return measure_coming_up_screenful(ctx.db, ctx.runs, services=ctx.services)


def _previsit(ctx: Context) -> Measure:
    from .registers import measure_previsit

    return measure_previsit(ctx.db, ctx.runs, services=ctx.services)


def _consultation(ctx: Context) -> Measure:
    from .consultation import measure_consultation

    return measure_consultation(ctx)


MEASURES: dict[str, MeasureFn] = {
    "search_keystroke": measure_search,
    "worklist_screenful": measure_worklist,
    "overview": measure_overview,
    "population": _population,
    "previsit": _previsit,
    "coming_up_screenful": _coming_up,
    "fhir_export": measure_fhir_export,
    "consult_dispatch": _consultation,
}


def register(name: str, fn: MeasureFn) -> None:
    """Add a measure (e.g. the coming-up list, population measures) to every run."""
    MEASURES[name] = fn
