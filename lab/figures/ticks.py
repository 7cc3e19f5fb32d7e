"""Tick labels as a lecture prints them: proper minus, no negative zero, readable log axes."""

from __future__ import annotations

import math
from typing import Any

from matplotlib.ticker import (
    FixedLocator,
    FuncFormatter,
    LogLocator,
    MaxNLocator,
    NullFormatter,
    NullLocator,
    ScalarFormatter,
)

from lab.figures.log_ticks import MIN_LOG_LABELS, log_label, log_ticks
from lab.figures.numbers import num

__all__ = ["MIN_LOG_LABELS", "LectureFormatter", "MaxNLocator", "log_ticks", "set_log_ticks"]


class LectureFormatter(ScalarFormatter):
    """matplotlib's scalar formatter with rounding noise around 0 shown as ``0`` (never ``−0``)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        lo, hi = self.axis.get_view_interval() if self.axis is not None else (x, x)
        if abs(x) <= 1e-9 * max(abs(lo), abs(hi), 1e-300):
            x = 0.0
        return super().__call__(x, pos)


def _decade(value: float, _pos: int | None = None) -> str:
    """``10⁻²⁰`` in Unicode superscripts (no mathtext: parsing it dominates layout time)."""
    return log_label(value, decades=True)


def set_log_ticks(axis: Any, lo: float, hi: float, length_px: float, label_px: float, horizontal: bool) -> None:
    """Put :func:`log_ticks` on a matplotlib axis ``length_px`` long with ``label_px`` high labels."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= 0:
        return
    per_label = label_px * (3.2 if horizontal else 2.3)  # a label like 10⁻¹⁵ is about 3 font sizes wide
    fit = max(2, int(length_px // per_label))
    ticks, decades = log_ticks(max(lo, 1e-300), hi, fit)
    axis.set_major_locator(FixedLocator(ticks))
    # minor ticks only over a few decades: each tick is an object, and dozens of decades of
    # them cost more layout time than the rest of the figure
    few = math.log10(max(hi, lo)) - math.log10(max(min(hi, lo), 1e-300)) <= 4
    if decades:
        axis.set_major_formatter(FuncFormatter(_decade))
        dense = len(ticks) < 2 or ticks[1] / ticks[0] <= 10.0 * 1.0001
        axis.set_minor_locator(LogLocator(subs="auto") if dense and few else NullLocator())
    else:
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: num(v)))
        axis.set_minor_locator(LogLocator(subs="auto") if few else NullLocator())
    axis.set_minor_formatter(NullFormatter())
