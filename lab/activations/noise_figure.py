"""The noise-robustness view: ELU vs Leaky ReLU output spread for noisy negative inputs, as a Figure.

Left: the exact output spread std f(x), x ~ N(μ, σ²), against the input level μ (log scale),
with the crossover μ* below which ELU is the quieter one.  Right: samples of f(x) − E f(x) at
the panel's μ, so the two spreads can be seen side by side.
"""

from __future__ import annotations

import math

import numpy as np

from lab.activations.figures import function_color
from lab.activations.functions import ACTIVATIONS
from lab.activations.noise_robustness import COMPARED, noisy_outputs, output_spread, spread_curves
from lab.activations.params import ActivationParams
from lab.figures.spec import Axes, Figure, Histogram, Line, Table, Text, VLine

#: Input levels of the spread curves.
MU_RANGE = (-8.0, 2.0)


def fmt(v: float) -> str:
    """A value as the lecture writes it: 9.87e-3 below 0.01, else 3 significant digits."""
    return f"{v:.2e}".replace("e-0", "e-") if 0 < abs(v) < 0.01 else f"{v:.3g}"


def noise_axes(p: ActivationParams) -> tuple[Axes, Axes, Table]:
    """The spread-vs-level axes, the histogram axes at μ and the ``noise-spread`` table."""
    sigma = p.sigma
    mus = np.linspace(*MU_RANGE, 201)
    curves = spread_curves(mus, sigma, slope=p.slope, alpha=p.alpha)
    items: list = []
    for name, values in (("elu", curves.elu), ("leaky_relu", curves.leaky_relu)):
        label = ACTIVATIONS[name].label
        items.append(Line(mus, np.where(values > 0, values, np.nan), label=label, color=function_color(name),
                          key=f"spread:{name}"))
    items.append(VLine(p.mu, color=7, style="solid", width=0.6, key="mu"))
    if math.isfinite(curves.crossover):
        items.append(VLine(curves.crossover, color=7, style="dashed", key="crossover"))
        items.append(Text(curves.crossover, float(np.nanmax(curves.elu)), " μ*", size=0.8, key="crossover:label"))
    left = Axes("noise_spread", tuple(items), title="output spread",
                xlabel="input level μ", ylabel="std f(μ + σε)", yscale="log", xlim=MU_RANGE, legend=True,
                row=0, col=0)
    rng = np.random.default_rng(np.random.SeedSequence(p.seed).spawn(3)[2])
    samples = {name: noisy_outputs(name, p.mu, sigma, rng, n=min(p.n_samples, 50_000), slope=p.slope,
                                   alpha=p.alpha) for name in COMPARED}
    centred = {name: s - s.mean() for name, s in samples.items()}
    width = max(float(np.abs(np.concatenate(list(centred.values()))).max()), 1e-12)
    edges = np.linspace(-width, width, 41)
    hist = []
    for name, s in centred.items():
        counts, _ = np.histogram(s, bins=edges)
        hist.append(Histogram(edges, counts / s.size, label=ACTIVATIONS[name].label, color=function_color(name),
                              alpha=0.5, key=f"hist:{name}"))
    right = Axes("noise_hist", tuple(hist), title=f"at μ = {p.mu:g}",
                 xlabel="output deviation", ylabel="share of samples", legend=True, row=0, col=1)
    rows = [(float(m), float(e), float(lk)) for m, e, lk in zip(mus, curves.elu, curves.leaky_relu, strict=True)]
    table = Table.from_rows("noise-spread", ("mu", "elu_std", "leaky_relu_std"), rows)
    return left, right, table


def noise_figure(p: ActivationParams, *, with_tables: bool = True) -> Figure:
    """ELU's negative saturation makes it quiet far below zero; Leaky ReLU passes slope·σ everywhere."""
    left, right, table = noise_axes(p)
    crossover = spread_curves(np.array([p.mu]), p.sigma, slope=p.slope, alpha=p.alpha).crossover
    at = {name: fmt(output_spread(name, p.mu, p.sigma, slope=p.slope, alpha=p.alpha)) for name in COMPARED}
    caption = (f"std f(μ + σε), ε ~ N(0, 1), σ = {p.sigma:g} (exact); at μ = {p.mu:g}: ELU {at['elu']}, "
               f"Leaky ReLU {at['leaky_relu']}; ELU is the quieter one below μ* = {crossover:.2f} (dashed); "
               f"right: f(x) − E f(x), {min(p.n_samples, 50_000)} samples, seed {p.seed}; ELU α = {p.alpha:g}, "
               f"Leaky ReLU slope {p.slope:g}")
    return Figure("noise-robustness", (left, right), title="ELU vs Leaky ReLU: noise on negative inputs",
                  nrows=1, ncols=2, tables=(table,) if with_tables else (), caption=caption)
