"""Which values a log axis labels: whole decades (every k-th over many), else 1-2-5 multiples.

Plain rules without matplotlib, shared by the exporter (:mod:`lab.figures.ticks`) and the live view.
"""

from __future__ import annotations

import math

from lab.figures.numbers import num, superscript

#: Fewest labelled ticks on a log axis.
MIN_LOG_LABELS = 4


def log_ticks(lo: float, hi: float, fit: int) -> tuple[list[float], bool]:
    """Tick values for a log axis from ``lo`` to ``hi`` with at most ``fit`` labels.

    Returns ``(ticks, decades_only)``.  Over many decades every k-th decade is labelled (at
    least :data:`MIN_LOG_LABELS` of them); over fewer than three decades 1-2-5 (or 1-3)
    multiples are labelled so the axis still gets at least four labels.
    """
    lo, hi = max(min(lo, hi), 1e-300), max(lo, hi)
    a, b = math.floor(math.log10(lo) + 1e-9), math.ceil(math.log10(hi) - 1e-9)
    inside = [10.0**e for e in range(a, b + 1) if lo * (1 - 1e-9) <= 10.0**e <= hi * (1 + 1e-9)]
    if len(inside) >= MIN_LOG_LABELS:
        step = max(1, math.ceil(len(inside) / max(fit, MIN_LOG_LABELS)))
        # keep the labels on multiples of the step so they read as 10⁰, 10⁻²⁰, 10⁻⁴⁰, …
        return [10.0**e for e in range(a, b + 1) if e % step == 0 and lo * (1 - 1e-9) <= 10.0**e <= hi * (1 + 1e-9)], True
    best: list[float] = inside
    for subs in ((1, 2, 5), (1, 3), (1,)):
        ticks = [m * 10.0**e for e in range(a - 1, b + 1) for m in subs if lo * (1 - 1e-9) <= m * 10.0**e <= hi * (1 + 1e-9)]
        if len(ticks) <= max(fit, MIN_LOG_LABELS):
            return ticks, False
        best = ticks
    return best, False


def log_label(value: float, decades: bool) -> str:
    """A log-axis tick label: ``10⁻²⁰`` for a decade on a decades-only axis, else :func:`num`."""
    if value <= 0:
        return ""
    if decades:
        return f"10{superscript(round(math.log10(value)))}"
    return num(value)
