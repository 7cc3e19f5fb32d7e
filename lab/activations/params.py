"""The parameters of the activation panel (session JSON, settings and ``--set activations.NAME``)."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from lab.activations.functions import ACTIVATIONS, FUNCTIONS
from lab.params import ParamInfo, infos, param
from lab.presets import Preset, with_headlines


@functools.cache
def _infos() -> tuple[ParamInfo, ...]:
    return tuple(infos(ActivationParams))


@dataclass(frozen=True)
class ActivationParams:
    """Everything the activation panel shows is a function of these values."""

    functions: tuple[str, ...] = param(
        ("sigmoid", "tanh", "relu", "leaky_relu"), choices=FUNCTIONS,
        help="activation functions to overlay (comma-separated)",
        label="functions", choice_labels={n: ACTIVATIONS[n].label for n in FUNCTIONS})
    slope: float = param(0.01, lo=0.0, hi=1.0, help="Leaky ReLU negative slope α (default 0.01)",
                          label="Leaky slope α")
    alpha: float = param(1.0, lo=0.01, hi=5.0, help="ELU α: the negative saturation level −α",
                          label="ELU α", decimals=2)
    x_range: float = param(6.0, lo=0.5, hi=50.0, help="the curves are drawn for x in [−x_range, x_range]",
                            label="x range ±", decimals=1)
    n_points: int = param(1201, lo=11, hi=16385, help="number of x samples per curve", label="curve points")
    show_derivative: bool = param(True, help="draw f′ (dashed) beside f (solid)", label="show f′ (dashed)")
    threshold: float = param(0.01, lo=1e-6, hi=0.99, help="|f′| below this counts as saturated",
                              label="saturated if |f′| <", decimals=6, log=True)
    mu: float = param(0.0, lo=-10.0, hi=10.0, help="mean μ of the input distribution N(μ, σ²)",
                      label="μ", decimals=2)
    sigma: float = param(1.0, lo=0.01, hi=10.0, help="standard deviation σ of the input distribution",
                         label="σ", decimals=2, log=True)
    depth: int = param(50, lo=1, hi=50, help="number of stacked layers in the gradient-vs-depth view",
                       label="layers (depth view)")
    n_samples: int = param(20000, lo=100, hi=1_000_000, help="Monte Carlo samples for the output histogram",
                           label="histogram samples", step=1000)
    bins: int = param(60, lo=5, hi=400, help="histogram bins")
    zigzag_steps: int = param(30, lo=1, hi=500, help="SGD steps in the zig-zag view", label="steps")
    zigzag_batch: int = param(1, lo=1, hi=256, help="samples averaged per step in the zig-zag view",
                              label="batch")
    zigzag_lr: float = param(0.5, lo=0.01, hi=5.0, help="learning rate in the zig-zag view",
                           label="learning rate", decimals=2, log=True)
    marks: str = param("", help="x values (comma-separated, at most 6) where every curve gets a labelled "
                       "point with f and f′ (e.g. 0, 3, 5)", label="mark x at", placeholder="e.g. 0, 3, 5")
    zigzag_batch_b: int = param(0, lo=0, hi=256, help="also draw the all-positive path with this batch size "
                                "(same seed; 0: off)", label="compare batch")
    show_noise: bool = param(False, help="show ELU vs Leaky ReLU output spread for noisy inputs around μ "
                             "(noise σ)", label="noise robustness view")
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of every random draw (histogram, zig-zag)")

    def __post_init__(self) -> None:
        unknown = [f for f in self.functions if f not in FUNCTIONS]
        if unknown:
            raise ValueError(f"functions: unknown {', '.join(map(repr, unknown))} (known: {', '.join(FUNCTIONS)})")
        if len(set(self.functions)) != len(self.functions):
            raise ValueError("functions: a function is listed twice")
        mark_values(self.marks)  # raises ValueError for a bad list
        for info in _infos():
            value = getattr(self, info.name)
            if info.kind in ("int", "float") and not (info.lo <= value <= info.hi):  # also rejects NaN
                raise ValueError(f"{info.name}: {value!r} is outside {info.describe_range()}")


MAX_MARKS = 6


def mark_values(text: str) -> tuple[float, ...]:
    """The x values of ``marks`` ("0, 3, 5" → (0.0, 3.0, 5.0)); ``ValueError`` for a bad list."""
    parts = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
    try:
        values = tuple(float(t.replace("−", "-")) for t in parts)
    except ValueError:
        raise ValueError(f"marks: {text!r} is not a comma-separated list of numbers") from None
    if len(values) > MAX_MARKS:
        raise ValueError(f"marks: at most {MAX_MARKS} values, got {len(values)}")
    if not all(math.isfinite(v) and abs(v) <= 1e3 for v in values):
        raise ValueError("marks: values must be finite and within ±1000")
    return values


#: One lecture claim per preset; every other parameter starts from its default.
PRESETS: tuple[Preset, ...] = (
    Preset("Sigmoid kills gradients",
           "σ′ ≤ 0.25 and tiny in the tails: wide inputs saturate, and the gradient through 50 layers "
           "falls below 0.25ⁿ.",
           {"functions": ("sigmoid",), "mu": 0.0, "sigma": 3.0, "x_range": 10.0, "threshold": 0.01}),
    Preset("Not zero-centred",
           "σ(z) has mean 0.5 (tanh: 0); all-positive inputs make SGD zig-zag.",
           {"functions": ("sigmoid", "tanh"), "mu": 0.0, "sigma": 1.0, "zigzag_batch": 1}),
    Preset("Dead ReLU",
           "Pre-activations mostly negative (μ = −3): f′ = 0 for 99.9 % of inputs, the unit never updates.",
           {"functions": ("relu",), "mu": -3.0, "sigma": 1.0}),
    Preset("Leaky ReLU fixes it",
           "Same inputs: Leaky ReLU (slope 0.01) keeps a small gradient everywhere, nothing is dead.",
           {"functions": ("relu", "leaky_relu"), "mu": -3.0, "sigma": 1.0, "slope": 0.01}),
    Preset("ELU: near-zero mean",
           "For z ~ N(0, 1): ReLU mean 0.399, ELU mean 0.1605 (std 0.7869).",
           {"functions": ("relu", "elu"), "mu": 0.0, "sigma": 1.0, "alpha": 1.0}),
    Preset("tanh saturates",
           "tanh is zero-centred but still saturates: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.",
           {"functions": ("tanh",), "x_range": 6.0, "threshold": 0.01, "mu": 0.0, "sigma": 3.0, "marks": "0, 3, 5"}),
    Preset("GELU minimum",
           "GELU = x·Φ(x) dips below zero: minimum −0.16997 at x ≈ −0.752 (f′ = 0 there).",
           {"functions": ("gelu",), "x_range": 3.0, "marks": "-0.7518", "show_derivative": False}),
    Preset("ELU vs Leaky ReLU under noise",
           "Far below zero ELU saturates at −α, so input noise barely reaches its output (μ = −6, σ = 0.5: "
           "spread 1.5e-3 vs Leaky ReLU's 5.0e-3); above μ* ≈ −4.8 Leaky ReLU is the quieter one.",
           {"functions": ("elu", "leaky_relu"), "mu": -6.0, "sigma": 0.5, "alpha": 1.0, "slope": 0.01,
            "x_range": 8.0, "show_noise": True}),
    Preset("Mini-batch softens the zig-zag",
           "All-positive inputs, same seed: with batch 1 every step moves both weights the same way (↗ or ↙); "
           "averaged over 32 samples most steps do not.",
           {"functions": ("sigmoid", "tanh"), "zigzag_batch": 1, "zigzag_batch_b": 32, "zigzag_steps": 60,
            "zigzag_lr": 1.0}),
)


#: Each preset's claim as a slide title, and the figure that shows it: ``{name: (figure, headline)}``.
PRESETS = with_headlines(PRESETS, {
    "Sigmoid kills gradients": ("depth", "Sigmoid kills gradients: σ′ ≤ 0.25, so E[f′]ⁿ ≤ 0.25ⁿ"),
    "Not zero-centred": ("distribution", "Sigmoid is not zero-centred: mean 0.5 (tanh: 0)"),
    "Dead ReLU": ("curves", "Dead ReLU: f′ = 0 for 99.9 % of inputs (μ = −3)"),
    "Leaky ReLU fixes it": ("curves", "Leaky ReLU: f′ = 0.01, never 0, so nothing is dead"),
    "ELU: near-zero mean": ("distribution", "ELU: mean 0.1605 vs ReLU 0.399 for z ~ N(0, 1)"),
    "tanh saturates": ("curves", "tanh saturates: tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4"),
    "GELU minimum": ("curves", "GELU = x·Φ(x): minimum −0.16997 at x ≈ −0.752"),
    "ELU vs Leaky ReLU under noise": ("noise-robustness", "Noise at μ = −6: ELU spread 1.5e-3, Leaky ReLU 5.0e-3"),
    "Mini-batch softens the zig-zag": ("zigzag", "Batch 32 softens the zig-zag: 100 % → 10 % ↗/↙ steps"),
})
