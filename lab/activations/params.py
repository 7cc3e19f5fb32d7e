"""The parameters of the activation panel (session JSON, settings and ``--set activations.NAME``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lab.activations.functions import FUNCTIONS
from lab.params import ParamInfo, infos, param


@functools.cache
def _infos() -> tuple[ParamInfo, ...]:
    return tuple(infos(ActivationParams))


@dataclass(frozen=True)
class ActivationParams:
    """Everything the activation panel shows is a function of these values."""

    functions: tuple[str, ...] = param(
        ("sigmoid", "tanh", "relu", "leaky_relu"), choices=FUNCTIONS,
        help="activation functions to overlay (comma-separated)")
    slope: float = param(0.01, lo=0.0, hi=1.0, help="Leaky ReLU negative slope α (default 0.01)")
    alpha: float = param(1.0, lo=0.01, hi=5.0, help="ELU α: the negative saturation level −α")
    x_range: float = param(6.0, lo=0.5, hi=50.0, help="the curves are drawn for x in [−x_range, x_range]")
    n_points: int = param(1201, lo=11, hi=16385, help="number of x samples per curve")
    show_derivative: bool = param(True, help="draw f′ (dashed) beside f (solid)")
    threshold: float = param(0.01, lo=1e-6, hi=0.99, help="|f′| below this counts as saturated")
    mu: float = param(0.0, lo=-10.0, hi=10.0, help="mean μ of the input distribution N(μ, σ²)")
    sigma: float = param(1.0, lo=0.01, hi=10.0, help="standard deviation σ of the input distribution")
    depth: int = param(50, lo=1, hi=50, help="number of stacked layers in the gradient-vs-depth view")
    n_samples: int = param(20000, lo=100, hi=1_000_000, help="Monte Carlo samples for the output histogram")
    bins: int = param(60, lo=5, hi=400, help="histogram bins")
    zigzag_steps: int = param(30, lo=1, hi=500, help="SGD steps in the zig-zag view")
    zigzag_batch: int = param(1, lo=1, hi=256, help="samples averaged per step in the zig-zag view")
    zigzag_lr: float = param(0.5, lo=0.01, hi=5.0, help="learning rate in the zig-zag view")
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of every random draw (histogram, zig-zag)")

    def __post_init__(self) -> None:
        unknown = [f for f in self.functions if f not in FUNCTIONS]
        if unknown:
            raise ValueError(f"functions: unknown {', '.join(map(repr, unknown))} (known: {', '.join(FUNCTIONS)})")
        if len(set(self.functions)) != len(self.functions):
            raise ValueError("functions: a function is listed twice")
        for info in _infos():
            value = getattr(self, info.name)
            if info.kind in ("int", "float") and not (info.lo <= value <= info.hi):  # also rejects NaN
                raise ValueError(f"{info.name}: {value!r} is outside {info.describe_range()}")
