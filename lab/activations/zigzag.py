"""The zig-zag: SGD on a 2-D weight vector fed all-positive versus zero-centred inputs.

A linear unit y = w·x trained on the squared error ½(w·x − w*·x)² gets the gradient
g·x with g = (w − w*)·x the upstream scalar.  When every x_i > 0 (the outputs of a sigmoid
layer), all components of g·x share the sign of g: one sample can only move w along the
(+,+) or (−,−) directions, so reaching a w* up-and-to-the-left of the start takes a
zig-zag.  Zero-centred inputs (tanh outputs) allow any direction.  Averaging over a
mini-batch mixes signs of g and softens the effect.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab.special import expit

START = (-1.0, 1.0)
TARGET = (1.0, -1.0)


@dataclass(frozen=True, eq=False)
class ZigzagPath:
    """A weight path ``(steps + 1, 2)`` and the share of steps lying in (+,+) or (−,−)."""

    inputs: str
    path: NDArray[np.float64]
    same_sign_share: float

    @property
    def final_distance(self) -> float:
        """Distance from the last weights to the optimum."""
        return float(np.hypot(*(self.path[-1] - np.asarray(TARGET))))


def sample_inputs(kind: str, n: int, rng: np.random.Generator) -> NDArray[np.float64]:
    """``n`` two-dimensional inputs: ``"positive"`` = σ(z), ``"centred"`` = tanh(z), z ~ N(0, I)."""
    if n < 1:
        raise ValueError(f"need at least one input, got {n}")
    z = rng.standard_normal((n, 2))
    if kind == "positive":
        return expit(z)
    if kind == "centred":
        return np.tanh(z)
    raise ValueError(f"inputs must be 'positive' or 'centred', got {kind!r}")


def zigzag_path(kind: str, rng: np.random.Generator, *, steps: int = 40, batch: int = 1,
                lr: float = 1.0) -> ZigzagPath:
    """Run ``steps`` SGD updates from :data:`START` towards :data:`TARGET`.

    Parameters
    ----------
    kind
        ``"positive"`` or ``"centred"`` inputs (see :func:`sample_inputs`).
    rng
        The source of the inputs.
    steps, batch, lr
        Number of updates, samples averaged per update and learning rate.
    """
    if steps < 1 or batch < 1:
        raise ValueError(f"steps and batch must be >= 1, got {steps}, {batch}")
    if not (0.0 < lr <= 10.0):
        raise ValueError(f"lr must be in (0, 10], got {lr!r}")
    target = np.asarray(TARGET)
    w = np.asarray(START, dtype=np.float64)
    path = [w.copy()]
    same = 0
    for _ in range(steps):
        x = sample_inputs(kind, batch, rng)
        g = (x @ (w - target))[:, None] * x  # per-sample gradients
        step = -lr * g.mean(axis=0)
        same += int(step[0] * step[1] > 0)
        w = w + step
        path.append(w.copy())
    return ZigzagPath(kind, np.asarray(path), same / steps)
