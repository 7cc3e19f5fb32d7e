"""The measured cost per element of each activation (NumPy on this machine), relative to ReLU.

The measurement runs once per process, lazily, on first use (never at import) and is cached:
exports stay fast and every figure in a session shows the same numbers.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lab.activations.functions import ACTIVATIONS

_N_ELEMENTS = 1 << 15
_REPEAT = 7


@dataclass(frozen=True)
class Cost:
    """Seconds per element of f and of f′ for one function, and f relative to ReLU's f."""

    name: str
    f_seconds: float
    df_seconds: float
    relative_to_relu: float


def _seconds_per_element(fn: Callable[[np.ndarray], object], x: np.ndarray, repeat: int) -> float:
    best = float("inf")
    fn(x)  # warm up caches and the ufunc loops
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(x)
        best = min(best, time.perf_counter() - t0)
    return best / x.size


def measure_costs(n_elements: int = _N_ELEMENTS, repeat: int = _REPEAT,
                  rng: np.random.Generator | None = None) -> dict[str, Cost]:
    """Time every function on ``n_elements`` float64 inputs drawn from N(0, 3²).

    The best of ``repeat`` runs is kept (the least disturbed by other processes).
    """
    if n_elements < 1 or repeat < 1:
        raise ValueError("n_elements and repeat must be positive")
    rng = np.random.default_rng(0) if rng is None else rng
    x = 3.0 * rng.standard_normal(n_elements)
    raw = {}
    for name, act in ACTIVATIONS.items():
        f_time = _seconds_per_element(lambda v, a=act: a.f(v, 0.01, 1.0), x, repeat)
        df_time = _seconds_per_element(lambda v, a=act: a.df(v, 0.01, 1.0), x, repeat)
        raw[name] = (f_time, df_time)
    relu = raw["relu"][0]
    return {name: Cost(name, f, df, f / relu) for name, (f, df) in raw.items()}


@functools.cache
def cached_costs() -> dict[str, Cost]:
    """:func:`measure_costs` with the defaults, measured once per process on first call."""
    return measure_costs()
