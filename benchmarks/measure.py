"""A measure against its floor taken in the same run (DESIGN.md §8), and the table.

Each measure times the product's path and, where the budget is a ratio, the
floor it is compared with, on the same machine in the same run; the median
of several runs is kept so one slow run does not decide.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Measure:
    name: str
    median_s: float
    floor_s: float | None
    ratio: float | None
    budget: float | None  # a ratio to the floor, or seconds where the floor is None
    runs: int
    note: str = ""
    patients: int = 0  # the size of the practice it was taken on
    unit: str = "s"  # "s", or "bytes" for memory (median_s and floor_s then hold bytes)

    @property
    def within_budget(self) -> bool | None:
        if self.budget is None:
            return None
        value = self.ratio if self.floor_s is not None else self.median_s
        return value is not None and value <= self.budget

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["within_budget"] = self.within_budget
        return data


def median_seconds(work: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        work()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compare(
    name: str,
    work: Callable[[], object],
    floor: Callable[[], object],
    budget: float,
    runs: int,
    note: str = "",
) -> Measure:
    """Alternate the two so that drift in the machine's speed affects both alike."""
    work_times: list[float] = []
    floor_times: list[float] = []
    work()
    floor()
    for _ in range(runs):
        floor_times.append(median_seconds(floor, 1, warmup=0))
        work_times.append(median_seconds(work, 1, warmup=0))
    median, base = statistics.median(work_times), statistics.median(floor_times)
    return Measure(name, median, base, median / base if base else None, budget, runs, note)


def table(measures: list[Measure]) -> str:
    """One line per measure and practice size, with the growth from the smallest size."""
    lines = [
        f"{'measure':<22}{'patients':>9}{'median':>12}{'floor':>12}{'ratio':>8}"
        f"{'budget':>9}  within  growth"
    ]
    first: dict[str, Measure] = {}
    for m in measures:
        first.setdefault(m.name, m)

    def show(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value / 2**20:.1f} MiB" if unit == "bytes" else f"{value * 1000:.1f} ms"

    for m in measures:
        budget = (
            "-"
            if m.budget is None
            else (f"{m.budget * 1000:.0f} ms" if m.floor_s is None else f"{m.budget:g}x")
        )
        ratio = "-" if m.ratio is None else f"{m.ratio:.2f}"
        within = {True: "yes", False: "NO", None: "-"}[m.within_budget]
        base = first[m.name]
        growth = (
            f"{m.median_s / base.median_s:.2f}x"
            if base is not m and base.median_s > 0 and base.patients != m.patients
            else ""
        )
        lines.append(
            f"{m.name:<22}{m.patients:>9,}{show(m.median_s, m.unit):>12}"
            f"{show(m.floor_s, m.unit):>12}{ratio:>8}{budget:>9}  {within:<6}  {growth}"
        )
    return "\n".join(lines)
