"""Small controls for the activation panel: a slider paired with a typed-in spin box, presets."""

from __future__ import annotations

from typing import Any

#: One lecture claim per preset: (button text, tooltip, parameter changes from the defaults).
PRESETS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("Sigmoid kills gradients",
     "σ′ ≤ 0.25 and tiny in the tails: wide inputs saturate, and the gradient through 50 layers "
     "falls below 0.25ⁿ.",
     {"functions": ("sigmoid",), "mu": 0.0, "sigma": 3.0, "x_range": 10.0, "threshold": 0.01}),
    ("Not zero-centred",
     "σ(z) has mean 0.5 (tanh: 0); all-positive inputs make SGD zig-zag.",
     {"functions": ("sigmoid", "tanh"), "mu": 0.0, "sigma": 1.0, "zigzag_batch": 1}),
    ("Dead ReLU",
     "Pre-activations mostly negative (μ = −3): f′ = 0 for 99.9 % of inputs, the unit never updates.",
     {"functions": ("relu",), "mu": -3.0, "sigma": 1.0}),
    ("Leaky ReLU fixes it",
     "Same inputs: Leaky ReLU (slope 0.01) keeps a small gradient everywhere, nothing is dead.",
     {"functions": ("relu", "leaky_relu"), "mu": -3.0, "sigma": 1.0, "slope": 0.01}),
    ("ELU: near-zero mean",
     "For z ~ N(0, 1): ReLU mean 0.399, ELU mean 0.1605 (std 0.7869).",
     {"functions": ("relu", "elu"), "mu": 0.0, "sigma": 1.0, "alpha": 1.0}),
)
