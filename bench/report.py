"""One row of the bench table: a figure, and the target it is held to, if any."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    part: str  # CPython, Pyodide/Node, Chromium, mkdocs
    id: str  # what results.json and code look a figure up by; unique within its part
    name: str  # what the table shows
    value: float
    unit: str
    target: str = ""  # e.g. "≤ 1.5×"; empty when only recorded
    met: bool | None = None

    def row(self) -> list[str]:
        if self.unit == "×":
            shown = f"{self.value:.3f}"  # ratios sit near their limits: show enough to tell
        elif abs(self.value) >= 100 or float(self.value).is_integer():
            shown = f"{self.value:,.0f}"
        else:
            shown = f"{self.value:.2f}"
        verdict = "" if self.met is None else ("met" if self.met else "NOT MET")
        return [self.part, self.name, f"{shown} {self.unit}".strip(), self.target, verdict]

    def as_dict(self) -> dict:
        return asdict(self)


def held(part: str, id: str, name: str, value: float, unit: str, limit: float, *, at_most: bool = True) -> Figure:
    """A figure with a target: at most (or at least) ``limit``."""
    sign = "≤" if at_most else "≥"
    met = value <= limit if at_most else value >= limit
    return Figure(part, id, name, value, unit, f"{sign} {limit:g} {unit}".strip(), met)


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def by_id(figures: list[Figure]) -> dict[str, Figure]:
    """Every figure by ``part/id``; two with one key are a mistake in bench/, not a result."""
    keyed = {f"{figure.part}/{figure.id}": figure for figure in figures}
    if len(keyed) != len(figures):
        raise ValueError("two bench figures share a part/id")
    return keyed


def table(figures: list[Figure]) -> str:
    rows = [["part", "figure", "value", "target", ""]] + [f.row() for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
