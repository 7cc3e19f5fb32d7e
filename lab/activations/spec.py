"""The activation panel's entry in the registry: parameters, figure builder, help text."""

from __future__ import annotations

from lab.activations import figures
from lab.activations.extras import augment
from lab.activations.params import PRESETS, ActivationParams
from lab.figures.spec import Figure
from lab.registry import PanelSpec

NOTICE = """\
What to notice
• Sigmoid kills gradients: σ′ is at most 0.25 (at x = 0) and σ′(5) = 6.65e-3, σ′(10) = 4.54e-5.
  Backprop multiplies by this local gradient at every layer, so through n sigmoid layers the
  gradient shrinks at least like 0.25ⁿ (depth view, log scale). Shaded: where |f′| < threshold.
• Sigmoid is not zero-centred: E[σ(z)] = 0.5 for z ~ N(0, 1) (distribution view). With
  all-positive inputs every weight gradient of a neuron has the same sign, so one update moves
  all weights up or all down: the zig-zag (zig-zag view). Mini-batch averaging softens it.
• tanh is zero-centred (tanh(x) = 2σ(2x) − 1) but still saturates: tanh′(3) = 9.87e-3.
• ReLU does not saturate for x > 0 and is cheap, but a unit whose input is always negative is
  dead: f′ = 0 there (the lab uses f′(0) = 0, like PyTorch). Move μ to −3 and watch the dead
  fraction. Leaky ReLU (slope 0.01) has no dead region.
• ELU pushes the mean towards zero: mean 0.1605, std 0.7869 for z ~ N(0, 1). SELU keeps mean 0
  and variance 1. GELU = x·Φ(x) has its minimum −0.16997 at x ≈ −0.752.
• "mark x at" puts labelled points on every curve (preset "tanh saturates": tanh′(3) = 9.87e-3).
• ELU under noise (noise robustness view): far below zero ELU saturates, so input noise barely
  reaches its output; Leaky ReLU passes slope·σ whatever the level (crossover μ* ≈ −4.8 at σ = 0.5).
• Zig-zag: with all-positive inputs and batch 1 every step moves both weights the same way;
  "compare batch" 32 (same seed) averages the signs and the path straightens.
• Statistics: closed forms for ReLU, Leaky ReLU, ELU, SELU; composite Gauss–Legendre
  quadrature (error < 1e-12) for the others; the output histogram is Monte Carlo (seeded).
  The depth view assumes independent N(μ, σ²) inputs at every layer: E[∏f′] = E[f′]ⁿ.
• Cost: measured time per element of each function (NumPy, this machine), relative to ReLU.
"""

def build(params: ActivationParams) -> list[Figure]:
    """The panel's export figures (``figures.build``) with marks, a second zig-zag path and the
    noise-robustness figure when the params ask for them."""
    return augment(figures.build(params), params)


SPEC = PanelSpec(
    id="activations",
    title="Activations",
    params_type=ActivationParams,
    build=build,
    notice=NOTICE,
    presets=PRESETS,
    figure_names=("overview", "curves", "distribution", "depth", "zigzag", "noise-robustness"),
)
