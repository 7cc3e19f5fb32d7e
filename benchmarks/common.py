"""Shared pieces of the benchmark scripts: the result row and robust timers."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure beside its reference, both measured in the same run.

    ``ratio`` is ``value / ref_value`` (so < 1 means faster than the reference for times).
    ``goal`` states the target in words, e.g. ``"p95 < 16 ms"`` or ``"≤ 1.3× floor"``.
    """

    name: str
    value: float
    unit: str
    reference: str = ""
    ref_value: float | None = None
    goal: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ref_value is None or self.ref_value == 0:
            return None
        return self.value / self.ref_value


def time_calls(fn: Callable[[], object], *, repeat: int = 21, number: int = 1, warmup: int = 2) -> list[float]:
    """Return ``repeat`` wall-clock timings (seconds per call) of ``fn``."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        out.append((time.perf_counter() - t0) / number)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)
